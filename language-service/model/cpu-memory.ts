/**
 * Task cpu and memory: parsing of the strings ECS accepts ("1024", "1 vCPU", ".25 vcpu", "2 GB", "512 MiB")
 * and the Fargate table of valid pairs.
 */

/** CPU units (1024 = 1 vCPU) from a cpu value, or undefined when it is not a cpu amount. */
export function parseCpu(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*(vcpus?)?\s*$/i.exec(value);
  if (!m) return undefined;
  const n = parseFloat(m[1]);
  return m[2] ? Math.round(n * 1024) : n;
}

/** MiB from a memory value, or undefined when it is not a memory amount. */
export function parseMemory(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*(gi?b|mi?b)?\s*$/i.exec(value);
  if (!m) return undefined;
  const n = parseFloat(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  return unit.startsWith('g') ? Math.round(n * 1024) : n;
}

export interface FargateSize {
  cpu: number;
  memory: number[];
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

/** Fargate Linux: cpu units → valid memory values (MiB). */
export const FARGATE_LINUX: readonly FargateSize[] = [
  { cpu: 256, memory: [512, 1024, 2048] },
  { cpu: 512, memory: range(1024, 4096, 1024) },
  { cpu: 1024, memory: range(2048, 8192, 1024) },
  { cpu: 2048, memory: range(4096, 16384, 1024) },
  { cpu: 4096, memory: range(8192, 30720, 1024) },
  { cpu: 8192, memory: range(16384, 61440, 4096) },
  { cpu: 16384, memory: range(32768, 122880, 8192) },
];

/** Fargate Windows: only 1, 2 and 4 vCPU. */
export const FARGATE_WINDOWS: readonly FargateSize[] = [
  { cpu: 1024, memory: range(2048, 8192, 1024) },
  { cpu: 2048, memory: range(4096, 16384, 1024) },
  { cpu: 4096, memory: range(8192, 30720, 1024) },
];

export function fargateTable(windows: boolean): readonly FargateSize[] {
  return windows ? FARGATE_WINDOWS : FARGATE_LINUX;
}

export function isValidFargatePair(cpu: number, memory: number, windows: boolean): boolean {
  return !!fargateTable(windows).find((r) => r.cpu === cpu)?.memory.includes(memory);
}

export function memoryOptionsFor(cpu: number, windows: boolean): number[] {
  return fargateTable(windows).find((r) => r.cpu === cpu)?.memory ?? [];
}

export function cpuOptionsFor(memory: number, windows: boolean): number[] {
  return fargateTable(windows).filter((r) => r.memory.includes(memory)).map((r) => r.cpu);
}

/** The valid memory for `cpu` closest to `memory` (ties go up: more memory never breaks a task). */
export function closestMemory(cpu: number, memory: number | undefined, windows: boolean): number | undefined {
  const options = memoryOptionsFor(cpu, windows);
  if (!options.length) return undefined;
  if (memory === undefined) return options[0];
  let best = options[0];
  for (const o of options) if (Math.abs(o - memory) < Math.abs(best - memory) || (Math.abs(o - memory) === Math.abs(best - memory) && o > best)) best = o;
  return best;
}

/** The valid Fargate cpu closest to `cpu`. */
export function closestCpu(cpu: number, windows: boolean): number {
  const t = fargateTable(windows);
  let best = t[0].cpu;
  for (const r of t) if (Math.abs(r.cpu - cpu) < Math.abs(best - cpu)) best = r.cpu;
  return best;
}

export function formatVcpu(cpu: number): string {
  const v = cpu / 1024;
  return `${v < 1 ? String(v).replace(/^0/, '') : v} vCPU`;
}

export function formatGb(mib: number): string {
  const g = mib / 1024;
  return `${Number.isInteger(g) ? g : g.toFixed(2).replace(/0+$/, '')} GB`;
}
