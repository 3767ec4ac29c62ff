/** Seeded random numbers and the mutations of the fuzz suite: each returns the new text and a description to reproduce it. */
import * as jsonc from 'jsonc-parser';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

/** A stable 32-bit hash, to derive one independent random sequence per (seed, mutation, file). */
export function hash(...parts: Array<string | number>): number {
  let h = 2166136261;
  for (const p of parts) {
    const s = String(p);
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 0x2f, 16777619);
  }
  return h >>> 0;
}

export interface Mutant {
  text: string;
  /** What was done, precise enough to redo by hand. */
  what: string;
}

function valueNodes(text: string): jsonc.Node[] {
  const root = jsonc.parseTree(text, [], { allowTrailingComma: true });
  const out: jsonc.Node[] = [];
  const visit = (n: jsonc.Node, depth: number): void => {
    if (depth > 200) return;
    if (n.type !== 'property') out.push(n);
    for (const c of n.children ?? []) {
      // A property's key is not a value.
      if (n.type === 'property' && c === n.children?.[0]) continue;
      visit(c, depth + 1);
    }
  };
  if (root) visit(root, 0);
  return out;
}

function propertyNodes(text: string): jsonc.Node[] {
  const root = jsonc.parseTree(text, [], { allowTrailingComma: true });
  const out: jsonc.Node[] = [];
  const visit = (n: jsonc.Node, depth: number): void => {
    if (depth > 200) return;
    if (n.type === 'property') out.push(n);
    for (const c of n.children ?? []) visit(c, depth + 1);
  };
  if (root) visit(root, 0);
  return out;
}

function splice(text: string, offset: number, length: number, insert: string): string {
  return text.slice(0, offset) + insert + text.slice(offset + length);
}

export function truncate(text: string, at: number): Mutant {
  return { text: text.slice(0, at), what: `truncated at ${at}` };
}

export function deleteChars(text: string, rng: Rng): Mutant {
  let t = text;
  const at: number[] = [];
  const n = 1 + rng.int(4);
  for (let i = 0; i < n && t.length; i++) {
    const p = rng.int(t.length);
    at.push(p);
    t = splice(t, p, 1, '');
  }
  return { text: t, what: `deleted the character at ${at.join(', then ')}` };
}

export function duplicateChars(text: string, rng: Rng): Mutant {
  let t = text;
  const at: number[] = [];
  const n = 1 + rng.int(4);
  for (let i = 0; i < n && t.length; i++) {
    const p = rng.int(t.length);
    at.push(p);
    t = splice(t, p, 0, t[p]);
  }
  return { text: t, what: `duplicated the character at ${at.join(', then ')}` };
}

const OTHER_VALUES = ['"text"', '""', '0', '-1', '65536', '1.5', '-1e309', '1e400', 'true', 'false', 'null', '{}', '[]', '{"name": 1}', '["x", 2, null]', '[[[]]]', '"${VAR}"', '"0x10"', '"   "'];

export function swapType(text: string, rng: Rng): Mutant {
  const nodes = valueNodes(text);
  if (!nodes.length) return { text, what: 'swap type: no value' };
  let t = text;
  const done: string[] = [];
  // Later nodes first so that earlier offsets stay valid.
  const chosen = Array.from({ length: 1 + rng.int(3) }, () => rng.pick(nodes)).sort((a, b) => b.offset - a.offset);
  let lastStart = Infinity;
  for (const n of chosen) {
    if (n.offset + n.length > lastStart) continue; // nested in a node already replaced
    const v = rng.pick(OTHER_VALUES.filter((x) => typeOfLiteral(x) !== n.type));
    t = splice(t, n.offset, n.length, v);
    lastStart = n.offset;
    done.push(`${n.type} at ${n.offset} -> ${v}`);
  }
  return { text: t, what: `swapped types: ${done.join('; ')}` };
}

function typeOfLiteral(v: string): string {
  return v.startsWith('"') ? 'string' : v.startsWith('{') ? 'object' : v.startsWith('[') ? 'array' : v === 'true' || v === 'false' ? 'boolean' : v === 'null' ? 'null' : 'number';
}

export function hugeString(text: string, rng: Rng, sizes: readonly number[] = [10_000, 100_000]): Mutant {
  const strings = valueNodes(text).filter((n) => n.type === 'string');
  const size = rng.pick(sizes);
  const unit = rng.pick(['a', 'ế', '😀', '\\n', '\\u0000', '${X}', 'ab-', ' ']);
  const big = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  if (!strings.length) return { text: `{"family": "${big}", "containerDefinitions": []}`, what: `huge family (${size} chars of ${JSON.stringify(unit)})` };
  const n = rng.pick(strings);
  const asKey = rng.int(4) === 0 && n.parent?.type === 'property' && n.parent.children?.[0] !== n;
  if (asKey) {
    const key = n.parent!.children![0];
    return { text: splice(text, key.offset, key.length, `"${big}"`), what: `huge key at ${key.offset} (${size} chars of ${JSON.stringify(unit)})` };
  }
  return { text: splice(text, n.offset, n.length, `"${big}"`), what: `huge string at ${n.offset} (${size} chars of ${JSON.stringify(unit)})` };
}

