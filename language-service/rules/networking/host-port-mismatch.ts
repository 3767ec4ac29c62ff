import { remove, replaceNode } from '../../edits/json-edits';
import { nodeAtPath, numberValue, pathOf, type JsonPath } from '../../model/document';
import { defineRule } from '../rule';
import { effectiveNetworkMode } from '../launch-types/support';
import { portEntries } from './ports';

/** ECS301: with awsvpc or host networking there is no port translation. */
export const hostPortMismatch = defineRule({
  code: 'ECS301',
  name: 'host-port-mismatch',
  topic: 'networking',
  severity: 'error',
  title: { en: '`hostPort` differs from `containerPort`', vi: '`hostPort` khác `containerPort`' },
  message: { en: 'With the `{mode}` network mode there is no port translation: `hostPort` must be left out or equal `containerPort` ({containerPort}), not {hostPort}.', vi: 'Ở network mode `{mode}`, port trên host và port trong container là một (không có ánh xạ port): `hostPort` phải bỏ trống hoặc bằng `containerPort` ({containerPort}), không được là {hostPort}.' },
  variants: {
    zero: { en: 'With the `{mode}` network mode there are no dynamic host ports: `hostPort: 0` is a `bridge` habit. Leave `hostPort` out (it then equals `containerPort`, {containerPort}).', vi: 'Với network mode `{mode}` không có host port động: `hostPort: 0` là thói quen của mode `bridge`. Hãy bỏ `hostPort` đi (khi đó nó bằng `containerPort`, tức {containerPort}).' },
  },
  description: {
    en: 'In `awsvpc` mode the task has its own network interface, and in `host` mode it uses the instance\'s: either way a container listening on port 8080 is reached on port 8080. There is nothing to map, so `hostPort` may only repeat `containerPort`. `hostPort: 0` (dynamic port) only means something in `bridge` mode. The quick fix removes a `0` and otherwise sets `hostPort` to `containerPort`, the port the application really listens on; if the application listens on the other number, change `containerPort` instead.',
    vi: 'Ở mode `awsvpc`, task có network interface riêng; ở mode `host`, task dùng network interface của instance: trong cả hai trường hợp, container nghe ở port 8080 thì được gọi tới qua port 8080. Không có gì để ánh xạ, nên `hostPort` chỉ được nhắc lại `containerPort`. `hostPort: 0` (port động) chỉ có nghĩa ở mode `bridge`. Quick fix xóa giá trị `0`, còn lại thì đặt `hostPort` bằng `containerPort`, port mà ứng dụng thật sự lắng nghe; nếu ứng dụng lắng nghe ở số port kia, hãy sửa `containerPort`.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
  examples: {
    bad: '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "containerPort": 8080, "hostPort": 80 }] }] }',
    good: '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "containerPort": 8080, "hostPort": 8080 }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const mode = effectiveNetworkMode(f);
    if (mode !== 'awsvpc' && mode !== 'host') return;
    for (const e of portEntries(f)) {
      if (e.rangeNode || e.hostPort === undefined || e.containerPort === undefined || e.hostPort === e.containerPort) continue;
      ctx.report({
        node: e.hostPortNode!,
        variant: e.hostPort === 0 ? 'zero' : undefined,
        args: { mode, containerPort: e.containerPort, hostPort: e.hostPort },
        data: { path: pathOf(e.hostPortNode!) },
      });
    }
  },
  fix: {
    title: { en: 'Make `hostPort` match `containerPort`', vi: 'Cho `hostPort` khớp với `containerPort`' },
    safe: false,
    edits(ctx) {
      const path = ctx.data.path as JsonPath | undefined;
      if (!Array.isArray(path)) return undefined;
      const host = nodeAtPath(ctx.doc.root, path);
      const containerPort = numberValue(nodeAtPath(ctx.doc.root, [...path.slice(0, -1), 'containerPort']));
      // Already equal: the edit changes nothing, and a fix that changes nothing is not offered.
      if (!host || host.type !== 'number' || containerPort === undefined) return undefined;
      if (host.value === 0) return remove(ctx.doc, path, ctx.indent);
      return replaceNode(ctx.doc, host, String(containerPort));
    },
  },
});
