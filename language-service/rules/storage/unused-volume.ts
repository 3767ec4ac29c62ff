import { elements, pathOf, propertyValue, stringValue } from '../../model/document';
import { isTemplateName, literal, nodeFromData, removeEdits, TDP } from '../containers/helpers';
import { defineRule } from '../rule';

export const unusedVolume = defineRule({
  code: 'ECS410',
  absence: 'anywhere',
  name: 'unused-volume',
  topic: 'storage',
  severity: 'hint',
  title: { en: 'Volume not mounted by any container', vi: 'Volume không được container nào mount' },
  message: { en: 'Volume `{name}` is not mounted by any container (no `mountPoints` entry uses it).', vi: 'Volume `{name}` không được container nào mount (không có mục `mountPoints` nào dùng nó).' },
  description: {
    en: 'A volume only becomes visible inside a container through a `mountPoints` entry whose `sourceVolume` is the volume\'s name. A volume nobody mounts is harmless but useless: either mount it or remove it.',
    vi: 'Volume chỉ xuất hiện bên trong container khi có một mục `mountPoints` với `sourceVolume` là tên của volume đó. Volume không ai mount thì vô hại nhưng cũng vô dụng: hãy mount nó hoặc xóa đi.',
  },
  docs: `${TDP}#volumes`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }], "volumes": [{ "name": "cache" }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "mountPoints": [{ "sourceVolume": "cache", "containerPath": "/cache" }] }], "volumes": [{ "name": "cache" }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const used = new Set<string>();
    for (const c of f.containers) {
      const mps = c.get('mountPoints');
      if (mps && mps.type !== 'array') return;
      for (const mp of elements(mps)) {
        const node = propertyValue(mp, 'sourceVolume');
        if (!node) continue;
        const s = stringValue(node);
        if (s === undefined || isTemplateName(s)) return; // cannot tell what it refers to
        used.add(s);
      }
    }
    for (const v of f.volumes) {
      const name = literal(v.nameNode);
      if (name === undefined || used.has(name)) continue;
      // `literal` found a name, so its node is there.
      ctx.report({ node: v.nameNode!, args: { name }, unnecessary: true, data: { removePath: pathOf(v.node), name } });
    }
  },
  fix: {
    title: { en: 'Remove the unused volume', vi: 'Xóa volume không dùng đến' },
    safe: false,
    edits(ctx) {
      const volume = nodeFromData(ctx, 'removePath');
      if (!volume || stringValue(propertyValue(volume, 'name')) !== ctx.data.name) return undefined;
      return removeEdits(ctx);
    },
  },
});
