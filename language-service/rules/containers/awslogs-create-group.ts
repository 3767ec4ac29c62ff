import { replaceNode } from '../../edits/json-edits';
import { pathOf, propertyValue, stringValue } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { DG, nodeFromData, removeEdits } from './helpers';
import { defineRule } from '../rule';

/** Values that clearly mean "yes, create it". */
const AFFIRMATIVE = new Set(['1', 't', 'y', 'yes', 'on', 'enabled', 'enable']);

export const awslogsCreateGroup = defineRule({
  code: 'ECS516',
  name: 'awslogs-create-group-value',
  topic: 'containers',
  severity: 'warning',
  title: { en: '`awslogs-create-group` must be `"true"`', vi: '`awslogs-create-group` phải là `"true"`' },
  message: {
    en: '`awslogs-create-group` only accepts `"true"`; to not create the log group, leave the option out.',
    vi: '`awslogs-create-group` chỉ nhận giá trị `"true"`; nếu không muốn tự tạo log group, hãy bỏ hẳn option này.',
  },
  variants: {
    case: { en: 'Write `"true"` in lower case, as the ECS documentation does.', vi: 'Hãy viết `"true"` bằng chữ thường, như tài liệu ECS.' },
  },
  description: {
    en: 'With `"awslogs-create-group": "true"` the driver creates the log group when it is missing (the execution role then needs `logs:CreateLogGroup`). Other values are a mistake (a warning): write `"true"`, or remove the option, which means "do not create". `"True"` appears in some AWS examples and works, so a different case is only a hint.',
    vi: 'Với `"awslogs-create-group": "true"`, driver sẽ tạo log group nếu chưa có (khi đó execution role cần quyền `logs:CreateLogGroup`). Các giá trị khác là nhầm lẫn (mức cảnh báo): hãy viết `"true"`, hoặc xóa option, nghĩa là "không tự tạo". `"True"` có xuất hiện trong vài ví dụ của AWS và vẫn chạy, nên viết khác chữ hoa/thường chỉ là hint.',
  },
  docs: `${DG}/using_awslogs.html`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-create-group": "false" } } }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-create-group": "true" } } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      const log = c.get('logConfiguration');
      if (stringValue(propertyValue(log, 'logDriver')) !== 'awslogs') continue;
      const node = propertyValue(propertyValue(log, 'options'), 'awslogs-create-group');
      const value = stringValue(node);
      if (!node || value === undefined || value === 'true' || isPlaceholder(value)) continue;
      const v = value.trim().toLowerCase();
      if (v === 'true') ctx.report({ node, variant: 'case', severity: 'hint', data: { path: pathOf(node), from: value, to: 'true' } });
      else if (AFFIRMATIVE.has(v)) ctx.report({ node, data: { path: pathOf(node), from: value, to: 'true' } });
      else ctx.report({ node, data: { removePath: pathOf(node), from: value } });
    }
  },
  fix: {
    title: { en: 'Correct `awslogs-create-group` (`"true"`, or removed if you do not want the log group created)', vi: 'Sửa `awslogs-create-group` (thành `"true"`, hoặc xóa nếu bạn không muốn tự tạo log group)' },
    safe: true,
    edits(ctx) {
      const key = ctx.data.to === 'true' ? 'path' : 'removePath';
      const node = nodeFromData(ctx, key);
      if (!node || stringValue(node) !== ctx.data.from) return undefined;
      return ctx.data.to === 'true' ? replaceNode(ctx.doc, node, '"true"') : removeEdits(ctx);
    },
  },
});
