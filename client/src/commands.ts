/**
 * Commands that talk to the server: the task definition generator, IAM policies and task size. The
 * work happens in the language service (through `workspace/executeCommand`); this file only asks the
 * questions and opens the results. The questions of the wizard and of the IAM command come from the
 * server in the languages of docsLanguage (like its answers); the client's own few messages
 * (texts.ts) follow docsLanguage too (language.ts);
 * texts computed by the server come already in the languages chosen in the settings.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient, Middleware } from 'vscode-languageclient';
import { say } from './language';

/** Server command names (see server/src/extra-handlers.ts). */
const SERVER = {
  policies: 'ecsTaskDefinition.policies',
  taskSize: 'ecsTaskDefinition.taskSize',
  choices: 'ecsTaskDefinition.newTaskDefinition.choices',
  build: 'ecsTaskDefinition.newTaskDefinition.build',
  learn: 'ecsTaskDefinition.learn.page',
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
  regionPattern: string;
  /** The wizard's texts in the languages of docsLanguage (`step` holds `{step}`). */
  texts: Record<'step' | 'launchType' | 'pattern' | 'sizeFargate' | 'sizeEc2' | 'region' | 'otherRegion' | 'regionPrompt' | 'regionInvalid' | 'accountPrompt' | 'accountInvalid', string>;
}
interface PoliciesResult {
  name: string;
  markdown: string;
  question: Record<'title' | 'placeholder' | 'no' | 'noDetail' | 'yes' | 'yesDetail', string>;
  documents: Array<{ id: string; title: string; content: string; statements: number }>;
  notes: string[];
}
interface TaskSizeResult {
  name: string;
  title: string;
  markdown: string;
  summary: string;
}
type BuildResult = { text: string; fileName: string } | { problems: string[] };

type GetClient = () => LanguageClient | undefined;

async function execute<T>(getClient: GetClient, command: string, args: unknown[]): Promise<T | undefined> {
  const client = getClient();
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage(say('notRunning'));
    return undefined;
  }
  return (await client.sendRequest('workspace/executeCommand', { command, arguments: args })) as T | undefined;
}

/** The JSON document in the active editor, or undefined (with a message). */
function activeJsonDocument(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || (doc.languageId !== 'json' && doc.languageId !== 'jsonc')) {
    void vscode.window.showWarningMessage(say('openTaskDefinition'));
    return undefined;
  }
  return doc;
}

function notATaskDefinition(): void {
  void vscode.window.showWarningMessage(say('notATaskDefinition'));
}

