import { insertProperty } from '../../edits/json-edits';
import type { Args } from '../../i18n/text';
import { nodeAtPath, propertyValue, stringValue, type JsonNode, type JsonPath } from '../../model/document';
import { defineRule, type Severity } from '../rule';
import { containerLabel, keyNode, logDriverNode, nonEmptyArray } from '../launch-types/support';
import { suggestedExecutionRole } from './roles';

/** A private ECR image: `ACCOUNT.dkr.ecr.REGION.amazonaws.com/...` (placeholders in the account are fine). */
const PRIVATE_ECR = /^[^/]*\.dkr\.ecr(?:-fips)?\.[^/]+?\.amazonaws\.com(?:\.cn)?\//i;

export function isPrivateEcrImage(image: string): boolean {
  return PRIVATE_ECR.test(image); // leading blanks match [^/]*, trailing ones do not matter
}

/** ECS201: features that ECS (or Fargate) carries out with the task execution role. */
export const executionRoleRequired = defineRule({
  code: 'ECS201',
  absence: 'task',
  name: 'execution-role-required',
  topic: 'iam',
  severity: 'error',
  title: { en: 'Task execution role required', vi: 'Cần task execution role' },
  message: { en: 'Container `{container}` uses `{field}`, which needs a task execution role: add `executionRoleArn`.', vi: 'Container `{container}` dùng `{field}`, tính năng này cần task execution role: hãy thêm `executionRoleArn`.' },
  variants: {
    secrets: { en: 'Container `{container}` reads `secrets` from Secrets Manager or SSM Parameter Store. ECS fetches them with the task execution role, so `executionRoleArn` is required.', vi: 'Container `{container}` đọc `secrets` từ Secrets Manager hoặc SSM Parameter Store. ECS lấy các secret này bằng task execution role, nên bắt buộc phải có `executionRoleArn`.' },
    secretOptions: { en: 'Container `{container}` uses `logConfiguration.secretOptions`. ECS fetches those secrets with the task execution role, so `executionRoleArn` is required.', vi: 'Container `{container}` dùng `logConfiguration.secretOptions`. ECS lấy các secret đó bằng task execution role, nên bắt buộc phải có `executionRoleArn`.' },
    repositoryCredentials: { en: 'Container `{container}` pulls its image with `repositoryCredentials`, a secret ECS reads with the task execution role. ECS refuses the task definition without `executionRoleArn` ("Private repository authentication requires that the task definition specify a value for executionRoleArn").', vi: 'Container `{container}` kéo image bằng `repositoryCredentials`, một secret mà ECS đọc bằng task execution role. ECS từ chối task definition không có `executionRoleArn` ("Private repository authentication requires that the task definition specify a value for executionRoleArn").' },
    environmentFiles: { en: 'Container `{container}` loads `environmentFiles` from S3. ECS downloads them with the task execution role: add `executionRoleArn`, or the task fails to start.', vi: 'Container `{container}` nạp `environmentFiles` từ S3. ECS tải các file này bằng task execution role: hãy thêm `executionRoleArn`, nếu không task sẽ không khởi động được.' },
    awslogsFargate: { en: 'Container `{container}` logs with `awslogs` on Fargate. Fargate writes to CloudWatch Logs with the task execution role, so `executionRoleArn` is required.', vi: 'Container `{container}` ghi log bằng `awslogs` trên Fargate. Fargate ghi vào CloudWatch Logs bằng task execution role, nên bắt buộc phải có `executionRoleArn`.' },
    awslogs: { en: 'Container `{container}` logs with `awslogs` on {launchType}. The agent writes to CloudWatch Logs with the task execution role: add `executionRoleArn`.', vi: 'Container `{container}` ghi log bằng `awslogs` trên {launchType}. Agent ghi vào CloudWatch Logs bằng task execution role: hãy thêm `executionRoleArn`.' },
    ecrFargate: { en: 'The `image` of container `{container}` is in a private Amazon ECR repository. Fargate pulls it with the task execution role, so `executionRoleArn` is required.', vi: '`image` của container `{container}` nằm trong repository Amazon ECR riêng tư (private). Fargate kéo image bằng task execution role, nên bắt buộc phải có `executionRoleArn`.' },
    ecr: { en: 'The `image` of container `{container}` is in a private Amazon ECR repository, on {launchType}; pulling it most likely needs the task execution role: add `executionRoleArn`.', vi: '`image` của container `{container}` nằm trong repository Amazon ECR riêng tư, chạy trên {launchType}; việc kéo image nhiều khả năng cần task execution role: hãy thêm `executionRoleArn`.' },
    firelensS3: { en: 'Container `{container}` loads its FireLens configuration from S3, which ECS downloads with the task execution role: add `executionRoleArn`.', vi: 'Container `{container}` nạp cấu hình FireLens từ S3; ECS tải file này bằng task execution role: hãy thêm `executionRoleArn`.' },
  },
  description: {
    en: 'The task execution role is the role ECS itself (the container agent, or Fargate) uses to prepare a task: pull images from private ECR, send `awslogs` logs to CloudWatch, read `secrets` and `secretOptions`, `repositoryCredentials` and S3 `environmentFiles`. Your application never sees it; its own permissions belong in the task role (`taskRoleArn`). The quick fix adds `executionRoleArn` with the conventional name `ecsTaskExecutionRole` in the account found in the file; make sure that role exists and has the `AmazonECSTaskExecutionRolePolicy` permissions (plus access to your secrets).',
    vi: 'Task execution role là role mà chính ECS (container agent, hoặc Fargate) dùng để chuẩn bị task: kéo image từ ECR riêng tư, gửi log `awslogs` lên CloudWatch, đọc `secrets` và `secretOptions`, `repositoryCredentials` và `environmentFiles` trên S3. Ứng dụng của bạn không bao giờ thấy role này; quyền của ứng dụng thuộc về task role (`taskRoleArn`). Quick fix thêm `executionRoleArn` với tên quen thuộc `ecsTaskExecutionRole` trong account tìm thấy trong file; hãy chắc chắn role đó tồn tại và có quyền của `AmazonECSTaskExecutionRolePolicy` (cộng thêm quyền đọc secret của bạn).',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0" }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{ "name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0" }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    // A blank role is no role.
    if (stringValue(f.get('executionRoleArn'))?.trim()) return;
    const data = { taskPath: ctx.doc.taskPath, value: suggestedExecutionRole(ctx.doc.text) };
    const otherType = f.external ? 'EXTERNAL' : f.managedInstances ? 'MANAGED_INSTANCES' : undefined;
    // Every node passed here was found: a value's key (keyNode finds the key of any value found), or the value itself.
    const report = (node: JsonNode | undefined, variant: string, args: Args, severity?: Severity): void => {
      ctx.report({ node: node!, variant, args, data, severity });
    };
    for (const c of f.containers) {
      const container = { container: containerLabel(c) };
      const onOther = { ...container, launchType: otherType! };
      if (nonEmptyArray(c.get('secrets'))) report(keyNode(c.node, 'secrets'), 'secrets', container);
      const logConfiguration = c.get('logConfiguration');
      if (nonEmptyArray(propertyValue(logConfiguration, 'secretOptions'))) report(keyNode(logConfiguration, 'secretOptions'), 'secretOptions', container);
      if (c.get('repositoryCredentials')?.type === 'object') report(keyNode(c.node, 'repositoryCredentials'), 'repositoryCredentials', container);
      if (nonEmptyArray(c.get('environmentFiles'))) report(keyNode(c.node, 'environmentFiles'), 'environmentFiles', container, 'warning');
      const driver = logDriverNode(c);
      if (stringValue(driver) === 'awslogs') {
        if (f.fargate) report(driver, 'awslogsFargate', container);
        else if (otherType) report(driver, 'awslogs', onOther, 'warning');
      }
      const imageNode = c.get('image');
      // An image that is not a string reads "undefined", which is no ECR image.
      if (isPrivateEcrImage(String(stringValue(imageNode)))) {
        if (f.fargate) report(imageNode, 'ecrFargate', container);
        else if (otherType) report(imageNode, 'ecr', onOther, 'warning');
      }
      // On Fargate an S3 FireLens configuration is refused outright (ECS106).
      const fileType = propertyValue(propertyValue(c.get('firelensConfiguration'), 'options'), 'config-file-type');
      if (!f.fargate && stringValue(fileType) === 's3') report(fileType, 'firelensS3', container, 'warning');
    }
  },
  fix: {
    title: { en: 'Add `executionRoleArn` ({value})', vi: 'Thêm `executionRoleArn` ({value})' },
    safe: false,
    titleArgs: (d) => ({ value: String(d.value) }),
    edits(ctx) {
      const taskPath = ctx.data.taskPath as JsonPath | undefined;
      const value = ctx.data.value;
      if (!Array.isArray(taskPath) || typeof value !== 'string') return undefined;
      const task = nodeAtPath(ctx.doc.root, taskPath);
      if (task?.type !== 'object') return undefined;
      // A stale diagnostic: a role has been set since.
      if (stringValue(nodeAtPath(task, ['executionRoleArn']))?.trim()) return undefined;
      // Fills a blank (or null) role where it is, or inserts one after taskRoleArn, or else after family.
      return insertProperty(ctx.doc, taskPath, 'executionRoleArn', value, nodeAtPath(task, ['taskRoleArn']) ? 'taskRoleArn' : 'family', ctx.indent);
    },
  },
});
