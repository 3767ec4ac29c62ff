import { pathOf, stringValue } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { defineRule } from '../rule';
import { effectiveNetworkMode, keyNode, removeAtPath } from '../launch-types/support';
import { parseRange, portEntries } from './ports';

const MAX_RANGES = 100;

/** ECS303: what `containerPortRange` allows. */
export const containerPortRange = defineRule({
  code: 'ECS303',
  name: 'container-port-range',
  topic: 'networking',
  severity: 'error',
  title: { en: 'Invalid `containerPortRange` mapping', vi: '`containerPortRange` không hợp lệ' },
  message: { en: '`containerPortRange` `{range}` is not a valid range.', vi: '`containerPortRange` `{range}` không phải dải port hợp lệ.' },
  variants: {
    mode: { en: '`containerPortRange` only works with the `bridge` and `awsvpc` network modes, not `{mode}`.', vi: '`containerPortRange` chỉ dùng được với network mode `bridge` và `awsvpc`, không dùng được với `{mode}`.' },
    withContainerPort: { en: 'A port mapping has either `containerPort` or `containerPortRange`, not both.', vi: 'Một port mapping chỉ có `containerPort` hoặc `containerPortRange`, không được có cả hai.' },
    withHostPort: { en: 'Leave `hostPort` out with `containerPortRange`: ECS picks the host ports itself (the same range in `awsvpc`, free ports in `bridge`).', vi: 'Không khai báo `hostPort` khi dùng `containerPortRange`: ECS tự chọn host port (cùng dải port ở `awsvpc`, các port còn trống ở `bridge`).' },
    order: { en: 'In `containerPortRange` `{range}` the first port must be lower than the last.', vi: 'Trong `containerPortRange` `{range}`, port đầu phải nhỏ hơn port cuối.' },
    bounds: { en: 'Ports in `containerPortRange` `{range}` must be between 1 and 65535.', vi: 'Các port trong `containerPortRange` `{range}` phải nằm trong khoảng 1 đến 65535.' },
    tooMany: { en: 'A container may have at most {max} port ranges.', vi: 'Mỗi container có tối đa {max} dải port.' },
  },
  description: {
    en: '`containerPortRange` (`"start-end"`) exposes a whole range of ports, for example for media or game servers. It works in `bridge` and `awsvpc` mode only, replaces `containerPort` and `hostPort` (ECS chooses the host side), needs `start < end` within 1–65535, and a container can have up to 100 ranges. The quick fix removes a `hostPort` given alongside a range.',
    vi: '`containerPortRange` (`"start-end"`) mở cả một dải port, ví dụ cho server media hay game. Nó chỉ dùng được ở mode `bridge` và `awsvpc`, thay thế cho `containerPort` và `hostPort` (ECS tự chọn phía host), cần `start < end` trong khoảng 1–65535, và mỗi container có tối đa 100 dải port. Quick fix xóa `hostPort` nếu nó được khai báo cùng một dải port.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
  examples: {
    bad: '{ "family": "media", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "containerPortRange": "9010-9000" }] }] }',
    good: '{ "family": "media", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "containerPortRange": "9000-9010" }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const mode = effectiveNetworkMode(f);
    const counts = new Map<unknown, number>();
    for (const e of portEntries(f, 2000)) {
      const rangeNode = e.rangeNode;
      const range = stringValue(rangeNode);
      if (!rangeNode || range === undefined || isPlaceholder(range)) continue;
      const n = (counts.get(e.container) ?? 0) + 1;
      counts.set(e.container, n);
      // A property node always has its key (jsonc-parser drops a property whose key it cannot read).
      const rangeKey = keyNode(e.mapping, 'containerPortRange')!;
      if (n === MAX_RANGES + 1) ctx.report({ node: rangeKey, variant: 'tooMany', args: { max: MAX_RANGES } });
      // `none` has no port mappings at all (ECS308).
      if (mode === 'host') ctx.report({ node: rangeKey, variant: 'mode', args: { mode } });
      const cpKey = keyNode(e.mapping, 'containerPort');
      if (cpKey) ctx.report({ node: cpKey, variant: 'withContainerPort' });
      if (e.hostPortNode) ctx.report({ node: keyNode(e.mapping, 'hostPort')!, variant: 'withHostPort', data: { path: pathOf(e.hostPortNode) } });
      const r = parseRange(range);
      if (!r) continue; // malformed: ECS007
      const shown = range.trim().slice(0, 20);
      if (r[0] < 1 || r[1] > 65535) ctx.report({ node: rangeNode, variant: 'bounds', args: { range: shown } });
      else if (r[0] >= r[1]) ctx.report({ node: rangeNode, variant: 'order', args: { range: shown } });
    }
  },
  fix: {
    title: { en: 'Remove `hostPort`', vi: 'Xóa `hostPort`' },
    safe: true,
    edits: removeAtPath,
  },
});
