/** Edit distance (Levenshtein), bounded: returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * The candidate closest to `word`, or undefined when none is close enough.
 * Case-insensitive equality wins; then the smallest edit distance within about a third of the length.
 * With `always`, the nearest candidate is returned even when it is far (for enums: there is always a best guess).
 */
export function closest(word: string, candidates: readonly string[], always = false): string | undefined {
  if (!candidates.length || word.length > 200) return undefined;
  const lower = word.toLowerCase();
  const ci = candidates.find((c) => c.toLowerCase() === lower);
  if (ci) return ci;
  const prefix = candidates.filter((c) => c.toLowerCase().startsWith(lower) || lower.startsWith(c.toLowerCase()));
  if (prefix.length === 1 && Math.min(lower.length, prefix[0].length) >= 3) return prefix[0];
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase(), always ? Infinity : limit);
    if (d < bestD) { bestD = d; best = c; }
  }
  if (always) return best;
  return bestD <= limit ? best : undefined;
}
