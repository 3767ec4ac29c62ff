import { elements, propertyValue } from '../../model/document';
import { closest } from '../../model/strings';
import { containerNames, literal, pathData, replaceStringEdits, str, TDP } from '../containers/helpers';
import { defineRule } from '../rule';

export const volumesFromUnknownContainer = defineRule({
  code: 'ECS402',
  absence: 'here',
  name: 'volumes-from-unknown-container',
  topic: 'storage',
  severity: 'error',
  title: { en: '`volumesFrom` refers to an unknown container', vi: '`volumesFrom` trỏ tới container không tồn tại' },
  message: {
    en: '`sourceContainer` `{name}` is not a container of this task definition.',
    vi: '`sourceContainer` `{name}` không phải là container nào trong task definition này.',
  },
  variants: {
    suggest: {
      en: '`sourceContainer` `{name}` is not a container of this task definition. Did you mean `{suggestion}`?',
      vi: '`sourceContainer` `{name}` không phải là container nào trong task definition này. Có phải bạn muốn dùng `{suggestion}`?',
    },
    self: {
      en: 'Container `{name}` cannot mount volumes from itself.',
      vi: 'Container `{name}` không thể mount volume từ chính nó.',
    },
  },
  description: {
    en: '`volumesFrom` lets a container mount every volume of another container of the same task. `sourceContainer` must be the `name` of a different container in `containerDefinitions`.',
    vi: '`volumesFrom` cho phép một container mount toàn bộ volume của một container khác trong cùng task. `sourceContainer` phải là `name` của một container khác trong `containerDefinitions`.',
  },
  docs: `${TDP}#container_definition_storage`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }, { "name": "sidecar", "image": "busybox:1.36", "memory": 64, "essential": false, "volumesFrom": [{ "sourceContainer": "web" }] }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }, { "name": "sidecar", "image": "busybox:1.36", "memory": 64, "essential": false, "volumesFrom": [{ "sourceContainer": "app" }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const { names, templated } = containerNames(f);
    for (const c of f.containers) {
      for (const vf of elements(c.get('volumesFrom'))) {
        const node = propertyValue(vf, 'sourceContainer');
        const name = literal(node);
        if (!node || name === undefined) continue;
        if (name === c.name) {
          ctx.report({ node, variant: 'self', args: { name } });
          continue;
        }
        if (templated || names.includes(name)) continue;
        const suggestion = closest(name, names.filter((n) => n !== c.name));
        if (suggestion) ctx.report({ node, variant: 'suggest', args: { name, suggestion }, data: { path: pathData(node), from: name, to: suggestion } });
        else ctx.report({ node, args: { name } });
      }
    }
  },
  fix: {
    title: { en: 'Change to `{to}`', vi: 'Đổi thành `{to}`' },
    safe: true,
    titleArgs: (d) => ({ to: str(d.to) }),
    edits: replaceStringEdits,
  },
});
