/**
 * Commands that talk to the server: the task definition generator, IAM policies and task size. The
 * work happens in the language service (through `workspace/executeCommand`); this file only asks the
 * questions and opens the results. UI strings go through `vscode.l10n.t` (l10n/bundle.l10n.vi.json);
 * texts computed by the server come already in the languages chosen in the settings.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient, type Middleware } from 'vscode-languageclient/node';

/** Server command names (see server/src/extra-handlers.ts). */
const SERVER = {
  policies: 'ecsTaskDefinition.policies',
  taskSize: 'ecsTaskDefinition.taskSize',
  choices: 'ecsTaskDefinition.newTaskDefinition.choices',
  build: 'ecsTaskDefinition.newTaskDefinition.build',
} as const;

interface RenderedChoice {
  id: string;
  label: string;
  detail?: string;
}
interface SizeChoice {
  cpu: number;
  memory: number;
  label: string;
  detail: string;
}
interface Choices {
  launchTypes: RenderedChoice[];
  patterns: RenderedChoice[];
  sizes: SizeChoice[];
  regions: RenderedChoice[];
}
interface PoliciesResult {
  documents: Array<{ id: string; title: string; content: string; statements: number }>;
  notes: string[];
}
interface TaskSizeResult {
  title: string;
  markdown: string;
  summary: string;
}
type BuildResult = { text: string; fileName: string } | { problems: string[] };

type GetClient = () => LanguageClient | undefined;

async function execute<T>(getClient: GetClient, command: string, args: unknown[]): Promise<T | undefined> {
  const client = getClient();
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The ECS task definition language server is not running.'));
    return undefined;
  }
  return (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args })) as T | undefined;
}

/** The JSON document in the active editor, or undefined (with a message). */
function activeJsonDocument(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || (doc.languageId !== 'json' && doc.languageId !== 'jsonc')) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an ECS task definition (a JSON file) first.'));
    return undefined;
  }
  return doc;
}

function notATaskDefinition(): void {
  void vscode.window.showWarningMessage(vscode.l10n.t('This file is not an ECS task definition.'));
}

async function pick<T extends vscode.QuickPickItem>(items: T[], step: number, placeHolder: string): Promise<T | undefined> {
  return vscode.window.showQuickPick(items, { title: vscode.l10n.t('New ECS task definition ({0}/5)', step), placeHolder, ignoreFocusOut: true, matchOnDetail: true });
}

