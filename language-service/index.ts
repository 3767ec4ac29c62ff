/**
 * The pure language service: every feature is a plain function of (document, position, parsed
 * model). The LSP server (server/), the CLI (cli/) and the tests all call this facade.
 */
import type { CodeAction, CompletionItem, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { matchesTaskDefinitionName } from '../common/file-patterns';
import { defaultSettings, resolveLanguages, type EcsSettings, type Lang } from '../common/settings';
import { parseDocument, type ParsedDocument } from './model/document';
import { computeDiagnostics } from './features/diagnostics';
import { complete } from './features/completion';
import { hover } from './features/hover';
import { codeActions, fixAllText } from './features/code-actions';
import * as navigation from './features/navigation';
import type { Location, Range, WorkspaceEdit } from 'vscode-languageserver-types';

export type { ParsedDocument } from './model/document';
export { RenameError } from './features/navigation';
export { parseDocument } from './model/document';
export { resolveLanguages };

export type DocumentKind = 'task' | 'none';

export interface LanguageServiceOptions {
  /** Called when a feature throws; the feature then returns an empty result. */
  onError?: (where: string, e: unknown) => void;
}

interface CacheEntry {
  version: number;
  text: string;
  assumeTask: boolean;
  parsed: ParsedDocument;
}

export class EcsLanguageService {
  private readonly cache = new Map<string, CacheEntry>();
  constructor(private readonly options: LanguageServiceOptions = {}) {}

  /** Whether a document is a task definition: by file name, or by content (a root with `containerDefinitions`, or the describe-output wrapper). */
  kindOf(doc: TextDocument, settings: EcsSettings = defaultSettings): DocumentKind {
    if (matchesTaskDefinitionName(doc.uri, settings.filePatterns)) return 'task';
    const text = doc.getText();
    // Cheap test first: most JSON files never mention these keys, and are not parsed at all.
    if (!text.includes('"containerDefinitions"') && !text.includes('"taskDefinition"')) return 'none';
    return this.parse(doc, settings).shape === 'other' ? 'none' : 'task';
  }

  /** One parse per document version, cached. */
  parse(doc: TextDocument, settings: EcsSettings = defaultSettings): ParsedDocument {
    const assumeTask = matchesTaskDefinitionName(doc.uri, settings.filePatterns);
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.assumeTask === assumeTask && hit.text.length === doc.getText().length && hit.text === doc.getText()) return hit.parsed;
    const parsed = parseDocument(doc, assumeTask);
    this.cache.set(doc.uri, { version: doc.version, text: parsed.text, assumeTask, parsed });
    return parsed;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  diagnostics(doc: TextDocument, settings: EcsSettings, langs: readonly Lang[]): Diagnostic[] {
    return this.guard('diagnostics', [], () => computeDiagnostics(this.parse(doc, settings), settings, langs, (rule, e) => this.options.onError?.(`rule ${rule.code}`, e)));
  }

  completion(doc: TextDocument, position: Position, settings: EcsSettings, langs: readonly Lang[]): CompletionItem[] {
    return this.guard('completion', [], () => complete(this.parse(doc, settings), position, langs));
  }

  hover(doc: TextDocument, position: Position, settings: EcsSettings, langs: readonly Lang[]): Hover | undefined {
    return this.guard('hover', undefined, () => hover(this.parse(doc, settings), position, langs));
  }

  codeActions(doc: TextDocument, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, settings: EcsSettings, langs: readonly Lang[]): CodeAction[] {
    return this.guard('codeActions', [], () => codeActions(this.parse(doc, settings), diagnostics, only, settings, langs, (e) => this.options.onError?.('codeAction', e)));
  }

  definition(doc: TextDocument, position: Position, settings: EcsSettings = defaultSettings): Location[] {
    return this.guard('definition', [], () => navigation.definition(this.parse(doc, settings), position));
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

  /** The text after applying every safe fix, or undefined when there is nothing to fix. */
  fixAll(doc: TextDocument, settings: EcsSettings, langs: readonly Lang[]): string | undefined {
    return this.guard('fixAll', undefined, () => fixAllText(this.parse(doc, settings), settings, langs));
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

/** Convenience for tests and the CLI. */
export function textDocument(uri: string, text: string, version = 1): TextDocument {
  return TextDocument.create(uri, 'json', version, text);
}
