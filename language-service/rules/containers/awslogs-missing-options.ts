import { setValue } from '../../edits/json-edits';
import { sequentialEdits } from '../../edits/sequence';
import { nodeAtPath, pathOf, propertyNode, propertyValue, stringValue } from '../../model/document';
import { findRegion } from '../../model/accounts';
import { DG, isPath, isTemplateName, keyOfValue, str } from './helpers';
import { defineRule } from '../rule';
import { containerLabel } from '../launch-types/support';

export const AWSLOGS_REQUIRED = ['awslogs-group', 'awslogs-region'];
export const AWSLOGS_FARGATE_REQUIRED = [...AWSLOGS_REQUIRED, 'awslogs-stream-prefix'];

export const awslogsMissingOptions = defineRule({
  code: 'ECS515',
  absence: 'here',
  name: 'awslogs-missing-options',
  topic: 'containers',
  severity: 'warning',
  title: { en: '`awslogs` without its required options', vi: '`awslogs` thiếu các option bắt buộc' },
  message: {
    en: 'The `awslogs` log driver of `{name}` needs {missing}.',
    vi: 'Log driver `awslogs` của `{name}` cần có {missing}.',
  },
  variants: {
    regionFromInstance: {
      en: 'The `awslogs` log driver of `{name}` has no `awslogs-region`: on an EC2 instance it then uses the region of the instance. Write it explicitly so the definition does not depend on where it runs.',
      vi: 'Log driver `awslogs` của `{name}` không có `awslogs-region`: trên EC2 instance, driver sẽ dùng region của chính instance. Hãy ghi rõ region để task definition không phụ thuộc vào nơi nó chạy.',
    },
  },
  description: {
    en: 'The `awslogs` driver sends the container\'s output to CloudWatch Logs and needs to know where: `awslogs-group` (the log group) and `awslogs-region`. On Fargate `awslogs-stream-prefix` is required too, and ECS rejects the task definition without it (it is an error there); on EC2 a missing `awslogs-group` makes the container fail when it starts (a warning), while without `awslogs-region` the driver uses the region of the instance (information: it works, but keep it explicit so the file does not depend on where it runs). The quick fix adds the missing keys: group `/ecs/<family>`, the region found elsewhere in the file (or a `<REGION>` placeholder to fill in), prefix `ecs`. Make sure the log group exists, or add `"awslogs-create-group": "true"`.',
    vi: 'Driver `awslogs` gửi output của container tới CloudWatch Logs và cần biết gửi vào đâu: `awslogs-group` (log group) và `awslogs-region`. Trên Fargate còn bắt buộc `awslogs-stream-prefix`, và ECS từ chối task definition nếu thiếu (ở đó đây là lỗi); trên EC2, thiếu `awslogs-group` khiến container lỗi khi khởi động (mức cảnh báo), còn khi thiếu `awslogs-region` thì driver dùng region của instance (mức information: vẫn chạy được, nhưng nên ghi rõ để file không phụ thuộc vào nơi nó chạy). Quick fix thêm các key còn thiếu: group `/ecs/<family>`, region tìm thấy ở chỗ khác trong file (hoặc placeholder `<REGION>` để bạn điền), prefix `ecs`. Hãy bảo đảm log group đã tồn tại, hoặc thêm `"awslogs-create-group": "true"`.',
  },
  docs: `${DG}/using_awslogs.html`,
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web" } } }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "ecs" } } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const required = f.fargate ? AWSLOGS_FARGATE_REQUIRED : AWSLOGS_REQUIRED;
    for (const c of f.containers) {
      const log = c.get('logConfiguration');
      const driver = propertyValue(log, 'logDriver');
      if (stringValue(driver) !== 'awslogs') continue;
      const options = propertyValue(log, 'options');
      if (options && options.type !== 'object') continue; // wrong type: ECS003
      const missing = required.filter((k) => !propertyNode(options, k)); // a key with a broken value is not missing
      if (!missing.length) continue;
      // Without a region, Docker's awslogs driver asks the EC2 instance metadata for it: only ECS Anywhere
      // (no instance metadata) and Fargate (ECS requires it) really fail.
      // (`awslogs-group` comes first in `missing`: the region first means it is the only one.)
      const regionOnly = !f.fargate && !f.launchTypes.has('EXTERNAL') && missing[0] === 'awslogs-region';
      ctx.report({
        node: options ? keyOfValue(options) : driver!,
        severity: f.fargate ? 'error' : regionOnly ? 'information' : 'warning',
        variant: regionOnly ? 'regionFromInstance' : undefined,
        args: { name: containerLabel(c), missing: missing.map((k) => '`' + k + '`').join(', ') },
        data: { logPath: pathOf(log!), missing, container: c.name ?? '' },
      });
    }
  },
  fix: {
    title: { en: 'Add {missing}', vi: 'Thêm {missing}' },
    safe: false,
    // Plain names: the quick fix menu shows titles without Markdown (menuTitle).
    titleArgs: (d) => ({ missing: Array.isArray(d.missing) ? d.missing.map(str).join(', ') : '' }),
    edits(ctx) {
      const logPath = ctx.data.logPath;
      const missing = ctx.data.missing;
      if (!isPath(logPath) || !Array.isArray(missing)) return undefined;
      const log = nodeAtPath(ctx.doc.root, logPath);
      if (stringValue(propertyValue(log, 'logDriver')) !== 'awslogs') return undefined;
      const options = propertyValue(log, 'options');
      if (options && options.type !== 'object') return undefined;
      const family = stringValue(propertyValue(ctx.doc.task, 'family'));
      const base = family && !isTemplateName(family) ? family : str(ctx.data.container) || 'app';
      const defaults: Record<string, string> = {
        'awslogs-group': `/ecs/${base}`,
        'awslogs-region': findRegion(ctx.doc.text) ?? '<REGION>',
        'awslogs-stream-prefix': 'ecs',
      };
      const add = Object.keys(defaults).filter((k) => missing.includes(k) && !propertyNode(options, k));
      // Without `options`, the first edit creates the object; with nothing to add there is no edit.
      return sequentialEdits(ctx.doc, add.map((k) => (d) => setValue(d, [...logPath, 'options', k], defaults[k], ctx.indent)));
    },
  },
});
