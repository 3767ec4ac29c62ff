import { replaceNode } from '../../edits/json-edits';
import { elements, numberValue, pathOf, propertyValue, stringValue } from '../../model/document';
import { API, nodeFromData, str } from './helpers';
import { defineRule } from '../rule';

export const ulimitSoftAboveHard = defineRule({
  code: 'ECS513',
  name: 'ulimit-soft-above-hard',
  topic: 'containers',
  severity: 'warning',
  title: { en: 'ulimit soft limit above the hard limit', vi: 'Giới hạn mềm của ulimit lớn hơn giới hạn cứng' },
  message: {
    en: 'ulimit `{name}`: `softLimit` ({soft}) is above `hardLimit` ({hard}); Docker refuses to start the container.',
    vi: 'ulimit `{name}`: `softLimit` ({soft}) lớn hơn `hardLimit` ({hard}); Docker sẽ không khởi động container.',
  },
  description: {
    en: 'The soft limit is what the process gets; the hard limit is the ceiling up to which the process may raise it. A soft limit above the hard limit is invalid and the container fails at start. The quick fix raises `hardLimit` to the soft value, so the process keeps the limit that was asked for.',
    vi: 'Giới hạn mềm (soft) là mức process nhận được; giới hạn cứng (hard) là mức trần mà process có thể tự nâng lên tới. Soft lớn hơn hard là không hợp lệ và container lỗi ngay khi khởi động. Quick fix nâng `hardLimit` lên bằng giá trị soft, để process vẫn nhận đúng mức giới hạn đã yêu cầu.',
  },
  docs: `${API}/API_Ulimit.html`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "ulimits": [{ "name": "nofile", "softLimit": 65536, "hardLimit": 4096 }] }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "ulimits": [{ "name": "nofile", "softLimit": 4096, "hardLimit": 65536 }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      for (const u of elements(c.get('ulimits'))) {
        const sNode = propertyValue(u, 'softLimit');
        const hNode = propertyValue(u, 'hardLimit');
        const soft = numberValue(sNode);
        const hard = numberValue(hNode);
        // -1 means "unlimited": a hard -1 is above everything, a soft -1 is above every finite hard limit.
        if (soft === undefined || hard === undefined || hard === -1) continue;
        if (soft !== -1 && soft <= hard) continue;
        ctx.report({ node: sNode!, args: { name: stringValue(propertyValue(u, 'name')) ?? '?', soft, hard }, data: { path: pathOf(hNode!), hard, to: soft } });
      }
    }
  },
  fix: {
    title: { en: 'Raise `hardLimit` to {to}', vi: 'Nâng `hardLimit` lên {to}' },
    safe: false,
    titleArgs: (d) => ({ to: str(d.to) }),
    edits(ctx) {
      const node = nodeFromData(ctx);
      if (!node || numberValue(node) !== ctx.data.hard || typeof ctx.data.to !== 'number') return undefined;
      return replaceNode(ctx.doc, node, String(ctx.data.to));
    },
  },
});
