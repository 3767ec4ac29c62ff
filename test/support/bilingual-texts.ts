/**
 * Every user-facing text of the project, as en/vi pairs, for the tests that check the Vietnamese
 * (glossary, tone-mark orthography, no English prose) and the parity of the two languages.
 *
 * Sources:
 * - every `{ en, vi }` object reachable from the exports of the built language service and CLI
 *   modules (field docs, enum docs, rule titles/messages/variants/descriptions/fix titles, snippets,
 *   UI strings, IAM texts, the Learn page, the CLI strings);
 * - `{ en: '…', vi: '…' }` literals written inside functions (e.g. related-span messages of a rule),
 *   read from the TypeScript sources;
 * - `package.nls.json` / `package.nls.vi.json`;
 * - the VS Code client's own texts (`client/src/texts.ts`).
 */
import * as fs from 'fs';
import * as path from 'path';

export interface TextPair {
  /** Where the text comes from (module export path or file), for failure messages. */
  where: string;
  en: string;
  vi: string;
}

export const ROOT = path.resolve(__dirname, '..', '..', '..');
const OUT = path.join(ROOT, 'out');

function jsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? jsFiles(p) : e.name.endsWith('.js') ? [p] : [];
  });
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

function isPair(v: unknown): v is { en: string; vi: string } {
  return !!v && typeof v === 'object' && typeof (v as { en?: unknown }).en === 'string' && typeof (v as { vi?: unknown }).vi === 'string';
}

/** The `{ en, vi }` objects reachable from the exports of the built modules. */
function fromModules(): TextPair[] {
  const out: TextPair[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, where: string, depth: number): void => {
    if (!v || typeof v !== 'object' || seen.has(v) || depth > 12) return;
    seen.add(v);
    if (isPair(v)) {
      out.push({ where, en: v.en, vi: v.vi });
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`, depth + 1));
    else for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`, depth + 1);
  };
  const modules = [...jsFiles(path.join(OUT, 'language-service')), path.join(OUT, 'cli', 'src', 'i18n.js'), path.join(OUT, 'client', 'src', 'texts.js')];
  for (const file of modules) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Record<string, unknown>;
    const rel = path.relative(OUT, file);
    for (const [name, value] of Object.entries(mod)) walk(value, `${rel}:${name}`, 0);
  }
  return out;
}

/** Decodes a single-line JS string literal ('…', "…" or `…` without `${`). */
function unquote(lit: string): string | undefined {
  const q = lit[0];
  const body = lit.slice(1, -1);
  if (q === '`' && body.includes('${')) return undefined;
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, c: string) => (c.length > 1 ? String.fromCharCode(parseInt(c.slice(1), 16)) : c === 'n' ? '\n' : c));
}

const LIT = String.raw`('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|\`(?:\\.|[^\`\\])*\`)`;
const INLINE_PAIR = new RegExp(String.raw`\ben:\s*${LIT}\s*,\s*vi:\s*${LIT}`, 'g');

/** `{ en: '…', vi: '…' }` literals of the sources (catches the ones built inside functions). */
function fromSources(): TextPair[] {
  const out: TextPair[] = [];
  const files = [...tsFiles(path.join(ROOT, 'language-service')), ...tsFiles(path.join(ROOT, 'cli', 'src')), ...tsFiles(path.join(ROOT, 'server', 'src'))];
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(INLINE_PAIR)) {
      const en = unquote(m[1]);
      const vi = unquote(m[2]);
      if (en !== undefined && vi !== undefined) out.push({ where: `${path.relative(ROOT, f)}:${text.slice(0, m.index).split('\n').length}`, en, vi });
    }
  }
  return out;
}

/** VS Code contributions: package.nls*.json. */
export function fromVsCodeFiles(): TextPair[] {
  const read = (f: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, string>;
  const en = read('package.nls.json');
  const vi = read('package.nls.vi.json');
  return [
    ...Object.keys(en).filter((k) => k in vi).map((k) => ({ where: `package.nls.vi.json:${k}`, en: en[k], vi: vi[k] })),
  ];
}

let cache: TextPair[] | undefined;

/** Every en/vi pair, deduplicated by text. */
export function allBilingualTexts(): TextPair[] {
  if (cache) return cache;
  const byText = new Map<string, TextPair>();
  for (const p of [...fromModules(), ...fromSources(), ...fromVsCodeFiles()]) {
    const k = `${p.en}\u0000${p.vi}`;
    if (!byText.has(k)) byText.set(k, p);
  }
  return (cache = [...byText.values()]);
}
