import { pathOf, valueOf, type JsonNode } from '../../model/document';
import { defineRule } from '../rule';
import { containerLabel, effectiveNetworkMode, removeAtPath } from '../launch-types/support';
import { describeInterval, portEntries, type PortEntry } from './ports';

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] <= b[1] && b[0] <= a[1];
const anchorOf = (e: PortEntry): JsonNode => e.rangeNode ?? e.containerPortNode ?? e.mapping;

/** ECS302: the same container port mapped twice (in one container, or in two sharing a network namespace). */
export const duplicateContainerPort = defineRule({
  code: 'ECS302',
  name: 'duplicate-container-port',
  topic: 'networking',
  severity: 'warning',
  title: { en: 'Container port mapped more than once', vi: 'Một container port được khai báo nhiều lần' },
  message: { en: 'Port {port}/{protocol} is already mapped in container `{container}`.', vi: 'Port {port}/{protocol} đã được khai báo trong container `{container}`.' },
  variants: {
    protocols: { en: 'Port {port} is mapped for both tcp and udp in container `{container}`: ECS refuses a container port used by more than one port mapping (a service fails to start). Use a different port for one protocol.', vi: 'Port {port} được khai báo cho cả tcp lẫn udp trong container `{container}`: ECS từ chối một container port nằm trong nhiều port mapping (service sẽ không khởi tạo được). Hãy dùng port khác cho một trong hai giao thức.' },
    shared: { en: 'Port {port}/{protocol} is also used by container `{container}`. With `{mode}` networking all containers of the task share one network namespace, so only one of them can listen on it.', vi: 'Port {port}/{protocol} cũng đang được container `{container}` dùng. Với network mode `{mode}`, mọi container trong task dùng chung một network namespace, nên chỉ một container nghe được ở port đó.' },
  },
  description: {
    en: 'A container port may appear in only one port mapping of a container, and ranges (`containerPortRange`) must not overlap each other or a single port. In `awsvpc` and `host` mode the containers of a task also share their network namespace, so two containers cannot both listen on the same port. The quick fix removes an exact duplicate mapping.',
    vi: 'Mỗi container port chỉ được xuất hiện trong một port mapping của container, và các dải port (`containerPortRange`) không được chồng lên nhau hay chứa một port đã khai báo riêng. Ở mode `awsvpc` và `host`, các container trong task còn dùng chung network namespace, nên hai container không thể cùng nghe một port. Quick fix xóa port mapping trùng lặp hoàn toàn.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
  examples: {
    bad: '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "containerPort": 80 }, { "containerPort": 80 }] }] }',
    good: '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "containerPort": 80 }, { "containerPort": 443 }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const mode = effectiveNetworkMode(f);
    // The modes in which all containers of the task share one network namespace.
    const shared = mode === 'awsvpc' || mode === 'host' ? mode : undefined;
    const entries = portEntries(f, 200);
    // Each mapping is reported at most once, against the first earlier mapping it collides with.
    for (let j = 0; j < entries.length; j++) {
      const b = entries[j];
      if (!b.interval || !b.protocol) continue;
      for (let i = 0; i < j; i++) {
        const a = entries[i];
        if (!a.interval || !a.protocol || !overlaps(a.interval, b.interval)) continue;
        const same = a.container === b.container;
        const anchor = anchorOf(b);
        // The ports both mappings cover.
        const port = describeInterval([Math.max(a.interval[0], b.interval[0]), Math.min(a.interval[1], b.interval[1])]);
        const related = [{ node: anchorOf(a), message: { en: 'First mapped here', vi: 'Khai báo lần đầu ở đây' } }];
        if (same && a.protocol === b.protocol) {
          const exact = JSON.stringify(valueOf(a.mapping)) === JSON.stringify(valueOf(b.mapping));
          ctx.report({ node: anchor, args: { port, protocol: b.protocol, container: containerLabel(b.container) }, related, data: exact ? { path: pathOf(b.mapping) } : undefined });
        } else if (same) {
          if (a.rangeNode || b.rangeNode) continue;
          ctx.report({ node: anchor, variant: 'protocols', args: { port, container: containerLabel(b.container) }, related });
        } else if (shared && a.protocol === b.protocol) {
          ctx.report({ node: anchor, variant: 'shared', args: { port, protocol: b.protocol, container: containerLabel(a.container), mode: shared }, related });
        } else continue;
        break;
      }
    }
  },
  fix: {
    title: { en: 'Remove the duplicate port mapping', vi: 'Xóa port mapping bị trùng' },
    safe: true,
    edits: removeAtPath,
  },
});
