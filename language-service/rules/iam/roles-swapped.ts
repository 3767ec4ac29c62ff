import { replaceNode } from '../../edits/json-edits';
import { nodeAtPath, stringValue, type JsonPath } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { defineRule } from '../rule';

const name = (v: string): string => v.split(/[:/]/).pop()!; // split gives at least one part
const looksExecution = (v: string): boolean => /exec/i.test(name(v));
const looksTask = (v: string): boolean => /task/i.test(name(v)) && !looksExecution(v);

/** ECS205: the execution role is named like a task role and the task role like an execution role. */
export const rolesSwapped = defineRule({
  code: 'ECS205',
  name: 'roles-swapped',
  topic: 'iam',
  severity: 'warning',
  title: { en: 'Task role and execution role look swapped', vi: 'Task role và execution role có vẻ bị đặt ngược' },
  message: { en: 'The roles look swapped: `executionRoleArn` names `{exec}` and `taskRoleArn` names `{task}`. The execution role is for ECS (start the task), the task role for your application.', vi: 'Hai role có vẻ bị đặt ngược: `executionRoleArn` là `{exec}` còn `taskRoleArn` là `{task}`. Execution role dành cho ECS (khởi động task), task role dành cho ứng dụng của bạn.' },
  description: {
    en: 'When the execution role is called something like `web-task-role` and the task role `web-execution-role`, they were most likely put into the wrong fields. The task then starts with the application\'s permissions (image pulls or secrets may fail) and the application runs with the agent\'s. The quick fix swaps the two values.',
    vi: 'Khi execution role có tên kiểu `web-task-role` còn task role lại tên `web-execution-role`, gần như chắc chắn chúng bị điền nhầm chỗ. Khi đó task khởi động với quyền của ứng dụng (kéo image hoặc đọc secret có thể thất bại) còn ứng dụng lại chạy với quyền của agent. Quick fix đổi chỗ hai giá trị.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
  examples: {
    bad: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/web-execution-role", "executionRoleArn": "arn:aws:iam::123456789012:role/web-task-role", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
    good: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/web-task-role", "executionRoleArn": "arn:aws:iam::123456789012:role/web-execution-role", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const taskNode = f.get('taskRoleArn');
    const execNode = f.get('executionRoleArn');
    const task = stringValue(taskNode);
    const exec = stringValue(execNode);
    if (!task || !exec || isPlaceholder(task) || isPlaceholder(exec)) return;
    if (!(looksTask(exec) && looksExecution(task))) return;
    ctx.report({
      node: execNode!,
      args: { exec: name(exec).slice(0, 64), task: name(task).slice(0, 64) },
      related: [{ node: taskNode!, message: { en: 'The task role', vi: 'Task role' } }],
      data: { taskPath: ctx.doc.taskPath },
    });
  },
  fix: {
    title: { en: 'Swap `taskRoleArn` and `executionRoleArn`', vi: 'Đổi chỗ `taskRoleArn` và `executionRoleArn`' },
    safe: false,
    edits(ctx) {
      const taskPath = ctx.data.taskPath as JsonPath | undefined;
      if (!Array.isArray(taskPath)) return undefined;
      const t = nodeAtPath(ctx.doc.root, taskPath);
      const taskNode = nodeAtPath(t, ['taskRoleArn']);
      const execNode = nodeAtPath(t, ['executionRoleArn']);
      const task = stringValue(taskNode);
      const exec = stringValue(execNode);
      // Already swapped (a stale diagnostic after the fix): swapping again would undo it.
      if (task === undefined || exec === undefined || !looksTask(exec) || !looksExecution(task)) return undefined;
      const text = ctx.doc.text;
      const taskRaw = text.slice(taskNode!.offset, taskNode!.offset + taskNode!.length);
      const execRaw = text.slice(execNode!.offset, execNode!.offset + execNode!.length);
      return [...replaceNode(ctx.doc, taskNode!, execRaw), ...replaceNode(ctx.doc, execNode!, taskRaw)];
    },
  },
});
