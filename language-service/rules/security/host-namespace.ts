import { stringValue } from '../../model/document';
import { TDP } from '../containers/helpers';
import { defineRule } from '../rule';

export const hostNamespace = defineRule({
  code: 'ECS605',
  name: 'host-namespace',
  topic: 'security',
  severity: 'information',
  title: { en: 'Task shares a host namespace', vi: 'Task dùng chung namespace với host' },
  message: {
    en: '`{field}: "host"` shares the instance\'s {what} with the containers of this task. Use `task` unless the containers really need to see the host.',
    vi: '`{field}: "host"` cho các container của task dùng chung {what} với instance. Hãy dùng `task` trừ khi container thật sự cần nhìn thấy host.',
  },
  description: {
    en: 'With `pidMode: "host"` the containers see (and can signal) every process of the EC2 instance; with `ipcMode: "host"` they share its shared memory and semaphores. Monitoring agents sometimes need this; applications should use `task` (shared between the containers of the task only). Advice only; not reported on Fargate, where `host` is not allowed, nor for Windows containers.',
    vi: 'Với `pidMode: "host"`, các container nhìn thấy (và có thể gửi tín hiệu tới) mọi process của EC2 instance; với `ipcMode: "host"`, chúng dùng chung shared memory và semaphore của instance. Agent giám sát đôi khi cần điều này; ứng dụng thông thường nên dùng `task` (chỉ dùng chung giữa các container trong task). Chỉ là lời khuyên; không báo trên Fargate, nơi `host` không được phép, cũng như với container Windows.',
  },
  docs: `${TDP}#task_definition_pidmode`,
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["EC2"], "pidMode": "host", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["EC2"], "pidMode": "task", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (f.windows || f.fargate) return;
    for (const [field, what] of [['pidMode', 'PID namespace'], ['ipcMode', 'IPC namespace']]) {
      const node = f.get(field);
      if (stringValue(node) === 'host') ctx.report({ node: node!, args: { field, what } });
    }
  },
});
