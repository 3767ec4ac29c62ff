import { numberValue, type JsonNode } from '../../model/document';
import { TDP } from './helpers';
import { defineRule } from '../rule';
import { containerLabel } from '../launch-types/support';

export const containerCpuAboveTask = defineRule({
  code: 'ECS511',
  name: 'container-cpu-above-task',
  topic: 'containers',
  severity: 'error',
  title: { en: 'Container cpu above the task cpu', vi: 'Tổng cpu của các container vượt quá cpu của task' },
  message: {
    en: 'The containers reserve {sum} CPU units in total, more than the task\'s `cpu` ({task}).',
    vi: 'Các container đặt trước tổng cộng {sum} CPU unit, nhiều hơn `cpu` của task ({task}).',
  },
  variants: {
    single: {
      en: 'Container `{name}` reserves {sum} CPU units, more than the task\'s `cpu` ({task}).',
      vi: 'Container `{name}` đặt trước {sum} CPU unit, nhiều hơn `cpu` của task ({task}).',
    },
  },
  description: {
    en: 'Container `cpu` values are reservations taken from the task\'s `cpu` (1024 units = 1 vCPU). Together they may use up the task cpu exactly, but not exceed it; ECS rejects the task definition otherwise. Containers without `cpu` share what is left.',
    vi: '`cpu` của từng container là phần đặt trước lấy từ `cpu` của task (1024 unit = 1 vCPU). Tổng của chúng có thể bằng đúng cpu của task nhưng không được vượt quá; nếu vượt, ECS từ chối task definition. Container không khai báo `cpu` dùng chung phần còn lại.',
  },
  docs: `${TDP}#task_size`,
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "512", "memory": "1024", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "cpu": 384 }, { "name": "sidecar", "image": "busybox:1.36", "cpu": 256, "essential": false }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "512", "memory": "1024", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "cpu": 384 }, { "name": "sidecar", "image": "busybox:1.36", "cpu": 128, "essential": false }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (f.cpu === undefined || !f.cpuNode) return;
    if (f.windows && !f.fargate) return; // task-level cpu is ignored for Windows containers on EC2
    const parts: Array<{ node: JsonNode; value: number; name: string }> = [];
    for (const c of f.containers) {
      const node = c.get('cpu');
      if (!node) continue;
      const value = numberValue(node);
      if (value === undefined) return; // a string or a template: cannot add up
      parts.push({ node, value, name: containerLabel(c) });
    }
    const sum = parts.reduce((a, p) => a + p.value, 0);
    if (sum <= f.cpu) return;
    const alone = parts.filter((p) => p.value > f.cpu!);
    if (alone.length) {
      for (const p of alone) ctx.report({ node: p.node, variant: 'single', args: { name: p.name, sum: p.value, task: f.cpu } });
      return;
    }
    ctx.report({
      node: f.cpuNode,
      args: { sum, task: f.cpu },
      related: parts.map((p) => ({ node: p.node, message: { en: '`{name}`: {value} units', vi: '`{name}`: {value} unit' }, args: { name: p.name, value: p.value } })),
    });
  },
});
