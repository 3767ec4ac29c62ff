/**
 * LSP wiring only: documents, settings, debounced diagnostics and guarded handlers around the pure
 * language service. `startServer` takes a connection so that tests can hand it any transport.
 */
import type { CancellationToken, Connection, InitializeParams, InitializeResult } from 'vscode-languageserver';
// Not a named import: for a CommonJS library, esbuild's bundle would copy all 308 of its exports at start-up.
import lsp = require('vscode-languageserver');
import { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeSettings, resolveLanguages, SETTINGS_SECTION, type EcsSettings, type Lang } from '../../common/settings';
import type { EcsLanguageService } from '../../language-service';
import { FIX_ALL_KIND } from '../../language-service/features/code-action-kinds';
import { registerExtraHandlers, SERVER_COMMAND_NAMES } from './extra-handlers';
import type { WorkspaceFiles } from './workspace-files';
import type { HclParser, TfFile } from '../../language-service';

/** What the server loads after answering `initialize`: the language service and the commands (lazy.ts). */
export type LazyServerModule = typeof import('./lazy');

export interface ServerOptions {
  /**
   * The language service and the commands. The Node server's start-up bundle requires them from a
   * file of their own on first use (main-start.ts); the other entries import them (main.ts, main-web.ts).
   */
  load: () => LazyServerModule;
  /** Milliseconds between the last edit and validation. */
  debounceMs?: number;
  /** How to read the workspace's files: the disk (Node), or through the client (web). None: no scan. */
  files?: WorkspaceFiles;
  /**
   * The Terraform module of a container-definitions array: its `.tf` files and the HCL parser
   * (loaded on first use). The Node server reads the disk (common/hcl-loader.ts); without it (the
   * web build for now) arrays are checked without a task context.
   */
  terraform?: TerraformAccess;
  /** Called when the client says it is initialized (after the answer to `initialize`), before the language service loads. */
  onInitialized?: () => void;
}

export interface TerraformAccess {
  /** The `.tf` files of the array's module (its folder, or the one above for a `templates/` layout). */
  moduleFiles(arrayUri: string): Promise<TfFile[]>;
  /** The HCL parser; undefined when it cannot be loaded. */
  parser(): Promise<HclParser | undefined>;
}

/**
 * The files whose changes on disk matter: task and service definitions (the workspace index),
 * container-definitions arrays and templates, and the `.tf` files that give an array its task context.
 * The same globs as the VS Code client's own watcher (client/src/activation.ts).
 */
export const WATCHED_FILES = ['**/*.{json,jsonc,tpl,tftpl}', '**/*.tf'];

