import { elements, propertyValue, type JsonNode } from '../../model/document';
import { findCycles } from '../cycles';
import { literal, pathData, removeEdits, TDP } from './helpers';
import { defineRule } from '../rule';

export const dependsOnCycle = defineRule({
  code: 'ECS504',
  name: 'depends-on-cycle',
  topic: 'containers',
  severity: 'error',
  title: { en: 'Containers depend on each other in a cycle', vi: 'Các container phụ thuộc vòng tròn vào nhau' },
  message: {
    en: 'Dependency cycle: {cycle}. Each of these containers waits for the next, so none of them can start.',
    vi: 'Phụ thuộc vòng tròn: {cycle}. Container nào cũng chờ container tiếp theo, nên không container nào khởi động được.',
  },
  variants: {
    self: { en: 'Container `{name}` depends on itself.', vi: 'Container `{name}` phụ thuộc vào chính nó.' },
  },
  description: {
    en: '`dependsOn` orders the start of the containers of a task (and reverses the order at shutdown). The dependencies must form a tree: a container cannot wait for itself, and two containers cannot wait for each other, directly or through others.',
    vi: '`dependsOn` quy định thứ tự khởi động các container trong task (và đảo ngược thứ tự khi dừng). Các phụ thuộc phải tạo thành dạng cây: một container không thể chờ chính nó, và hai container không thể chờ lẫn nhau, dù trực tiếp hay gián tiếp qua container khác.',
  },
  docs: `${TDP}#container_definition_dependson`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "dependsOn": [{ "containerName": "proxy", "condition": "START" }] }, { "name": "proxy", "image": "envoyproxy/envoy:v1.30.1", "memory": 128, "dependsOn": [{ "containerName": "app", "condition": "START" }] }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "dependsOn": [{ "containerName": "proxy", "condition": "START" }] }, { "name": "proxy", "image": "envoyproxy/envoy:v1.30.1", "memory": 128 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    // Graph over the first container of each name (duplicates are ECS501).
    const edges = new Map<string, Array<{ target: string; node: JsonNode; entry: JsonNode }>>();
    for (const c of f.containers) {
      const name = literal(c.nameNode);
      if (name === undefined || edges.has(name)) continue;
      // Stryker disable next-line ArrayDeclaration: an element that is not an edge has no `target`, and findCycles skips an edge whose target is no container name (`edges.has(undefined)` is false)
      const list: Array<{ target: string; node: JsonNode; entry: JsonNode }> = [];
      for (const d of elements(c.get('dependsOn'))) {
        const node = propertyValue(d, 'containerName');
        const target = literal(node);
        if (target !== undefined) list.push({ target, node: node!, entry: d });
      }
      edges.set(name, list);
    }
    // Unknown targets are ECS503's.
    findCycles(
      edges,
      (e, name) => ctx.report({ node: e.node, variant: 'self', args: { name }, data: { removePath: pathData(e.entry) } }),
      (e, cycle) => ctx.report({ node: e.node, args: { cycle } }),
    );
  },
  fix: {
    title: { en: 'Remove the dependency on itself', vi: 'Xóa phụ thuộc vào chính nó' },
    safe: true,
    edits: (ctx) => removeEdits(ctx),
  },
});