async function newTaskDefinition(getClient: GetClient): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const choices = await execute<Choices>(getClient, SERVER.choices, [folder?.uri.toString()]);
  if (!choices) return;
  // The questions come from the server in the languages of docsLanguage, like its answers.
  const t = choices.texts;
  const title = (step: number): string => t.step.replace('{step}', String(step));
  const pick = <T extends vscode.QuickPickItem>(items: T[], step: number, placeHolder: string): Thenable<T | undefined> =>
    vscode.window.showQuickPick(items, { title: title(step), placeHolder, ignoreFocusOut: true, matchOnDetail: true });
  const toItem = (c: RenderedChoice): vscode.QuickPickItem & { id: string } => ({ id: c.id, label: c.label, detail: c.detail });

  const launch = await pick(choices.launchTypes.map(toItem), 1, t.launchType);
  if (!launch) return;
  const pattern = await pick(choices.patterns.map(toItem), 2, t.pattern);
  if (!pattern) return;
  const size = await pick(
    choices.sizes.map((s) => ({ label: s.label, description: s.detail, cpu: s.cpu, memory: s.memory })),
    3,
    launch.id === 'FARGATE' ? t.sizeFargate : t.sizeEc2,
  );
  if (!size) return;
  const other = { id: '', label: t.otherRegion };
  const regionPick = await pick([...choices.regions.map(toItem), other], 4, t.region);
  if (!regionPick) return;
  let region = regionPick.id;
  if (!region) {
    const valid = new RegExp(choices.regionPattern);
    const typed = await vscode.window.showInputBox({
      title: title(4),
      prompt: t.regionPrompt,
      ignoreFocusOut: true,
      validateInput: (v) => (valid.test(v.trim()) ? undefined : t.regionInvalid),
    });
    if (!typed) return;
    region = typed.trim();
  }
  const account = await vscode.window.showInputBox({
    title: title(5),
    prompt: t.accountPrompt,
    placeHolder: '123456789012',
    ignoreFocusOut: true,
    validateInput: (v) => (/^\d{12}$/.test(v.trim()) ? undefined : t.accountInvalid),
  });
  if (!account) return;

  const answers = { launchType: launch.id, pattern: pattern.id, cpu: size.cpu, memory: size.memory, region, accountId: account.trim() };
  const built = await execute<BuildResult>(getClient, SERVER.build, [answers, folder?.uri.toString()]);
  if (!built) return;
  if ('problems' in built) {
    void vscode.window.showErrorMessage(say('buildFailed', { problems: built.problems.join(', ') }));
    return;
  }
  let target: vscode.Uri | undefined = folder ? vscode.Uri.joinPath(folder.uri, built.fileName) : undefined;
  if (target && (await exists(target))) {
    const overwrite = say('overwrite');
    const elsewhere = say('saveAs');
    const answer = await vscode.window.showWarningMessage(say('exists', { file: built.fileName }), { modal: true }, overwrite, elsewhere);
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

// ---- reports: read-only virtual documents, one per source file, recomputed on every edit ----

/** The scheme of the reports (task size, IAM policies): never dirty, never asks to be saved. */
export const REPORT_SCHEME = 'ecs-taskdef-report';

interface ReportQuery {
  kind: 'taskSize' | 'policies' | 'learn';
  /** The task definition the report is about (for the Learn page: the document or folder whose settings choose the language). */
  source: string;
  ecsExec?: boolean;
}

function reportUri(name: string, q: ReportQuery): vscode.Uri {
  return vscode.Uri.from({ scheme: REPORT_SCHEME, path: '/' + name, query: JSON.stringify(q) });
}

function reportQuery(uri: vscode.Uri): ReportQuery | undefined {
  try {
    const q = JSON.parse(uri.query) as ReportQuery;
    return typeof q.source === 'string' && (q.kind === 'taskSize' || q.kind === 'policies' || q.kind === 'learn') ? q : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the server for the report's Markdown (undefined when the file is not a task definition). */
async function reportMarkdown(getClient: GetClient, q: ReportQuery): Promise<{ name: string; markdown: string } | undefined | null> {
  if (q.kind === 'taskSize') return execute<TaskSizeResult | null>(getClient, SERVER.taskSize, [q.source]);
  if (q.kind === 'learn') return execute<{ name: string; markdown: string } | null>(getClient, SERVER.learn, [q.source || undefined]);
  return execute<PoliciesResult | null>(getClient, SERVER.policies, [q.source, { ecsExec: q.ecsExec === true }]);
}

class ReportProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The reports handed out, by URI, with the source they follow. */
  private readonly issued = new Map<string, { uri: vscode.Uri; source: string }>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly getClient: GetClient) {
    // Every report of an edited file follows the edit (VS Code ignores the reports that are not open).
    this.subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.scheme === REPORT_SCHEME) return;
      const source = e.document.uri.toString();
      for (const [key, r] of this.issued) {
        if (r.source !== source) continue;
        clearTimeout(this.timers.get(key));
        this.timers.set(key, setTimeout(() => {
          this.timers.delete(key);
          this.changed.fire(r.uri);
        }, 250));
      }
    });
  }

  /** The report for a source; an open one reads its source again (a command run a second time). */
  issue(uri: vscode.Uri, source: string): void {
    const known = this.issued.has(uri.toString());
    this.issued.set(uri.toString(), { uri, source });
    if (known) this.changed.fire(uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const q = reportQuery(uri);
    if (!q) return '';
    if (!this.issued.has(uri.toString())) this.issued.set(uri.toString(), { uri, source: q.source });
    const result = await reportMarkdown(this.getClient, q);
    if (result) return result.markdown;
    return say('reportGone', undefined, q.source ? vscode.Uri.parse(q.source) : undefined);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.subscription.dispose();
    this.changed.dispose();
  }
}

let reports: ReportProvider | undefined;

/** The report `name` for the query, refreshed when it is already open. */
function openReport(name: string, q: ReportQuery): vscode.Uri {
  const uri = reportUri(name, q);
  reports?.issue(uri, q.source);
  return uri;
}

