/**
 * "Compare with task definition…" as the editor drives it over stdio: the open task definition
 * against another file's text (here the describe output of the running revision), answered with
 * the two normalized documents for VS Code's diff editor and the list of semantic changes.
 */
import * as assert from 'assert';
import { startServer, type LspClient } from '../support/lsp-client';
import { fargate } from '../support/harness';
import { describeShape } from '../support/describe-shape';

const URI = 'file:///work/project/task-definition.json';
const RUNNING = 'file:///work/project/running.json';

interface Result {
  ok: boolean;
  message?: string;
  left?: { title: string; text: string };
  right?: { title: string; text: string };
  changes?: number;
  markdown?: string;
}

describe('compare command over stdio', function () {
  this.timeout(20000);
  let client: LspClient;
  afterEach(async () => { await client?.stop(); });

  const compare = (right: { uri: string; text?: string; name: string }) =>
    client.connection.sendRequest('workspace/executeCommand', { command: 'ecsTaskDefinition.compare', arguments: [{ uri: URI, name: 'task-definition.json' }, right] }) as Promise<Result>;

  it('the open file against the running revision: normalized documents and the changes with their notes', async () => {
    client = await startServer({ locale: 'en' });
    const file = fargate({ cpu: '1 vCPU', memory: '2 GB' });
    const p = client.diagnostics(URI);
    await client.open(URI, file);
    await p;
    const task = JSON.parse(file) as { containerDefinitions: Array<Record<string, unknown>> };
    const running = describeShape({ ...task, containerDefinitions: [{ ...task.containerDefinitions[0], image: 'nginx:1.25' }] });
    const r = await compare({ uri: RUNNING, text: JSON.stringify(running, null, 2), name: 'running.json' });
    assert.strictEqual(r.ok, true, r.message);
    assert.strictEqual(r.changes, 1);
    assert.strictEqual(r.left?.title, 'task-definition.json (normalized)');
    // The two normalized documents differ only in the image line.
    const left = r.left!.text.split('\n');
    const right = r.right!.text.split('\n');
    assert.strictEqual(left.length, right.length);
    const differing = left.map((line, i) => [line, right[i]]).filter(([a, b]) => a !== b);
    assert.deepStrictEqual(differing.map(([, b]) => b.trim()), ['"image": "nginx:1.25",']);
    assert.ok(r.left!.text.includes('"cpu": 1024'), 'unit strings become numbers');
    assert.ok(!r.right!.text.includes('taskDefinitionArn'), 'read-only fields are gone');
    assert.ok(r.markdown?.includes('## Container `app`'), r.markdown);
    assert.ok(r.markdown?.includes('starts a new deployment'), r.markdown);
  });

  it('a file that is not a task definition is named in the message, in the user\'s language', async () => {
    client = await startServer({ locale: 'vi' });
    const p = client.diagnostics(URI);
    await client.open(URI, fargate());
    await p;
    const r = await compare({ uri: 'file:///work/project/package.json', text: '{ "name": "web", "version": "1.0.0" }', name: 'package.json' });
    assert.strictEqual(r.ok, false);
    assert.ok(r.message?.startsWith('package.json không phải task definition'), r.message);
  });
});
