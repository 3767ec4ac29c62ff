import { elements, propertyValue, stringValue, type JsonNode, type ParsedDocument } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { taskFacts, type ContainerFacts, type TaskFacts } from '../../model/task-facts';
import type { ServiceFacts } from '../../model/service-facts';
import { syntaxDamage } from '../../model/damage';
import { portEntries } from '../networking/ports';

/** Whether a template placeholder appears anywhere in `node` (a value filled in by a deploy step: unknown). */
export function holdsPlaceholder(node: JsonNode | undefined): boolean {
  return node?.type === 'string' ? isPlaceholder(String(node.value)) : (node?.children ?? []).some(holdsPlaceholder);
}

/**
 * The container ports a container exposes, as intervals (`[80, 80]`, `[8000, 8010]` for a
 * `containerPortRange`), read as the networking rules read them; undefined when a template
 * placeholder in its `portMappings` may hide one.
 */
export function exposedPorts(task: TaskFacts, c: ContainerFacts): Array<[number, number]> | undefined {
  if (holdsPlaceholder(c.get('portMappings'))) return undefined;
  return portEntries(task, Infinity).flatMap((e) => (e.container === c && e.interval ? [e.interval] : []));
}

/** The names of the task's containers (those that have one). */
export function containerNames(task: TaskFacts): string[] {
  return task.containers.map((c) => c.name).filter((n): n is string => !!n);
}

export function covers(intervals: ReadonlyArray<[number, number]>, port: number): boolean {
  return intervals.some(([a, b]) => port >= a && port <= b);
}

/**
 * Why the service's tasks use awsvpc: they run on Fargate (its launch type, or a FARGATE or
 * FARGATE_SPOT capacity provider), or the task definition asks for awsvpc. Undefined: they do not,
 * or we cannot tell.
 */
export function awsvpcReason(service: ServiceFacts, task: TaskFacts | undefined): 'fargate' | 'awsvpc' | undefined {
  // Other capacity providers may not have names starting with "fargate" (CreateCapacityProvider).
  const fargateProvider = elements(service.capacityProviderStrategy).some((s) => stringValue(propertyValue(s, 'capacityProvider'))?.startsWith('FARGATE'));
  if (service.launchType === 'FARGATE' || (!service.launchType && fargateProvider)) return 'fargate';
  return task?.networkMode === 'awsvpc' ? 'awsvpc' : undefined;
}

/**
 * The facts of the task definition a service is checked against; none when that file has a real
 * syntax error: its containers and ports may be in the part the parser could not read (model/damage.ts).
 */
export function taskFactsOf(doc: ParsedDocument | undefined): TaskFacts | undefined {
  return doc && !syntaxDamage(doc).damaged ? taskFacts(doc) : undefined;
}
