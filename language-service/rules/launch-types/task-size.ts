/** Notation helpers for task `cpu` / `memory`: keep the user's style ("1 vCPU" / "2 GB" or plain units). */
import { replaceNode } from '../../edits/json-edits';
import { nodeAtPath, type JsonNode, type JsonPath } from '../../model/document';
import { formatGb, formatVcpu } from '../../model/cpu-memory';
import type { TextEdit } from 'vscode-languageserver-types';
import type { FixContext } from '../rule';

export type CpuStyle = 'units' | 'vcpu';
export type MemoryStyle = 'mib' | 'gb';

export function cpuStyleOf(node: JsonNode | undefined): CpuStyle {
  return node?.type === 'string' && typeof node.value === 'string' && /vcpu/i.test(node.value) ? 'vcpu' : 'units';
}

export function memoryStyleOf(node: JsonNode | undefined): MemoryStyle {
  return node?.type === 'string' && typeof node.value === 'string' && /g/i.test(node.value) ? 'gb' : 'mib';
}

export function formatCpu(units: number, style: CpuStyle): string {
  return style === 'vcpu' ? formatVcpu(units) : String(units);
}

export function formatMemory(mib: number, style: MemoryStyle): string {
  return style === 'gb' ? formatGb(mib) : String(mib);
}

/** A short, language-neutral list of values: `512, 1024, 2048` or `2048, 3072, …, 8192`. */
export function listValues(values: readonly number[]): string {
  if (values.length <= 4) return values.join(', ');
  return `${values[0]}, ${values[1]}, …, ${values[values.length - 1]}`;
}

/** Shown in a message: the value as the user wrote it. */
export function shownValue(node: JsonNode | undefined): string {
  if (!node) return '';
  const v = node.value;
  const s = typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  return s.length > 40 ? s.slice(0, 37) + '...' : s;
}

/** Replaces the task `cpu` and/or `memory` values recorded in `data` (`cpuPath`/`cpu`, `memoryPath`/`memory`). */
export function replaceSizeEdits(ctx: FixContext): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const [pathKey, valueKey] of [['cpuPath', 'cpu'], ['memoryPath', 'memory']] as const) {
    const path = ctx.data[pathKey] as JsonPath | undefined;
    const value = ctx.data[valueKey];
    if (!Array.isArray(path) || typeof value !== 'string') continue;
    const node = nodeAtPath(ctx.doc.root, path);
    if (!node || (node.type !== 'string' && node.type !== 'number')) return undefined;
    if (node.value === value) continue;
    edits.push(...replaceNode(ctx.doc, node, JSON.stringify(value)));
  }
  return edits.length ? edits : undefined;
}
