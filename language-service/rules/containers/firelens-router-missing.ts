import { propertyValue, stringValue } from '../../model/document';
import { DG, keyOfValue } from './helpers';
import { defineRule } from '../rule';
import { containerLabel } from '../launch-types/support';

export const firelensRouterMissing = defineRule({
  code: 'ECS517',
  name: 'firelens-router',
  topic: 'containers',
  severity: 'error',
  title: { en: '`awsfirelens` needs exactly one log router container', vi: '`awsfirelens` cần đúng một container log router' },
  message: {
    en: '`{name}` logs through `awsfirelens`, but no container has a `firelensConfiguration` (the Fluent Bit or Fluentd log router).',
    vi: '`{name}` ghi log qua `awsfirelens`, nhưng không container nào có `firelensConfiguration` (log router Fluent Bit hoặc Fluentd).',
  },
  variants: {
    several: {
      en: 'More than one container has a `firelensConfiguration`; a task uses one log router. `{first}` already is one.',
      vi: 'Có nhiều hơn một container khai báo `firelensConfiguration`; mỗi task chỉ dùng một log router. `{first}` đã là log router rồi.',
    },
  },
  description: {
    en: 'With FireLens, containers whose `logDriver` is `awsfirelens` send their logs to a log router running in the same task: a container (usually `aws-for-fluent-bit`) that has a `firelensConfiguration` with type `fluentbit` or `fluentd`. Without that container nothing receives the logs and ECS refuses the task definition; with two routers, which one receives the logs is not defined (a warning).',
    vi: 'Với FireLens, các container có `logDriver` là `awsfirelens` gửi log tới một log router chạy trong cùng task: một container (thường là `aws-for-fluent-bit`) có `firelensConfiguration` với type `fluentbit` hoặc `fluentd`. Thiếu container đó thì log không có nơi nhận và ECS từ chối task definition; có hai router thì không xác định được router nào nhận log (mức cảnh báo).',
  },
  docs: `${DG}/using_firelens.html`,
  examples: {
    bad: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/webTaskRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "logConfiguration": { "logDriver": "awsfirelens", "options": { "Name": "cloudwatch_logs", "region": "us-east-1", "log_group_name": "/ecs/web", "log_stream_prefix": "app-" } } }] }',
    good: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/webTaskRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "logConfiguration": { "logDriver": "awsfirelens", "options": { "Name": "cloudwatch_logs", "region": "us-east-1", "log_group_name": "/ecs/web", "log_stream_prefix": "app-" } } }, { "name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4", "memory": 64, "essential": true, "firelensConfiguration": { "type": "fluentbit" } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const routers = f.containers.filter((c) => { const fc = c.get('firelensConfiguration'); return !!fc && fc.type === 'object'; });
    for (const r of routers.slice(1)) {
      const fc = r.get('firelensConfiguration')!;
      ctx.report({ node: keyOfValue(fc), variant: 'several', severity: 'warning', args: { first: containerLabel(routers[0]) } });
    }
    // A placeholder may stand for the router (a container, or its `firelensConfiguration`).
    if (routers.length || f.containersOpen || f.containers.some((c) => c.get('firelensConfiguration')?.type === 'string')) return;
    for (const c of f.containers) {
      const driver = propertyValue(c.get('logConfiguration'), 'logDriver');
      if (stringValue(driver) === 'awsfirelens') ctx.report({ node: driver!, absent: 'anywhere', args: { name: containerLabel(c) } });
    }
  },
});
