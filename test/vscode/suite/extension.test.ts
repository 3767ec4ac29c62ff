/**
 * The browser suite's scenarios (test/e2e/run.ts) in desktop VS Code, through the editor's own
 * commands (the providers VS Code calls when a person hovers, completes or opens the lightbulb).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { describeOutput, fargateTask, READ_ONLY_IN_DESCRIBE } from '../../e2e/fixtures';

const WORKSPACE = process.env.ECS_VSCODE_WORKSPACE ?? '';
const SOURCE = 'ecs-taskdef';
const TASK_KEYS = ['containerDefinitions', 'family', 'networkMode', 'requiresCompatibilities', 'executionRoleArn', 'taskRoleArn'];
const VI_LETTERS = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/giu;

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(WORKSPACE, rel)));
  return vscode.window.showTextDocument(doc);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}
function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}
function positionAfter(doc: vscode.TextDocument, needle: string): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `no ${needle}`);
  return doc.positionAt(i + needle.length);
}
async function labels(doc: vscode.TextDocument, at: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
  return list?.items ?? [];
}
function labelOf(i: vscode.CompletionItem): string {
  return typeof i.label === 'string' ? i.label : i.label.label;
}
async function hoverText(doc: vscode.TextDocument, at: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}
async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  return actions.filter((a): a is vscode.CodeAction => 'edit' in a || 'kind' in a);
}
function parseStrict(text: string): unknown {
  const errors: ParseError[] = [];
  const v: unknown = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  assert.strictEqual(errors.length, 0, `not valid JSON:\n${text}`);
  return v;
}
async function setDocsLanguage(value: string): Promise<void> {
  await vscode.workspace.getConfiguration('ecsTaskDefinition').update('docsLanguage', value, vscode.ConfigurationTarget.Global);
}

describe('ECS task definitions in desktop VS Code', () => {
  before(() => {
    assert.ok(WORKSPACE && fs.existsSync(WORKSPACE), 'ECS_VSCODE_WORKSPACE must name the fixture workspace (run through npm run test:vscode)');
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Fargate with networkMode bridge: an error on "bridge", the quick fix writes awsvpc, the error goes', async () => {
    const { document: doc } = await open('fargate-bridge/task-definition.json');
    const d = await until('ECS101', () => ours(doc.uri).find((x) => codeOf(x) === 'ECS101'));
    assert.strictEqual(doc.getText(d.range), '"bridge"');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    const fix = (await quickFixes(doc, d.range)).find((a) => /awsvpc/.test(a.title));
    assert.ok(fix?.edit, 'no awsvpc quick fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(doc.getText(), fargateTask('awsvpc'));
    await until('ECS101 to go', () => !ours(doc.uri).some((x) => codeOf(x) === 'ECS101'));
  });

  it('Fargate cpu "256": memory completion offers exactly 512, 1024, 2048', async () => {
    const { document: doc } = await open('sizes/task-definition.json');
    const items = await until('memory sizes', async () => {
      const l = (await labels(doc, positionAfter(doc, '"memory": "'))).map(labelOf);
      return l.includes('1024') ? l : undefined;
    });
    assert.deepStrictEqual([...items].sort((a, b) => Number(a) - Number(b)), ['512', '1024', '2048']);
  });

  it('hover on executionRoleArn: Vietnamese with docsLanguage "vi", English with "en"', async () => {
    const { document: doc } = await open('docs/task-definition.json');
    const at = positionAfter(doc, '"executionRole');
    try {
      await setDocsLanguage('vi');
      const vi = await until('a Vietnamese hover', async () => {
        const h = await hoverText(doc, at);
        return (h.match(VI_LETTERS) ?? []).length >= 10 ? h : undefined;
      });
      assert.ok(vi.includes('executionRoleArn'));
    } finally {
      await setDocsLanguage('en');
    }
    const en = await until('an English hover', async () => {
      const h = await hoverText(doc, at);
      return h.includes('executionRoleArn') && !(h.match(VI_LETTERS) ?? []).length ? h : undefined;
    });
    assert.ok(en.includes('IAM role'), en);
  });

  it('empty task-definition.json: the Fargate snippet expands and the document has no problems', async () => {
    const { document: doc } = await open('new-service/task-definition.json');
    const editor = vscode.window.activeTextEditor!;
    // The snippet must be offered: its absence is a failure, not a reason to skip.
    let offered: string[] = [];
    const snippet = await until('the ecs-fargate-web snippet in the completions of an empty file', async () => {
      const items = await labels(doc, new vscode.Position(0, 0));
      offered = items.map(labelOf);
      return items.find((i) => /fargate/i.test(labelOf(i)) && /web/i.test(labelOf(i)));
    }).catch((e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; offered: ${JSON.stringify(offered)}`);
    });
    const insert = snippet.insertText instanceof vscode.SnippetString ? snippet.insertText : new vscode.SnippetString(String(snippet.insertText ?? labelOf(snippet)));
    assert.ok(await editor.insertSnippet(insert, new vscode.Position(0, 0)));
    const task = parseStrict(doc.getText()) as { requiresCompatibilities?: unknown };
    assert.ok(Array.isArray(task.requiresCompatibilities) && task.requiresCompatibilities.includes('FARGATE'));
    // Stays free of problems once the server has seen the text (its debounce is 200 ms).
    await new Promise((r) => setTimeout(r, 2000));
    assert.deepStrictEqual(ours(doc.uri).filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint).map((d) => `${codeOf(d)} ${doc.getText(d.range)}`), []);
  });

  it('the project\'s package.json: no task definition diagnostics, completions or hover', async () => {
    // The server is up: a task definition gets diagnostics.
    const { document: task } = await open('fargate-bridge/task-definition.json');
    await until('diagnostics on a task definition', () => ours(task.uri).length > 0);
    const { document: doc } = await open('package.json');
    await new Promise((r) => setTimeout(r, 2000));
    assert.deepStrictEqual(ours(doc.uri), []);
    const items = (await labels(doc, positionAfter(doc, '"description'))).map(labelOf);
    assert.deepStrictEqual(items.filter((l) => TASK_KEYS.includes(l)), []);
    const h = await hoverText(doc, positionAfter(doc, '"na'));
    assert.ok(!/launch type/i.test(h), h);
  });

  it('describe-task-definition output: one quick fix removes every read-only field', async () => {
    const { document: doc } = await open('describe/describe-output.json');
    const diags = await until('ECS009 on every read-only field', () => {
      const l = ours(doc.uri).filter((x) => codeOf(x) === 'ECS009');
      return l.length === READ_ONLY_IN_DESCRIBE.length ? l : undefined;
    });
    const fix = (await quickFixes(doc, diags[0].range)).find((a) => a.title === 'Remove all read-only fields');
    assert.ok(fix?.edit, 'no "Remove all read-only fields" quick fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const expected = JSON.parse(describeOutput) as { taskDefinition: Record<string, unknown> };
    for (const k of READ_ONLY_IN_DESCRIBE) delete expected.taskDefinition[k];
    assert.deepStrictEqual(parseStrict(doc.getText()), expected);
    await until('ECS009 to go', () => !ours(doc.uri).some((x) => codeOf(x) === 'ECS009'));
  });
});
