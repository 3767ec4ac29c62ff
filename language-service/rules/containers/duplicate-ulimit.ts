import { elements, propertyValue, stringValue, type JsonNode } from '../../model/document';
import { API } from './helpers';
import { defineRule } from '../rule';

export const duplicateUlimit = defineRule({
  code: 'ECS514',
  name: 'duplicate-ulimit',
  topic: 'containers',
  severity: 'warning',
  title: { en: 'ulimit set twice', vi: 'ulimit bị khai báo hai lần' },
  message: { en: 'ulimit `{name}` is already set for this container.', vi: 'ulimit `{name}` đã được khai báo cho container này.' },
  description: {
    en: 'Each ulimit (`nofile`, `nproc`, ...) can be set once per container; with two entries only one takes effect and it is not obvious which. Keep a single entry.',
    vi: 'Mỗi loại ulimit (`nofile`, `nproc`, ...) chỉ nên khai báo một lần cho mỗi container; nếu có hai mục thì chỉ một mục có hiệu lực và khó biết là mục nào. Hãy giữ lại một mục.',
  },
  docs: `${API}/API_Ulimit.html`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "ulimits": [{ "name": "nofile", "softLimit": 4096, "hardLimit": 8192 }, { "name": "nofile", "softLimit": 65536, "hardLimit": 65536 }] }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "ulimits": [{ "name": "nofile", "softLimit": 65536, "hardLimit": 65536 }, { "name": "nproc", "softLimit": 4096, "hardLimit": 4096 }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      const seen = new Map<string, JsonNode>();
      for (const u of elements(c.get('ulimits'))) {
        const node = propertyValue(u, 'name');
        const name = stringValue(node);
        if (!node || name === undefined) continue;
        const first = seen.get(name);
        if (first) ctx.report({ node, args: { name }, related: [{ node: first, message: { en: 'First `{name}` entry.', vi: 'Mục `{name}` đầu tiên.' }, args: { name } }] });
        else seen.set(name, node);
      }
    }
  },
});
