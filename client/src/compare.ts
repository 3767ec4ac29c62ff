/**
 * "ECS: Compare with task definition…": picks another task definition of the workspace (or a saved
 * describe-task-definition output), asks the server for the semantic diff, and shows it: VS Code's
 * diff editor on the two normalized documents, and the list of changes with their notes beside it.
 * Files are read through `vscode.workspace.fs`, so the command needs no Node file system.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { say } from './language';

const SCHEME = 'ecs-taskdef-normalized';
const SERVER_COMMAND = 'ecsTaskDefinition.compare';

type CompareResult =
  | { ok: true; left: { title: string; text: string }; right: { title: string; text: string }; changes: number; markdown: string; title: string }
  | { ok: false; message: string };

/** The read-only documents of the comparisons made in this window (normalized JSON, the report). */
class NormalizedDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }
  set(uri: vscode.Uri, content: string): void {
    this.contents.set(uri.toString(), content);
    this.changed.fire(uri);
  }
}

function relative(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** JSON files of the workspace that look like task definitions (or describe outputs), except `exclude`. */
async function candidates(exclude: vscode.Uri): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles('**/*.{json,jsonc}', '**/node_modules/**', 400);
  const out: vscode.Uri[] = [];
  for (const uri of found) {
    if (uri.toString() === exclude.toString()) continue;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.byteLength > 2_000_000) continue;
      const text = new TextDecoder().decode(bytes);
      if (text.includes('"containerDefinitions"')) out.push(uri);
    } catch {
      // unreadable: not offered
    }
  }
  return out.sort((a, b) => relative(a).localeCompare(relative(b)));
}

async function pickOther(current: vscode.Uri): Promise<vscode.Uri | undefined> {
  const browse = { label: say('browse'), description: say('pickAnyFile'), uri: undefined as vscode.Uri | undefined };
  const items = (await candidates(current)).map((uri) => ({ label: relative(uri), uri }));
  const chosen = await vscode.window.showQuickPick([...items, browse], {
    title: say('compareWith', { file: relative(current) }),
    placeHolder: say('compareHint'),
    matchOnDescription: true,
  });
  if (!chosen) return undefined;
  if (chosen.uri) return chosen.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { JSON: ['json', 'jsonc'] } });
  return picked?.[0];
}

let counter = 0;

export function registerCompare(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const documents = new NormalizedDocuments();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(SCHEME, documents));
  context.subscriptions.push(
    vscode.commands.registerCommand('ecsTaskDefinition.compareWith', async (target?: vscode.Uri) => {
      try {
        const editor = vscode.window.activeTextEditor;
        const doc = editor?.document;
        if (!doc || (doc.languageId !== 'json' && doc.languageId !== 'jsonc')) {
          void vscode.window.showWarningMessage(say('openTaskDefinition'));
          return;
        }
        const other = target instanceof vscode.Uri ? target : await pickOther(doc.uri);
        if (!other) return;
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === other.toString());
        const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(other));
        const client = getClient();
        if (!client || !client.isRunning()) {
          void vscode.window.showErrorMessage(say('notRunning'));
          return;
        }
        const result = (await client.sendRequest('workspace/executeCommand', {
          command: SERVER_COMMAND,
          arguments: [{ uri: doc.uri.toString(), name: relative(doc.uri), text: doc.getText() }, { uri: other.toString(), name: relative(other), text }],
        })) as CompareResult | null;
        if (!result) return;
        if (!result.ok) {
          void vscode.window.showErrorMessage(result.message);
          return;
        }
        const id = String(++counter);
        const left = vscode.Uri.from({ scheme: SCHEME, path: `/${result.left.title}.json`, query: `${id}-left` });
        const right = vscode.Uri.from({ scheme: SCHEME, path: `/${result.right.title}.json`, query: `${id}-right` });
        const report = vscode.Uri.from({ scheme: SCHEME, path: `/${result.title}.md`, query: `${id}-report` });
        documents.set(left, result.left.text);
        documents.set(right, result.right.text);
        documents.set(report, result.markdown);
        await vscode.commands.executeCommand('vscode.diff', left, right, `${relative(doc.uri)} ↔ ${relative(other)}`, { preview: false });
        const reportDoc = await vscode.workspace.openTextDocument(report);
        await vscode.languages.setTextDocumentLanguage(reportDoc, 'markdown');
        await vscode.window.showTextDocument(reportDoc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      } catch (e) {
        void vscode.window.showErrorMessage(say('commandFailed', { message: e instanceof Error ? e.message : String(e) }));
      }
    }),
  );
}
