import { numberValue, type JsonNode } from '../../model/document';
import { TDP } from './helpers';
import { defineRule } from '../rule';
import { containerLabel } from '../launch-types/support';

export const memoryReservationsAboveTask = defineRule({
  code: 'ECS512',
  name: 'memory-reservations-above-task',
  topic: 'containers',
  severity: 'warning',
  title: { en: 'Container memory reservations exceed the task memory', vi: 'Tổng memory đặt trước của các container vượt quá memory của task' },
  message: {
    en: 'The containers reserve {sum} MiB in total (`memoryReservation`, or `memory` where no reservation is set), more than the task\'s `memory` ({task} MiB).',
    vi: 'Các container đặt trước tổng cộng {sum} MiB (`memoryReservation`, hoặc `memory` nếu không có reservation), nhiều hơn `memory` của task ({task} MiB).',
  },
  description: {
    en: 'Each container reserves its `memoryReservation` (or its `memory` when it has no reservation) out of the task\'s `memory`. When the reservations add up to more than the task has, the containers cannot all get what they were promised: lower the reservations or raise the task memory.',
    vi: 'Mỗi container đặt trước `memoryReservation` của nó (hoặc `memory` nếu không có reservation) từ `memory` của task. Khi tổng phần đặt trước lớn hơn memory của task, các container không thể cùng nhận đủ phần đã hứa: hãy giảm reservation hoặc tăng memory của task.',
  },
  docs: `${TDP}#task_size`,
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memoryReservation": 384 }, { "name": "sidecar", "image": "busybox:1.36", "memoryReservation": 256, "essential": false }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memoryReservation": 384 }, { "name": "sidecar", "image": "busybox:1.36", "memoryReservation": 128, "essential": false }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!f.memory) return; // a task memory has its node
    if (f.windows && !f.fargate) return;
    const parts: Array<{ node: JsonNode; value: number; name: string }> = [];
    for (const c of f.containers) {
      const node = c.get('memoryReservation') ?? c.get('memory');
      if (!node) continue;
      const value = numberValue(node);
      if (value === undefined) return;
      // A single container above the task is ECS510's finding.
      if (value > f.memory) return;
      parts.push({ node, value, name: containerLabel(c) });
    }
    // One container alone never gets here: above the task it returned (ECS510), else the sum fits.
    const sum = parts.reduce((a, p) => a + p.value, 0);
    if (sum <= f.memory) return;
    ctx.report({
      node: f.memoryNode!,
      args: { sum, task: f.memory },
      related: parts.map((p) => ({ node: p.node, message: { en: '`{name}`: {value} MiB', vi: '`{name}`: {value} MiB' }, args: { name: p.name, value: p.value } })),
    });
  },
});
