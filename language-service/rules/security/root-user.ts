import { stringValue } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { TDP } from '../containers/helpers';
import { defineRule } from '../rule';
import { containerLabel } from '../launch-types/support';

/** True for `root`, `0`, `0:0`, `root:staff`... (the user part decides). */
export function isRootUser(user: string): boolean {
  const u = user.split(':')[0].trim();
  return u === 'root' || /^0+$/.test(u);
}

export const rootUser = defineRule({
  code: 'ECS603',
  name: 'root-user',
  topic: 'security',
  severity: 'information',
  title: { en: 'Container runs as root', vi: 'Container chạy bằng user root' },
  message: {
    en: '`{name}` explicitly runs as root. Prefer an unprivileged user (for example `"1000:1000"`) if the image allows it.',
    vi: '`{name}` được đặt rõ là chạy bằng root. Nên dùng user không có đặc quyền (ví dụ `"1000:1000"`) nếu image cho phép.',
  },
  description: {
    en: 'A process running as root inside the container gets more leverage from any vulnerability (writing anywhere in the file system, and more room to escape the container). With `host` network mode AWS specifically advises against root. This is advice only; it is not reported for Windows containers, where `user` is not supported.',
    vi: 'Process chạy bằng root bên trong container có nhiều lợi thế hơn khi có lỗ hổng (ghi vào bất kỳ đâu trong file system, dễ thoát khỏi container hơn). Với network mode `host`, AWS đặc biệt khuyên không dùng root. Đây chỉ là lời khuyên; không báo cho container Windows, nơi `user` không được hỗ trợ.',
  },
  docs: `${TDP}#container_definition_security`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "user": "0:0" }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "user": "101:101" }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (f.windows) return;
    for (const c of f.containers) {
      const node = c.get('user');
      const user = stringValue(node);
      if (user === undefined || isPlaceholder(user) || !isRootUser(user)) continue;
      ctx.report({ node: node!, args: { name: containerLabel(c) } });
    }
  },
});
