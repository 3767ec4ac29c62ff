/**
 * The pure language service: every feature is a plain function of (document, position, parsed
 * model). The LSP server (server/), the CLI (cli/) and the tests all call this facade.
 */
import type { CodeAction, CompletionItem, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isTemplateFileName, matchesContainerDefinitionsName, matchesServiceDefinitionName, matchesTaskDefinitionName } from '../common/file-patterns';
import { buildVirtualTask, looksLikeContainerArray, pastTheArray, textAfterTheArray, toOriginalDiagnostic, toOriginalEdits, toOriginalRange, toVirtualPosition, toVirtualRange, type ContainerArrayInfo, type VirtualTask } from './model/container-array';
import { terraformContextFor, unparsedTfFileFor, type HclParser, type TerraformTaskContext, type TfFile } from './terraform/hcl';
import { placeholderValue } from './rules/structure/schema';
import type { LazyFixData } from './features/code-actions';
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
import './features/credential-hover';
import * as navigation from './features/navigation';
import { DefinitionIndex } from './workspace/definition-index';
import type { WorkspaceView } from './rules/rule';
import type { Location, Range, WorkspaceEdit } from 'vscode-languageserver-types';

export type { ParsedDocument } from './model/document';
export { RenameError } from './features/navigation';
export { parseDocument } from './model/document';
export { resolveLanguages };

/** `containers`: a container-definitions array (Terraform's `container_definitions` file). */
export type DocumentKind = 'task' | 'service' | 'containers' | 'none';
export type { HclParser, TfFile, TerraformTaskContext } from './terraform/hcl';
export type { TfLocation } from './model/container-array';

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

interface VirtualEntry {
  version: number;
  text: string;
  key: string;
  vt: VirtualTask;
  parsed: ParsedDocument;
}

