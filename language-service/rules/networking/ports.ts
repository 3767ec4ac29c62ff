/** Port mappings of a task, flattened for the networking rules. Tolerates any broken tree. */
import { elements, numberValue, propertyValue, stringValue, type JsonNode } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import type { ContainerFacts, TaskFacts } from '../../model/task-facts';

export interface PortEntry {
  container: ContainerFacts;
  /** The port mapping object. */
  mapping: JsonNode;
  containerPortNode: JsonNode | undefined;
  hostPortNode: JsonNode | undefined;
  rangeNode: JsonNode | undefined;
  containerPort: number | undefined;
  hostPort: number | undefined;
  /** `tcp` (the default) or `udp`; undefined for a placeholder or an invalid value. */
  protocol: 'tcp' | 'udp' | undefined;
  /** Ports covered: `[p, p]` for a containerPort, `[start, end]` for a well-formed range. */
  interval: [number, number] | undefined;
}

/** `"8000-8010"` → `[8000, 8010]`; undefined when it is not that shape. */
export function parseRange(value: string): [number, number] | undefined {
  const m = /^\s*(\d{1,5})\s*-\s*(\d{1,5})\s*$/.exec(value);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** All port mappings of the task, in order (at most `limit`, to bound the pairwise checks). */
export function portEntries(f: TaskFacts, limit = 500): PortEntry[] {
  const out: PortEntry[] = [];
  for (const container of f.containers) {
    for (const mapping of elements(container.get('portMappings'))) {
      if (out.length >= limit) return out;
      if (mapping.type !== 'object') continue;
      const containerPortNode = propertyValue(mapping, 'containerPort');
      const hostPortNode = propertyValue(mapping, 'hostPort');
      const rangeNode = propertyValue(mapping, 'containerPortRange');
      const containerPort = integer(numberValue(containerPortNode));
      const hostPort = integer(numberValue(hostPortNode));
      const protocolNode = propertyValue(mapping, 'protocol');
      const p = protocolNode ? stringValue(protocolNode) : 'tcp';
      const protocol = p === 'tcp' || p === 'udp' ? p : undefined;
      let interval: [number, number] | undefined;
      const rangeText = stringValue(rangeNode);
      if (rangeText !== undefined && !isPlaceholder(rangeText)) {
        const r = parseRange(rangeText);
        if (r && r[0] <= r[1]) interval = r;
      } else if (!rangeNode && containerPort !== undefined) interval = [containerPort, containerPort];
      out.push({ container, mapping, containerPortNode, hostPortNode, rangeNode, containerPort, hostPort, protocol, interval });
    }
  }
  return out;
}

function integer(n: number | undefined): number | undefined {
  return Number.isInteger(n) ? n : undefined;
}

export function describeInterval(i: [number, number]): string {
  return i[0] === i[1] ? String(i[0]) : `${i[0]}-${i[1]}`;
}
