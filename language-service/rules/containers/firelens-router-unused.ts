import { propertyValue } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { DG, keyOfValue } from './helpers';
import { defineRule } from '../rule';
import { containerLabel } from '../launch-types/support';

export const firelensRouterUnused = defineRule({
  code: 'ECS518',
  absence: 'anywhere',
  name: 'firelens-router-unused',
  topic: 'containers',
  severity: 'hint',
  title: { en: 'Log router that no container uses', vi: 'Log router không được container nào dùng' },
  message: {
    en: '`{name}` is a FireLens log router, but no container sends its logs to it (no `logDriver: "awsfirelens"`).',
    vi: '`{name}` là log router FireLens, nhưng không container nào gửi log tới nó (không có `logDriver: "awsfirelens"`).',
  },
  description: {
    en: 'A container with `firelensConfiguration` only receives the logs of containers whose `logConfiguration.logDriver` is `awsfirelens`. If none does, the router runs for nothing: switch the application container to `awsfirelens`, or remove the router.',
    vi: 'Container có `firelensConfiguration` chỉ nhận log của các container có `logConfiguration.logDriver` là `awsfirelens`. Nếu không có container nào như vậy, router chạy mà không làm gì: hãy chuyển container ứng dụng sang `awsfirelens`, hoặc bỏ router đi.',
  },
  docs: `${DG}/using_firelens.html`,
  examples: {
    bad: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/webTaskRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }, { "name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4", "memory": 64, "firelensConfiguration": { "type": "fluentbit" } }] }',
    good: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/webTaskRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "logConfiguration": { "logDriver": "awsfirelens", "options": { "Name": "cloudwatch_logs", "region": "us-east-1", "log_group_name": "/ecs/web", "log_stream_prefix": "app-" } } }, { "name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4", "memory": 64, "firelensConfiguration": { "type": "fluentbit" } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const used = f.containers.some((c) => {
      // A driver of another type is ECS003's; a placeholder may stand for `awsfirelens`.
      const d = propertyValue(c.get('logConfiguration'), 'logDriver');
      return d?.type === 'string' && (d.value === 'awsfirelens' || isPlaceholder(d.value));
    });
    if (used) return;
    for (const c of f.containers) {
      const fc = c.get('firelensConfiguration');
      if (fc && fc.type === 'object') ctx.report({ node: keyOfValue(fc), args: { name: containerLabel(c) } });
    }
  },
});