async function generatePolicies(getClient: GetClient): Promise<void> {
  const doc = activeJsonDocument();
  if (!doc) return;
  // Check the file before asking anything.
  const probe = await execute<PoliciesResult | null>(getClient, SERVER.policies, [doc.uri.toString(), { ecsExec: false }]);
  if (probe === undefined) return;
  if (!probe) return notATaskDefinition();
  // The question comes from the server in the languages of docsLanguage, like the report.
  const q = probe.question;
  const no = { label: q.no, detail: q.noDetail, exec: false };
  const yes = { label: q.yes, detail: q.yesDetail, exec: true };
  const choice = await vscode.window.showQuickPick([no, yes], { title: q.title, placeHolder: q.placeholder, ignoreFocusOut: true });
  if (!choice) return;
  const name = choice.exec ? probe.name.replace(/\.md$/, '.ecs-exec.md') : probe.name;
  const uri = openReport(name, { kind: 'policies', source: doc.uri.toString(), ecsExec: choice.exec });
  // One titled, read-only document beside the task definition: a section per role.
  const report = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(report, { preview: false, viewColumn: vscode.ViewColumn.Beside });
}

async function showTaskSize(getClient: GetClient): Promise<void> {
  const doc = activeJsonDocument();
  if (!doc) return;
  const result = await execute<TaskSizeResult | null>(getClient, SERVER.taskSize, [doc.uri.toString()]);
  if (result === undefined) return;
  if (!result) return notATaskDefinition();
  const uri = openReport(result.name, { kind: 'taskSize', source: doc.uri.toString() });
  // Beside the file, so that the report stays in view while the file is edited.
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    const report = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(report, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }
}

/**
 * The Learn the concepts page: written by the server in the languages of the settings, shown as a
 * read-only report (never dirty) in a Markdown preview. Running the command again re-reads it, so a
 * changed docsLanguage shows.
 */
async function learnConcepts(getClient: GetClient): Promise<void> {
  const source = vscode.window.activeTextEditor?.document.uri.toString() ?? vscode.workspace.workspaceFolders?.[0]?.uri.toString() ?? '';
  const page = await execute<{ name: string; markdown: string } | null>(getClient, SERVER.learn, [source || undefined]);
  if (!page) return;
  const uri = openReport(page.name, { kind: 'learn', source });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: true });
  }
}

/** Commands that talk to the server (task definition generator, IAM policies, task size, Learn page). */
export function registerCommands(context: vscode.ExtensionContext, getClient: GetClient): void {
  const run = (fn: (g: GetClient) => Promise<void>) => async (): Promise<void> => {
    try {
      await fn(getClient);
    } catch (e) {
      void vscode.window.showErrorMessage(say('commandFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  reports = new ReportProvider(getClient);
  context.subscriptions.push(
    reports,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reports),
    vscode.commands.registerCommand('ecsTaskDefinition.newTaskDefinition', run(newTaskDefinition)),
    vscode.commands.registerCommand('ecsTaskDefinition.generatePolicies', run(generatePolicies)),
    vscode.commands.registerCommand('ecsTaskDefinition.showTaskSize', run(showTaskSize)),
    vscode.commands.registerCommand('ecsTaskDefinition.learn', run(learnConcepts)),
  );
}

/** The start of an item's replaced range, when it has one. */
function rangeStart(i: vscode.CompletionItem): vscode.Position | undefined {
  const r = i.range;
  if (!r) return undefined;
  return r instanceof vscode.Range ? r.start : r.inserting.start;
}

/**
 * VS Code filters the list by the text between the start of an item's range and the cursor. On a
 * selected snippet placeholder (`"memory": "${3:1024}"`, Tab then Ctrl+Space) that text is the
 * placeholder itself, which would hide every other value: the items then match it too, so that all
 * values are offered, as for an empty string.
 */
function offerAllOnSelection(document: vscode.TextDocument, position: vscode.Position, items: vscode.CompletionItem[]): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document !== document) return;
  const sel = editor.selection;
  if (sel.isEmpty || !sel.isSingleLine || !sel.active.isEqual(position)) return;
  const selected = document.getText(sel);
  for (const i of items) {
    const start = rangeStart(i);
    if (!start || !start.isEqual(sel.start)) continue;
    const label = typeof i.label === 'string' ? i.label : i.label.label;
    i.filterText = selected + (i.filterText ?? label);
  }
}

/**
 * Completion as the server computes it (snippets included: the server offers each one only where it
 * fits, which a contributed snippet file cannot do), with VS Code's filtering adjusted on a selected
 * placeholder.
 */
export const clientMiddleware: Middleware = {
  provideCompletionItem: async (document, position, context, token, next) => {
    const result = await next(document, position, context, token);
    if (!result) return result;
    offerAllOnSelection(document, position, Array.isArray(result) ? result : result.items);
    return result;
  },
};
