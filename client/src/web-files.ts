/**
 * For the web extension: the server runs in a web worker without a file system, so it asks the
 * client for the workspace's task and service definitions, read through `vscode.workspace.fs`
 * (which works on vscode.dev, github.dev and the desktop alike).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

/** Same bounds as the desktop server's own scan (server/src/workspace-scan.ts). */
const MAX_FILES = 5000;
const MAX_SIZE = 2 * 1024 * 1024;
const EXCLUDE = '**/{node_modules,.git,dist,out,.cache,.venv,vendor,cdk.out,.terraform,coverage}/**';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_SIZE) return undefined;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
  const scan = client.onRequest('ecsTaskDefinition/workspaceFiles', async () => {
    const found = await vscode.workspace.findFiles('**/*.{json,jsonc}', EXCLUDE, MAX_FILES);
    const files: Array<{ uri: string; text: string }> = [];
    for (const uri of found) {
      const text = await readText(uri);
      // Only definitions matter: the same cheap test as the server's.
      if (text !== undefined && (text.includes('"containerDefinitions"') || text.includes('"taskDefinition"'))) files.push({ uri: uri.toString(), text });
    }
    return { files, looked: found.length };
  });
  const read = client.onRequest('ecsTaskDefinition/readFile', async (params: { uri?: unknown }) => {
    if (typeof params?.uri !== 'string') return null;
    return (await readText(vscode.Uri.parse(params.uri))) ?? null;
  });
  return vscode.Disposable.from(scan, read);
}
