/** The shared check behind ECS103 (Linux) and ECS104 (Windows): is the task cpu/memory a Fargate size? */
import { closestCpu, closestMemory, fargateTable } from '../../model/cpu-memory';
import { pathOf } from '../../model/document';
import type { RuleContext } from '../rule';
import { cpuStyleOf, formatCpu, formatMemory, listValues, memoryStyleOf, shownValue } from './task-size';

export function checkFargateSize(ctx: RuleContext, windows: boolean): void {
  const f = ctx.facts;
  if (!f?.fargate || f.windows !== windows) return;
  const { cpuNode, memoryNode, cpu, memory } = f;
  // Missing values are ECS102; placeholders and malformed amounts are ECS011 / ECS007.
  if (!cpuNode || !memoryNode || cpu === undefined || memory === undefined) return;
  const table = fargateTable(windows);
  const row = table.find((r) => r.cpu === cpu);
  const cpuStyle = cpuStyleOf(cpuNode);
  const memoryStyle = memoryStyleOf(memoryNode);
  if (!row) {
    const newCpu = closestCpu(cpu, windows);
    const data: Record<string, unknown> = { cpuPath: pathOf(cpuNode), cpu: formatCpu(newCpu, cpuStyle) };
    const options = table.find((r) => r.cpu === newCpu)?.memory ?? [];
    if (!options.includes(memory)) {
      const m = closestMemory(newCpu, memory, windows);
      if (m !== undefined) Object.assign(data, { memoryPath: pathOf(memoryNode), memory: formatMemory(m, memoryStyle) });
    }
    ctx.report({ node: cpuNode, variant: 'cpu', args: { cpu: shownValue(cpuNode), allowed: table.map((r) => r.cpu).join(', ') }, data });
    return;
  }
  if (row.memory.includes(memory)) return;
  const m = closestMemory(cpu, memory, windows);
  ctx.report({
    node: memoryNode,
    args: { memory: shownValue(memoryNode), cpu: shownValue(cpuNode), allowed: listValues(row.memory) },
    data: m === undefined ? undefined : { memoryPath: pathOf(memoryNode), memory: formatMemory(m, memoryStyle) },
  });
}

export function sizeTitleArgs(d: Record<string, unknown>): Record<string, string> {
  return { size: [typeof d.cpu === 'string' ? `cpu "${d.cpu}"` : '', typeof d.memory === 'string' ? `memory "${d.memory}"` : ''].filter(Boolean).join(', ') };
}
