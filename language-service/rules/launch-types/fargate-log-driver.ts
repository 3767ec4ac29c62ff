import { stringValue } from '../../model/document';
import { defineRule } from '../rule';
import { containerLabel, logDriverNode } from './support';

/** The drivers ECS knows besides the Fargate ones (`awslogs`, `splunk`, `awsfirelens`); anything else is a typo that ECS005 reports. */
const EC2_ONLY_DRIVERS = ['json-file', 'syslog', 'journald', 'gelf', 'fluentd'];

/** ECS108: Fargate supports three log drivers. */
export const fargateLogDriver = defineRule({
  code: 'ECS108',
  name: 'fargate-log-driver',
  topic: 'launch-types',
  severity: 'error',
  title: { en: 'Log driver not supported on Fargate', vi: 'Log driver không được Fargate hỗ trợ' },
  message: { en: 'Container `{container}`: Fargate supports the log drivers `awslogs`, `splunk` and `awsfirelens`, not `{driver}`. To ship logs elsewhere, use `awsfirelens` with a Fluent Bit sidecar.', vi: 'Container `{container}`: Fargate chỉ hỗ trợ các log driver `awslogs`, `splunk` và `awsfirelens`, không hỗ trợ `{driver}`. Muốn gửi log đi nơi khác, hãy dùng `awsfirelens` với một sidecar Fluent Bit.' },
  description: {
    en: 'On EC2 the Docker daemon of your instance can use any log driver; on Fargate only `awslogs` (CloudWatch Logs), `splunk` and `awsfirelens` (FireLens: Fluent Bit or Fluentd as a sidecar, which can forward to almost any destination) are available. `json-file`, `syslog`, `journald`, `gelf` and `fluentd` would write to a host you cannot reach.',
    vi: 'Trên EC2, Docker daemon của instance dùng được mọi log driver; trên Fargate chỉ có `awslogs` (CloudWatch Logs), `splunk` và `awsfirelens` (FireLens: Fluent Bit hoặc Fluentd chạy dạng sidecar, chuyển log tới hầu hết mọi đích). `json-file`, `syslog`, `journald`, `gelf` và `fluentd` sẽ ghi log lên một host mà bạn không truy cập được.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "logConfiguration": { "logDriver": "json-file" } }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web" } } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!f.fargate) return;
    for (const c of f.containers) {
      const node = logDriverNode(c);
      // The Fargate drivers, placeholders and typos (ECS005) are not among these.
      const driver = EC2_ONLY_DRIVERS.find((d) => d === stringValue(node));
      if (driver) ctx.report({ node: node!, args: { container: containerLabel(c), driver } });
    }
  },
});
