import { insertProperty } from '../../edits/json-edits';
import { nodeAtPath, type JsonPath } from '../../model/document';
import { defineRule } from '../rule';
import { fargateElement, NETWORK_MODES } from './support';

/** ECS101: Fargate tasks always use awsvpc, and the mode must be written down. */
export const fargateNetworkMode = defineRule({
  code: 'ECS101',
  name: 'fargate-requires-awsvpc',
  topic: 'launch-types',
  severity: 'error',
  title: { en: 'Fargate requires the awsvpc network mode', vi: 'Fargate bắt buộc network mode awsvpc' },
  message: { en: 'Fargate only runs tasks in the `awsvpc` network mode, not `{mode}`.', vi: 'Fargate chỉ chạy task ở network mode `awsvpc`, không chạy được với `{mode}`.' },
  variants: {
    missing: { en: 'A Fargate task definition must set `"networkMode": "awsvpc"`; without it ECS assumes `bridge` and rejects the definition.', vi: 'Task definition cho Fargate phải khai báo `"networkMode": "awsvpc"`; nếu thiếu, ECS coi như `bridge` và từ chối task definition.' },
  },
  description: {
    en: 'On Fargate every task gets its own elastic network interface (ENI) in your VPC: that is the `awsvpc` mode, and it is the only one Fargate supports. The property is not optional: leaving it out means `bridge`, which Fargate rejects at registration.',
    vi: 'Trên Fargate, mỗi task có một elastic network interface (ENI, card mạng ảo) riêng trong VPC của bạn: đó là mode `awsvpc`, và là mode duy nhất Fargate hỗ trợ. Thuộc tính này không được bỏ trống: thiếu nó nghĩa là `bridge`, và Fargate sẽ từ chối khi đăng ký.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "bridge", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!f.fargate) return;
    if (!f.networkModeNode) {
      // f.fargate comes from this element.
      ctx.report({ node: fargateElement(f)!, variant: 'missing', absent: 'task', data: { taskPath: ctx.doc.taskPath } });
      return;
    }
    const mode = f.networkMode;
    // Typos and placeholders are the schema's business (ECS005 / ECS011).
    if (!mode || mode === 'awsvpc' || !(NETWORK_MODES as readonly string[]).includes(mode)) return;
    ctx.report({ node: f.networkModeNode, args: { mode }, data: { taskPath: ctx.doc.taskPath } });
  },
  fix: {
    title: { en: 'Use `"networkMode": "awsvpc"`', vi: 'Dùng `"networkMode": "awsvpc"`' },
    safe: true,
    edits(ctx) {
      const taskPath = ctx.data.taskPath as JsonPath | undefined;
      if (!Array.isArray(taskPath)) return undefined;
      const task = nodeAtPath(ctx.doc.root, taskPath);
      if (task?.type !== 'object') return undefined;
      // Replaces the mode where it is, or inserts it after requiresCompatibilities, which lists FARGATE
      // (a mode already awsvpc gives an edit that changes nothing, which fixEdits drops).
      return insertProperty(ctx.doc, taskPath, 'networkMode', 'awsvpc', 'requiresCompatibilities', ctx.indent);
    },
  },
});
