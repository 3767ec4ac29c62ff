import { elements, propertyValue } from '../../model/document';
import { closest } from '../../model/strings';
import { containerNames, literal, pathData, replaceStringEdits, str, TDP } from './helpers';
import { defineRule } from '../rule';

export const dependsOnUnknownContainer = defineRule({
  code: 'ECS503',
  absence: 'here',
  name: 'depends-on-unknown-container',
  topic: 'containers',
  severity: 'error',
  title: { en: '`dependsOn` names an unknown container', vi: '`dependsOn` trỏ tới container không tồn tại' },
  message: { en: 'There is no container named `{name}` in this task definition.', vi: 'Không có container nào tên `{name}` trong task definition này.' },
  variants: {
    suggest: { en: 'There is no container named `{name}` in this task definition. Did you mean `{suggestion}`?', vi: 'Không có container nào tên `{name}` trong task definition này. Có phải bạn muốn dùng `{suggestion}`?' },
  },
  description: {
    en: '`dependsOn[].containerName` must be the `name` of another container in the same task definition; ECS rejects the registration otherwise ("Cannot depend on container ... because it does not exist").',
    vi: '`dependsOn[].containerName` phải là `name` của một container khác trong cùng task definition; nếu không, ECS từ chối đăng ký ("Cannot depend on container ... because it does not exist").',
  },
  docs: `${TDP}#container_definition_dependson`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "dependsOn": [{ "containerName": "migrate", "condition": "SUCCESS" }] }, { "name": "migrations", "image": "flyway/flyway:10", "memory": 128, "essential": false }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "dependsOn": [{ "containerName": "migrations", "condition": "SUCCESS" }] }, { "name": "migrations", "image": "flyway/flyway:10", "memory": 128, "essential": false }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const { names, templated } = containerNames(f);
    if (templated) return;
    for (const c of f.containers) {
      for (const d of elements(c.get('dependsOn'))) {
        const node = propertyValue(d, 'containerName');
        const name = literal(node);
        if (!node || name === undefined || names.includes(name)) continue;
        const suggestion = closest(name, names.filter((n) => n !== c.name));
        if (suggestion) ctx.report({ node, variant: 'suggest', args: { name, suggestion }, data: { path: pathData(node), from: name, to: suggestion } });
        else ctx.report({ node, args: { name } });
      }
    }
  },
  fix: {
    title: { en: 'Change to `{to}`', vi: 'Đổi thành `{to}`' },
    safe: true,
    titleArgs: (d) => ({ to: str(d.to) }),
    edits: replaceStringEdits,
  },
});
