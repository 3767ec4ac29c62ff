/** Docker `links` as ECS takes them: `"name"` or `"name:alias"`, in bridge mode only. */
import { elements, stringValue, type JsonNode } from '../../model/document';
import type { ContainerFacts, TaskFacts } from '../../model/task-facts';
import { isTemplateName } from '../containers/helpers';
import { effectiveNetworkMode } from '../launch-types/support';

export interface Link {
  /** The string node of the link. */
  node: JsonNode;
  /** The container it names (before `:`). */
  target: string;
  /** The alias after `:`, if any, as written (a fix that rewrites the target keeps it). */
  alias: string | undefined;
}

/** Splits `"name:alias"`. Undefined for an empty or templated target, which cannot be judged. */
export function parseLink(value: string): { target: string; alias: string | undefined } | undefined {
  const i = value.indexOf(':');
  const target = (i === -1 ? value : value.slice(0, i)).trim();
  // A placeholder anywhere in the link (its target or its alias) leaves it unjudged.
  if (!target || isTemplateName(value)) return undefined;
  return { target, alias: i === -1 ? undefined : value.slice(i + 1) };
}

/** The links of a container that can be judged. */
export function linksOf(c: ContainerFacts): Link[] {
  const out: Link[] = [];
  for (const node of elements(c.get('links'))) {
    const v = stringValue(node);
    const parsed = v === undefined ? undefined : parseLink(v);
    if (parsed) out.push({ node, ...parsed });
  }
  return out;
}

/**
 * Whether links are checked for their targets: only where ECS accepts links at all (bridge mode on
 * Linux, not Fargate). Elsewhere ECS307 / ECS106 already ask to remove them.
 */
export function linksApply(f: TaskFacts): boolean {
  return !f.fargate && !f.windows && effectiveNetworkMode(f) === 'bridge';
}
