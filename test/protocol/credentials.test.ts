/**
 * ECS607 over stdio, as an editor meets it: the warning on the value, the hover, the two "Move to
 * `secrets`" quick fixes applied and the document re-validated, and the value never leaving the server
 * (diagnostics, hovers, code actions, its log, its stderr). The values are fakes in vendors' formats.
 */
import * as assert from 'assert';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { startServer, type LspClient } from '../support/lsp-client';
import { applyEdits, fargate } from '../support/harness';

const TASK_URI = 'file:///work/project/task-definition.json';
const GH = 'ghp_' + 'ProtoTestFakeToken'.repeat(2).slice(0, 36);
const AWS_KEY = 'ProtoTestOnlyFakeAwsSecretKey'.padEnd(40, '0');

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle) + delta;
  const before = text.slice(0, i).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The value, or any 8-character piece of it, in `s`. */
function leaks(s: string): string | undefined {
  for (const v of [GH, AWS_KEY]) for (let i = 0; i + 8 <= v.length; i += 4) if (s.includes(v.slice(i, i + 8))) return v.slice(i, i + 8);
  return undefined;
}

describe('ecs-taskdef-ls over stdio: credentials in plain text (ECS607)', function () {
  this.timeout(30000);
  let client: LspClient;
  afterEach(async () => { await client?.stop(); });

  for (const resolve of [false, true]) {
    it(`warns on the value, hovers, and each "Move to secrets" fix applies and re-validates clean${resolve ? ' (through codeAction/resolve)' : ''}`, async () => {
      client = await startServer({ locale: 'en', codeActionResolve: resolve, settings: { docsLanguage: 'both' } });
      const text = fargate({}, { environment: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'GITHUB_TOKEN', value: GH }, { name: 'AWS_SECRET_ACCESS_KEY', value: AWS_KEY }] });
      const first = client.diagnostics(TASK_URI);
      await client.open(TASK_URI, text);
      const diags = (await first).diagnostics.filter((d) => d.code === 'ECS607');
      const underlined = (d: Diagnostic): string => {
        const lines = text.split('\n');
        return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
      };
      assert.deepStrictEqual(diags.map(underlined), [JSON.stringify(GH), JSON.stringify(AWS_KEY)]);
      assert.deepStrictEqual(diags.map((d) => d.severity), [2, 2]);

      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: TASK_URI }, position: positionOf(text, GH, 5) })) as Hover;
      const hoverText = JSON.stringify(hover.contents);
      assert.match(hoverText, /Create the secret/);
      assert.match(hoverText, /Rotate the exposed credential/);
      assert.match(hoverText, /Tạo secret/);

      let current = text;
      let version = 1;
      const everything: unknown[] = [diags, hover];
      for (const [i, store] of [[0, 'secretsmanager'], [1, 'ssm']] as const) {
        // The first credential left (the GitHub token, then the AWS key).
        const published = client.published.get(TASK_URI)!;
        const diag = published[published.length - 1].diagnostics.filter((d) => d.code === 'ECS607')[0];
        const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: TASK_URI }, range: diag.range, context: { diagnostics: [diag], only: ['quickfix'] } })) as CodeAction[];
        // What the user reads: the titles. (An edit may carry unchanged neighbouring text of the file back to the editor, as any edit does.)
        everything.push(actions.map((a) => a.title));
        assert.deepStrictEqual(actions.map((a) => /Secrets Manager/.test(a.title) ? 'sm' : /SSM/.test(a.title) ? 'ssm' : a.title), ['sm', 'ssm']);
        assert.ok(actions.every((a) => !a.isPreferred), 'never preferred: it changes where the value comes from');
        let action = actions[i];
        if (resolve) {
          // A fix offered without its edit gets it from codeAction/resolve.
          if (!action.edit) action = (await client.connection.sendRequest('codeAction/resolve', action)) as CodeAction;
        }
        current = applyEdits(current, action.edit!.changes![TASK_URI] as never);
        const expectVersion = version + 1;
        const next = client.diagnostics(TASK_URI, (p) => p.version === expectVersion);
        await client.change(TASK_URI, current, ++version);
        const after = (await next).diagnostics;
        everything.push(after);
        const name = i === 0 ? 'GITHUB_TOKEN' : 'AWS_SECRET_ACCESS_KEY';
        const secrets = (JSON.parse(current) as { containerDefinitions: Array<{ secrets: Array<{ name: string; valueFrom: string }> }> }).containerDefinitions[0].secrets;
        assert.deepStrictEqual(secrets[i], { name, valueFrom: store === 'ssm' ? `arn:aws:ssm:us-east-1:123456789012:parameter/<${name}>` : `arn:aws:secretsmanager:us-east-1:123456789012:secret:<${name}>` });
        assert.strictEqual(after.filter((d) => d.code === 'ECS607').length, 1 - i);
        assert.deepStrictEqual(after.filter((d) => d.severity === 1).map((d) => d.code), [], 'the fixed file has no error');
      }
      assert.strictEqual(leaks(current), undefined, 'both values are gone from the text');
      // Nothing the server sent, logged or printed holds a value.
      const all = JSON.stringify([everything, [...client.published.values()], client.logs]) + client.stderr();
      assert.strictEqual(leaks(all), undefined);
    });
  }

  it('never logs the value while the document is edited and re-validated (Vietnamese locale)', async () => {
    client = await startServer({ locale: 'vi' });
    let text = fargate({}, { environment: [{ name: 'GITHUB_TOKEN', value: GH }], command: ['deploy', '--token', GH] });
    const first = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, text);
    assert.strictEqual((await first).diagnostics.filter((d) => d.code === 'ECS607').length, 2);
    for (let v = 2; v <= 6; v++) {
      text = text.replace('"deploy"', `"deploy${v}"`).replace(/"deploy\d"/, `"deploy${v}"`);
      const p = client.diagnostics(TASK_URI, (x) => x.version === v);
      await client.change(TASK_URI, text, v);
      await p;
    }
    assert.strictEqual(leaks(JSON.stringify([[...client.published.values()], client.logs]) + client.stderr()), undefined);
  });
});
