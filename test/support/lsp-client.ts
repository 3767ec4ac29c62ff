/**
 * A tiny LSP client for protocol tests: spawns the built `ecs-taskdef-ls --stdio` exactly as an
 * editor would, and speaks JSON-RPC to it.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_BIN = path.join(ROOT, 'bin', 'ecs-taskdef-ls.js');

export interface LspClient {
  connection: MessageConnection;
  process: ChildProcess;
  stderr: () => string;
  /** Every `window/logMessage` the server sent (its log, the "Show the language server log" channel). */
  logs: string[];
  /** Resolves with the next diagnostics published for `uri` that satisfy `pred`. */
  diagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  published: Map<string, PublishDiagnosticsParams[]>;
  /** Every `client/registerCapability` registration the server asked for. */
  registrations: Array<{ method: string; registerOptions?: unknown }>;
  open(uri: string, text: string, version?: number): Promise<void>;
  change(uri: string, text: string, version: number): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  settings?: Record<string, unknown>;
  locale?: string;
  /** Announce `workspace.configuration` support and answer `workspace/configuration` with `settings`. */
  configuration?: boolean;
  /** Sent as `initializationOptions` instead of `{ settings }`. */
  initializationOptions?: unknown;
  /** Announce `codeAction/resolve` support for the `edit` property. */
  codeActionResolve?: boolean;
  /** The workspace folder (a `file:` URI) the server scans for task and service definitions on disk. */
  rootUri?: string;
  /** Announce that the client watches files for the server (`workspace.didChangeWatchedFiles.dynamicRegistration`), as Neovim does. */
  watchedFiles?: boolean;
}

export async function startServer(options: StartOptions = {}): Promise<LspClient> {
  const proc = spawn(process.execPath, [SERVER_BIN, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: Array<{ uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  let settings = options.settings ?? {};
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const list = published.get(p.uri) ?? [];
    list.push(p);
    published.set(p.uri, list);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.uri === p.uri && w.pred(p)) {
        waiters.splice(i, 1);
        w.resolve(p);
      }
    }
  });
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map(() => settings));
  const registrations: LspClient['registrations'] = [];
  connection.onRequest('client/registerCapability', (p: { registrations: LspClient['registrations'] }) => {
    registrations.push(...p.registrations);
    return null;
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    locale: options.locale,
    capabilities: { workspace: { configuration: options.configuration ?? false, ...(options.watchedFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}) }, textDocument: { completion: { completionItem: { snippetSupport: true } }, ...(options.codeActionResolve ? { codeAction: { resolveSupport: { properties: ['edit'] } } } : {}) } },
    initializationOptions: options.initializationOptions ?? (options.configuration ? {} : { settings }),
  });
  await connection.sendNotification('initialized', {});
  const client: LspClient = {
    connection,
    process: proc,
    stderr: () => err,
    logs,
    published,
    registrations,
    diagnostics(uri, pred = () => true, timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, pred, resolve: (p) => { clearTimeout(timer); resolve(p); } });
      });
    },
    async open(uri, text, version = 1) {
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version, text } });
    },
    async change(uri, text, version) {
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch { /* already gone */ }
      connection.dispose();
      await new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        const t = setTimeout(() => { proc.kill('SIGKILL'); resolve(); }, 2000);
        proc.once('exit', () => { clearTimeout(t); resolve(); });
      });
    },
  };
  (client as unknown as { setSettings: (s: Record<string, unknown>) => void }).setSettings = (s) => { settings = s; };
  return client;
}

export function setClientSettings(client: LspClient, s: Record<string, unknown>): void {
  (client as unknown as { setSettings: (s: Record<string, unknown>) => void }).setSettings(s);
}
