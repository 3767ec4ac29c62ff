import { setValue } from '../../edits/json-edits';
import { elements, nodeAtPath, pathOf, propertyValue, stringValue } from '../../model/document';
import { isPath, str, TDP } from './helpers';
import { containerLabel } from '../launch-types/support';
import { defineRule } from '../rule';

export const noEssentialContainer = defineRule({
  code: 'ECS502',
  absence: 'here',
  name: 'no-essential-container',
  topic: 'containers',
  severity: 'error',
  title: { en: 'No essential container', vi: 'Không có container essential nào' },
  message: {
    en: 'Every container has `essential: false`; a task needs at least one essential container.',
    vi: 'Tất cả container đều đặt `essential: false`; một task cần ít nhất một container essential.',
  },
  description: {
    en: 'The task lives as long as its essential containers: when an essential container stops, ECS stops the whole task. `essential` is true when omitted, and ECS rejects a task definition in which every container sets it to false. Make the main application container essential; helpers (init scripts, log routers) may stay non-essential.',
    vi: 'Task sống cùng với các container essential của nó: khi một container essential dừng, ECS dừng cả task. Nếu bỏ trống, `essential` mặc định là true, và ECS từ chối task definition mà mọi container đều đặt false. Hãy để container ứng dụng chính là essential; các container phụ (script khởi tạo, log router) có thể để không essential.',
  },
  docs: `${TDP}#container_definition_environment`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "essential": false }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "essential": true }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!f.containers.length || f.containersOpen) return; // a placeholder may supply an essential container
    if (f.containers.some((c) => c.essential)) return;
    // Explicit `false` everywhere (absent means true). Suggest the first container nobody waits on to exit.
    // (An entry without a string `containerName` adds `undefined`: then a container without a name is not preferred either.)
    const exitTargets = new Set<string | undefined>();
    for (const c of f.containers) {
      for (const d of elements(c.get('dependsOn'))) {
        const cond = stringValue(propertyValue(d, 'condition'));
        if (cond === 'COMPLETE' || cond === 'SUCCESS') exitTargets.add(stringValue(propertyValue(d, 'containerName')));
      }
    }
    const candidate = f.containers.find((c) => !exitTargets.has(c.name)) ?? f.containers[0];
    // No container is essential, so each has `"essential": false` written.
    const related = f.containers.filter((c) => c !== candidate).map((c) => ({ node: c.get('essential')!, message: { en: 'Also not essential.', vi: 'Container này cũng không essential.' } }));
    ctx.report({ node: candidate.get('essential')!, related, data: { path: [...pathOf(candidate.node), 'essential'], name: containerLabel(candidate) } });
  },
  fix: {
    title: { en: 'Make `{name}` essential', vi: 'Đặt `{name}` là essential' },
    safe: false, // which container is the main one is the author's call
    titleArgs: (d) => ({ name: str(d.name) }),
    edits(ctx) {
      const path = ctx.data.path;
      if (!isPath(path)) return undefined;
      const container = nodeAtPath(ctx.doc.root, path.slice(0, -1));
      if (!container || container.type !== 'object') return undefined;
      return setValue(ctx.doc, path, true, ctx.indent);
    },
  },
});
