/**
 * The pure language service: every feature is a plain function of (document, position, parsed
 * model). The LSP server (server/), the CLI (cli/) and the tests all call this facade.
 */
import type { CodeAction, CompletionItem, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { matchesServiceDefinitionName, matchesTaskDefinitionName } from '../common/file-patterns';
import { defaultSettings, resolveLanguages, type EcsSettings, type Lang } from '../common/settings';
import { parseDocument, type NameHint, type ParsedDocument } from './model/document';
import { DEFAULT_PLACEHOLDERS, Placeholders, withPlaceholders } from './model/placeholders';
import { computeDiagnostics } from './features/diagnostics';
import { complete } from './features/completion';
import { hover } from './features/hover';
import { codeActions, fixAllText, resolveCodeAction, type CodeActionOptions } from './features/code-actions';
// Completion and hover extensions register themselves on import.
import { blankForDocumentSnippet } from './snippets/completion';
import './features/learning';
import * as navigation from './features/navigation';
import { DefinitionIndex } from './workspace/definition-index';
import type { WorkspaceView } from './rules/rule';
import type { Location, Range, WorkspaceEdit } from 'vscode-languageserver-types';

export type { ParsedDocument } from './model/document';
export { RenameError } from './features/navigation';
export { parseDocument } from './model/document';
export { resolveLanguages };

export type DocumentKind = 'task' | 'service' | 'none';

export interface LanguageServiceOptions {
  /** Called when a feature throws; the feature then returns an empty result. */
  onError?: (where: string, e: unknown) => void;
}

interface CacheEntry {
  version: number;
  text: string;
  hint: NameHint;
  placeholders: Placeholders;
  parsed: ParsedDocument;
}

export class EcsLanguageService {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly hints = new Map<string, { patterns: EcsSettings['filePatterns']; hint: NameHint }>();
  private placeholderStyles: Placeholders = DEFAULT_PLACEHOLDERS;
  /** The task and service definitions of the workspace, for the rules that check a pair. */
  readonly index = new DefinitionIndex();
  constructor(private readonly options: LanguageServiceOptions = {}) {}

  private workspaceView(settings: EcsSettings = defaultSettings): WorkspaceView {
    return {
      taskDefinitionFor: (service) => this.index.taskDefinitionFor(service, explicitTaskDefinition(service.uri, settings.serviceTaskDefinition ?? '')),
      servicesOf: (family) => this.index.servicesOf(family),
      familyCandidates: (service) => this.index.pairing(service, explicitTaskDefinition(service.uri, settings.serviceTaskDefinition ?? '')).candidates,
      relativePath: (uri) => this.index.relativePath(uri),
    };
  }

  /**
   * Whether a document is a task or service definition: by file name, or by content (a root with
   * `containerDefinitions`, the describe-output wrapper, or `serviceName` + `taskDefinition`).
   */
  kindOf(doc: TextDocument, settings: EcsSettings = defaultSettings): DocumentKind {
    const hint = this.nameHint(doc.uri, settings);
    if (hint) return hint;
    const text = doc.getText();
    // Cheap test first: most JSON files never mention these keys, and are not parsed at all.
    if (!text.includes('"containerDefinitions"') && !text.includes('"taskDefinition"')) return 'none';
    const shape = this.parse(doc, settings).shape;
    return shape === 'other' ? 'none' : shape === 'service' ? 'service' : 'task';
  }

  /** One parse per document version, cached. */
  parse(doc: TextDocument, settings: EcsSettings = defaultSettings): ParsedDocument {
    const hint = this.nameHint(doc.uri, settings);
    const placeholders = this.placeholdersFor(settings);
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.hint === hint && hit.placeholders === placeholders && hit.parsed.textDocument.languageId === doc.languageId && hit.text.length === doc.getText().length && hit.text === doc.getText()) return hit.parsed;
    const parsed = parseDocument(doc, hint, placeholders);
    this.cache.set(doc.uri, { version: doc.version, text: parsed.text, hint, placeholders, parsed });
    return parsed;
  }

  /** The placeholder styles for these settings (one instance per set of user patterns). */
  placeholdersFor(settings: Pick<EcsSettings, 'placeholderPatterns'>): Placeholders {
    const patterns = settings.placeholderPatterns ?? [];
    if (!patterns.length) return DEFAULT_PLACEHOLDERS;
    const key = patterns.join('\u0000');
    if (this.placeholderStyles.key !== key) this.placeholderStyles = new Placeholders(patterns);
    return this.placeholderStyles;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.hints.delete(uri);
  }

  /**
   * What the file name says (service, task or nothing): glob matching on every request showed in
   * profiles, so the answer is kept per URI for the same list of patterns.
   */
  private nameHint(uri: string, settings: EcsSettings): NameHint {
    const patterns = settings.filePatterns;
    const hit = this.hints.get(uri);
    if (hit && hit.patterns === patterns) return hit.hint;
    const hint: NameHint = matchesServiceDefinitionName(uri) ? 'service' : matchesTaskDefinitionName(uri, patterns) ? 'task' : undefined;
    if (this.hints.size > 10_000) this.hints.clear();
    this.hints.set(uri, { patterns, hint });
    return hint;
  }

  diagnostics(doc: TextDocument, settings: EcsSettings, langs: readonly Lang[]): Diagnostic[] {
    return this.guard('diagnostics', [], () => computeDiagnostics(this.parse(doc, settings), settings, langs, (rule, e) => this.options.onError?.(`rule ${rule.code}`, e), this.workspaceView(settings)));
  }

  /**
   * Whether completion has anything to offer in this document: a task or service definition, or an
   * empty JSON document (whatever its name), where the whole task definition snippets can go.
   */
  offersCompletion(doc: TextDocument, position: Position, settings: EcsSettings = defaultSettings): boolean {
    return this.kindOf(doc, settings) !== 'none' || blankForDocumentSnippet(doc.getText(), doc.offsetAt(position));
  }

  completion(doc: TextDocument, position: Position, settings: EcsSettings, langs: readonly Lang[]): CompletionItem[] {
    return this.guard('completion', [], () => this.withDoc(doc, settings, (p) => complete(p, position, langs)));
  }

  hover(doc: TextDocument, position: Position, settings: EcsSettings, langs: readonly Lang[]): Hover | undefined {
    return this.guard('hover', undefined, () => this.withDoc(doc, settings, (p) => hover(p, position, langs)));
  }

  codeActions(doc: TextDocument, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, settings: EcsSettings, langs: readonly Lang[], options?: CodeActionOptions): CodeAction[] {
    return this.guard('codeActions', [], () => this.withDoc(doc, settings, (p) => codeActions(p, diagnostics, only, settings, langs, (where, e) => this.options.onError?.(`codeAction: ${where}`, e), options)));
  }

  /** The edit of a quick fix offered lazily (`codeActions(..., { lazy: true })`). */
  resolveCodeAction(doc: TextDocument, action: CodeAction, settings: EcsSettings = defaultSettings): CodeAction {
    return this.guard('codeActionResolve', action, () => this.withDoc(doc, settings, (p) => resolveCodeAction(p, action, settings)));
  }

  definition(doc: TextDocument, position: Position, settings: EcsSettings = defaultSettings): Location[] {
    return this.guard('definition', [], () => navigation.definition(this.parse(doc, settings), position, this.workspaceView(settings)));
  }

  references(doc: TextDocument, position: Position, includeDeclaration: boolean, settings: EcsSettings = defaultSettings): Location[] {
    return this.guard('references', [], () => navigation.references(this.parse(doc, settings), position, includeDeclaration));
  }

  prepareRename(doc: TextDocument, position: Position, settings: EcsSettings = defaultSettings): { range: Range; placeholder: string } | undefined {
    return this.guard('prepareRename', undefined, () => navigation.prepareRename(this.parse(doc, settings), position));
  }

  /** Throws `RenameError` for an invalid new name (the server answers it as an error). */
  rename(doc: TextDocument, position: Position, newName: string, settings: EcsSettings = defaultSettings): WorkspaceEdit | undefined {
    try {
      return navigation.rename(this.parse(doc, settings), position, newName);
    } catch (e) {
      if (e instanceof navigation.RenameError) throw e;
      this.options.onError?.('rename', e);
      return undefined;
    }
  }

  /**
   * The text after applying every safe fix, or undefined when there is nothing to fix. A fix or rule
   * that throws is reported through `onError` (`fixAll: fix ECS005`), never swallowed.
   */
  fixAll(doc: TextDocument, settings: EcsSettings, langs: readonly Lang[]): string | undefined {
    return this.guard('fixAll', undefined, () => this.withDoc(doc, settings, (p) => fixAllText(p, settings, langs, (where, e) => this.options.onError?.(`fixAll: ${where}`, e))));
  }

  /** Runs a feature on the parsed document with the document's placeholder styles in force. */
  private withDoc<T>(doc: TextDocument, settings: EcsSettings, fn: (p: ParsedDocument) => T): T {
    const p = this.parse(doc, settings);
    return withPlaceholders(p.placeholders, () => fn(p));
  }

  private guard<T>(where: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      this.options.onError?.(where, e);
      return fallback;
    }
  }
}

/**
 * The URI of the task definition a setting names, relative to the service file's folder. Any URI
 * scheme works (`file:` on the desktop, `vscode-vfs:` on github.dev, ...): the path is resolved
 * inside the service's own scheme and authority.
 */
function explicitTaskDefinition(serviceUri: string, setting: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(\/.*)$/i.exec(serviceUri);
  if (!setting || !m) return undefined;
  const [, origin, servicePath] = m;
  const base = setting.startsWith('/') ? '' : servicePath.slice(0, servicePath.lastIndexOf('/') + 1);
  const parts = (base + encodeURI(setting)).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return origin + out.join('/');
}

/** Convenience for tests and the CLI. */
export function textDocument(uri: string, text: string, version = 1): TextDocument {
  return TextDocument.create(uri, 'json', version, text);
}
