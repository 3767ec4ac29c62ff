import { insertProperty } from '../../edits/json-edits';
import { nodeAtPath, pathOf, type JsonPath } from '../../model/document';
import { defineRule } from '../rule';
import { containerAnchor, containerLabel } from './support';

const DEFAULT_RESERVATION = 512;

/** ECS109: without task-level memory, EC2 and EXTERNAL need a memory amount on every container. */
export const ec2ContainerMemory = defineRule({
  code: 'ECS109',
  absence: 'hereAndTask',
  name: 'container-memory-required',
  topic: 'launch-types',
  severity: 'error',
  title: { en: 'Container needs memory or memoryReservation', vi: 'Container cần memory hoặc memoryReservation' },
  message: { en: 'Container `{container}` needs `memory` or `memoryReservation`: the task has no task-level `memory`, and on {launchType} ECS must know how much memory to reserve on the instance.', vi: 'Container `{container}` cần `memory` hoặc `memoryReservation`: task không có `memory` ở cấp task, trong khi trên {launchType}, ECS phải biết cần giữ bao nhiêu memory trên instance.' },
  description: {
    en: 'On EC2 and ECS Anywhere (EXTERNAL), ECS places the task on an instance with enough free memory. When the task has no `memory` of its own, every container must say how much it needs: `memoryReservation` (soft limit, reserved on the instance; the container may use more when available) or `memory` (hard limit; above it the container is killed (OOM)), or both. The quick fix adds a `memoryReservation` of 512 MiB to adjust.',
    vi: 'Trên EC2 và ECS Anywhere (EXTERNAL), ECS đặt task lên instance còn đủ memory trống. Khi task không khai báo `memory` ở cấp task, mỗi container phải cho biết mình cần bao nhiêu: `memoryReservation` (giới hạn mềm, được giữ chỗ trên instance; container có thể dùng hơn khi còn trống) hoặc `memory` (giới hạn cứng; vượt quá thì container bị kill (OOM)), hoặc cả hai. Quick fix thêm `memoryReservation` 512 MiB để bạn chỉnh lại.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_memory',
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["EC2"], "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["EC2"], "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memoryReservation": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!(f.ec2 || f.external)) return;
    if (f.memoryNode && f.memoryNode.type !== 'null') return;
    const launchType = f.ec2 ? 'EC2' : 'EXTERNAL';
    for (const c of f.containers) {
      const has = (k: string): boolean => { const n = c.get(k); return !!n && n.type !== 'null'; };
      if (has('memory') || has('memoryReservation')) continue;
      ctx.report({ node: containerAnchor(c), args: { container: containerLabel(c), launchType }, data: { containerPath: pathOf(c.node) } });
    }
  },
  fix: {
    title: { en: 'Add `"memoryReservation": {value}`', vi: 'Thêm `"memoryReservation": {value}`' },
    safe: false,
    titleArgs: () => ({ value: DEFAULT_RESERVATION }),
    edits(ctx) {
      const path = ctx.data.containerPath as JsonPath | undefined;
      if (!Array.isArray(path)) return undefined;
      const container = nodeAtPath(ctx.doc.root, path);
      if (container?.type !== 'object') return undefined;
      if (nodeAtPath(container, ['memoryReservation']) || nodeAtPath(container, ['memory'])) return undefined;
      const after = ['cpu', 'image', 'name'].find((k) => nodeAtPath(container, [k]));
      return insertProperty(ctx.doc, path, 'memoryReservation', DEFAULT_RESERVATION, after, ctx.indent);
    },
  },
});
