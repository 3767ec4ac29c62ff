/** The real language server (`node bin/ecs-taskdef-ls.js --stdio`) driven over stdio, as an editor would. */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_BIN = path.join(ROOT, 'bin', 'ecs-taskdef-ls.js');
/** VS Code's JSON language server (vscode-langservers-extracted, a devDependency used only by the bench). */
export const JSON_SERVER_BIN = path.join(ROOT, 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-json-language-server');
/** A server that answers every request with `null` at once: the floor of the pipe (null-server.ts). */
export const NULL_SERVER_BIN = path.join(__dirname, 'null-server.js');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string | number; data?: unknown; message: string; severity?: number; source?: string }>;
}

export class Server {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** performance.now() when the process was spawned. */
  readonly spawnedAt: number;
  private readonly waiters: Array<{ uri: string; resolve: (p: PublishedDiagnostics) => void }> = [];
  readonly published = new Map<string, PublishedDiagnostics>();

  /** `bin`: the server's entry script (default: ours); it is started with `node <bin> --stdio`. */
  constructor(bin: string = SERVER_BIN) {
    this.spawnedAt = performance.now();
    this.process = spawn(process.execPath, [bin, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.resume();
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.set(p.uri, p);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        if (this.waiters[i].uri === p.uri) this.waiters.splice(i, 1)[0].resolve(p);
      }
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    this.connection.listen();
  }

  async initialize(initializationOptions: unknown = { settings: {} }): Promise<void> {
    await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, locale: 'en', capabilities: {}, initializationOptions });
    await this.connection.sendNotification('initialized', {});
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The next diagnostics published for `uri`. */
  diagnostics(uri: string, timeoutMs = 60_000): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, resolve: (p) => { clearTimeout(t); resolve(p); } });
    });
  }

  async open(uri: string, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
  }

  /** Resident set size of the server process, from /proc (Linux); undefined elsewhere. */
  rss(): number | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
      return m ? Number(m[1]) * 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch { /* already gone */ }
    this.connection.dispose();
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) return resolve();
      const t = setTimeout(() => { this.process.kill('SIGKILL'); resolve(); }, 2000);
      this.process.once('exit', () => { clearTimeout(t); resolve(); });
    });
  }
}
