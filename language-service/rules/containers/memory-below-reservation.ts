import { sequentialEdits } from '../../edits/sequence';
import { replaceNode } from '../../edits/json-edits';
import { nodeAtPath, numberValue, pathOf } from '../../model/document';
import { isPath, TDP } from './helpers';
import { defineRule } from '../rule';

export const memoryBelowReservation = defineRule({
  code: 'ECS509',
  name: 'memory-below-reservation',
  topic: 'containers',
  severity: 'error',
  title: { en: 'Container `memory` below `memoryReservation`', vi: '`memory` của container nhỏ hơn `memoryReservation`' },
  message: {
    en: '`memory` ({memory} MiB) is the hard limit and cannot be below `memoryReservation` ({reservation} MiB), the soft reservation.',
    vi: '`memory` ({memory} MiB) là giới hạn cứng và không thể nhỏ hơn `memoryReservation` ({reservation} MiB), phần memory đặt trước (giới hạn mềm).',
  },
  description: {
    en: '`memoryReservation` is what ECS sets aside for the container when placing the task; the container may use more, up to `memory`, where it is killed. The hard limit therefore cannot be lower than the reservation. (The API documentation says "greater than"; registered task definitions with both equal exist, so equality is accepted here.)',
    vi: '`memoryReservation` là lượng memory ECS giữ sẵn cho container khi đặt task (placement) lên instance; container có thể dùng nhiều hơn, tối đa tới `memory`, vượt quá thì bị kill. Vì vậy giới hạn cứng không thể thấp hơn phần đặt trước. (Tài liệu API ghi "lớn hơn"; thực tế có task definition đã đăng ký với hai giá trị bằng nhau, nên ở đây chấp nhận trường hợp bằng nhau.)',
  },
  docs: `${TDP}#container_definition_memory`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "memoryReservation": 512 }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "memoryReservation": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      const mNode = c.get('memory');
      const rNode = c.get('memoryReservation');
      const memory = numberValue(mNode);
      const reservation = numberValue(rNode);
      if (memory === undefined || reservation === undefined || memory >= reservation) continue;
      ctx.report({ node: mNode!, args: { memory, reservation }, data: { memoryPath: pathOf(mNode!), reservationPath: pathOf(rNode!), memory, reservation } });
    }
  },
  fix: {
    title: { en: 'Swap `memory` and `memoryReservation`', vi: 'Đổi chỗ giá trị `memory` và `memoryReservation`' },
    safe: false,
    edits(ctx) {
      const { memoryPath, reservationPath, memory, reservation } = ctx.data;
      if (!isPath(memoryPath) || !isPath(reservationPath)) return undefined;
      if (numberValue(nodeAtPath(ctx.doc.root, memoryPath)) !== memory || numberValue(nodeAtPath(ctx.doc.root, reservationPath)) !== reservation) return undefined;
      return sequentialEdits(ctx.doc, [
        (d) => { const n = nodeAtPath(d.root, memoryPath); return n ? replaceNode(d, n, String(reservation)) : undefined; },
        (d) => { const n = nodeAtPath(d.root, reservationPath); return n ? replaceNode(d, n, String(memory)) : undefined; },
      ]);
    },
  },
});
