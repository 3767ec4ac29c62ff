/** The shared check behind ECS103 (Linux) and ECS104 (Windows): is the task cpu/memory a Fargate size? */
import type { TextEdit } from 'vscode-languageserver-types';
import { replaceNode } from '../../edits/json-edits';
import { closestCpu, closestMemory, cpuOptionsFor, fargateTable } from '../../model/cpu-memory';
import { nodeAtPath, pathOf, type JsonPath } from '../../model/document';
import type { Fix, FixContext, RuleContext } from '../rule';
import { cpuStyleOf, formatCpu, formatMemory, listValues, memoryStyleOf, replaceSizeEdits, shownValue } from './task-size';

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
  const data: Record<string, unknown> = { kind: 'memory' };
  if (m !== undefined) Object.assign(data, { memoryPath: pathOf(memoryNode), memory: formatMemory(m, memoryStyle), memoryChange: m < memory ? 'lower' : 'raise' });
  // The other way out: keep the memory and move the cpu to a size that offers it (L13: "lower memory" or "raise cpu").
  const cpus = cpuOptionsFor(memory, windows);
  const above = cpus.filter((c) => c > cpu);
  const below = cpus.filter((c) => c < cpu);
  const keepCpu = memory > Math.max(...row.memory) ? above[0] : memory < Math.min(...row.memory) ? below[below.length - 1] : (above[0] ?? below[below.length - 1]);
  if (keepCpu !== undefined) Object.assign(data, { keepCpuPath: pathOf(cpuNode), keepCpu: formatCpu(keepCpu, cpuStyle), keepMemory: shownValue(memoryNode), cpuChange: keepCpu > cpu ? 'raise' : 'lower' });
  ctx.report({
    node: memoryNode,
    args: { memory: shownValue(memoryNode), cpu: shownValue(cpuNode), allowed: listValues(row.memory) },
    data,
  });
}

/** Replaces the string or number at `data[pathKey]` with the string `data[valueKey]`. */
function replaceWith(ctx: FixContext, pathKey: string, valueKey: string): TextEdit[] | undefined {
  const path = ctx.data[pathKey] as JsonPath | undefined;
  const value = ctx.data[valueKey];
  if (!Array.isArray(path) || typeof value !== 'string') return undefined;
  const node = nodeAtPath(ctx.doc.root, path);
  if (!node || (node.type !== 'string' && node.type !== 'number') || node.value === value) return undefined;
  return replaceNode(ctx.doc, node, JSON.stringify(value));
}

const memoryFix = (change: 'lower' | 'raise', title: Fix['title']): Fix => ({
  title,
  safe: false,
  titleArgs: (d) => ({ memory: typeof d.memory === 'string' ? d.memory : '' }),
  edits: (ctx) => (ctx.data.memoryChange === change ? replaceWith(ctx, 'memoryPath', 'memory') : undefined),
});
const cpuFix = (change: 'lower' | 'raise', title: Fix['title']): Fix => ({
  title,
  safe: false,
  titleArgs: (d) => ({ cpu: typeof d.keepCpu === 'string' ? d.keepCpu : '', memory: typeof d.keepMemory === 'string' ? d.keepMemory : '' }),
  edits: (ctx) => (ctx.data.cpuChange === change ? replaceWith(ctx, 'keepCpuPath', 'keepCpu') : undefined),
});

/**
 * The quick fixes of a memory that does not fit the cpu: change the memory (lower or raise it to the
 * closest size of this cpu), or keep the memory and change the cpu to one that offers it. Each
 * applies only in its direction.
 */
export const sizeAlternatives: Fix[] = [
  memoryFix('lower', { en: 'Lower memory to {memory}', vi: 'Giảm memory xuống {memory}' }),
  memoryFix('raise', { en: 'Raise memory to {memory}', vi: 'Tăng memory lên {memory}' }),
  cpuFix('raise', { en: 'Raise cpu to {cpu} (keeps memory {memory})', vi: 'Tăng cpu lên {cpu} (giữ memory {memory})' }),
  cpuFix('lower', { en: 'Lower cpu to {cpu} (keeps memory {memory})', vi: 'Giảm cpu xuống {cpu} (giữ memory {memory})' }),
];

/** The main fix, for a cpu that is not a Fargate size: the closest size (cpu, and memory if needed). */
export function closestSizeEdits(ctx: FixContext): TextEdit[] | undefined {
  return ctx.data.kind === 'memory' ? undefined : replaceSizeEdits(ctx);
}

export function sizeTitleArgs(d: Record<string, unknown>): Record<string, string> {
  return { size: [typeof d.cpu === 'string' ? `cpu "${d.cpu}"` : '', typeof d.memory === 'string' ? `memory "${d.memory}"` : ''].filter(Boolean).join(', ') };
}
