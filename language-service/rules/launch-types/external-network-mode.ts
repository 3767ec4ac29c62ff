import { replaceNode } from '../../edits/json-edits';
import { nodeAtPath, pathOf, type JsonPath } from '../../model/document';
import { defineRule } from '../rule';

/** ECS110: ECS Anywhere (EXTERNAL) does not use awsvpc. */
export const externalNetworkMode = defineRule({
  code: 'ECS110',
  name: 'external-no-awsvpc',
  topic: 'launch-types',
  severity: 'warning',
  title: { en: 'EXTERNAL (ECS Anywhere) does not support awsvpc', vi: 'EXTERNAL (ECS Anywhere) không hỗ trợ awsvpc' },
  message: { en: 'ECS Anywhere (`EXTERNAL`) runs tasks on your own servers, which have no VPC network interfaces to give them: use `bridge`, `host` or `none` instead of `awsvpc`.', vi: 'ECS Anywhere (`EXTERNAL`) chạy task trên server của bạn, nơi không có network interface của VPC để cấp cho task: hãy dùng `bridge`, `host` hoặc `none` thay cho `awsvpc`.' },
  variants: {
    withFargate: { en: 'This task definition lists both `FARGATE` (which needs `awsvpc`) and `EXTERNAL` (which does not support `awsvpc`): no network mode satisfies both. Register one definition per launch type.', vi: 'Task definition này khai báo cả `FARGATE` (cần `awsvpc`) lẫn `EXTERNAL` (không hỗ trợ `awsvpc`): không network mode nào thỏa cả hai. Hãy đăng ký mỗi launch type một task definition riêng.' },
  },
  description: {
    en: 'With `awsvpc`, each task gets its own elastic network interface in a VPC subnet. Servers registered with ECS Anywhere live outside AWS, so tasks there use `bridge` (the usual choice), `host` or `none`. This follows the AWS CDK checks; it is a warning because Windows on ECS Anywhere may differ.',
    vi: 'Với `awsvpc`, mỗi task có một elastic network interface riêng trong một subnet của VPC. Server đăng ký qua ECS Anywhere nằm ngoài AWS, nên task ở đó dùng `bridge` (lựa chọn thông thường), `host` hoặc `none`. Quy tắc này theo các kiểm tra của AWS CDK; nó chỉ là cảnh báo vì Windows trên ECS Anywhere có thể khác.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html',
  examples: {
    bad: '{ "family": "edge", "requiresCompatibilities": ["EXTERNAL"], "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
    good: '{ "family": "edge", "requiresCompatibilities": ["EXTERNAL"], "networkMode": "bridge", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!f.external || f.networkMode !== 'awsvpc' || !f.networkModeNode) return;
    if (f.fargate) ctx.report({ node: f.networkModeNode, variant: 'withFargate' });
    else ctx.report({ node: f.networkModeNode, data: { path: pathOf(f.networkModeNode) } });
  },
  fix: {
    title: { en: 'Use `"networkMode": "bridge"`', vi: 'Dùng `"networkMode": "bridge"`' },
    safe: false,
    edits(ctx) {
      const path = ctx.data.path as JsonPath | undefined;
      const node = Array.isArray(path) ? nodeAtPath(ctx.doc.root, path) : undefined;
      if (!node || node.value !== 'awsvpc') return undefined;
      return replaceNode(ctx.doc, node, '"bridge"');
    },
  },
});
