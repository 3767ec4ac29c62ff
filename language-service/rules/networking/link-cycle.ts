import type { JsonNode } from '../../model/document';
import { findCycles } from '../cycles';
import { subRange } from '../launch-types/support';
import { literal, pathData, removeEdits } from '../containers/helpers';
import { defineRule } from '../rule';
import { linksApply, linksOf } from './links';

/** ECS312: containers that link to each other in a cycle (or a container linking to itself). */
export const linkCycle = defineRule({
  code: 'ECS312',
  name: 'link-cycle',
  topic: 'networking',
  severity: 'error',
  title: { en: 'Container links form a cycle', vi: 'Các container liên kết (link) vòng tròn' },
  message: {
    en: 'Link cycle: {cycle}. ECS refuses this ("Container links should not have a cycle"): Docker must start a linked container before the one that links to it.',
    vi: 'Link vòng tròn: {cycle}. ECS từ chối trường hợp này ("Container links should not have a cycle"): Docker phải khởi động container được link trước container link tới nó.',
  },
  variants: {
    self: {
      en: 'Container `{name}` links to itself. ECS refuses this ("Container links should not have a cycle").',
      vi: 'Container `{name}` link tới chính nó. ECS từ chối trường hợp này ("Container links should not have a cycle").',
    },
  },
  description: {
    en: 'A link makes Docker start the target container first, so that the linking container can reach it by name. Two containers that link to each other, directly or through others, can never be started in an order that works, and ECS rejects such a task definition. Keep the links one-way; containers that only need to talk can also use the bridge network and published ports, or `awsvpc` and `localhost`.',
    vi: 'Một link khiến Docker khởi động container đích trước, để container link tới có thể gọi nó bằng tên. Hai container link tới nhau, trực tiếp hay gián tiếp qua container khác, không bao giờ có được thứ tự khởi động hợp lệ, và ECS từ chối task definition như vậy. Hãy giữ link theo một chiều; các container chỉ cần nói chuyện với nhau cũng có thể dùng mạng bridge với port được publish, hoặc `awsvpc` và `localhost`.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_network',
  examples: {
    bad: '{ "family": "web", "networkMode": "bridge", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "links": ["worker"] }, { "name": "worker", "image": "busybox:1.36", "memory": 128, "links": ["app:frontend"] }] }',
    good: '{ "family": "web", "networkMode": "bridge", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "links": ["worker"] }, { "name": "worker", "image": "busybox:1.36", "memory": 128 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!linksApply(f)) return;
    // Graph over the first container of each name (duplicates are ECS501).
    const edges = new Map<string, Array<{ target: string; node: JsonNode; span: { offset: number; length: number } }>>();
    for (const c of f.containers) {
      const name = literal(c.nameNode);
      if (name === undefined || edges.has(name)) continue;
      edges.set(name, linksOf(c).map((l) => ({ target: l.target, node: l.node, span: subRange(ctx.doc, l.node, l.node.value.indexOf(l.target), l.target.length) })));
    }
    // Unknown targets are ECS311's.
    findCycles(
      edges,
      (e, name) => ctx.report({ node: e.span, variant: 'self', args: { name }, data: { removePath: pathData(e.node) } }),
      (e, cycle) => ctx.report({ node: e.span, args: { cycle } }),
    );
  },
  fix: {
    title: { en: 'Remove the link to itself', vi: 'Xóa link tới chính nó' },
    safe: false,
    edits: (ctx) => removeEdits(ctx),
  },
});
