/**
 * What the desktop and the web extension share: the output channel, the restart and log commands,
 * the commands that ask the server for work, and the client's options. Each entry point
 * (extension.ts for Node, extension-web.ts for the browser) only says how the server is started.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { clientMiddleware, registerCommands } from './commands';
import { registerCompare } from './compare';
import { say } from './language';

export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

let client: BaseLanguageClient | undefined;

/** Client options; `documentSelector` says which documents the server sees. */
export function clientOptions(channel: vscode.OutputChannel, documentSelector: LanguageClientOptions['documentSelector']): LanguageClientOptions {
  return {
    // The server decides per document (by name, setting or content) whether it is a task definition;
    // other JSON files get nothing from it.
    documentSelector,
    // Settings: the server registers for their changes itself (and reads them per document through
    // workspace/configuration); a `configurationSection` here as well would notify every change twice.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{json,jsonc,tf,tpl,tftpl}') },
    // VS Code's JSON language features report JSON syntax errors themselves: the server does not repeat them.
    // The watcher above sends file changes: the server need not register its own (`watchesFiles`).
    initializationOptions: { locale: vscode.env.language, editorReportsJsonSyntax: true, watchesFiles: true },
    outputChannel: channel,
    middleware: clientMiddleware,
  };
}

/**
 * Creates the client, wires the commands and starts it. `beforeStart` registers what must be in
 * place before the server's first requests (the web client's file access).
 */
export async function activateClient(context: vscode.ExtensionContext, create: (channel: vscode.OutputChannel) => BaseLanguageClient, beforeStart?: (client: BaseLanguageClient) => vscode.Disposable): Promise<BaseLanguageClient> {
  const output = vscode.window.createOutputChannel('ECS Task Definition');
  context.subscriptions.push(output);
  const c = create(output);
  client = c;
  context.subscriptions.push(
    vscode.commands.registerCommand('ecsTaskDefinition.restartServer', async () => {
      output.appendLine(say('restarting'));
      const restartable = c as BaseLanguageClient & { restart?: () => Promise<void> };
      if (restartable.restart) await restartable.restart();
      else {
        await c.stop();
        await c.start();
      }
    }),
    vscode.commands.registerCommand('ecsTaskDefinition.showOutput', () => output.show(true)),
  );
  registerCommands(context, () => client);
  registerCompare(context, () => client);
  if (beforeStart) context.subscriptions.push(beforeStart(c));
  await c.start();
  return c;
}

export async function deactivateClient(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
