/**
 * Terraform container-definitions arrays over stdio, as an editor sees them: the built server is
 * given a small Terraform module on disk (a copy of test/fixtures/terraform: `main.tf` with a
 * templatefile()'d `containers.json.tftpl` on Fargate, a file()'d array on EC2, an array without a
 * module), opens the array and reports on both sides; a change of `main.tf` (saved, announced by
 * `workspace/didChangeWatchedFiles`, or an unsaved open `.tf` document) re-checks the array.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CompletionItem, Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { setClientSettings, startServer, type LspClient } from '../support/lsp-client';
import { textAt } from '../support/harness';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/terraform');

const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));
const errorsAndWarnings = (p: PublishDiagnosticsParams): string[] => p.diagnostics.filter((d) => (d.severity ?? 1) <= 2).map((d) => String(d.code)).sort();
const byCode = (p: PublishDiagnosticsParams, code: string): Diagnostic[] => p.diagnostics.filter((d) => d.code === code);
const has = (code: string) => (p: PublishDiagnosticsParams): boolean => codes(p).includes(code);
const lacks = (code: string) => (p: PublishDiagnosticsParams): boolean => !codes(p).includes(code);

/** Line/character of an offset. */
function pos(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('terraform: container-definitions arrays over stdio', function () {
  this.timeout(30000);
  let client: LspClient | undefined;
  let tmp: string;
  let uri: (rel: string) => string;
  let read: (rel: string) => string;

  beforeEach(() => {
    // A copy of the fixture module: the tests edit main.tf on disk.
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-tf-'));
    fs.cpSync(FIXTURES, tmp, { recursive: true });
    uri = (rel) => pathToFileURL(path.join(tmp, rel)).href;
    read = (rel) => fs.readFileSync(path.join(tmp, rel), 'utf8');
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function openArray(rel: string, opts: Parameters<typeof startServer>[0] = {}): Promise<{ text: string; first: PublishDiagnosticsParams }> {
    client = await startServer({ locale: 'en', ...opts });
    const text = read(rel);
    const first = client.diagnostics(uri(rel));
    await client.open(uri(rel), text);
    return { text, first: await first };
  }

  it('Fargate templatefile(): task-level faults from main.tf on the open array with the .tf line, container faults in the array', async () => {
    const { text, first } = await openArray('fargate/containers.json.tftpl');
    assert.deepStrictEqual(errorsAndWarnings(first), ['ECS101', 'ECS103', 'ECS201', 'ECS401']);
    const mainTf = uri('fargate/main.tf');
    const tfLines = read('fargate/main.tf').split('\n');
    // network_mode = "bridge" and the cpu 256 / memory 4096 pair: faults of main.tf, shown at the array's `[`.
    for (const [code, field] of [['ECS101', 'network_mode'], ['ECS103', 'memory']] as const) {
      const [d] = byCode(first, code);
      assert.strictEqual(textAt(text, d.range), '[', `${code} shown at the start of the array`);
      const related = d.relatedInformation ?? [];
      assert.strictEqual(related.length, 1, JSON.stringify(related));
      assert.strictEqual(related[0].location.uri, mainTf);
      const line = related[0].location.range.start.line;
      assert.ok(tfLines[line].trimStart().startsWith(field), `${code} points at main.tf line ${line + 1}: ${tfLines[line]}`);
      assert.strictEqual(related[0].message, `aws_ecs_task_definition.web: ${field}`);
      assert.ok(d.message.includes(`main.tf:${line + 1}`), d.message);
    }
    assert.strictEqual(byCode(first, 'ECS101')[0].relatedInformation![0].location.range.start.line, 9);
    assert.strictEqual(byCode(first, 'ECS103')[0].relatedInformation![0].location.range.start.line, 11);
    // In the array: the mount of `cache`, a volume main.tf does not declare (`data` it does), and the
    // awslogs container of a task without an execution role.
    assert.deepStrictEqual(byCode(first, 'ECS401').map((d) => textAt(text, d.range)), ['"cache"']);
    assert.strictEqual(byCode(first, 'ECS401')[0].relatedInformation, undefined);
    const [role] = byCode(first, 'ECS201');
    assert.ok(role.range.start.line > 0, 'ECS201 lies in the array, not at its start');
    // The template parts: `${port}` outside quotes, `%{ if debug }`, `"${image}"` are neither syntax
    // errors nor placeholders left to fill (templatefile() fills them).
    for (const code of ['ECS001', 'ECS011', 'ECS012', 'ECS014']) assert.deepStrictEqual(byCode(first, code), [], code);
  });

  it('Terraform expressions (var.cpu, aws_iam_role.task.arn, var.compatibilities) are unknown values: no error, no warning, no ECS113', async () => {
    const { first } = await openArray('fargate/worker.json');
    assert.deepStrictEqual(errorsAndWarnings(first), []);
    assert.deepStrictEqual(byCode(first, 'ECS113'), []);
  });

  it('EC2 file(): the containers are checked with the bridge task of main.tf', async () => {
    const { text, first } = await openArray('ec2/container-definitions.json');
    assert.deepStrictEqual(errorsAndWarnings(first), ['ECS109']);
    assert.deepStrictEqual(byCode(first, 'ECS109').map((d) => textAt(text, d.range)), ['"sidecar"']);
  });

  it('without a module: one ECS113 hint; the launchType setting turns the launch-type rules on, and back off', async () => {
    const { text, first } = await openArray('no-context/container-definitions.json', { configuration: true, settings: {} });
    assert.deepStrictEqual(errorsAndWarnings(first), []);
    const hint = byCode(first, 'ECS113');
    assert.strictEqual(hint.length, 1);
    assert.strictEqual(hint[0].severity, 3);
    assert.strictEqual(textAt(text, hint[0].range), '[');
    // The user sets ecsTaskDefinition.containerDefinitions.launchType = FARGATE.
    const fargate = client!.diagnostics(uri('no-context/container-definitions.json'), has('ECS301'));
    setClientSettings(client!, { containerDefinitions: { launchType: 'FARGATE' } });
    await client!.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const withFargate = await fargate;
    assert.deepStrictEqual(errorsAndWarnings(withFargate), ['ECS301']);
    assert.deepStrictEqual(byCode(withFargate, 'ECS301').map((d) => textAt(text, d.range)), ['8080']);
    assert.deepStrictEqual(byCode(withFargate, 'ECS113'), []);
    // Cleared: back to the hint.
    const back = client!.diagnostics(uri('no-context/container-definitions.json'), has('ECS113'));
    setClientSettings(client!, {});
    await client!.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepStrictEqual(errorsAndWarnings(await back), []);
  });

  it('completion and hover inside the array', async () => {
    const { text } = await openArray('fargate/containers.json.tftpl');
    const at = text.indexOf('"essential"');
    // Completion at the start of a new property in the container (just after `{`, inside new quotes).
    const edited = text.replace('"name": "web",', '"name": "web", "",');
    const inQuotes = edited.indexOf('"",') + 1;
    await client!.change(uri('fargate/containers.json.tftpl'), edited, 2);
    const items = (await client!.connection.sendRequest('textDocument/completion', { textDocument: { uri: uri('fargate/containers.json.tftpl') }, position: pos(edited, inQuotes) })) as CompletionItem[] | { items: CompletionItem[] };
    const labels = (Array.isArray(items) ? items : items.items).map((i) => i.label);
    assert.ok(labels.includes('healthCheck') && labels.includes('dependsOn'), labels.join());
    assert.ok(!labels.includes('family') && !labels.includes('networkMode') && !labels.includes('name'), `task-level or present keys offered in a container: ${labels.join()}`);
    await client!.change(uri('fargate/containers.json.tftpl'), text, 3);
    const hover = (await client!.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('fargate/containers.json.tftpl') }, position: pos(text, at + 3) })) as Hover;
    assert.ok(hover, 'a hover on "essential"');
    assert.strictEqual(textAt(text, hover.range!), '"essential"');
    const value = (hover.contents as { value: string }).value;
    assert.ok(/essential/.test(value) && /stop|task/i.test(value), value);
  });

  it('main.tf fixed and saved (workspace/didChangeWatchedFiles): the array\'s task-level errors go, and come back', async () => {
    const { first } = await openArray('fargate/containers.json.tftpl');
    assert.ok(has('ECS101')(first) && has('ECS103')(first));
    const tfPath = path.join(tmp, 'fargate/main.tf');
    const original = fs.readFileSync(tfPath, 'utf8');
    const fixed = client!.diagnostics(uri('fargate/containers.json.tftpl'), (p) => lacks('ECS101')(p) && lacks('ECS103')(p));
    fs.writeFileSync(tfPath, original.replace('network_mode             = "bridge"', 'network_mode             = "awsvpc"').replace('memory                   = 4096', 'memory                   = 512'));
    await client!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('fargate/main.tf'), type: 2 }] });
    assert.deepStrictEqual(errorsAndWarnings(await fixed), ['ECS201', 'ECS401']);
    const broken = client!.diagnostics(uri('fargate/containers.json.tftpl'), has('ECS101'));
    fs.writeFileSync(tfPath, original);
    await client!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('fargate/main.tf'), type: 2 }] });
    assert.deepStrictEqual(errorsAndWarnings(await broken), ['ECS101', 'ECS103', 'ECS201', 'ECS401']);
  });

  it('main.tf open and edited, unsaved (an editor that sends .tf documents): the array follows the edit; closing it goes back to the disk', async () => {
    const { first } = await openArray('fargate/containers.json.tftpl');
    assert.ok(has('ECS101')(first));
    const tf = read('fargate/main.tf');
    const arrayUri = uri('fargate/containers.json.tftpl');
    await client!.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('fargate/main.tf'), languageId: 'terraform', version: 1, text: tf } });
    const fixed = client!.diagnostics(arrayUri, lacks('ECS101'));
    await client!.change(uri('fargate/main.tf'), tf.replace('"bridge"', '"awsvpc"'), 2);
    assert.deepStrictEqual(errorsAndWarnings(await fixed), ['ECS103', 'ECS201', 'ECS401']);
    assert.ok(!client!.published.has(uri('fargate/main.tf')), 'no diagnostics published for main.tf itself');
    const back = client!.diagnostics(arrayUri, has('ECS101'));
    await client!.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri('fargate/main.tf') } });
    assert.deepStrictEqual(errorsAndWarnings(await back), ['ECS101', 'ECS103', 'ECS201', 'ECS401']);
  });

  it('asks an editor that can watch files (Neovim, Helix) to watch the .tf files; not VS Code, whose client watches them itself', async () => {
    client = await startServer({ locale: 'en', watchedFiles: true });
    const watched = async (): Promise<string[]> => {
      // The registration follows `initialized`; a request answered after it proves it was sent.
      await client!.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///none.json' }, position: { line: 0, character: 0 } });
      return client!.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles')
        .flatMap((r) => (r.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern));
    };
    assert.ok((await watched()).includes('**/*.tf'), JSON.stringify(client.registrations));
    await client.stop();
    client = await startServer({ locale: 'en', watchedFiles: true, initializationOptions: { watchesFiles: true } });
    assert.deepStrictEqual(await watched(), []);
  });
});