export function deepNesting(text: string, rng: Rng): Mutant {
  const depth = rng.pick([10_000, 10_000, 990, 1_001, 2_800, 4_999]);
  const kind = rng.int(4);
  const nested = kind === 0 ? '['.repeat(depth) + ']'.repeat(depth)
    : kind === 1 ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
      : kind === 2 ? '['.repeat(depth) // never closed
        : '[{"x":'.repeat(depth >> 1) + 'null' + '}]'.repeat(depth >> 1);
  const values = valueNodes(text).filter((n) => n.type !== 'object' || n.parent);
  if (!values.length) return { text: nested, what: `a document of ${depth} nested levels (kind ${kind})` };
  const n = rng.pick(values);
  return { text: splice(text, n.offset, n.length, nested), what: `${depth} nested levels (kind ${kind}) in place of the ${n.type} at ${n.offset}` };
}

export function randomBytes(text: string, rng: Rng): Mutant {
  const len = 1 + rng.int(64);
  const bytes = Buffer.alloc(len);
  for (let i = 0; i < len; i++) bytes[i] = rng.int(256);
  const decoded = rng.int(2) ? bytes.toString('latin1') : bytes.toString('utf8');
  const extra = rng.pick(['', '\u0000', '\uD800', '\uDFFF', '\u2028', '\uFFFF', '\r', '\u001b[31m']);
  const p = rng.int(text.length + 1);
  return { text: splice(text, p, rng.int(3), decoded + extra), what: `${len} random bytes at ${p}` };
}

export function duplicateKeys(text: string, rng: Rng): Mutant {
  const props = propertyNodes(text);
  if (!props.length) return { text, what: 'duplicate keys: no property' };
  let t = text;
  const done: number[] = [];
  const chosen = Array.from({ length: 1 + rng.int(3) }, () => rng.pick(props)).sort((a, b) => b.offset - a.offset);
  let lastStart = Infinity;
  for (const p of chosen) {
    if (p.offset + p.length > lastStart) continue;
    const src = text.slice(p.offset, p.offset + p.length);
    t = splice(t, p.offset + p.length, 0, ', ' + src);
    lastStart = p.offset;
    done.push(p.offset);
  }
  return { text: t, what: `duplicated the properties at ${done.join(', ')}` };
}

export function bom(text: string): Mutant {
  return { text: '\uFEFF' + text, what: 'byte order mark' };
}

export function crlf(text: string, rng: Rng): Mutant {
  const mode = rng.int(3);
  if (mode === 0) return { text: text.replace(/\r?\n/g, '\r\n'), what: 'CRLF line ends' };
  if (mode === 1) return { text: text.replace(/\r?\n/g, '\r'), what: 'CR line ends' };
  return { text: text.replace(/\r?\n/g, () => (rng.int(2) ? '\r\n' : '\n')), what: 'mixed line ends' };
}

export type MutationName = 'delete' | 'duplicate' | 'swap-type' | 'huge-string' | 'deep-nesting' | 'random-bytes' | 'duplicate-keys' | 'bom' | 'line-ends' | 'stacked';

export const MUTATIONS: Record<Exclude<MutationName, 'stacked'>, (text: string, rng: Rng) => Mutant> = {
  delete: deleteChars,
  duplicate: duplicateChars,
  'swap-type': swapType,
  'huge-string': (t, rng) => hugeString(t, rng),
  'deep-nesting': deepNesting,
  'random-bytes': randomBytes,
  'duplicate-keys': duplicateKeys,
  bom: (t) => bom(t),
  'line-ends': crlf,
};

/** Two to four mutations in a row (without the expensive ones). */
export function stacked(text: string, rng: Rng): Mutant {
  const cheap = ['delete', 'duplicate', 'swap-type', 'random-bytes', 'duplicate-keys', 'bom', 'line-ends'] as const;
  let t = text;
  const what: string[] = [];
  const n = 2 + rng.int(3);
  for (let i = 0; i < n; i++) {
    const m = MUTATIONS[rng.pick(cheap)](t, rng);
    t = m.text;
    what.push(m.what);
  }
  return { text: t, what: what.join(' | ') };
}
