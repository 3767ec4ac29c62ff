import { stringValue } from '../../model/document';
import { defineRule } from '../rule';
import { ROLE_FIELDS, isInstanceProfile } from './roles';

/** ECS203: an EC2 instance profile where a task role or execution role belongs. */
export const instanceProfileAsRole = defineRule({
  code: 'ECS203',
  name: 'instance-profile-as-role',
  topic: 'iam',
  severity: 'error',
  title: { en: 'Instance profile used as a task role', vi: 'Dùng instance profile thay cho role của task' },
  message: { en: '`{field}` points to an EC2 instance profile. An instance profile is the identity of the EC2 host (used by the ECS agent to join the cluster) and never belongs in a task definition: use the ARN of an IAM role (`...:role/<name>`).', vi: '`{field}` đang trỏ tới một EC2 instance profile. Instance profile là danh tính của máy EC2 (ECS agent dùng nó để tham gia cluster) và không bao giờ thuộc về task definition: hãy dùng ARN của một IAM role (`...:role/<tên>`).' },
  description: {
    en: 'Three identities are easy to mix up. The EC2 instance profile wraps the role of the container instance itself; it is attached in the launch template. The task execution role (`executionRoleArn`) is what ECS uses to start the task (pull images, write logs, read secrets). The task role (`taskRoleArn`) is what your application code uses. Both task definition fields take `role/` ARNs; an `instance-profile/` ARN is rejected.',
    vi: 'Có ba danh tính rất dễ nhầm. EC2 instance profile bọc role của chính container instance (máy EC2); nó được gắn trong launch template. Task execution role (`executionRoleArn`) là role ECS dùng để khởi động task (kéo image, ghi log, đọc secret). Task role (`taskRoleArn`) là role mà code ứng dụng của bạn dùng. Cả hai trường trong task definition đều nhận ARN dạng `role/`; ARN dạng `instance-profile/` sẽ bị từ chối.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/instance_IAM_role.html',
  examples: {
    bad: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:instance-profile/ecsInstanceRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
    good: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/web-task-role", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const field of ROLE_FIELDS) {
      const node = f.get(field);
      // A value that is not a string reads "undefined", which names no instance profile. A placeholder
      // elsewhere in the ARN (the account) does not change what it names.
      if (!isInstanceProfile(String(stringValue(node)))) continue;
      ctx.report({ node: node!, args: { field } });
    }
  },
});
