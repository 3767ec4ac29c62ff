/**
 * The VS Code client in the browser (vscode.dev, github.dev): the same language server, built for
 * a web worker (dist/web/server.js), with the workspace's files read by the client
 * (web-files.ts). Everything else is shared with the desktop client (activation.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, clientOptions, deactivateClient } from './activation';
import { serveWorkspaceFiles } from './web-files';

/** The browser's Worker constructor (typed here to keep DOM types out of the Node build). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await activateClient(context, (channel) => {
    const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
    const worker = new Worker(main.toString(true), { name: 'ECS task definition language server' });
    // Documents of any scheme: vscode-vfs (github.dev), memfs, vscode-test-web, untitled...
    const selector = [{ language: 'json' }, { language: 'jsonc' }];
    return new LanguageClient('ecsTaskDefinition', 'ECS Task Definition', clientOptions(channel, selector), worker);
  }, serveWorkspaceFiles);
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
