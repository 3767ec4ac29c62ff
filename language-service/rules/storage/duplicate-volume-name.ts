import { literal, TDP } from '../containers/helpers';
import { defineRule } from '../rule';

export const duplicateVolumeName = defineRule({
  code: 'ECS404',
  name: 'duplicate-volume-name',
  topic: 'storage',
  severity: 'error',
  title: { en: 'Duplicate volume name', vi: 'Tên volume bị trùng' },
  message: { en: 'Another volume is already named `{name}`.', vi: 'Đã có một volume khác tên là `{name}`.' },
  description: {
    en: 'Mount points find their volume by name, so volume names must be unique within a task definition.',
    vi: 'Mount point tìm volume theo tên, vì vậy tên volume phải là duy nhất trong một task definition.',
  },
  docs: `${TDP}#volumes`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }] }], "volumes": [{ "name": "data" }, { "name": "data", "host": { "sourcePath": "/srv/data" } }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }, { "sourceVolume": "host-data", "containerPath": "/host" }] }], "volumes": [{ "name": "data" }, { "name": "host-data", "host": { "sourcePath": "/srv/data" } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const seen = new Map<string, { offset: number; length: number }>();
    for (const v of f.volumes) {
      const name = literal(v.nameNode);
      // A literal name comes from a name node.
      if (name === undefined) continue;
      const first = seen.get(name);
      if (first) ctx.report({ node: v.nameNode!, args: { name }, related: [{ node: first, message: { en: 'First volume named `{name}`.', vi: 'Volume đầu tiên mang tên `{name}`.' }, args: { name } }] });
      else seen.set(name, v.nameNode!);
    }
  },
});
