import { elements, propertyValue, stringValue, type JsonNode } from '../../model/document';
import { TDP } from './helpers';
import { defineRule } from '../rule';

export const duplicateEnvironmentName = defineRule({
  code: 'ECS521',
  name: 'duplicate-environment-name',
  topic: 'containers',
  severity: 'warning',
  title: { en: 'Environment variable defined twice', vi: 'Biến môi trường được khai báo hai lần' },
  message: { en: '`{name}` is already defined in this container\'s `{list}`.', vi: '`{name}` đã được khai báo trong `{list}` của container này.' },
  description: {
    en: 'Each variable name should appear once in `environment` and once in `secrets` at most. With two entries only one value reaches the container, and which one is easy to get wrong when editing.',
    vi: 'Mỗi tên biến chỉ nên xuất hiện tối đa một lần trong `environment` và một lần trong `secrets`. Nếu có hai mục, chỉ một giá trị tới được container, và rất dễ nhầm là giá trị nào khi chỉnh sửa.',
  },
  docs: `${TDP}#container_definition_environment`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "environment": [{ "name": "LOG_LEVEL", "value": "info" }, { "name": "LOG_LEVEL", "value": "debug" }] }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "environment": [{ "name": "LOG_LEVEL", "value": "debug" }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      for (const list of ['environment', 'secrets']) {
        const seen = new Map<string, JsonNode>();
        for (const e of elements(c.get(list))) {
          const node = propertyValue(e, 'name');
          const name = stringValue(node);
          if (!node || !name) continue;
          const first = seen.get(name);
          if (first) ctx.report({ node, args: { name, list }, related: [{ node: first, message: { en: 'First definition of `{name}`.', vi: 'Lần khai báo đầu tiên của `{name}`.' }, args: { name } }] });
          else seen.set(name, node);
        }
      }
    }
  },
});
