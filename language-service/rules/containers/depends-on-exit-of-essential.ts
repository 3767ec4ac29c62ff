import { setValue } from '../../edits/json-edits';
import { elements, nodeAtPath, pathOf, propertyValue, stringValue } from '../../model/document';
import { isPath, literal, str, TDP } from './helpers';
import { defineRule } from '../rule';

export const dependsOnExitOfEssential = defineRule({
  code: 'ECS506',
  absence: 'anywhere',
  name: 'depends-on-exit-of-essential',
  topic: 'containers',
  severity: 'error',
  title: { en: '`COMPLETE`/`SUCCESS` dependency on an essential container', vi: 'Phụ thuộc `COMPLETE`/`SUCCESS` vào container essential' },
  message: {
    en: '`{condition}` waits for `{name}` to exit, but `{name}` is essential (when it exits, the whole task stops). Mark `{name}` `"essential": false` or use another condition.',
    vi: '`{condition}` chờ `{name}` kết thúc, nhưng `{name}` là container essential (nó kết thúc thì cả task dừng). Hãy đặt `"essential": false` cho `{name}` hoặc dùng điều kiện khác.',
  },
  description: {
    en: '`COMPLETE` and `SUCCESS` wait for the target container to exit (with status 0 for `SUCCESS`), which is meant for one-off helpers such as migrations. An essential container that exits stops the task, so ECS refuses these conditions on an essential target. `essential` is true when omitted.',
    vi: '`COMPLETE` và `SUCCESS` chờ container đích kết thúc (với mã thoát 0 đối với `SUCCESS`), dành cho các container phụ chạy một lần như migration. Container essential kết thúc thì task dừng, nên ECS từ chối các điều kiện này khi đích là container essential. Nếu bỏ trống, `essential` mặc định là true.',
  },
  docs: `${TDP}#container_definition_dependson`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "dependsOn": [{ "containerName": "migrations", "condition": "SUCCESS" }] }, { "name": "migrations", "image": "flyway/flyway:10", "memory": 128 }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "dependsOn": [{ "containerName": "migrations", "condition": "SUCCESS" }] }, { "name": "migrations", "image": "flyway/flyway:10", "memory": 128, "essential": false }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      for (const d of elements(c.get('dependsOn'))) {
        const cond = propertyValue(d, 'condition');
        const condition = stringValue(cond);
        if (condition !== 'COMPLETE' && condition !== 'SUCCESS') continue;
        const name = literal(propertyValue(d, 'containerName'));
        const target = name === undefined ? undefined : f.containers.find((t) => t.name === name);
        if (!target || !target.essential || name === c.name) continue;
        const ess = target.get('essential');
        if (ess && ess.type !== 'boolean') continue; // wrong type: ECS003
        ctx.report({ node: cond!, args: { condition, name: name! }, data: { path: [...pathOf(target.node), 'essential'], name: name! } });
      }
    }
  },
  fix: {
    title: { en: 'Mark `{name}` as not essential', vi: 'Đặt `{name}` thành không essential' },
    safe: false,
    titleArgs: (d) => ({ name: str(d.name) }),
    edits(ctx) {
      const path = ctx.data.path;
      if (!isPath(path)) return undefined;
      const container = nodeAtPath(ctx.doc.root, path.slice(0, -1));
      if (container?.type !== 'object' || stringValue(propertyValue(container, 'name')) !== ctx.data.name) return undefined;
      return setValue(ctx.doc, path, false, ctx.indent);
    },
  },
});
