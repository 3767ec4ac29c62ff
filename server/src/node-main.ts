/**
 * `ecs-taskdef-ls`: the language server as a program. Speaks LSP over `--stdio` (any editor),
 * `--node-ipc` (the VS Code client) or `--socket=PORT`. Started by main.ts (dist/server.js, one file:
 * the .vsix) or main-start.ts (dist/server-start.js: bin/ecs-taskdef-ls.js).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
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

  // Over stdio, one write per message (server/src/stdio.ts); the other transports as vscode-languageserver opens them.
  const connection = stdio ? createConnection(ProposedFeatures.all, process.stdin, new OneWritePerMessage(process.stdout)) : createConnection(ProposedFeatures.all);
  if (stdio) consoleToConnection(connection);

  startServer(connection, {
    load,
    // The young generation's growth factor (young-generation.ts), set once `initialize` is answered and
    // before the language service loads: the `v8` module is not loaded before the answer, and the V8
    // flags are still those of the start-up code cache (bin/ecs-taskdef-ls.js) while it is compiled.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    onInitialized: () => require('./young-generation'),
    files: { scan: scanWorkspace, read: readUri },
    terraform: {
      moduleFiles: (uri) => Promise.resolve(uri.startsWith('file:') ? readModuleTfFiles(fileURLToPath(uri)).map((f) => ({ uri: pathToFileURL(f.path).href, text: f.text })) : []),
      parser: () => loadHclParser((e) => process.stderr.write(`ecs-taskdef-ls: HCL parser: ${e instanceof Error ? e.message : String(e)}\n`)),
    },
  });
}