/** The editor's own indentation (VS Code's `editor` section), when the client sends it. */
function withEditorIndent(settings: EcsSettings, editor: unknown): EcsSettings {
  const e = (editor && typeof editor === 'object' ? editor : {}) as { tabSize?: unknown; insertSpaces?: unknown };
  if (typeof e.tabSize === 'number' && e.tabSize > 0 && e.tabSize <= 16 && typeof e.insertSpaces === 'boolean') {
    return { ...settings, editorIndent: { tabSize: e.tabSize, insertSpaces: e.insertSpaces } };
  }
  return settings;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const debounceMs = options.debounceMs ?? 200;
  const files = options.files;
  const readUri = (uri: string): Promise<string | undefined> => (files ? files.read(uri) : Promise.resolve(undefined));
  const documents = new lsp.TextDocuments(TextDocument);
  let locale: string | undefined;
  let supportsConfiguration = false;
  let supportsResolve = false;
  /** The client can watch files for the server (`workspace/didChangeWatchedFiles` by dynamic registration) and does not already. */
  let registerWatchers = false;
  const settingsCache = new Map<string, Promise<EcsSettings>>();
  let globalSettings: EcsSettings = normalizeSettings(undefined);
  const timers = new Map<string, NodeJS.Timeout>();
  const published = new Set<string>();

  const log = (msg: string): void => connection.console.log(`[${new Date().toISOString()}] ${msg}`);
  const logError = (where: string, e: unknown): void => connection.console.error(`[${new Date().toISOString()}] ${where} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  let workspaceFolders: string[] = [];
  /**
   * The language service, loaded on first use: `initialize` is answered before it is loaded (its
   * answer is static), and it loads right after (the warm-up in onInitialized) or on the first
   * request, whichever comes first. Loading it is most of the server's start-up (docs/PERFORMANCE.md).
   */
  let loaded: { service: EcsLanguageService; module: LazyServerModule } | undefined;
  function languageService(): NonNullable<typeof loaded> {
    if (!loaded) {
      const module = options.load();
      const service = new module.EcsLanguageService({ onError: logError });
      // Without Terraform access (the web build), container-definitions arrays say so (ECS113).
      service.setTerraformReadable(!!options.terraform);
      service.index.workspaceFolders = workspaceFolders;
      loaded = { service, module };
    }
    return loaded;
  }
  const svc = (): EcsLanguageService => languageService().service;

  /** Runs a handler; an exception is logged and answered with the fallback, never passed on. */
  function runSafe<T>(where: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      logError(where, e);
      return fallback;
    }
  }
  async function runSafeAsync<T>(where: string, fallback: T, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      logError(where, e);
      return fallback;
    }
  }

  /** The editor reports JSON syntax errors itself (VS Code): said by the client at initialize. */
  let editorReportsJsonSyntax = false;
  function settingsFor(uri: string): Promise<EcsSettings> {
    return settingsOf(uri).then((s) => (editorReportsJsonSyntax ? { ...s, editorReportsJsonSyntax } : s));
  }
  function settingsOf(uri: string): Promise<EcsSettings> {
    if (!supportsConfiguration) return Promise.resolve(globalSettings);
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace
        .getConfiguration([{ scopeUri: uri, section: SETTINGS_SECTION }, { scopeUri: uri, section: 'editor' }])
        .then((raw: unknown[]) => withEditorIndent(normalizeSettings(raw?.[0]), raw?.[1]), () => globalSettings);
      settingsCache.set(uri, p);
    }
    return p;
  }
  function langsOf(settings: EcsSettings): Lang[] {
    return resolveLanguages(settings.docsLanguage, locale);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
    if (loaded) loaded.service.index.workspaceFolders = workspaceFolders;
    const init = (params.initializationOptions ?? {}) as { locale?: unknown; settings?: unknown; ecsTaskDefinition?: unknown; editorReportsJsonSyntax?: unknown; watchesFiles?: unknown };
    locale = typeof init.locale === 'string' ? init.locale : params.locale;
    // VS Code's own JSON language features already report syntax errors in json/jsonc documents.
    editorReportsJsonSyntax = init.editorReportsJsonSyntax === true;
    supportsConfiguration = !!params.capabilities.workspace?.configuration;
    // Our VS Code client watches the files itself (`synchronize.fileEvents`); other editors (Neovim,
    // Helix...) watch what the server registers, so that a saved `.tf` re-checks its arrays.
    registerWatchers = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration && init.watchesFiles !== true;
    // With codeAction/resolve, quick fix edits are computed only for the fix the user picks.
    supportsResolve = !!params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    // Settings given at start: `{ settings: {...} }`, or `{ ecsTaskDefinition: {...} }` as clients that pass
    // their `config` table as initialization options do (Helix).
    if (init.settings ?? init.ecsTaskDefinition) globalSettings = normalizeSettings(init.settings ?? init.ecsTaskDefinition);
    log(`initialize: client ${params.clientInfo?.name ?? 'unknown'}, locale ${locale ?? 'none'}`);
    return {
      capabilities: {
        textDocumentSync: lsp.TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['"', ':', ' '], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [lsp.CodeActionKind.QuickFix, FIX_ALL_KIND, lsp.CodeActionKind.SourceFixAll], resolveProvider: true },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        executeCommandProvider: { commands: SERVER_COMMAND_NAMES },
      },
      serverInfo: { name: 'ecs-taskdef-ls', version: '0.1.0' },
    };
  });

  /**
   * Loads the task definition's field docs (its three files) and runs hover and completion once on a
   * small built-in task definition, so that the first hover a user asks for, on any field, does not
   * pay for reading a docs file and compiling those paths (the first hover after start was 2–3× the
   * JSON server's, docs/PERFORMANCE.md). Nothing of it is kept but the loaded docs: the built-in
   * document is forgotten at once. Service definition docs stay loaded on first use.
   */
  function warmUp(): void {
    const uri = 'untitled:ecs-taskdef-warm-up/task-definition.json';
    const text = '{\n  "family": "warm-up",\n  "executionRoleArn": "",\n  "networkMode": "awsvpc",\n  "requiresCompatibilities": ["FARGATE"],\n  "containerDefinitions": [{ "name": "app", "image": "nginx", "logConfiguration": { "logDriver": "awslogs" } }]\n}\n';
    const doc = TextDocument.create(uri, 'json', 1, text);
    const at = (needle: string, delta: number): { line: number; character: number } => doc.positionAt(text.indexOf(needle) + delta);
    const langs = langsOf(globalSettings);
    try {
      // One field of each task-definition docs file: task level, containers A–L, containers M–Z.
      for (const key of ['"executionRoleArn"', '"image"', '"logConfiguration"']) svc().hover(doc, at(key, 3), globalSettings, langs);
      svc().completion(doc, at('"awsvpc"', 2), globalSettings, langs);
    } finally {
      svc().forget(uri);
    }
  }

  connection.onInitialized(() => {
    if (options.onInitialized) runSafe('initialized', undefined, options.onInitialized);
    // In the idle time after start (before the first request, usually): see warmUp.
    // setTimeout, not setImmediate: this file also runs in the web build's worker, which has no setImmediate.
    setTimeout(() => runSafe('warm-up', undefined, warmUp), 0);
    if (workspaceFolders.length && files) {
      const started = Date.now();
      void files.scan(workspaceFolders, (uri, text) => {
        // An open document is the newer version: never overwrite it with the file on disk.
        if (!documents.get(uri)) svc().index.set(uri, text);
      }).then((n) => {
        log(`workspace scan: ${n} JSON files in ${Date.now() - started} ms`);
        for (const doc of documents.all()) schedule(doc, 0);
      }, (e: unknown) => logError('workspace scan', e));
    }
    if (supportsConfiguration) {
      void connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
    }
    if (registerWatchers) {
      void connection.client.register(lsp.DidChangeWatchedFilesNotification.type, { watchers: WATCHED_FILES.map((globPattern) => ({ globPattern })) }).catch(() => undefined);
    }
  });

  /** The settings the last notification carried, to tell a change from a repeat. */
  let lastSettings: Record<string, string> | undefined;
  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    const s = (change.settings as Record<string, unknown> | undefined | null)?.[SETTINGS_SECTION];
    if (s) globalSettings = normalizeSettings(s);
    // VS Code's client sends the settings once when the server registers for them (at start and
    // after a restart: not a change, no log line), then once per change: one line, naming the
    // settings whose workspace-wide value changed (a folder's own value does not show in them).
    const now = s && typeof s === 'object' ? Object.fromEntries(Object.entries(s as Record<string, unknown>).map(([k, v]) => [k, JSON.stringify(v)])) : undefined;
    const first = now !== undefined && lastSettings === undefined;
    const changed = now ? [...new Set([...Object.keys(now), ...Object.keys(lastSettings ?? {})])].filter((k) => now[k] !== lastSettings?.[k]).sort() : [];
    if (now) lastSettings = now;
    if (!first) log(`settings changed${changed.length ? ` (${changed.join(', ')})` : ''}: re-validating ${documents.all().length} open document(s)`);
    for (const doc of documents.all()) schedule(doc, 0);
  });

  function schedule(doc: TextDocument, delay = debounceMs): void {
    const old = timers.get(doc.uri);
    if (old) clearTimeout(old);
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      void validate(doc.uri, doc.version);
    }, delay));
  }

  async function validate(uri: string, version: number): Promise<void> {
    await runSafeAsync('validate', undefined, async () => {
      const doc = documents.get(uri);
      if (!doc || doc.version !== version) return; // stale: a newer version is already scheduled
      const settings = await settingsFor(uri);
      const current = documents.get(uri);
      if (!current || current.version !== version) return; // edited while settings were fetched
      const kind = svc().kindOf(current, settings);
      if (kind === 'none') {
        if (published.delete(uri)) await connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      if (kind === 'containers') {
        await loadTerraformContext(uri);
        if (documents.get(uri)?.version !== version) return;
      }
      const started = Date.now();
      const diagnostics = svc().diagnostics(current, settings, langsOf(settings));
      if (documents.get(uri)?.version !== version) return; // stale result: drop it
      published.add(uri);
      await connection.sendDiagnostics({ uri, version, diagnostics });
      const ms = Date.now() - started;
      if (ms > 50) log(`validated ${uri} in ${ms} ms (${diagnostics.length} problems)`);
    });
  }

  /**
   * The `.tf` files of a container-definitions array's module, handed to the pure service (the Node
   * server reads them from disk; a web build would read them through the client's workspace.fs); the
   * HCL parser is loaded the first time one is needed.
   */
  async function loadTerraformContext(uri: string): Promise<void> {
    const tf = options.terraform;
    if (!tf) return;
    const found = await tf.moduleFiles(uri);
    // An open .tf document is newer than the file on disk.
    const tfFiles = found.map((f) => ({ uri: f.uri, text: documents.get(f.uri)?.getText() ?? f.text }));
    if (tfFiles.length) svc().setHclParser(await tf.parser());
    svc().setTerraformFiles(uri, tfFiles);
  }

  /** Keeps the workspace index current and re-checks the other open definitions (a service and its task definition check each other). */
  function indexAndRevalidatePeers(doc: TextDocument): void {
    const text = doc.getText();
    if (!text.includes('"containerDefinitions"') && !text.includes('"taskDefinition"') && !svc().index.has(doc.uri)) return;
    svc().index.set(doc.uri, text);
    for (const other of documents.all()) if (other.uri !== doc.uri && svc().index.has(other.uri)) schedule(other);
  }

  /**
   * A `.tf` file open in an editor that sends it (Neovim, Helix...: one LSP server for JSON and
   * Terraform) is newer than the disk: its edits re-check the open container-definitions arrays.
   */
  function revalidateArraysAfterTf(uri: string): boolean {
    if (!uri.endsWith('.tf')) return false;
    // Container-definitions arrays are JSON arrays at the root (an empty one, named like one, has nothing to check yet).
    for (const doc of documents.all()) if (doc.uri !== uri && /^\s*\[/.test(doc.getText())) schedule(doc);
    return true;
  }

  documents.onDidOpen((e) => {
    if (revalidateArraysAfterTf(e.document.uri)) return;
    indexAndRevalidatePeers(e.document);
    schedule(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    if (revalidateArraysAfterTf(e.document.uri)) return;
    indexAndRevalidatePeers(e.document);
    schedule(e.document);
  });
  connection.onDidChangeWatchedFiles((params) => {
    void runSafeAsync('watched files', undefined, async () => {
      for (const change of params.changes) {
        if (documents.get(change.uri) || change.uri.endsWith('.tf')) continue;
        const text = change.type === 3 ? undefined : await readUri(change.uri);
        if (text === undefined) svc().index.delete(change.uri);
        else if (text.includes('"containerDefinitions"') || text.includes('"taskDefinition"')) svc().index.set(change.uri, text);
      }
      for (const doc of documents.all()) schedule(doc);
    });
  });
  documents.onDidClose((e) => {
    // A closed `.tf` document: its arrays go back to the file on disk.
    if (revalidateArraysAfterTf(e.document.uri)) return;
    // Back to the version on disk (or gone, for an unsaved document).
    void readUri(e.document.uri).then((text) => {
      if (text === undefined) svc().index.delete(e.document.uri);
      else svc().index.set(e.document.uri, text);
    });
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    svc().forget(e.document.uri);
    if (published.delete(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCompletion((params) =>
    runSafeAsync('completion', [], async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const settings = await settingsFor(doc.uri);
      if (!svc().offersCompletion(doc, params.position, settings)) return [];
      return svc().completion(doc, params.position, settings, langsOf(settings));
    }),
  );

  connection.onHover((params) =>
    runSafeAsync('hover', null, async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const settings = await settingsFor(doc.uri);
      if (svc().kindOf(doc, settings) === 'none') return null;
      return svc().hover(doc, params.position, settings, langsOf(settings)) ?? null;
    }),
  );

  connection.onCodeAction((params) =>
    runSafeAsync('codeAction', [], async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const settings = await settingsFor(doc.uri);
      if (svc().kindOf(doc, settings) === 'none') return [];
      return svc().codeActions(doc, params.context.diagnostics, params.context.only, settings, langsOf(settings), { lazy: supportsResolve });
    }),
  );

  connection.onCodeActionResolve((action) =>
    runSafeAsync('codeAction/resolve', action, async () => {
      const uri = (action.data as { ecsLazyFix?: { uri?: unknown } } | undefined)?.ecsLazyFix?.uri;
      const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
      if (!doc) return action;
      return svc().resolveCodeAction(doc, action, await settingsFor(doc.uri));
    }),
  );

  async function taskDoc(uri: string): Promise<{ doc: TextDocument; settings: EcsSettings } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const settings = await settingsFor(uri);
    return svc().kindOf(doc, settings) !== 'none' ? { doc, settings } : undefined;
  }

  connection.onDefinition((params) =>
    runSafeAsync('definition', [], async () => {
      const t = await taskDoc(params.textDocument.uri);
      return t ? svc().definition(t.doc, params.position, t.settings) : [];
    }),
  );

  connection.onReferences((params) =>
    runSafeAsync('references', [], async () => {
      const t = await taskDoc(params.textDocument.uri);
      return t ? svc().references(t.doc, params.position, params.context.includeDeclaration, t.settings) : [];
    }),
  );

  connection.onPrepareRename((params) =>
    runSafeAsync('prepareRename', null, async () => {
      const t = await taskDoc(params.textDocument.uri);
      return (t && svc().prepareRename(t.doc, params.position, t.settings)) ?? null;
    }),
  );

  connection.onRenameRequest(async (params) => {
    const t = await runSafeAsync('rename', undefined, () => taskDoc(params.textDocument.uri));
    if (!t) return null;
    try {
      return svc().rename(t.doc, params.position, params.newName, t.settings) ?? null;
    } catch (e) {
      if (e instanceof languageService().module.RenameError) return new lsp.ResponseError(lsp.ErrorCodes.InvalidParams, e.message);
      logError('rename', e);
      return null;
    }
  });

  registerExtraHandlers({ connection, documents, get service() { return svc(); }, commands: () => languageService().module, settingsFor, langsOf, runSafe, runSafeAsync, log });

  documents.listen(connection);
  connection.listen();
}

export type { CancellationToken };
