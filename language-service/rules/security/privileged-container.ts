import { booleanValue } from '../../model/document';
import { TDP } from '../containers/helpers';
import { defineRule } from '../rule';
import { containerLabel } from '../launch-types/support';

export const privilegedContainer = defineRule({
  code: 'ECS602',
  name: 'privileged-container',
  topic: 'security',
  severity: 'information',
  title: { en: 'Privileged container', vi: 'Container chạy ở chế độ privileged' },
  message: {
    en: '`{name}` runs privileged: it has almost the same power over the host (EC2 instance) as root. Prefer granting only the Linux capabilities it needs (`linuxParameters.capabilities.add`).',
    vi: '`{name}` chạy ở chế độ privileged: nó có quyền trên host (EC2 instance) gần như ngang root. Nên chỉ cấp những Linux capability thật sự cần (`linuxParameters.capabilities.add`).',
  },
  description: {
    en: 'A privileged container can access the host\'s devices and kernel settings, so a compromise of the container becomes a compromise of the instance and of every task on it. Some agents (monitoring, Docker-in-Docker) need it; most applications do not. This is advice only. Not reported for Windows containers (unsupported) or on Fargate (not allowed there; another rule says so).',
    vi: 'Container privileged có thể truy cập thiết bị và cấu hình kernel của host, nên nếu container bị chiếm quyền thì cả instance và mọi task trên đó cũng bị ảnh hưởng. Một số agent (giám sát, Docker-in-Docker) cần chế độ này; đa số ứng dụng thì không. Đây chỉ là lời khuyên. Không báo cho container Windows (không hỗ trợ) hoặc trên Fargate (không được phép; một rule khác đã báo).',
  },
  docs: `${TDP}#container_definition_security`,
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["EC2"], "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "privileged": true }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["EC2"], "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "linuxParameters": { "capabilities": { "add": ["NET_ADMIN"] } } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (f.windows || f.fargate) return;
    for (const c of f.containers) {
      const node = c.get('privileged');
      if (booleanValue(node) === true) ctx.report({ node: node!, args: { name: containerLabel(c) } });
    }
  },
});
