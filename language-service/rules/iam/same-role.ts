import { stringValue } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { defineRule } from '../rule';
import { roleName } from './roles';

/** ECS204: one role for both jobs gives the application the agent's permissions (and the reverse). */
export const sameRole = defineRule({
  code: 'ECS204',
  name: 'same-task-and-execution-role',
  topic: 'iam',
  severity: 'information',
  title: { en: 'Task role and execution role are the same', vi: 'Task role và execution role là cùng một role' },
  message: { en: 'The task role and the execution role are the same role. Your application then holds the permissions meant for ECS (pulling images, reading every secret of the task) and ECS holds the application\'s: consider two roles, each with only what it needs.', vi: 'Task role và execution role đang là cùng một role. Khi đó ứng dụng của bạn có luôn các quyền dành cho ECS (kéo image, đọc mọi secret của task) và ECS có luôn quyền của ứng dụng: hãy cân nhắc dùng hai role, mỗi role chỉ có đúng quyền nó cần.' },
  description: {
    en: 'Least privilege: the execution role is used by ECS before your code runs, the task role by your code while it runs. Sharing one role works, but any code in the container can then read every secret the execution role can, and the agent\'s role grows with every permission the application needs.',
    vi: 'Nguyên tắc quyền tối thiểu (least privilege): execution role được ECS dùng trước khi code của bạn chạy, task role được code của bạn dùng trong lúc chạy. Dùng chung một role vẫn chạy được, nhưng khi đó mọi code trong container đều đọc được mọi secret mà execution role đọc được, và role của agent cứ phình ra theo mỗi quyền mà ứng dụng cần.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
  examples: {
    bad: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/web", "executionRoleArn": "arn:aws:iam::123456789012:role/web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
    good: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/web-task", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const taskNode = f.get('taskRoleArn');
    const execNode = f.get('executionRoleArn');
    const task = stringValue(taskNode);
    const exec = stringValue(execNode);
    if (!task || !exec || isPlaceholder(task) || isPlaceholder(exec)) return;
    const a = roleName(task);
    const b = roleName(exec);
    // IAM role names are case-insensitive: `WebRole` and `webrole` are one role.
    if (!a || a.toLowerCase() !== b?.toLowerCase()) return;
    // A bare name and an ARN name the same role only in the same account: compare accounts when both
    // are ARNs (a bare name has no `:`, so no account part).
    const accA = task.split(':')[4];
    const accB = exec.split(':')[4];
    if (accA && accB && accA !== accB) return;
    ctx.report({ node: taskNode!, related: [{ node: execNode!, message: { en: 'The execution role', vi: 'Execution role' } }] });
  },
});