export class EcsLanguageService {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly hints = new Map<string, { patterns: EcsSettings['filePatterns']; hint: NameHint }>();
  private placeholderStyles: Placeholders = DEFAULT_PLACEHOLDERS;
  private readonly virtualCache = new Map<string, VirtualEntry>();
  private readonly kindCache = new Map<string, { version: number; text: string; key: string; kind: DocumentKind }>();
  /** The `.tf` files of each array's module, handed in by the server or the CLI. */
  private readonly tfFiles = new Map<string, readonly TfFile[]>();
  private readonly tfContexts = new Map<string, { files: readonly TfFile[]; ctx: TerraformTaskContext | undefined; unparsed?: { uri: string; line: number } }>();
  private hclParser: HclParser | undefined;
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
    if (this.nameHint(doc.uri, settings) === 'service') return 'service';
    const text = doc.getText();
    const key = settings.filePatterns.join('\n');
    const hit = this.kindCache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === key && hit.text === text) return hit.kind;
    const kind = this.computeKind(doc, text, settings);
    this.kindCache.set(doc.uri, { version: doc.version, text, key, kind });
    return kind;
  }

  private computeKind(doc: TextDocument, text: string, settings: EcsSettings): DocumentKind {
    const first = text.search(/\S/);
    // A root array: Terraform's container definitions, by name (even while still empty) or by content.
    if (first < 0 && matchesContainerDefinitionsName(doc.uri)) return 'containers';
    if (first >= 0 && text[first] === '[') {
      if (looksLikeContainerArray(text)) return 'containers';
      if (matchesContainerDefinitionsName(doc.uri) || this.nameHint(doc.uri, settings) === 'task') return 'containers';
      return 'none';
    }
    if (this.nameHint(doc.uri, settings) === 'task') return 'task';
    // Cheap test first: most JSON files never mention these keys, and are not parsed at all.
    if (!text.includes('"containerDefinitions"') && !text.includes('"taskDefinition"')) return 'none';
    const shape = this.plainParse(doc, settings).shape;
    return shape === 'other' ? 'none' : shape === 'service' ? 'service' : 'task';
  }

  /**
   * The HCL parser for `.tf` files (tree-sitter's HCL grammar), loaded by the server or the CLI only
   * when a container-definitions array is opened: see common/hcl-loader.ts.
   */
  setHclParser(parser: HclParser | undefined): void {
    if (parser === this.hclParser) return;
    this.hclParser = parser;
    this.tfContexts.clear();
  }

  /**
   * Whether this host can read `.tf` files. The web build cannot: its container-definitions arrays
   * then say so (ECS113) instead of claiming that no `aws_ecs_task_definition` reads them.
   */
  setTerraformReadable(readable: boolean): void {
    this.terraformReadable = readable;
  }
  private terraformReadable = true;

  /** The `.tf` files of an array's module (its folder, and the folder above for a `templates/` layout). Undefined: none known. */
  setTerraformFiles(arrayUri: string, files: readonly TfFile[] | undefined): void {
    if (files) this.tfFiles.set(arrayUri, files);
    else this.tfFiles.delete(arrayUri);
  }

  /** The Terraform task context of an array, when an `aws_ecs_task_definition` of its module reads it. */
  terraformContext(arrayUri: string): TerraformTaskContext | undefined {
    const files = this.tfFiles.get(arrayUri);
    if (!files?.length || !this.hclParser) return undefined;
    const hit = this.tfContexts.get(arrayUri);
    if (hit && hit.files.length === files.length && hit.files.every((f, i) => f.uri === files[i].uri && f.text === files[i].text)) return hit.ctx;
    let ctx: TerraformTaskContext | undefined;
    let unparsed: { uri: string; line: number } | undefined;
    try {
      ctx = terraformContextFor(arrayUri, files, this.hclParser);
      if (!ctx) unparsed = unparsedTfFileFor(arrayUri, files, this.hclParser);
    } catch (e) {
      this.options.onError?.('terraform', e);
    }
    this.tfContexts.set(arrayUri, { files, ctx, unparsed });
    return ctx;
  }

  /** When no resource reads the array: a `.tf` file naming it that does not parse, and the line of its first syntax error. */
  private terraformUnparsed(arrayUri: string): { file: string; line: number } | undefined {
    const u = this.terraformContext(arrayUri) ? undefined : this.tfContexts.get(arrayUri)?.unparsed;
    return u && { file: decodeURIComponent(u.uri.slice(u.uri.lastIndexOf('/') + 1)), line: u.line };
  }

  /** The virtual task definition of a container-definitions array (undefined for other documents). */
  private virtualFor(doc: TextDocument, settings: EcsSettings): VirtualEntry | undefined {
    if (this.kindOf(doc, settings) !== 'containers') {
      this.virtualCache.delete(doc.uri);
      return undefined;
    }
    const terraform = this.terraformContext(doc.uri);
    const launchType = settings.containerDefinitionsLaunchType || undefined;
    const template = terraform ? terraform.template : isTemplateFileName(doc.uri) || /\.tftpl$|\.tpl\.json$/i.test(doc.uri);
    const unparsed = terraform ? undefined : this.terraformUnparsed(doc.uri);
    const info: ContainerArrayInfo = { origin: terraform ? 'terraform' : launchType ? 'setting' : 'none', terraform, launchType, template, ...(this.terraformReadable ? {} : { terraformUnreadable: true }), ...(unparsed ? { terraformUnparsed: unparsed } : {}) };
    const key = JSON.stringify(info);
    const text = doc.getText();
    const hit = this.virtualCache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === key && hit.text === text) return hit;
    const vt = buildVirtualTask(doc, info);
    const parsed = parseDocument(vt.virtual, 'task', this.placeholdersFor(settings), vt.tokens);
    parsed.containerArray = info;
    parsed.textAfterArray = vt.trailing = textAfterTheArray(vt, parsed.root);
    const entry: VirtualEntry = { version: doc.version, text, key, vt, parsed };
    this.virtualCache.set(doc.uri, entry);
    return entry;
  }

  /** One parse per document version, cached. */
  parse(doc: TextDocument, settings: EcsSettings = defaultSettings): ParsedDocument {
    const v = this.virtualFor(doc, settings);
    if (v) return v.parsed;
    return this.plainParse(doc, settings);
  }

  private plainParse(doc: TextDocument, settings: EcsSettings): ParsedDocument {
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
    this.virtualCache.delete(uri);
    this.kindCache.delete(uri);
    this.tfContexts.delete(uri);
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
    return this.guard('diagnostics', [], () => {
      const diags = computeDiagnostics(this.parse(doc, settings), settings, langs, (rule, e) => this.options.onError?.(`rule ${rule.code}`, e), this.workspaceView(settings));
      const v = this.virtualFor(doc, settings);
      if (!v) return diags;
      const out: Diagnostic[] = [];
      // Two brackets left open end at the same place: one `]` is expected there, said once.
      const seen = new Set<string>();
      for (const d of diags) {
        // Text after the array's `]`: one syntax error there, as for any JSON file that goes on after its end.
        if (pastTheArray(v.vt, d)) continue;
        const mapped = toOriginalDiagnostic(v.vt, d, placeholderValue.code);
        const key = mapped && `${String(mapped.code)} ${mapped.message} ${JSON.stringify(mapped.range)}`;
        if (!mapped || seen.has(key!)) continue;
        seen.add(key!);
        out.push(mapped);
      }
      return out;
    });
  }

  /**
   * Whether completion has anything to offer in this document: a task or service definition, or an
   * empty JSON document (whatever its name), where the whole task definition snippets can go.
   */
  offersCompletion(doc: TextDocument, position: Position, settings: EcsSettings = defaultSettings): boolean {
    return this.kindOf(doc, settings) !== 'none' || blankForDocumentSnippet(doc.getText(), doc.offsetAt(position));
  }

  completion(doc: TextDocument, position: Position, settings: EcsSettings, langs: readonly Lang[]): CompletionItem[] {
    return this.guard('completion', [], () => this.withDoc(doc, settings, (p) => {
      const v = this.virtualFor(doc, settings);
      const items = complete(p, v ? toVirtualPosition(v.vt, position) : position, langs);
      if (!v) return items;
      const out: CompletionItem[] = [];
      for (const item of items) {
        const mapped = mapCompletionItem(v.vt, item);
        if (mapped) out.push(mapped);
      }
      return out;
    }));
  }

  hover(doc: TextDocument, position: Position, settings: EcsSettings, langs: readonly Lang[]): Hover | undefined {
    return this.guard('hover', undefined, () => this.withDoc(doc, settings, (p) => {
      const v = this.virtualFor(doc, settings);
      const h = hover(p, v ? toVirtualPosition(v.vt, position) : position, langs);
      if (!v || !h) return h;
      return { ...h, range: h.range ? toOriginalRange(v.vt, h.range) : undefined };
    }));
  }

  codeActions(doc: TextDocument, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, settings: EcsSettings, langs: readonly Lang[], options?: CodeActionOptions): CodeAction[] {
    return this.guard('codeActions', [], () => this.withDoc(doc, settings, (p) => {
      const v = this.virtualFor(doc, settings);
      if (!v) return codeActions(p, diagnostics, only, settings, langs, (where, e) => this.options.onError?.(`codeAction: ${where}`, e), options);
      // Problems found in the .tf file are fixed there: no fix from here.
      const originals = new Map<Diagnostic, Diagnostic>();
      const virtualDiags: Diagnostic[] = [];
      for (const d of diagnostics) {
        if ((d.data as { external?: boolean } | undefined)?.external) continue;
        const vd = { ...d, range: toVirtualRange(v.vt, d.range) };
        originals.set(vd, d);
        virtualDiags.push(vd);
      }
      const out: CodeAction[] = [];
      for (const a of codeActions(v.parsed, virtualDiags, only, settings, langs, (where, e) => this.options.onError?.(`codeAction: ${where}`, e), options)) {
        const mapped = mapCodeAction(v.vt, a, originals);
        if (mapped) out.push(mapped);
      }
      return out;
    }));
  }

  /** The edit of a quick fix offered lazily (`codeActions(..., { lazy: true })`). */
  resolveCodeAction(doc: TextDocument, action: CodeAction, settings: EcsSettings = defaultSettings): CodeAction {
    return this.guard('codeActionResolve', action, () => this.withDoc(doc, settings, (p) => {
      const v = this.virtualFor(doc, settings);
      const resolved = resolveCodeAction(p, action, settings);
      if (!v || !resolved.edit) return resolved;
      const edits = toOriginalEdits(v.vt, resolved.edit.changes?.[doc.uri] ?? []);
      return edits ? { ...resolved, edit: { changes: { [doc.uri]: edits } } } : action;
    }));
  }

  definition(doc: TextDocument, position: Position, settings: EcsSettings = defaultSettings): Location[] {
    return this.guard('definition', [], () => {
      const v = this.virtualFor(doc, settings);
      const locs = navigation.definition(this.parse(doc, settings), v ? toVirtualPosition(v.vt, position) : position, this.workspaceView(settings));
      return v ? mapLocations(v.vt, locs) : locs;
    });
  }

  references(doc: TextDocument, position: Position, includeDeclaration: boolean, settings: EcsSettings = defaultSettings): Location[] {
    return this.guard('references', [], () => {
      const v = this.virtualFor(doc, settings);
      const locs = navigation.references(this.parse(doc, settings), v ? toVirtualPosition(v.vt, position) : position, includeDeclaration);
      return v ? mapLocations(v.vt, locs) : locs;
    });
  }

  prepareRename(doc: TextDocument, position: Position, settings: EcsSettings = defaultSettings): { range: Range; placeholder: string } | undefined {
    return this.guard('prepareRename', undefined, () => {
      const v = this.virtualFor(doc, settings);
      const r = navigation.prepareRename(this.parse(doc, settings), v ? toVirtualPosition(v.vt, position) : position);
      if (!v || !r) return r;
      const range = toOriginalRange(v.vt, r.range);
      return range ? { ...r, range } : undefined;
    });
  }

  /** Throws `RenameError` for an invalid new name (the server answers it as an error). */
  rename(doc: TextDocument, position: Position, newName: string, settings: EcsSettings = defaultSettings): WorkspaceEdit | undefined {
    try {
      const v = this.virtualFor(doc, settings);
      const edit = navigation.rename(this.parse(doc, settings), v ? toVirtualPosition(v.vt, position) : position, newName);
      if (!v || !edit) return edit;
      const edits = toOriginalEdits(v.vt, edit.changes?.[doc.uri] ?? []);
      return edits ? { changes: { [doc.uri]: edits } } : undefined;
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
    return this.guard('fixAll', undefined, () => this.withDoc(doc, settings, (p) => {
      const v = this.virtualFor(doc, settings);
      if (!v) return fixAllText(p, settings, langs, (where, e) => this.options.onError?.(`fixAll: ${where}`, e));
      return fixAllInArray(v.vt, v.parsed, settings, langs);
    }));
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

function mapLocations(v: VirtualTask, locs: readonly Location[]): Location[] {
  const out: Location[] = [];
  for (const l of locs) {
    if (l.uri !== v.original.uri) { out.push(l); continue; }
    const range = toOriginalRange(v, l.range);
    if (range) out.push({ uri: l.uri, range });
  }
  return out;
}

function mapCompletionItem(v: VirtualTask, item: CompletionItem): CompletionItem | undefined {
  const out: CompletionItem = { ...item };
  const te = item.textEdit;
  if (te) {
    if ('range' in te) {
      const range = toOriginalRange(v, te.range);
      if (!range) return undefined;
      out.textEdit = { ...te, range };
    } else {
      const insert = toOriginalRange(v, te.insert);
      const replace = toOriginalRange(v, te.replace);
      if (!insert || !replace) return undefined;
      out.textEdit = { ...te, insert, replace };
    }
  }
  if (item.additionalTextEdits) {
    const edits = toOriginalEdits(v, item.additionalTextEdits);
    if (!edits) return undefined;
    out.additionalTextEdits = edits;
  }
  return out;
}

function mapCodeAction(v: VirtualTask, a: CodeAction, originals: Map<Diagnostic, Diagnostic>): CodeAction | undefined {
  const out: CodeAction = { ...a };
  if (a.diagnostics) out.diagnostics = a.diagnostics.map((d) => originals.get(d) ?? d);
  const lazy = (a.data as LazyFixData | undefined)?.ecsLazyFix;
  if (lazy) out.data = { ecsLazyFix: { ...lazy } };
  if (a.edit) {
    const edits = toOriginalEdits(v, a.edit.changes?.[v.original.uri] ?? []);
    if (!edits) return undefined;
    out.edit = { changes: { [v.original.uri]: edits } };
  }
  return out;
}

/** Every safe fix of an array: the task-level fields are not the user's text, so fixes there are left out. */
function fixAllInArray(v: VirtualTask, parsed: ParsedDocument, settings: EcsSettings, langs: readonly Lang[]): string | undefined {
  const P = v.prefixLength;
  const suffixLength = v.virtual.getText().length - P - v.bodyLength;
  const next = fixAllText(parsed, settings, langs, undefined, 50, (start, end, length) => start >= P && end <= length - suffixLength);
  if (next === undefined) return undefined;
  const body = next.slice(P, next.length - suffixLength);
  const before = v.virtual.getText().slice(P, P + v.bodyLength);
  // One changed region between the (masked) text and the fixed text, applied to the user's text.
  let s = 0;
  while (s < body.length && s < before.length && body[s] === before[s]) s++;
  let e = 0;
  while (e < body.length - s && e < before.length - s && body[body.length - 1 - e] === before[before.length - 1 - e]) e++;
  const edits = toOriginalEdits(v, [{ range: { start: v.virtual.positionAt(P + s), end: v.virtual.positionAt(P + before.length - e) }, newText: body.slice(s, body.length - e) }]);
  if (!edits) return undefined;
  const text = v.original.getText();
  const os = v.original.offsetAt(edits[0].range.start);
  const oe = v.original.offsetAt(edits[0].range.end);
  return text.slice(0, os) + edits[0].newText + text.slice(oe);
}

/** Convenience for tests and the CLI. */
export function textDocument(uri: string, text: string, version = 1): TextDocument {
  return TextDocument.create(uri, 'json', version, text);
}
