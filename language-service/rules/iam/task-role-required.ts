import { propertyValue, stringValue } from '../../model/document';
import { defineRule } from '../rule';
import { containerLabel, logDriverNode, volumeLabel } from '../launch-types/support';

/** Fluent Bit outputs that write to AWS services, signing requests with the task role. */
const AWS_OUTPUTS = new Set(['cloudwatch_logs', 'cloudwatch', 'firehose', 'kinesis_firehose', 'kinesis_streams', 'kinesis', 's3', 'es', 'opensearch']);

/** ECS206: features that act with the task role, in a task definition without one. */
export const taskRoleRequired = defineRule({
  code: 'ECS206',
  absence: 'task',
  name: 'task-role-required',
  topic: 'iam',
  severity: 'warning',
  title: { en: 'Feature needs a task role', vi: 'Tính năng cần task role' },
  message: { en: 'This needs a task role, but the task definition has no `taskRoleArn`.', vi: 'Tính năng này cần task role, nhưng task definition chưa có `taskRoleArn`.' },
  variants: {
    efs: { en: 'Volume `{volume}` mounts EFS with IAM authorization, which uses the task role: add a `taskRoleArn` whose policy allows `elasticfilesystem:ClientMount` (and `ClientWrite` for writing), or the mount is refused.', vi: 'Volume `{volume}` mount EFS với IAM authorization, cơ chế này dùng task role: hãy thêm `taskRoleArn` có policy cho phép `elasticfilesystem:ClientMount` (và `ClientWrite` nếu cần ghi), nếu không việc mount sẽ bị từ chối.' },
    firelens: { en: 'Container `{container}` sends its logs through FireLens to `{output}`, an AWS service; the log router signs those requests with the task role. Add a `taskRoleArn` allowed to write there.', vi: 'Container `{container}` gửi log qua FireLens tới `{output}`, một dịch vụ AWS; log router ký các request đó bằng task role. Hãy thêm `taskRoleArn` có quyền ghi vào đích đó.' },
  },
  description: {
    en: 'The task role (`taskRoleArn`) is the identity of everything running inside the task. Besides your application, two task definition features act with it: EFS volumes with `authorizationConfig.iam: ENABLED` (the mount is authorised against the task role), and FireLens routes to AWS destinations such as CloudWatch Logs, Firehose, Kinesis, S3 or OpenSearch (Fluent Bit calls those APIs with the task role). Without a task role they fail at run time. ECS Exec also needs a task role, but it is switched on in the service or `run-task`, not here.',
    vi: 'Task role (`taskRoleArn`) là danh tính của mọi thứ chạy bên trong task. Ngoài ứng dụng của bạn, có hai tính năng của task definition dùng role này: EFS volume có `authorizationConfig.iam: ENABLED` (việc mount được cấp quyền theo task role), và FireLens gửi log tới đích AWS như CloudWatch Logs, Firehose, Kinesis, S3 hay OpenSearch (Fluent Bit gọi các API đó bằng task role). Thiếu task role, chúng sẽ lỗi lúc chạy. ECS Exec cũng cần task role, nhưng nó được bật ở service hoặc `run-task`, không phải ở đây.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }] }], "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED", "authorizationConfig": { "iam": "ENABLED" } } }] }',
    good: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/web-task-role", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }] }], "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED", "authorizationConfig": { "iam": "ENABLED" } } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const role = stringValue(f.get('taskRoleArn'));
    if (role !== undefined && role.trim() !== '') return;
    for (const v of f.volumes) {
      const iam = propertyValue(propertyValue(propertyValue(v.node, 'efsVolumeConfiguration'), 'authorizationConfig'), 'iam');
      if (stringValue(iam) === 'ENABLED') ctx.report({ node: iam!, variant: 'efs', args: { volume: volumeLabel(v) } });
    }
    for (const c of f.containers) {
      if (stringValue(logDriverNode(c)) !== 'awsfirelens') continue;
      const options = propertyValue(c.get('logConfiguration'), 'options');
      const nameNode = propertyValue(options, 'Name') ?? propertyValue(options, 'name');
      const output = stringValue(nameNode)?.trim().toLowerCase();
      if (AWS_OUTPUTS.has(output!)) ctx.report({ node: nameNode!, variant: 'firelens', args: { container: containerLabel(c), output: output! } });
    }
  },
});
