import { insertProperty } from '../../edits/json-edits';
import { nodeAtPath, pathOf, propertyValue, stringValue } from '../../model/document';
import { isPath } from '../containers/helpers';
import { defineRule } from '../rule';
import { keyNode } from '../launch-types/support';
import { portEntries } from './ports';

/** A port name in the style of the ECS console: `<container>-<port>-<protocol>`, unique in the task. */
function portName(container: string | undefined, port: number, protocol: string, taken: Set<string | undefined>): string {
  const base = (container ?? '').toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+/, '').slice(0, 40) || 'port';
  const stem = `${base}-${port}-${protocol}`;
  let name = stem;
  for (let i = 2; taken.has(name); i++) name = `${stem}-${i}`;
  return name;
}

/** ECS304: Service Connect uses `appProtocol` only on a named port mapping. */
export const appProtocolWithoutName = defineRule({
  code: 'ECS304',
  absence: 'here',
  name: 'app-protocol-without-name',
  topic: 'networking',
  severity: 'warning',
  title: { en: '`appProtocol` without a port `name`', vi: '`appProtocol` nhưng port không có `name`' },
  message: { en: '`appProtocol` is only used by Service Connect, which refers to port mappings by `name`: give this port mapping a `name`.', vi: '`appProtocol` chỉ được Service Connect dùng, mà Service Connect tham chiếu port mapping qua `name`: hãy đặt `name` cho port mapping này.' },
  description: {
    en: '`appProtocol` (`http`, `http2`, `grpc`) tells the Service Connect proxy how to handle and measure traffic on a port. The service\'s Service Connect configuration picks ports by their `name` (`portName`), so an unnamed port with an `appProtocol` has no effect. The quick fix adds a name in the console\'s style, `<container>-<port>-<protocol>`.',
    vi: '`appProtocol` (`http`, `http2`, `grpc`) cho proxy của Service Connect biết cách xử lý và đo lường traffic trên một port. Cấu hình Service Connect của service chọn port theo `name` (`portName`), nên một port không có tên mà lại có `appProtocol` thì chẳng có tác dụng gì. Quick fix thêm tên theo kiểu của console, `<container>-<port>-<protocol>`.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html',
  examples: {
    bad: '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "containerPort": 80, "appProtocol": "http" }] }] }',
    good: '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "name": "app-80-tcp", "containerPort": 80, "appProtocol": "http" }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const entries = portEntries(f, 2000);
    // The names already used (a mapping without a string name adds `undefined`, which no name equals).
    const taken = new Set(entries.map((e) => stringValue(propertyValue(e.mapping, 'name'))));
    for (const e of entries) {
      const value = propertyValue(e.mapping, 'appProtocol');
      // An empty value is not set for the tools that write it (ecspresso); ECS005 warns about it.
      if (!value || value.type === 'null' || stringValue(value) === '' || keyNode(e.mapping, 'name')) continue;
      // The key of a value that is there is always there too (jsonc-parser drops a property whose key it cannot read).
      const key = keyNode(e.mapping, 'appProtocol')!;
      let data: Record<string, unknown> | undefined;
      if (e.containerPort !== undefined && !e.rangeNode) {
        const name = portName(e.container.name, e.containerPort, e.protocol ?? 'tcp', taken);
        taken.add(name);
        data = { path: pathOf(e.mapping), name };
      }
      ctx.report({ node: key, data });
    }
  },
  fix: {
    title: { en: 'Name the port `{name}`', vi: 'Đặt tên port là `{name}`' },
    safe: true,
    titleArgs: (d) => ({ name: String(d.name) }),
    edits(ctx) {
      const path = ctx.data.path;
      const name = ctx.data.name;
      if (!isPath(path) || typeof name !== 'string') return undefined;
      // The mapping may have changed since the diagnostic (a stale one): only an unnamed object gets the name.
      const mapping = nodeAtPath(ctx.doc.root, path);
      if (mapping?.type !== 'object' || keyNode(mapping, 'name')) return undefined;
      const after = ['protocol', 'hostPort', 'containerPort'].find((k) => keyNode(mapping, k));
      return insertProperty(ctx.doc, path, 'name', name, after, ctx.indent);
    },
  },
});
