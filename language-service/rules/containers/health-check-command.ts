import { replaceNode } from '../../edits/json-edits';
import { elements, pathOf, propertyValue, stringValue, valueOf, type JsonNode } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { API, nodeFromData, str } from './helpers';
import { defineRule } from '../rule';

const KEYWORDS = ['CMD', 'CMD-SHELL', 'NONE'];
/** Shell operators that only mean something to a shell (CMD-SHELL), never to `CMD`. */
const SHELL_TOKENS = new Set(['||', '&&', '|', ';', '>', '>>', '<', '2>&1', '&']);

/** The command after the fix, shortened, for the fix title. */
function commandText(d: Record<string, unknown>): string {
  const before = Array.isArray(d.command) ? d.command.map((s) => str(s)) : [];
  const after = typeof d.prefix === 'string' ? [d.prefix, ...before] : Array.isArray(d.to) ? d.to.map((s) => str(s)) : before;
  const text = '[' + after.map((s) => JSON.stringify(s)).join(', ') + ']';
  return text.length > 70 ? text.slice(0, 69) + '…' : text;
}

export const healthCheckCommand = defineRule({
  code: 'ECS507',
  name: 'health-check-command-form',
  topic: 'containers',
  severity: 'warning',
  title: { en: 'Health check command in the wrong form', vi: 'Lệnh health check sai dạng' },
  message: {
    en: 'The health check command should start with `CMD` (run a program) or `CMD-SHELL` (run a shell line).',
    vi: 'Lệnh health check nên bắt đầu bằng `CMD` (chạy một chương trình) hoặc `CMD-SHELL` (chạy một dòng lệnh shell).',
  },
  variants: {
    shellLine: {
      en: 'This is a whole shell line in one element without `CMD-SHELL`: the health check can never run, so the container never becomes healthy. Write `["CMD-SHELL", "…"]`.',
      vi: 'Đây là cả một dòng lệnh shell nằm trong một phần tử mà không có `CMD-SHELL`: health check không bao giờ chạy được, nên container không bao giờ healthy. Hãy viết `["CMD-SHELL", "…"]`.',
    },
    cmdShell: {
      en: 'With `CMD`, the arguments are not given to a shell: spaces inside one element and operators such as `||` are taken literally. Use `CMD-SHELL` for a shell line.',
      vi: 'Với `CMD`, các tham số không được chuyển cho shell: dấu cách trong một phần tử và các toán tử như `||` đều bị hiểu theo nghĩa đen. Hãy dùng `CMD-SHELL` cho một dòng lệnh shell.',
    },
    case: {
      en: '`{word}` must be written in capitals: `{upper}`.',
      vi: '`{word}` phải viết hoa: `{upper}`.',
    },
    noCommand: {
      en: 'The health check has no command to run.',
      vi: 'Health check không có lệnh nào để chạy.',
    },
  },
  description: {
    en: 'ECS passes `healthCheck.command` to Docker. The documented forms are `["CMD-SHELL", "curl -f http://localhost/ || exit 1"]` (one shell line, run by the container\'s shell) and `["CMD", "/bin/check", "arg"]` (a program and its arguments, no shell). ECS does not reject other forms at registration, but a single element holding a whole shell line (`["curl -f http://localhost/"]`) never works: that is an error. Other forms without the keyword are a warning; the quick fix adds `CMD` or `CMD-SHELL`.',
    vi: 'ECS chuyển `healthCheck.command` cho Docker. Các dạng được tài liệu hóa là `["CMD-SHELL", "curl -f http://localhost/ || exit 1"]` (một dòng lệnh shell, chạy bằng shell của container) và `["CMD", "/bin/check", "arg"]` (một chương trình cùng tham số, không qua shell). ECS không từ chối các dạng khác lúc đăng ký, nhưng một phần tử chứa cả dòng lệnh shell (`["curl -f http://localhost/"]`) thì không bao giờ chạy được: đó là lỗi. Các dạng thiếu từ khóa khác là cảnh báo; quick fix sẽ thêm `CMD` hoặc `CMD-SHELL`.',
  },
  docs: `${API}/API_HealthCheck.html`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "healthCheck": { "command": ["curl -f http://localhost/ || exit 1"] } }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      const cmd = propertyValue(c.get('healthCheck'), 'command');
      const items = elements(cmd);
      if (!cmd || !items.length) continue;
      const words = items.map((it) => stringValue(it));
      if (words.some((w) => w === undefined)) continue; // wrong types: ECS003
      const first = items[0];
      const w0 = words[0]!;
      // A templated first word (`${HEALTH_CMD}`) may expand to anything; `$VAR` inside a shell line is normal shell.
      if (isPlaceholder(w0) && !/\s/.test(w0.trim())) continue;
      const args = words.slice(1) as string[];
      const path = pathOf(cmd);
      if (KEYWORDS.includes(w0)) {
        if (w0 === 'NONE') continue;
        if (!args.some((a) => a.trim() !== '')) { ctx.report({ node: first, variant: 'noCommand' }); continue; }
        if (w0 === 'CMD' && (args.some((a) => SHELL_TOKENS.has(a)) || (args.length === 1 && /\s/.test(args[0].trim())))) {
          if (args.length === 1 || !args.some((a) => /\s/.test(a))) ctx.report({ node: first, variant: 'cmdShell', data: { path, command: words, to: ['CMD-SHELL', args.join(' ')] } });
          else ctx.report({ node: first, variant: 'cmdShell' });
        }
        continue;
      }
      const upper = w0.toUpperCase();
      if (KEYWORDS.includes(upper)) {
        ctx.report({ node: first, variant: 'case', args: { word: w0, upper }, data: { path, command: words, to: [upper, ...args] } });
        continue;
      }
      if (w0.trim() === '') { ctx.report({ node: first, variant: 'noCommand' }); continue; }
      if (words.length === 1 && /\s/.test(w0.trim())) {
        ctx.report({ node: first, variant: 'shellLine', severity: 'error', data: { path, command: words, prefix: 'CMD-SHELL' } });
        continue;
      }
      ctx.report({ node: first, data: { path, command: words, prefix: /\s/.test(w0.trim()) ? 'CMD-SHELL' : 'CMD' } });
    }
  },
  fix: {
    title: { en: 'Rewrite as `{command}`', vi: 'Viết lại thành `{command}`' },
    safe: true,
    titleArgs: (d) => ({ command: commandText(d) }),
    edits(ctx) {
      const cmd = nodeFromData(ctx);
      const before = ctx.data.command;
      // The command must still be the array of words the diagnostic saw.
      if (!cmd || JSON.stringify(valueOf(cmd)) !== JSON.stringify(before)) return undefined;
      const items = elements(cmd);
      const prefix = ctx.data.prefix;
      const to = ctx.data.to;
      if (typeof prefix === 'string' && items.length) {
        return [{ range: { start: ctx.doc.textDocument.positionAt(items[0].offset), end: ctx.doc.textDocument.positionAt(items[0].offset) }, newText: JSON.stringify(prefix) + ', ' }];
      }
      if (Array.isArray(to) && to.every((s) => typeof s === 'string')) {
        // Same number of elements: replace them one by one, keeping the layout; otherwise rewrite the array.
        if (to.length === items.length) return items.flatMap((it: JsonNode, i) => (it.value === to[i] ? [] : replaceNode(ctx.doc, it, JSON.stringify(to[i]))));
        return replaceNode(ctx.doc, cmd, '[' + to.map((s: string) => JSON.stringify(s)).join(', ') + ']');
      }
      return undefined;
    },
  },
});
