import { elements, pathOf, propertyValue, stringValue } from '../../model/document';
import { DG, nodeFromData, removeEdits } from './helpers';
import { defineRule } from '../rule';

export const environmentSecretConflict = defineRule({
  code: 'ECS522',
  name: 'environment-secret-conflict',
  topic: 'containers',
  severity: 'warning',
  title: { en: 'Same name in `environment` and `secrets`', vi: 'Cùng một tên trong `environment` và `secrets`' },
  message: {
    en: '`{name}` is set both as a plain variable and as a secret; only one value reaches the container. Keep the secret.',
    vi: '`{name}` vừa được đặt dưới dạng biến thường vừa dưới dạng secret; chỉ một giá trị tới được container. Hãy giữ lại secret.',
  },
  description: {
    en: 'A name in `secrets` becomes an environment variable too. Declaring it in `environment` as well leaves two competing values, and the plain one usually is a leftover from before the secret existed. The quick fix removes the plain variable.',
    vi: 'Mỗi tên trong `secrets` cũng trở thành một biến môi trường. Khai báo thêm trong `environment` sẽ tạo ra hai giá trị tranh nhau, và giá trị thường thì hay là phần còn sót lại từ trước khi có secret. Quick fix xóa biến thường đi.',
  },
  docs: `${DG}/secrets-envvar-secrets-manager.html`,
  examples: {
    bad: '{ "family": "web", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "environment": [{ "name": "DB_HOST", "value": "db.internal" }, { "name": "DB_USER", "value": "app" }], "secrets": [{ "name": "DB_USER", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf:username::" }] }] }',
    good: '{ "family": "web", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "environment": [{ "name": "DB_HOST", "value": "db.internal" }], "secrets": [{ "name": "DB_USER", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf:username::" }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      // Only non-empty names go in; `has` of an environment entry without a string name is false.
      const secretNames = new Set<string | undefined>();
      for (const s of elements(c.get('secrets'))) {
        const n = stringValue(propertyValue(s, 'name'));
        if (n) secretNames.add(n);
      }
      for (const e of elements(c.get('environment'))) {
        const node = propertyValue(e, 'name');
        const name = stringValue(node);
        if (!secretNames.has(name)) continue;
        ctx.report({ node: node!, args: { name: name! }, data: { removePath: pathOf(e), name } });
      }
    }
  },
  fix: {
    title: { en: 'Remove the plain variable, keep the secret', vi: 'Xóa biến thường, giữ lại secret' },
    safe: false,
    edits(ctx) {
      // The entry must still be there with the same name (removeEdits checks that the path exists).
      if (stringValue(propertyValue(nodeFromData(ctx, 'removePath'), 'name')) !== ctx.data.name) return undefined;
      return removeEdits(ctx);
    },
  },
});
