import { elements, propertyValue, stringValue, type JsonNode } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { DG } from './helpers';
import { defineRule } from '../rule';

/**
 * Why a `valueFrom` is clearly not a Secrets Manager or SSM Parameter Store reference (undefined when
 * it may be one). Accepted: `arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME[:json-key:stage:id]`,
 * `arn:PARTITION:ssm:REGION:ACCOUNT:parameter/NAME`, and a bare parameter name (`db-password`, `/prod/db/password`).
 */
export function valueFromProblem(value: string): 'empty' | 'service' | 'arn' | 'name' | undefined {
  const v = value.trim();
  if (!v) return 'empty';
  if (v.startsWith('arn:')) {
    const parts = v.split(':');
    if (parts.length < 6) return 'arn';
    const [, partition, service, region, account] = parts;
    if (!/^aws(-[a-z]+)*$/.test(partition)) return 'arn';
    if (service !== 'secretsmanager' && service !== 'ssm') return 'service';
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) || !/^\d{12}$/.test(account)) return 'arn';
    if (service === 'secretsmanager') return parts[5] === 'secret' && (parts[6] ?? '') !== '' && parts.length <= 10 ? undefined : 'arn';
    return /^parameter\/./.test(parts.slice(5).join(':')) ? undefined : 'arn';
  }
  // A parameter name: letters, digits, `_ . -` and `/` for the hierarchy (at most 15 levels deep).
  return /^[A-Za-z0-9_.\-/]+$/.test(v) ? undefined : 'name';
}

export const secretValueFrom = defineRule({
  code: 'ECS520',
  name: 'secret-value-from-format',
  topic: 'containers',
  severity: 'warning',
  title: { en: 'Malformed secret reference', vi: 'Tham chiếu secret sai định dạng' },
  message: {
    en: '`valueFrom` of `{name}` is not a Secrets Manager ARN, an SSM parameter ARN or an SSM parameter name.',
    vi: '`valueFrom` của `{name}` không phải ARN của Secrets Manager, ARN của SSM parameter, cũng không phải tên SSM parameter.',
  },
  variants: {
    empty: { en: '`valueFrom` of `{name}` is empty.', vi: '`valueFrom` của `{name}` đang để trống.' },
    service: {
      en: '`valueFrom` of `{name}` is an ARN of another service: secrets come from Secrets Manager (`arn:aws:secretsmanager:…:secret:…`) or SSM Parameter Store (`arn:aws:ssm:…:parameter/…`).',
      vi: '`valueFrom` của `{name}` là ARN của một dịch vụ khác: secret chỉ lấy từ Secrets Manager (`arn:aws:secretsmanager:…:secret:…`) hoặc SSM Parameter Store (`arn:aws:ssm:…:parameter/…`).',
    },
    arn: {
      en: '`valueFrom` of `{name}` is not a complete ARN: expected `arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME` or `arn:aws:ssm:REGION:ACCOUNT:parameter/NAME`.',
      vi: '`valueFrom` của `{name}` không phải ARN đầy đủ: cần dạng `arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME` hoặc `arn:aws:ssm:REGION:ACCOUNT:parameter/NAME`.',
    },
  },
  description: {
    en: '`secrets[].valueFrom` (and `logConfiguration.secretOptions[].valueFrom`) says where ECS reads the value when the container starts: the ARN of a Secrets Manager secret, optionally followed by `:json-key:version-stage:version-id`, or an SSM Parameter Store parameter, by ARN or, when it is in the same region as the task, by name. A malformed reference makes the task fail at start. The value itself is never shown in messages.',
    vi: '`secrets[].valueFrom` (và `logConfiguration.secretOptions[].valueFrom`) cho ECS biết đọc giá trị ở đâu khi container khởi động: ARN của một secret trong Secrets Manager, có thể kèm hậu tố `:json-key:version-stage:version-id`, hoặc một parameter của SSM Parameter Store, theo ARN hoặc theo tên nếu parameter nằm cùng region với task. Tham chiếu sai định dạng khiến task lỗi khi khởi động. Thông báo không bao giờ hiển thị chính giá trị này.',
  },
  docs: `${DG}/specifying-sensitive-data.html`,
  examples: {
    bad: '{ "family": "web", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "secrets": [{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:s3:::my-bucket/db-password" }] }] }',
    good: '{ "family": "web", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "secrets": [{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password-AbCdEf" }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const check = (entry: JsonNode): void => {
      const node = propertyValue(entry, 'valueFrom');
      const value = stringValue(node);
      if (!node || value === undefined || isPlaceholder(value)) return;
      const problem = valueFromProblem(value);
      if (!problem) return;
      ctx.report({ node, variant: problem === 'name' ? undefined : problem, args: { name: stringValue(propertyValue(entry, 'name')) || '?' } }); // a missing or empty name is shown as `?`
    };
    for (const c of f.containers) {
      for (const s of elements(c.get('secrets'))) check(s);
      for (const s of elements(propertyValue(c.get('logConfiguration'), 'secretOptions'))) check(s);
    }
  },
});
