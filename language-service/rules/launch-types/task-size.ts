/** Notation helpers for task `cpu` / `memory`: keep the user's style ("1 vCPU" / "2 GB" or plain units). */
import { replaceNode } from '../../edits/json-edits';
import { nodeAtPath, type JsonNode, type JsonPath } from '../../model/document';
import { formatGb, formatVcpu } from '../../model/cpu-memory';
import type { TextEdit } from 'vscode-languageserver-types';
import type { FixContext } from '../rule';

/** The cpu is written in vCPU ("1 vCPU", ".5 vcpu"), not in units. Only for a value that parsed as a cpu (a string or a number). */
export function inVcpu(node: JsonNode): boolean {
  return /vcpu/i.test(String(node.value));
}

/** The memory is written in GB ("2 GB", "2GiB"), not in MiB. Only for a value that parsed as a memory (a string or a number). */
export function inGb(node: JsonNode): boolean {
  return /g/i.test(String(node.value));
}

export function formatCpu(units: number, vcpu: boolean): string {
  return vcpu ? formatVcpu(units) : String(units);
}

export function formatMemory(mib: number, gb: boolean): string {
  return gb ? formatGb(mib) : String(mib);
}

/** A short, language-neutral list of values: `512, 1024, 2048` or `2048, 3072, …, 8192`. */
export function listValues(values: readonly number[]): string {
  if (values.length <= 4) return values.join(', ');
  return `${values[0]}, ${values[1]}, …, ${values[values.length - 1]}`;
}

/** Shown in a message: the value as the user wrote it (a cpu or memory that parsed: a string or a number). */
export function shownValue(node: JsonNode): string {
  const s = String(node.value);
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
    // A value already right gives an edit that changes nothing, which fixEdits drops.
    edits.push(...replaceNode(ctx.doc, node, JSON.stringify(value)));
  }
  return edits;
}
