import { setValue } from '../../edits/json-edits';
import { nodeAtPath, pathOf } from '../../model/document';
import { isWindowsContainer } from '../../model/task-facts';
import { containerAnchor, isPath, TDP } from '../containers/helpers';
import { defineRule } from '../rule';
import { containerLabel } from '../launch-types/support';

export const readonlyRootFilesystem = defineRule({
  code: 'ECS604',
  name: 'readonly-root-filesystem',
  topic: 'security',
  severity: 'hint',
  title: { en: 'Writable root file system', vi: 'Root file system có thể ghi' },
  message: {
    en: '`{name}` can write to its root file system. If the application only writes to mounted volumes (or `/tmp` as a volume), set `readonlyRootFilesystem: true`.',
    vi: '`{name}` có thể ghi vào root file system của nó. Nếu ứng dụng chỉ ghi vào các volume được mount (hoặc `/tmp` dưới dạng volume), hãy đặt `readonlyRootFilesystem: true`.',
  },
  description: {
    en: 'With a read-only root file system an attacker cannot drop tools or change binaries inside the container. Many applications need a writable directory or two (cache, `/tmp`): mount a volume there. This is a hint only, so correct files stay clean, and it is not shown for Windows containers, where the setting is not supported.',
    vi: 'Khi root file system chỉ đọc, kẻ tấn công không thể cài thêm công cụ hay sửa file chạy bên trong container. Nhiều ứng dụng cần một vài thư mục ghi được (cache, `/tmp`): hãy mount volume vào đó. Đây chỉ là gợi ý (hint) để file đúng vẫn sạch, và không hiển thị cho container Windows, nơi tùy chọn này không được hỗ trợ.',
  },
  docs: `${TDP}#container_definition_storage`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "readonlyRootFilesystem": true }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      // Windows containers do not support the setting: a Windows task, or a Windows image (`runtimePlatform` is often left out on EC2).
      if (isWindowsContainer(f, c)) continue;
      const node = c.get('readonlyRootFilesystem');
      if (node && (node.type !== 'boolean' || node.value === true)) continue; // true, or a wrong type (ECS003)
      ctx.report({ node: node ?? containerAnchor(c), absent: node ? undefined : 'here', args: { name: containerLabel(c) }, data: { path: [...pathOf(c.node), 'readonlyRootFilesystem'] } });
    }
  },
  fix: {
    title: { en: 'Set `readonlyRootFilesystem` to true', vi: 'Đặt `readonlyRootFilesystem` thành true' },
    safe: false,
    edits(ctx) {
      const path = ctx.data.path;
      if (!isPath(path)) return undefined;
      const container = nodeAtPath(ctx.doc.root, path.slice(0, -1));
      if (!container || container.type !== 'object') return undefined;
      return setValue(ctx.doc, path, true, ctx.indent);
    },
  },
});
