/**
 * The VS Code client: activates, starts the language server over IPC, passes the display language
 * and wires commands. Everything else lives in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../../common/settings';
import { clientMiddleware, registerCommands } from './commands';
import { registerCompare } from './compare';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('ECS Task Definition');
  context.subscriptions.push(output);
  client = createClient(context, output);
  context.subscriptions.push(
    vscode.commands.registerCommand('ecsTaskDefinition.restartServer', async () => {
      output?.appendLine(vscode.l10n.t('Restarting the ECS task definition language server…'));
      if (client) await client.restart();
    }),
    vscode.commands.registerCommand('ecsTaskDefinition.showOutput', () => output?.show(true)),
  );
  registerCommands(context, () => client);
  registerCompare(context, () => client);
  await client.start();
}

function createClient(context: vscode.ExtensionContext, channel: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides per document (by name, setting or content) whether it is a task definition;
    // other JSON files get nothing from it.
    documentSelector: [
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'jsonc' },
      { scheme: 'untitled', language: 'json' },
      { scheme: 'untitled', language: 'jsonc' },
    ],
    synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{json,jsonc}') },
    initializationOptions: { locale: vscode.env.language },
    outputChannel: channel,
    middleware: clientMiddleware,
  };
  return new LanguageClient('ecsTaskDefinition', 'ECS Task Definition', serverOptions, clientOptions);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
