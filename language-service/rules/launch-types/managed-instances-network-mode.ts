import { insertProperty } from '../../edits/json-edits';
import { elements, nodeAtPath, stringValue, type JsonPath } from '../../model/document';
import { defineRule } from '../rule';

/** ECS111: Managed Instances need an explicit network mode, and not bridge. */
export const managedInstancesNetworkMode = defineRule({
  code: 'ECS111',
  absence: 'task',
  name: 'managed-instances-network-mode',
  topic: 'launch-types',
  severity: 'warning',
  title: { en: 'Managed Instances need an explicit network mode', vi: 'Managed Instances cần khai báo rõ network mode' },
  message: { en: 'Tasks on ECS Managed Instances need an explicit `networkMode` (`awsvpc` or `host`): a definition without one cannot run there.', vi: 'Task chạy trên ECS Managed Instances cần khai báo rõ `networkMode` (`awsvpc` hoặc `host`): task definition thiếu nó không chạy được ở đó.' },
  variants: {
    bridge: { en: 'ECS Managed Instances document `awsvpc` and `host` (and `none`) as network modes, not `bridge`.', vi: 'Tài liệu của ECS Managed Instances chỉ nêu các network mode `awsvpc` và `host` (và `none`), không có `bridge`.' },
  },
  description: {
    en: 'On EC2 a missing `networkMode` means `bridge`; on ECS Managed Instances there is no such default, and `bridge` is not among the documented modes. Write `awsvpc` (each task gets its own network interface, like on Fargate: the usual choice) or `host`. The quick fix sets `awsvpc`.',
    vi: 'Trên EC2, thiếu `networkMode` nghĩa là `bridge`; trên ECS Managed Instances thì không có mặc định đó, và `bridge` cũng không nằm trong các mode được tài liệu nêu. Hãy ghi `awsvpc` (mỗi task có network interface riêng như trên Fargate: lựa chọn thông thường) hoặc `host`. Quick fix đặt `awsvpc`.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-instance-networking.html',
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["MANAGED_INSTANCES"], "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["MANAGED_INSTANCES"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!f.managedInstances) return;
    // With FARGATE in the list, ECS101 already asks for awsvpc.
    if (f.fargate) return;
    const data = { taskPath: ctx.doc.taskPath };
    if (!f.networkModeNode || f.networkModeNode.type === 'null') {
      // f.managedInstances comes from this element.
      ctx.report({ node: elements(f.get('requiresCompatibilities')).find((e) => stringValue(e) === 'MANAGED_INSTANCES')!, data });
    } else if (f.networkMode === 'bridge') ctx.report({ node: f.networkModeNode, variant: 'bridge', data });
  },
  fix: {
    title: { en: 'Use `"networkMode": "awsvpc"`', vi: 'Dùng `"networkMode": "awsvpc"`' },
    safe: false,
    edits(ctx) {
      const taskPath = ctx.data.taskPath as JsonPath | undefined;
      if (!Array.isArray(taskPath)) return undefined;
      const task = nodeAtPath(ctx.doc.root, taskPath);
      if (task?.type !== 'object') return undefined;
      const current = nodeAtPath(task, ['networkMode']);
      // A stale diagnostic: the mode is no longer bridge (a null one counts as missing).
      if (current && current.type !== 'null' && current.value !== 'bridge') return undefined;
      // Replaces the mode where it is, or inserts it after requiresCompatibilities, which lists MANAGED_INSTANCES.
      return insertProperty(ctx.doc, taskPath, 'networkMode', 'awsvpc', 'requiresCompatibilities', ctx.indent);
    },
  },
});
