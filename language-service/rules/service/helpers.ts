import { elements, numberValue, propertyValue, stringValue, type ParsedDocument } from '../../model/document';
import { taskFacts, type ContainerFacts, type TaskFacts } from '../../model/task-facts';
import type { ServiceFacts } from '../../model/service-facts';
import { syntaxDamage } from '../../model/damage';

/** Container ports a container exposes (single ports and ranges). */
export function containerPorts(c: ContainerFacts): { ports: number[]; ranges: Array<[number, number]> } {
  const ports: number[] = [];
  const ranges: Array<[number, number]> = [];
  for (const pm of elements(c.get('portMappings'))) {
    const p = numberValue(propertyValue(pm, 'containerPort'));
    if (p !== undefined) ports.push(p);
    const r = stringValue(propertyValue(pm, 'containerPortRange'));
    const m = r && /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(r);
    if (m) ranges.push([Number(m[1]), Number(m[2])]);
  }
  return { ports, ranges };
}

export function exposes(c: ContainerFacts, port: number): boolean {
  const { ports, ranges } = containerPorts(c);
  return ports.includes(port) || ranges.some(([a, b]) => port >= a && port <= b);
}

/** Whether the service runs its tasks with awsvpc: Fargate, or an awsvpc task definition. */
export function usesAwsvpc(service: ServiceFacts, task: TaskFacts | undefined): boolean {
  if (service.launchType === 'FARGATE') return true;
  if (task?.networkMode === 'awsvpc') return true;
  if (!task && !service.launchType && service.capacityProviderStrategy) {
    return elements(service.capacityProviderStrategy).some((s) => /^FARGATE/.test(stringValue(propertyValue(s, 'capacityProvider')) ?? ''));
  }
  return false;
}

/**
 * The facts of the task definition a service is checked against; none when that file has a real
 * syntax error: its containers and ports may be in the part the parser could not read (model/damage.ts).
 */
export function taskFactsOf(doc: ParsedDocument | undefined): TaskFacts | undefined {
  return doc && !syntaxDamage(doc).damaged ? taskFacts(doc) : undefined;
}

export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
