/**
 * The VS Code client on the desktop: starts the language server (dist/server.js) over IPC. What it
 * shares with the web extension (settings, commands, output channel) is in activation.ts.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, clientOptions, deactivateClient } from './activation';

/**
 * The Node client, with one change: the server process ending with code 0 (a stop or a restart) is
 * logged as information. vscode-languageclient logs every exit as an error, so *Restart server*
 * wrote "[Error - …] Server process exited with code 0." although nothing went wrong.
 */
export class EcsLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    if (message === 'Server process exited with code 0.') return this.info(message, data, false);
    super.error(message, data, showNotification);
  }
}

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
    return new EcsLanguageClient('ecsTaskDefinition', 'ECS Task Definition', serverOptions, clientOptions(channel, selector));
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
