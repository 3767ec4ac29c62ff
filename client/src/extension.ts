/**
 * The VS Code client on the desktop: starts the language server (dist/server.js) over IPC. What it
 * shares with the web extension (settings, commands, output channel) is in activation.ts.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, clientOptions, deactivateClient } from './activation';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await activateClient(context, (channel) => {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const selector = [
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'jsonc' },
      { scheme: 'untitled', language: 'json' },
      { scheme: 'untitled', language: 'jsonc' },
    ];
    return new LanguageClient('ecsTaskDefinition', 'ECS Task Definition', serverOptions, clientOptions(channel, selector));
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
