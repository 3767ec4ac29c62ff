import { literal, TDP } from './helpers';
import { defineRule } from '../rule';

export const duplicateContainerName = defineRule({
  code: 'ECS501',
  name: 'duplicate-container-name',
  topic: 'containers',
  severity: 'error',
  title: { en: 'Duplicate container name', vi: 'Tên container bị trùng' },
  message: { en: 'Another container is already named `{name}`.', vi: 'Đã có một container khác tên là `{name}`.' },
  description: {
    en: 'Containers are identified by `name` everywhere: `dependsOn`, `links`, `volumesFrom`, `proxyConfiguration`, a service\'s load balancer, the log stream names. ECS rejects a task definition in which two containers share a name.',
    vi: 'Container được nhận diện bằng `name` ở mọi nơi: `dependsOn`, `links`, `volumesFrom`, `proxyConfiguration`, load balancer của service, tên log stream. ECS từ chối task definition có hai container trùng tên.',
  },
  docs: `${TDP}#container_definition_name`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }, { "name": "app", "image": "busybox:1.36", "memory": 64, "essential": false }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }, { "name": "helper", "image": "busybox:1.36", "memory": 64, "essential": false }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const seen = new Map<string, { offset: number; length: number }>();
    for (const c of f.containers) {
      const name = literal(c.nameNode);
      if (name === undefined || !c.nameNode) continue;
      const first = seen.get(name);
      if (first) ctx.report({ node: c.nameNode, args: { name }, related: [{ node: first, message: { en: 'First container named `{name}`.', vi: 'Container đầu tiên mang tên `{name}`.' }, args: { name } }] });
      else seen.set(name, c.nameNode);
    }
  },
});
