/** Timing helpers: batches for sub-millisecond work, medians and spreads. */

export interface Summary {
  median: number;
  p25: number;
  p75: number;
  p99: number;
  min: number;
  max: number;
  n: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarize(xs: readonly number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p25: quantile(s, 0.25), p75: quantile(s, 0.75), p99: quantile(s, 0.99), min: s[0], max: s[s.length - 1], n: s.length };
}

/** How many calls of `fn` make a batch of at least `minMs` (timer resolution and call overhead then vanish). */
export function calibrate(fn: () => unknown, minMs = 2): number {
  const t0 = performance.now();
  fn();
  const once = Math.max(performance.now() - t0, 0.0005);
  return Math.max(1, Math.ceil(minMs / once));
}

/** Time per call, in ms, over a batch of `k` calls. */
export function batch(fn: () => unknown, k: number): number {
  const t0 = performance.now();
  for (let i = 0; i < k; i++) fn();
  return (performance.now() - t0) / k;
}

export async function batchAsync(fn: () => PromiseLike<unknown>, k: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < k; i++) await fn();
  return (performance.now() - t0) / k;
}

/** A duration for a table cell: µs below 1 ms, ms below 10 s. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (x < 1) return `${(x * 1000).toFixed(x < 0.01 ? 2 : 0)} µs`;
  if (x < 10) return `${x.toFixed(2)} ms`;
  if (x < 10_000) return `${x.toFixed(0)} ms`;
  return `${(x / 1000).toFixed(1)} s`;
}

export function ratio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a';
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}
