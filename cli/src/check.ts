/** `ecs-taskdef check`: the same engine as the server (EcsLanguageService), over files. */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { defaultSettings, type EcsSettings, type Lang } from '../../common/settings';
import { EcsLanguageService, textDocument } from '../../language-service';
import type { MinSeverity } from './args';
import { collectFiles, type Input } from './files';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint'];

export function severityName(d: Diagnostic): SeverityName {
  return SEVERITY_NAMES[(d.severity ?? 1) - 1] ?? 'error';
}

const MIN_LEVEL: Record<MinSeverity, number> = { error: 1, warning: 2, info: 3, hint: 4 };

export interface Problem {
  diagnostic: Diagnostic;
  severity: SeverityName;
  /** A safe quick fix exists (applied by --fix). */
  fixable: boolean;
}

export interface FileResult {
  /** Absolute path. */
  path: string;
  /** The analysed text (after --fix when it changed the file). */
  text: string;
  problems: Problem[];
  /** --fix changed the file. */
  fixed: boolean;
}

export interface FileError {
  path: string;
  kind: 'missing' | 'unreadable' | 'unwritable' | 'no-match';
  reason: string;
}

export interface CheckOptions {
  args: readonly string[];
  cwd: string;
  lang: Lang;
  severity: MinSeverity;
  fix: boolean;
  patterns: readonly string[];
  /** Called when a file named on the command line is not a task definition. */
  onSkipped?: (file: string) => void;
  /** Called when the language service reports an internal error. */
  onInternalError?: (where: string, e: unknown) => void;
}

export interface CheckResult {
  files: FileResult[];
  errors: FileError[];
  /** No argument was given and nothing was found. */
  nothingFound: boolean;
}

const BOM = '\uFEFF';

export function checkFiles(o: CheckOptions): CheckResult {
  const collected = collectFiles(o.args, o.cwd);
  const errors: FileError[] = [
    ...collected.missing.map((p): FileError => ({ path: p, kind: 'missing', reason: 'ENOENT' })),
    ...collected.emptyGlobs.map((p): FileError => ({ path: p, kind: 'no-match', reason: '' })),
  ];
  const service = new EcsLanguageService({ onError: (where, e) => o.onInternalError?.(where, e) });
  const settings: EcsSettings = { ...defaultSettings, docsLanguage: o.lang, filePatterns: [...o.patterns] };
  const langs: Lang[] = [o.lang];
  const files: FileResult[] = [];
  for (const input of collected.inputs) {
    const r = checkOne(service, input, settings, langs, o, errors);
    if (r) files.push(r);
  }
  return { files, errors, nothingFound: o.args.length === 0 && files.length === 0 };
}

function checkOne(service: EcsLanguageService, input: Input, settings: EcsSettings, langs: Lang[], o: CheckOptions, errors: FileError[]): FileResult | undefined {
  let raw: string;
  try {
    raw = fs.readFileSync(input.path, 'utf8');
  } catch (e) {
    errors.push({ path: input.path, kind: 'unreadable', reason: reasonOf(e) });
    return undefined;
  }
  const hasBom = raw.startsWith(BOM);
  let text = hasBom ? raw.slice(1) : raw;
  const uri = pathToFileURL(input.path).href;
  let version = 1;
  let doc = textDocument(uri, text, version);
  if (service.kindOf(doc, settings) !== 'task') {
    if (input.explicit) o.onSkipped?.(input.path);
    return undefined;
  }
  let fixed = false;
  if (o.fix) {
    const next = service.fixAll(doc, settings, langs);
    if (next !== undefined && next !== text) {
      try {
        writeAtomically(input.path, (hasBom ? BOM : '') + next);
      } catch (e) {
        errors.push({ path: input.path, kind: 'unwritable', reason: reasonOf(e) });
        return undefined;
      }
      text = next;
      fixed = true;
      doc = textDocument(uri, text, ++version);
    }
  }
  const min = MIN_LEVEL[o.severity];
  const diagnostics = service.diagnostics(doc, settings, langs).filter((d) => (d.severity ?? 1) <= min);
  const fixable = new Set<Diagnostic>();
  if (diagnostics.length) {
    for (const a of service.codeActions(doc, diagnostics, ['quickfix'], settings, langs)) {
      if (a.isPreferred) for (const d of a.diagnostics ?? []) fixable.add(d);
    }
  }
  const problems = diagnostics
    .map((d): Problem => ({ diagnostic: d, severity: severityName(d), fixable: fixable.has(d) }))
    .sort((a, b) => a.diagnostic.range.start.line - b.diagnostic.range.start.line || a.diagnostic.range.start.character - b.diagnostic.range.start.character);
  return { path: input.path, text, problems, fixed };
}

/**
 * Writes `content` to `file` so that a reader never sees a half-written file: a temporary file in
 * the same folder (same file system), then a rename over the original. Keeps the file's mode, and
 * writes through a symbolic link to its target.
 */
export function writeAtomically(file: string, content: string): void {
  const target = fs.realpathSync(file);
  const mode = fs.statSync(target).mode & 0o7777;
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', mode);
    fs.writeFileSync(fd, content, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try { fs.closeSync(fd); } catch { /* already failing */ }
    }
    try { fs.unlinkSync(tmp); } catch { /* nothing to clean */ }
    throw e;
  }
}

function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code) return code;
  return e instanceof Error ? e.message : String(e);
}
