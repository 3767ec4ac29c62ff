/**
 * `ecs-taskdef-ls`: the language server as a program. Speaks LSP over `--stdio` (any editor),
 * `--node-ipc` (the VS Code client) or `--socket=PORT`. Started by main.ts (dist/server.js, one file:
 * the .vsix) or main-start.ts (dist/server-start.js: bin/ecs-taskdef-ls.js).
 */
// Not a named import: for a CommonJS library, esbuild's bundle would copy all 308 of its exports at start-up.
import lspNode = require('vscode-languageserver/node');
import { fileURLToPath, pathToFileURL } from 'url';
import { loadHclParser, readModuleTfFiles } from '../../common/hcl-loader';
import { startServer, type LazyServerModule } from './server';
import { consoleToConnection, OneWritePerMessage } from './stdio';
import { readUri, scanWorkspace } from './workspace-scan';

export function startNodeServer(load: () => LazyServerModule): void {
  const args = process.argv.slice(2);
  if (args.includes('--version')) {
    process.stdout.write('ecs-taskdef-ls 0.1.0\n');
    process.exit(0);
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('Usage: ecs-taskdef-ls [--stdio | --node-ipc | --socket=PORT]\nLanguage server for Amazon ECS task definitions. Defaults to --stdio.\n');
    process.exit(0);
  }
  if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) process.argv.push('--stdio');
  // The first transport argument wins, as in vscode-languageserver.
  const stdio = process.argv.slice(2).find((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe')) === '--stdio';

  // A language server must outlive any bug in one request: log and keep serving.
  process.on('uncaughtException', (e) => {
    process.stderr.write(`ecs-taskdef-ls: uncaught exception: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  });
  process.on('unhandledRejection', (e) => {
    process.stderr.write(`ecs-taskdef-ls: unhandled rejection: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  });

  // The young generation is collected between requests, once an answer is out (young-generation.ts).
  let youngGeneration: typeof import('./young-generation') | undefined;
  const afterMessage = (): void => {
    youngGeneration?.afterMessage();
  };
  // Over stdio, one write per message (server/src/stdio.ts); the other transports as vscode-languageserver opens them.
  const connection = stdio ? lspNode.createConnection(lspNode.ProposedFeatures.all, process.stdin, new OneWritePerMessage(process.stdout, afterMessage)) : lspNode.createConnection(lspNode.ProposedFeatures.all);
  if (stdio) consoleToConnection(connection);
  // Over `--node-ipc` (VS Code), vscode-languageserver writes each message with process.send.
  else if (process.send && process.argv.includes('--node-ipc')) afterEachSend(afterMessage);

  startServer(connection, {
    load,
    // The young generation's settings (young-generation.ts), made once `initialize` is answered and
    // before the language service loads: the `v8` and `vm` modules are not loaded before the answer,
    // and the V8 flags are still those of the start-up code cache (bin/ecs-taskdef-ls.js) while it is compiled.
    onInitialized: () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      youngGeneration = require('./young-generation') as typeof import('./young-generation');
    },
    files: { scan: scanWorkspace, read: readUri },
    terraform: {
      moduleFiles: (uri) => Promise.resolve(uri.startsWith('file:') ? readModuleTfFiles(fileURLToPath(uri)).map((f) => ({ uri: pathToFileURL(f.path).href, text: f.text })) : []),
      parser: () => loadHclParser((e) => process.stderr.write(`ecs-taskdef-ls: HCL parser: ${e instanceof Error ? e.message : String(e)}\n`)),
    },
  });
}

/** Calls `after` once each message sent with process.send has been handed to the IPC channel. */
function afterEachSend(after: () => void): void {
  const send = process.send!.bind(process) as (...args: unknown[]) => boolean;
  process.send = ((...args: unknown[]): boolean => {
    const queued = send(...args);
    after();
    return queued;
  }) as typeof process.send;
}