async function newTaskDefinition(getClient: GetClient): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const choices = await execute<Choices>(getClient, SERVER.choices, [folder?.uri.toString()]);
  if (!choices) return;
  const toItem = (c: RenderedChoice): vscode.QuickPickItem & { id: string } => ({ id: c.id, label: c.label, detail: c.detail });

  const launch = await pick(choices.launchTypes.map(toItem), 1, vscode.l10n.t('Where will the task run?'));
  if (!launch) return;
  const pattern = await pick(choices.patterns.map(toItem), 2, vscode.l10n.t('What kind of task is it?'));
  if (!pattern) return;
  const size = await pick(
    choices.sizes.map((s) => ({ label: s.label, description: s.detail, cpu: s.cpu, memory: s.memory })),
    3,
    vscode.l10n.t('Task size (only combinations Fargate accepts)'),
  );
  if (!size) return;
  const other = { id: '', label: vscode.l10n.t('Other region…') };
  const regionPick = await pick([...choices.regions.map(toItem), other], 4, vscode.l10n.t('AWS region of the task'));
  if (!regionPick) return;
  let region = regionPick.id;
  if (!region) {
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('New ECS task definition ({0}/5)', 4),
      prompt: vscode.l10n.t('Region code, for example ap-southeast-1'),
      ignoreFocusOut: true,
      validateInput: (v) => (/^[a-z]{2}(-gov)?-[a-z]+-\d{1,2}$/.test(v.trim()) ? undefined : vscode.l10n.t('A region code looks like ap-southeast-1.')),
    });
    if (!typed) return;
    region = typed.trim();
  }
  const account = await vscode.window.showInputBox({
    title: vscode.l10n.t('New ECS task definition ({0}/5)', 5),
    prompt: vscode.l10n.t('AWS account id (12 digits), used in the role ARNs and the ECR image'),
    placeHolder: '123456789012',
    ignoreFocusOut: true,
    validateInput: (v) => (/^\d{12}$/.test(v.trim()) ? undefined : vscode.l10n.t('An account id has exactly 12 digits.')),
  });
  if (!account) return;

  const answers = { launchType: launch.id, pattern: pattern.id, cpu: size.cpu, memory: size.memory, region, accountId: account.trim() };
  const built = await execute<BuildResult>(getClient, SERVER.build, [answers, folder?.uri.toString()]);
  if (!built) return;
  if ('problems' in built) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not build the task definition: {0}', built.problems.join(', ')));
    return;
  }
  let target: vscode.Uri | undefined = folder ? vscode.Uri.joinPath(folder.uri, built.fileName) : undefined;
  if (target && (await exists(target))) {
    const overwrite = vscode.l10n.t('Overwrite');
    const elsewhere = vscode.l10n.t('Save as…');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists.', built.fileName), { modal: true }, overwrite, elsewhere);
    if (!answer) return;
    if (answer === elsewhere) target = undefined;
  }
  if (!target) {
    target = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder.uri, built.fileName) : undefined, filters: { JSON: ['json'] } });
    if (!target) return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(built.text));
  await vscode.window.showTextDocument(target);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function generatePolicies(getClient: GetClient): Promise<void> {
  const doc = activeJsonDocument();
  if (!doc) return;
  const no = { label: vscode.l10n.t('No'), detail: vscode.l10n.t('Only what the task definition itself needs'), exec: false };
  const yes = { label: vscode.l10n.t('Yes, I use ECS Exec'), detail: vscode.l10n.t('Add the ssmmessages permissions to the task role for `aws ecs execute-command`'), exec: true };
  const choice = await vscode.window.showQuickPick([no, yes], { title: vscode.l10n.t('Generate IAM policies'), placeHolder: vscode.l10n.t('Do you want to open a shell in the containers with ECS Exec?'), ignoreFocusOut: true });
  if (!choice) return;
  const result = await execute<PoliciesResult | null>(getClient, SERVER.policies, [doc.uri.toString(), { ecsExec: choice.exec }]);
  if (result === undefined) return;
  if (!result) return notATaskDefinition();
  for (const d of result.documents) {
    if (!d.statements) continue;
    const opened = await vscode.workspace.openTextDocument({ language: 'json', content: d.content });
    await vscode.window.showTextDocument(opened, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  }
  const opened = result.documents.filter((d) => d.statements).map((d) => d.title).join(', ');
  const message = [vscode.l10n.t('Opened: {0}', opened), ...result.notes].join('\n\n');
  void vscode.window.showInformationMessage(message, { modal: result.notes.length > 0 });
}

async function showTaskSize(getClient: GetClient): Promise<void> {
  const doc = activeJsonDocument();
  if (!doc) return;
  const result = await execute<TaskSizeResult | null>(getClient, SERVER.taskSize, [doc.uri.toString()]);
  if (result === undefined) return;
  if (!result) return notATaskDefinition();
  const report = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', report.uri);
  } catch {
    await vscode.window.showTextDocument(report, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    void vscode.window.showInformationMessage(result.summary);
  }
}

/** Commands that talk to the server (task definition generator, IAM policies, task size). */
export function registerCommands(context: vscode.ExtensionContext, getClient: GetClient): void {
  const run = (fn: (g: GetClient) => Promise<void>) => async (): Promise<void> => {
    try {
      await fn(getClient);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The command failed: {0}', e instanceof Error ? e.message : String(e)));
    }
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('ecsTaskDefinition.newTaskDefinition', run(newTaskDefinition)),
    vscode.commands.registerCommand('ecsTaskDefinition.generatePolicies', run(generatePolicies)),
    vscode.commands.registerCommand('ecsTaskDefinition.showTaskSize', run(showTaskSize)),
  );
}

/**
 * VS Code already has the snippets from the contributed snippet file; the server's snippet items (the
 * same catalogue, for other editors) would show twice, so they are dropped here.
 */
export const clientMiddleware: Middleware = {
  provideCompletionItem: async (document, position, context, token, next) => {
    const result = await next(document, position, context, token);
    if (!result) return result;
    const keep = (i: vscode.CompletionItem): boolean => {
      const data = (i as { data?: unknown }).data;
      return !(data && typeof data === 'object' && 'ecsSnippet' in data);
    };
    return Array.isArray(result) ? result.filter(keep) : new vscode.CompletionList(result.items.filter(keep), result.isIncomplete);
  },
};
