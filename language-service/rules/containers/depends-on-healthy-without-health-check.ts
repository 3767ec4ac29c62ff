import { elements, propertyValue, stringValue } from '../../model/document';
import { literal, pathData, replaceStringEdits, TDP } from './helpers';
import { defineRule } from '../rule';

export const dependsOnHealthyWithoutHealthCheck = defineRule({
  code: 'ECS505',
  absence: 'anywhere',
  name: 'depends-on-healthy-without-health-check',
  topic: 'containers',
  severity: 'warning',
  title: { en: '`HEALTHY` dependency on a container without a health check', vi: 'Phụ thuộc `HEALTHY` vào container không có health check' },
  message: {
    en: '`{name}` has no `healthCheck`, so it never reports `HEALTHY`: this container will wait until its start times out and the task fails to start.',
    vi: '`{name}` không có `healthCheck`, nên nó không bao giờ báo `HEALTHY`: container này sẽ chờ đến khi hết thời gian khởi động và task không khởi động được.',
  },
  description: {
    en: 'The `HEALTHY` condition waits until the target container passes its health check. ECS only tracks health checks declared in the task definition (`healthCheck`), not a `HEALTHCHECK` baked into the image. Add a `healthCheck` to the target, or use `START`.',
    vi: 'Điều kiện `HEALTHY` chờ đến khi container đích vượt qua health check. ECS chỉ theo dõi health check khai báo trong task definition (`healthCheck`), không theo dõi `HEALTHCHECK` có sẵn trong image. Hãy thêm `healthCheck` cho container đích, hoặc dùng `START`.',
  },
  docs: `${TDP}#container_definition_dependson`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "dependsOn": [{ "containerName": "db", "condition": "HEALTHY" }] }, { "name": "db", "image": "postgres:16", "memory": 256 }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "dependsOn": [{ "containerName": "db", "condition": "HEALTHY" }] }, { "name": "db", "image": "postgres:16", "memory": 256, "healthCheck": { "command": ["CMD-SHELL", "pg_isready -U postgres || exit 1"], "interval": 10, "timeout": 5, "retries": 5 } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      for (const d of elements(c.get('dependsOn'))) {
        const cond = propertyValue(d, 'condition');
        if (stringValue(cond) !== 'HEALTHY') continue;
        const name = literal(propertyValue(d, 'containerName'));
        if (name === undefined) continue;
        const target = f.containers.find((t) => t.name === name);
        if (!target) continue; // ECS503
        const hc = target.get('healthCheck');
        if (hc && hc.type !== 'null') continue; // a health check, or a wrong type (ECS003)
        ctx.report({ node: cond!, args: { name }, data: { path: pathData(cond!), from: 'HEALTHY', to: 'START' } });
      }
    }
  },
  fix: {
    title: { en: 'Wait for `START` instead', vi: 'Chuyển sang chờ `START`' },
    safe: false,
    edits: replaceStringEdits,
  },
});
