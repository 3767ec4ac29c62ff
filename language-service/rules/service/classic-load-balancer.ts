import { findAccountIds, findPartition, findRegion } from '../../model/accounts';
import { pathOf, nodeAtPath, type JsonPath } from '../../model/document';
import { serviceFacts } from '../../model/service-facts';
import { sequentialEdits } from '../../edits/sequence';
import { insertProperty, remove } from '../../edits/json-edits';
import { keyNode } from '../launch-types/support';
import { defineRule } from '../rule';
import { awsvpcReason, taskFactsOf } from './helpers';

export const classicLoadBalancerWithAwsvpc = defineRule({
  code: 'ECS701',
  name: 'classic-load-balancer-with-awsvpc',
  topic: 'service',
  appliesTo: 'service',
  severity: 'error',
  title: { en: 'Classic Load Balancer with Fargate or awsvpc', vi: 'Classic Load Balancer dùng với Fargate hoặc awsvpc' },
  message: {
    en: 'A Classic Load Balancer (`loadBalancerName`) cannot send traffic to {why}: tasks with awsvpc register by IP, which only target groups of an Application or Network Load Balancer support. Use `targetGroupArn`.',
    vi: 'Classic Load Balancer (`loadBalancerName`) không thể chuyển traffic tới {why}: task dùng awsvpc đăng ký bằng địa chỉ IP, mà chỉ target group của Application hoặc Network Load Balancer mới hỗ trợ. Hãy dùng `targetGroupArn`.',
  },
  variants: {},
  description: {
    en: 'ALB (layer 7: HTTP/HTTPS, path and host routing) is the usual choice for web services; NLB (layer 4: TCP/UDP/TLS, static IPs, very high throughput) for other protocols. The Classic Load Balancer is the legacy generation: it cannot target IP addresses, so it works neither with `awsvpc` nor with Fargate. Create a target group of type `ip` and reference it with `targetGroupArn`.',
    vi: 'ALB (tầng 7: HTTP/HTTPS, định tuyến theo path và host) là lựa chọn thường dùng cho web service; NLB (tầng 4: TCP/UDP/TLS, IP tĩnh, throughput rất cao) cho các giao thức khác. Classic Load Balancer là thế hệ cũ: nó không nhắm tới địa chỉ IP được, nên không chạy với `awsvpc` lẫn Fargate. Hãy tạo một target group loại `ip` và tham chiếu nó bằng `targetGroupArn`.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/load-balancer-types.html',
  examples: {
    bad: '{ "serviceName": "web", "taskDefinition": "web:1", "launchType": "FARGATE", "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0123456789abcdef0"] } }, "loadBalancers": [{ "loadBalancerName": "legacy-elb", "containerName": "app", "containerPort": 80 }] }',
    good: '{ "serviceName": "web", "taskDefinition": "web:1", "launchType": "FARGATE", "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0123456789abcdef0"] } }, "loadBalancers": [{ "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", "containerName": "app", "containerPort": 80 }] }',
  },
  check(ctx) {
    // A service rule runs on a service definition only (features/diagnostics.ts): its facts are there.
    const s = serviceFacts(ctx.doc)!;
    const task = taskFactsOf(ctx.workspace?.taskDefinitionFor(ctx.doc));
    const reason = awsvpcReason(s, task);
    if (!reason) return;
    const why = reason === 'fargate' ? { en: 'Fargate tasks', vi: 'task Fargate' } : { en: 'tasks in awsvpc mode', vi: 'task ở network mode awsvpc' };
    for (const lb of s.loadBalancers) {
      const key = keyNode(lb.node, 'loadBalancerName');
      if (key) ctx.report({ node: key, args: { why }, data: { path: pathOf(lb.loadBalancerName!) } });
    }
  },
  fix: {
    title: { en: 'Replace with a `targetGroupArn` placeholder', vi: 'Thay bằng placeholder `targetGroupArn`' },
    safe: false,
    edits(ctx) {
      const path = ctx.data.path as JsonPath | undefined;
      if (!path || !nodeAtPath(ctx.doc.root, path)) return undefined;
      const lbPath = path.slice(0, -1);
      const account = findAccountIds(ctx.doc.text)[0] ?? '${AWS_ACCOUNT_ID}';
      const region = findRegion(ctx.doc.text) ?? '${AWS_REGION}';
      const arn = `arn:${findPartition(ctx.doc.text)}:elasticloadbalancing:${region}:${account}:targetgroup/\${TARGET_GROUP_NAME}/\${TARGET_GROUP_ID}`;
      return sequentialEdits(ctx.doc, [
        (d) => (nodeAtPath(d.root, [...lbPath, 'targetGroupArn']) ? [] : insertProperty(d, lbPath, 'targetGroupArn', arn, 'loadBalancerName', ctx.indent)),
        (d) => remove(d, path, ctx.indent),
      ]);
    },
  },
});
