import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Commands that talk to the server (task definition generator, IAM policies, task size). */
export function registerCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  void context;
  void getClient;
}
