import { replaceNode } from '../../edits/json-edits';
import { numberValue, pathOf } from '../../model/document';
import { nodeFromData, str, TDP } from './helpers';
import { defineRule } from '../rule';
import { containerLabel } from '../launch-types/support';

export const containerMemoryAboveTask = defineRule({
  code: 'ECS510',
  name: 'container-memory-above-task',
  topic: 'containers',
  severity: 'error',
  title: { en: 'Container memory above the task memory', vi: 'Memory của container vượt quá memory của task' },
  message: {
    en: '`{field}` of `{name}` is {value} MiB, more than the whole task has ({task} MiB).',
    vi: '`{field}` của `{name}` là {value} MiB, nhiều hơn toàn bộ memory của task ({task} MiB).',
  },
  description: {
    en: 'Task-level `memory` is the budget shared by all containers of the task. No container can have a hard limit (`memory`) or a reservation (`memoryReservation`) larger than that budget; ECS rejects the task definition.',
    vi: '`memory` ở cấp task là ngân sách memory chung cho mọi container trong task. Không container nào được có giới hạn cứng (`memory`) hay phần đặt trước (`memoryReservation`) lớn hơn ngân sách đó; ECS sẽ từ chối task definition.',
  },
  docs: `${TDP}#container_definition_memory`,
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 1024 }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!f.memory) return;
    if (f.windows && !f.fargate) return; // task-level memory is ignored for Windows containers on EC2
    for (const c of f.containers) {
      for (const field of ['memory', 'memoryReservation']) {
        const node = c.get(field);
        const value = numberValue(node);
        if (value === undefined || value <= f.memory) continue;
        ctx.report({ node: node!, args: { field, name: containerLabel(c), value, task: f.memory }, data: { path: pathOf(node!), value, to: f.memory } });
      }
    }
  },
  fix: {
    title: { en: 'Lower it to {to}', vi: 'Giảm xuống {to}' },
    safe: false,
    titleArgs: (d) => ({ to: str(d.to) }),
    edits(ctx) {
      const node = nodeFromData(ctx);
      if (!node || numberValue(node) !== ctx.data.value || typeof ctx.data.to !== 'number') return undefined;
      return replaceNode(ctx.doc, node, String(ctx.data.to));
    },
  },
});
