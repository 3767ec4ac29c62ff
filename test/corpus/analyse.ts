/**
 * Runs the language service over every file of ../shared/corpus the way the editor would see it
 * (kind by file name or content, default settings, English). Shared by the corpus suite and by
 * `npm run corpus:expectations`, which prints the current result in the expectations-table format.
 * Nothing of the corpus is copied: files are read where they are.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { EcsLanguageService, textDocument, type DocumentKind, type HclParser, type TerraformTaskContext } from '../../language-service';
import { defaultSettings } from '../../common/settings';

/** `../shared/corpus` beside the project (from `out/test/corpus/`). */
export const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
/** The reviewed table, kept in the source tree (not in out/). */
export const EXPECTATIONS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'expectations.tsv');
export const FOLDERS = ['real', 'docs', 'templates', 'terraform'] as const;

export interface CorpusResult {
  /** Path relative to the corpus folder, with `/`. */
  file: string;
  kind: DocumentKind;
  ms: number;
  diagnostics: Diagnostic[];
  text: string;
  /** For a container-definitions array: the Terraform resource found beside it. */
  terraform?: TerraformTaskContext;
}

/** Every corpus file except the SOURCES.tsv indexes, relative to the corpus, sorted. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(CORPUS, rel), { withFileTypes: true })) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(r);
      else if (e.name !== 'SOURCES.tsv') out.push(r);
    }
  };
  for (const f of FOLDERS) if (fs.existsSync(path.join(CORPUS, f))) walk(f);
  return out.sort();
}

/**
 * Analyses every corpus file; `errors` collects anything a feature threw (reported through onError).
 * With the HCL parser, a container-definitions array gets the `.tf` files of its folder, as the
 * editor and the CLI give them (terraform/: each pair sits in one folder).
 */
export function analyseCorpus(errors: string[], exercise = true, hcl?: HclParser): Map<string, CorpusResult> {
  const service = new EcsLanguageService({ onError: (where, e) => errors.push(`${where}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`) });
  service.setHclParser(hcl);
  const results = new Map<string, CorpusResult>();
  for (const file of corpusFiles()) {
    const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
    const doc = textDocument(`file:///corpus/${file}`, text);
    const t0 = process.hrtime.bigint();
    const kind = service.kindOf(doc, defaultSettings);
    if (kind === 'containers') {
      const dir = path.posix.dirname(file);
      const tf = fs.readdirSync(path.join(CORPUS, dir)).filter((n) => n.endsWith('.tf')).map((n) => ({ uri: `file:///corpus/${dir}/${n}`, text: fs.readFileSync(path.join(CORPUS, dir, n), 'utf8') }));
      service.setTerraformFiles(doc.uri, tf);
    }
    const diagnostics = kind !== 'none' ? service.diagnostics(doc, defaultSettings, ['en']) : [];
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (exercise && kind !== 'none') {
      // The other features must not throw either.
      service.codeActions(doc, diagnostics, undefined, defaultSettings, ['en']);
      service.fixAll(doc, defaultSettings, ['en']);
      service.hover(doc, doc.positionAt(Math.floor(text.length / 2)), defaultSettings, ['en']);
      service.completion(doc, doc.positionAt(Math.floor(text.length / 3)), defaultSettings, ['en']);
    }
    results.set(file, { file, kind, ms, diagnostics, text, terraform: kind === 'containers' ? service.terraformContext(doc.uri) : undefined });
  }
  return results;
}

/** The error and warning codes a result raises, each once, sorted. */
export function raisedCodes(r: CorpusResult): string[] {
  return [...new Set(r.diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code)))].sort();
}

export interface Expectation {
  file: string;
  kind: string;
  codes: string[];
  reason: string;
  line: number;
}

/**
 * The table: one line per file, tab-separated `file  kind  codes  reason`; codes are
 * space-separated, `-` for none. Lines starting with `#` and blank lines are ignored.
 */
export function readExpectations(text = fs.readFileSync(EXPECTATIONS, 'utf8')): Expectation[] {
  const out: Expectation[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const [file, kind, codes, ...reason] = line.split('\t');
    out.push({ file, kind: kind ?? '', codes: !codes || codes === '-' ? [] : codes.split(' ').filter(Boolean).sort(), reason: reason.join('\t').trim(), line: i + 1 });
  });
  return out;
}

export function formatExpectation(file: string, kind: string, codes: readonly string[], reason: string): string {
  return `${file}\t${kind}\t${codes.length ? codes.join(' ') : '-'}\t${reason}`;
}
