/** The shared check behind ECS103 (Linux) and ECS104 (Windows): is the task cpu/memory a Fargate size? */
import type { TextEdit } from 'vscode-languageserver-types';
import { replaceNode } from '../../edits/json-edits';
import { closestCpu, closestMemory, cpuOptionsFor, fargateTable, memoryOptionsFor } from '../../model/cpu-memory';
import { nodeAtPath, pathOf, type JsonPath } from '../../model/document';
import type { Fix, FixContext, RuleContext } from '../rule';
import { formatCpu, formatMemory, inGb, inVcpu, listValues, replaceSizeEdits, shownValue } from './task-size';

export function checkFargateSize(ctx: RuleContext, windows: boolean): void {
  const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
  if (!f.fargate || f.windows !== windows) return;
  const { cpu, memory } = f;
  // Missing values are ECS102; placeholders and malformed amounts are ECS011 / ECS007. A cpu or
  // memory that parsed comes from its node, so the nodes are there.
  if (cpu === undefined || memory === undefined) return;
  const cpuNode = f.cpuNode!;
  const memoryNode = f.memoryNode!;
  const table = fargateTable(windows);
  const row = table.find((r) => r.cpu === cpu);
  const vcpu = inVcpu(cpuNode);
  const gb = inGb(memoryNode);
  if (!row) {
    const newCpu = closestCpu(cpu, windows);
    const data: Record<string, unknown> = { cpuPath: pathOf(cpuNode), cpu: formatCpu(newCpu, vcpu) };
    // newCpu is a size of the table, so it has memory sizes.
    if (!memoryOptionsFor(newCpu, windows).includes(memory)) Object.assign(data, { memoryPath: pathOf(memoryNode), memory: formatMemory(closestMemory(newCpu, memory, windows)!, gb) });
    ctx.report({ node: cpuNode, variant: 'cpu', args: { cpu: shownValue(cpuNode), allowed: table.map((r) => r.cpu).join(', ') }, data });
    return;
  }
  if (row.memory.includes(memory)) return;
  const m = closestMemory(cpu, memory, windows)!;
  // m is one of this cpu's sizes and memory is not, so they are never equal (`<=` would do the same).
  const data: Record<string, unknown> = { kind: 'memory', memoryPath: pathOf(memoryNode), memory: formatMemory(m, gb), memoryChange: m < memory ? 'lower' : 'raise' };
  // The other way out: keep the memory and move the cpu to the closest size that offers it (L13:
  // "lower memory" or "raise cpu"). The table's ranges grow with the cpu, so these sizes all lie on
  // one side of this cpu: above it when the memory is too high for it, below it otherwise.
  const cpus = cpuOptionsFor(memory, windows);
  // This cpu does not offer the memory, so it is not among cpus (`>=` would pick the same).
  const above = cpus.find((c) => c > cpu);
  const keepCpu = above ?? cpus[cpus.length - 1];
  if (keepCpu !== undefined) Object.assign(data, { keepCpuPath: pathOf(cpuNode), keepCpu: formatCpu(keepCpu, vcpu), keepMemory: shownValue(memoryNode), cpuChange: above === undefined ? 'lower' : 'raise' });
  ctx.report({
    node: memoryNode,
    args: { memory: shownValue(memoryNode), cpu: shownValue(cpuNode), allowed: listValues(row.memory) },
    data,
  });
}

/**
 * Replaces the string or number at `data[pathKey]` with the string `data[valueKey]` (a value already
 * right gives an edit that changes nothing, which fixEdits drops).
 */
function replaceWith(ctx: FixContext, pathKey: string, valueKey: string): TextEdit[] | undefined {
  const path = ctx.data[pathKey] as JsonPath | undefined;
  const value = ctx.data[valueKey];
  if (!Array.isArray(path) || typeof value !== 'string') return undefined;
  const node = nodeAtPath(ctx.doc.root, path);
  if (!node || (node.type !== 'string' && node.type !== 'number')) return undefined;
  return replaceNode(ctx.doc, node, JSON.stringify(value));
}

const memoryFix = (change: 'lower' | 'raise', title: Fix['title']): Fix => ({
  title,
  safe: false,
  // Alternatives are never offered lazily: the title is only made for a fix whose edits exist, so from a string.
  titleArgs: (d) => ({ memory: String(d.memory) }),
  edits: (ctx) => (ctx.data.memoryChange === change ? replaceWith(ctx, 'memoryPath', 'memory') : undefined),
});
const cpuFix = (change: 'lower' | 'raise', title: Fix['title']): Fix => ({
  title,
  safe: false,
  titleArgs: (d) => ({ cpu: String(d.keepCpu), memory: String(d.keepMemory) }),
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
