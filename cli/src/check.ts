/** `ecs-taskdef check`: the same engine as the server (EcsLanguageService), over files. */
import fs = require('fs');
import path = require('path');
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { defaultSettings, type ContainerLaunchType, type EcsSettings, type Lang } from '../../common/settings';
import { loadHclParser, readModuleTfFiles } from '../../common/hcl-loader';
import { EcsLanguageService, textDocument } from '../../language-service';
import type { MinSeverity } from './args';
import { collectFiles, walk, type Input } from './files';

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
  kind: 'task' | 'service' | 'containers';
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
  /** Credentials in a known format (ECS607) are errors. */
  strict?: boolean;
  patterns: readonly string[];
  /** Extra placeholder styles (regular expressions). */
  placeholders?: readonly string[];
  /** `--launch-type`: for container-definitions arrays without a Terraform resource. */
  launchType?: ContainerLaunchType;
  /** Called when a file named on the command line is neither a task nor a service definition. */
  onSkipped?: (file: string) => void;
  /**
   * Called when the language service reports an internal error: a rule, a fix or a feature threw
   * while `file` was checked or fixed. The results of that file may be incomplete.
   */
  onInternalError?: (where: string, e: unknown, file?: string) => void;
}

export interface CheckResult {
  files: FileResult[];
  errors: FileError[];
  /** No argument was given and nothing was found. */
  nothingFound: boolean;
  /** How many internal errors (a rule or fix that threw) were reported through `onInternalError`. */
  internalErrors: number;
}

const BOM = '\uFEFF';

/** What `--strict` raises to an error: a credential recognised by its format. */
export const STRICT_RULES: EcsSettings['rules'] = { ECS607: 'error' };

/** The server's bounds for the workspace scan: a definition is never that big, a repository may be. */
const INDEX_MAX_FILES = 5000;
const INDEX_MAX_SIZE = 2 * 1024 * 1024;
const mentionsDefinition = (text: string): boolean => text.includes('"containerDefinitions"') || text.includes('"taskDefinition"');

interface Loaded {
  input: Input;
  uri: string;
  text: string;
  hasBom: boolean;
}

export async function checkFiles(o: CheckOptions): Promise<CheckResult> {
  const collected = collectFiles(o.args, o.cwd);
  const errors: FileError[] = [
    ...collected.missing.map((p): FileError => ({ path: p, kind: 'missing', reason: 'ENOENT' })),
    ...collected.emptyGlobs.map((p): FileError => ({ path: p, kind: 'no-match', reason: '' })),
  ];
  let current: string | undefined;
  let internalErrors = 0;
  const service = new EcsLanguageService({
    onError: (where, e) => {
      internalErrors++;
      o.onInternalError?.(where, e, current);
    },
  });
  const settings: EcsSettings = { ...defaultSettings, docsLanguage: o.lang, filePatterns: [...o.patterns], placeholderPatterns: [...(o.placeholders ?? [])], containerDefinitionsLaunchType: o.launchType ?? '', rules: o.strict ? { ...defaultSettings.rules, ...STRICT_RULES } : defaultSettings.rules };
  const langs: Lang[] = [o.lang];
  const loaded: Loaded[] = [];
  for (const input of collected.inputs) {
    try {
      // Found while searching (not named): the editor's bound, so that a big data file is not read.
      if (!input.explicit && fs.statSync(input.path).size > INDEX_MAX_SIZE) continue;
      const raw = fs.readFileSync(input.path, 'utf8');
      const hasBom = raw.startsWith(BOM);
      loaded.push({ input, uri: pathToFileURL(input.path).href, text: hasBom ? raw.slice(1) : raw, hasBom });
    } catch (e) {
      errors.push({ path: input.path, kind: 'unreadable', reason: reasonOf(e) });
    }
  }
  // A service definition is checked against its task definition (and back), as in the editor: the
  // index holds the checked files and, when files were named, the definitions under the current folder.
  for (const l of loaded) if (mentionsDefinition(l.text)) service.index.set(l.uri, l.text);
  // Messages name the other file of a pair by its path from the current folder.
  service.index.workspaceFolders = [pathToFileURL(o.cwd).href];
  if (o.args.length) indexFolder(service, o.cwd, new Set(loaded.map((l) => l.input.path)));
  // Container-definitions arrays: the .tf files of their module give the task context; the HCL parser
  // is loaded only when there is one to read.
  for (const l of loaded) {
    if (service.kindOf(textDocument(l.uri, l.text), settings) !== 'containers') continue;
    const tf = readModuleTfFiles(l.input.path).map((f) => ({ uri: pathToFileURL(f.path).href, text: f.text }));
    if (tf.length) service.setHclParser(await loadHclParser((e) => o.onInternalError?.('HCL parser', e)));
    service.setTerraformFiles(l.uri, tf);
  }
  const files: FileResult[] = [];
  for (const l of loaded) {
    current = l.input.path;
    const r = checkOne(service, l, settings, langs, o, errors);
    if (r) files.push(r);
  }
  current = undefined;
  return { files, errors, nothingFound: o.args.length === 0 && files.length === 0, internalErrors };
}

function indexFolder(service: EcsLanguageService, cwd: string, skip: ReadonlySet<string>): void {
  let n = 0;
  walk(cwd, (f) => {
    if (n >= INDEX_MAX_FILES || skip.has(f) || !/\.jsonc?$/i.test(f)) return false;
    n++;
    try {
      if (fs.statSync(f).size > INDEX_MAX_SIZE) return false;
      let text = fs.readFileSync(f, 'utf8');
      if (text.startsWith(BOM)) text = text.slice(1);
      if (mentionsDefinition(text)) service.index.set(pathToFileURL(f).href, text);
    } catch { /* unreadable: not indexed */ }
    return false;
  });
}

function checkOne(service: EcsLanguageService, l: Loaded, settings: EcsSettings, langs: Lang[], o: CheckOptions, errors: FileError[]): FileResult | undefined {
  let text = l.text;
  let version = 1;
  let doc = textDocument(l.uri, text, version);
  const kind = service.kindOf(doc, settings);
  if (kind === 'none') {
    if (l.input.explicit) o.onSkipped?.(l.input.path);
    return undefined;
  }
  let fixed = false;
  if (o.fix) {
    const next = service.fixAll(doc, settings, langs);
    if (next !== undefined && next !== text) {
      try {
        writeAtomically(l.input.path, (l.hasBom ? BOM : '') + next);
      } catch (e) {
        errors.push({ path: l.input.path, kind: 'unwritable', reason: reasonOf(e) });
        return undefined;
      }
      text = next;
      fixed = true;
      doc = textDocument(l.uri, text, ++version);
      if (service.index.has(l.uri) || mentionsDefinition(text)) service.index.set(l.uri, text);
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
  return { path: l.input.path, kind, text, problems, fixed };
}

/**
 * Writes `content` to `file` so that a reader never sees a half-written file: a temporary file in
 * the same folder (same file system), then a rename over the original. Keeps the file's mode, and
 * writes through a symbolic link to its target.
 */
export function writeAtomically(file: string, content: string): void {
  const target = fs.realpathSync(file);
  const mode = fs.statSync(target).mode & 0o7777;
  // crypto is required here, not at the top: loading it costs start-up time that only --fix needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { randomBytes } = require('crypto') as typeof import('crypto');
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
