/**
 * Cycles in a graph of containers (dependsOn, links): a depth-first walk that reports each edge to
 * the container itself, and each edge that closes a cycle with the cycle's path (`a` → `b` → `a`).
 * Edges to unknown containers are skipped: other rules report them.
 */
export interface Edge {
  target: string;
}

export function findCycles<E extends Edge>(edges: ReadonlyMap<string, readonly E[]>, onSelf: (edge: E, name: string) => void, onCycle: (edge: E, cycle: string) => void): void {
  if (edges.size > 500) return; // far beyond ECS's 10 containers: not worth a deep recursion
  /**
   * Each container visited: true while it is on the current path, false once its walk is done. The
   * map keeps the order of first visits, so the containers still on the path are the path, in order.
   */
  const onPath = new Map<string, boolean>();
  const visit = (name: string): void => {
    onPath.set(name, true);
    // `name` is a key: visit is only called with keys (the loop below, and known targets).
    for (const e of edges.get(name)!) {
      if (!edges.has(e.target)) continue;
      if (e.target === name) {
        onSelf(e, name);
        continue;
      }
      const s = onPath.get(e.target);
      if (s === true) {
        const path = [...onPath].filter(([, active]) => active).map(([n]) => n);
        onCycle(e, [...path.slice(path.indexOf(e.target)), e.target].map((n) => '`' + n + '`').join(' → '));
      } else if (s === undefined) visit(e.target);
    }
    onPath.set(name, false);
  };
  for (const name of edges.keys()) if (!onPath.has(name)) visit(name);
}
