import * as assert from 'assert';
import type { CompletionItem, CompletionList, Hover } from 'vscode-languageserver-protocol';
import { setClientSettings, startServer, type LspClient } from '../support/lsp-client';
import { applyEdits, fargate } from '../support/harness';

const TASK_URI = 'file:///work/project/task-definition.json';

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle) + delta;
  const before = text.slice(0, i).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
  return !r ? [] : Array.isArray(r) ? r : r.items;
}

describe('ecs-taskdef-ls over stdio', function () {
  this.timeout(20000);
  let client: LspClient;
  afterEach(async () => { await client?.stop(); });

  it('initializes, validates on open, completes, hovers and shuts down', async () => {
    client = await startServer({ locale: 'en' });
    const text = fargate({ networkMode: 'awsvpn' });
    const diags = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, text);
    const d = await diags;
    assert.ok(d.diagnostics.length > 0, 'a misspelt network mode is a problem');
    assert.ok(d.diagnostics.every((x) => x.source === 'ecs-taskdef' && typeof x.code === 'string'));

    const completion = items(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: TASK_URI }, position: positionOf(text, '"512"', 1) }));
    assert.deepStrictEqual(completion.map((c) => c.label), ['512', '1024', '2048']);

    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: TASK_URI }, position: positionOf(text, '"executionRoleArn"', 3) })) as Hover;
    assert.ok(JSON.stringify(hover.contents).includes('executionRoleArn'));
  });

  it('after start, the first hover on a field of each docs file answers; the warm-up leaves no document behind', async () => {
    client = await startServer({ locale: 'en' });
    const text = fargate({}, { secrets: [{ name: 'DB', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/db' }] });
    const diags = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, text);
    await diags;
    const hoverOn = async (needle: string): Promise<string> => {
      const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: TASK_URI }, position: positionOf(text, needle, 3) })) as Hover | null;
      return JSON.stringify(h?.contents ?? '');
    };
    assert.match(await hoverOn('"family"'), /family/);
    assert.match(await hoverOn('"portMappings"'), /portMappings/);
    assert.match(await hoverOn('"secrets"'), /secrets/);
    // Only the opened document was ever published (the built-in warm-up document never is).
    assert.deepStrictEqual([...client.published.keys()], [TASK_URI]);
  });

  it('leaves other JSON files alone: no diagnostics, completions or hovers', async () => {
    client = await startServer();
    const uri = 'file:///work/project/package.json';
    const text = '{ "name": "x", "version": "1.0.0", "scripts": { } }';
    await client.open(uri, text);
    const completion = items(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 2 } }));
    assert.deepStrictEqual(completion, []);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } });
    assert.strictEqual(hover, null);
    // The task definition opened after it is validated, so the package.json would have been too by now.
    const taskDiags = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, fargate());
    await taskDiags;
    assert.strictEqual(client.published.get(uri), undefined);
  });

  it('recognises a task definition by content whatever its name, including describe output', async () => {
    client = await startServer();
    const uri = 'file:///work/project/deploy/web.json';
    const p = client.diagnostics(uri);
    await client.open(uri, JSON.stringify({ taskDefinition: JSON.parse(fargate({ revision: 4 })) as unknown }, null, 2));
    const codes = (await p).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('ECS010') && codes.includes('ECS009'), codes.join(','));
  });

  it('survives garbage and keeps serving', async () => {
    client = await startServer();
    const garbage = ['{', '{"containerDefinitions": [null, 1, "x", {"name": null}]}', '[[[[[[', '\u0000\u0001{"a":', 'null', '{"containerDefinitions": {"x": 1}, "cpu": {}, "memory": [], "requiresCompatibilities": "FARGATE"}', '{"taskDefinition": null}', '${TEMPLATE}', '['.repeat(20000)];
    let v = 1;
    for (const g of garbage) {
      const p = client.diagnostics(TASK_URI, (x) => x.version === v);
      if (v === 1) await client.open(TASK_URI, g, v);
      else await client.change(TASK_URI, g, v);
      await p;
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: TASK_URI }, position: { line: 0, character: 1 } });
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: TASK_URI }, position: { line: 0, character: 1 } });
      await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: TASK_URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } });
      v++;
    }
    assert.strictEqual(client.process.exitCode, null, 'server is still running');
    const p = client.diagnostics(TASK_URI, (x) => x.version === v);
    await client.change(TASK_URI, fargate(), v);
    assert.deepStrictEqual((await p).diagnostics.filter((d) => d.severity === 1), []);
  });

  it('follows the docsLanguage setting from workspace/configuration and applies changes without restart', async () => {
    client = await startServer({ configuration: true, settings: { docsLanguage: 'vi' } });
    const text = fargate({ networkMode: 'awsvpn' });
    const p = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, text);
    const vi = (await p).diagnostics.find((d) => d.code === 'ECS005')!;
    assert.ok(/không/.test(vi.message), vi.message);
    setClientSettings(client, { docsLanguage: 'en' });
    const q = client.diagnostics(TASK_URI);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const en = (await q).diagnostics.find((d) => d.code === 'ECS005')!;
    assert.ok(/not allowed/.test(en.message), en.message);
  });

  it('logs one line per settings change: none for the settings a client sends when the server registers, one naming the changed setting', async () => {
    client = await startServer({ configuration: true, settings: { docsLanguage: 'en' } });
    const text = fargate({ networkMode: 'awsvpn' });
    let p = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, text);
    await p;
    const changes = (): string[] => client.logs.filter((l) => /settings changed/.test(l));
    // What VS Code's client sends right after the server registers for the section: not a change.
    p = client.diagnostics(TASK_URI);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { ecsTaskDefinition: { docsLanguage: 'en', rules: {} } } });
    await p;
    assert.deepStrictEqual(changes(), []);
    // docsLanguage changed: one line that names it, and the messages follow.
    setClientSettings(client, { docsLanguage: 'vi' });
    p = client.diagnostics(TASK_URI);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { ecsTaskDefinition: { docsLanguage: 'vi', rules: {} } } });
    assert.ok(/không/.test((await p).diagnostics.find((d) => d.code === 'ECS005')!.message));
    assert.strictEqual(changes().length, 1, client.logs.join('\n'));
    assert.match(changes()[0], /settings changed \(docsLanguage\): re-validating 1 open document/);
    // A notification without the settings (other clients): a change too, one more line.
    p = client.diagnostics(TASK_URI);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await p;
    assert.strictEqual(changes().length, 2, client.logs.join('\n'));
  });

  it('takes settings from initializationOptions shaped like a config table (as Helix sends them)', async () => {
    client = await startServer({ locale: 'en', initializationOptions: { ecsTaskDefinition: { docsLanguage: 'vi' } } });
    const p = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, fargate({ networkMode: 'awsvpn' }));
    const d = (await p).diagnostics.find((x) => x.code === 'ECS005')!;
    assert.ok(/không/.test(d.message), d.message);
  });

  it('in VS Code (editorReportsJsonSyntax), leaves JSON syntax errors to the editor but still explains placeholders outside quotes', async () => {
    const broken = fargate({}).replace('"family": "web",', '"family": "web"').replace('"cpu": "256"', '"cpu": "256", "memory2": ${MEMORY}');
    client = await startServer({ initializationOptions: { editorReportsJsonSyntax: true } });
    let p = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, broken);
    const inEditor = (await p).diagnostics.map((d) => d.code);
    assert.ok(!inEditor.includes('ECS001') && inEditor.includes('ECS014'), inEditor.join(' '));
    await client.stop();
    client = await startServer();
    p = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, broken);
    const elsewhere = (await p).diagnostics.map((d) => d.code);
    assert.ok(elsewhere.includes('ECS001') && elsewhere.includes('ECS014'), elsewhere.join(' '));
  });

  it('takes initialize.locale as the default language (auto)', async () => {
    client = await startServer({ locale: 'vi' });
    const p = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, fargate({ networkMode: 'awsvpn' }));
    const d = (await p).diagnostics.find((x) => x.code === 'ECS005')!;
    assert.ok(/không/.test(d.message), d.message);
  });

  it('returns quick fixes that read code and data', async () => {
    client = await startServer();
    // ECS012 (cpu written as a number); rules with alternative fixes (such as ECS005) compute them eagerly.
    const text = fargate({ cpu: 256 });
    const p = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, text);
    const diag = (await p).diagnostics.find((d) => d.code === 'ECS012')!;
    // The message is replaced: a fix must not depend on it.
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: TASK_URI }, range: diag.range, context: { diagnostics: [{ ...diag, message: 'x' }], only: ['quickfix'] } })) as Array<{ title: string; edit: { changes: Record<string, unknown[]> } }>;
    const fixed = applyEdits(text, actions[0].edit.changes[TASK_URI] as never);
    assert.ok(fixed.includes('"networkMode": "awsvpc"'), fixed);
  });

  it('with codeAction/resolve support, fixes come without edits and resolve computes them', async () => {
    client = await startServer({ codeActionResolve: true });
    // ECS012 (cpu written as a number); rules with alternative fixes (such as ECS005) compute them eagerly.
    const text = fargate({ cpu: 256 });
    const p = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, text);
    const diag = (await p).diagnostics.find((d) => d.code === 'ECS012')!;
    const [action] = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: TASK_URI }, range: diag.range, context: { diagnostics: [diag], only: ['quickfix'] } })) as Array<{ title: string; edit?: unknown; data?: unknown }>;
    assert.strictEqual(action.edit, undefined);
    const resolved = (await client.connection.sendRequest('codeAction/resolve', action)) as { edit: { changes: Record<string, unknown[]> } };
    assert.ok(applyEdits(text, resolved.edit.changes[TASK_URI] as never).includes('"cpu": "256"'));
  });

  it('rules can be turned off by setting', async () => {
    client = await startServer({ configuration: true, settings: { rules: { ECS005: 'off', ECS012: 'information' } } });
    const p = client.diagnostics(TASK_URI);
    // ECS005 (networkMode), ECS012 (cpu as a number, a warning by default) and ECS604 (a hint).
    await client.open(TASK_URI, fargate({ networkMode: 'awsvpn', cpu: 256 }));
    // Only the rule turned off is gone: the others are still published, one with its new severity.
    assert.deepStrictEqual((await p).diagnostics.map((d) => `${String(d.code)}:${d.severity}`).sort(), ['ECS012:3', 'ECS604:4']);
  });
});
