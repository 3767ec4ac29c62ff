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
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 'active');
    stack.push(name);
    for (const e of edges.get(name) ?? []) {
      if (!edges.has(e.target)) continue;
      if (e.target === name) {
        onSelf(e, name);
        continue;
      }
      const s = state.get(e.target);
      if (s === 'active') onCycle(e, [...stack.slice(stack.indexOf(e.target)), e.target].map((n) => '`' + n + '`').join(' → '));
      else if (s === undefined) visit(e.target);
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of edges.keys()) if (!state.has(name)) visit(name);
}
