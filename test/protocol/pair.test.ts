/**
 * A service definition and its task definition checked as a pair over stdio: an edit in one file
 * re-validates the other (open, not edited) file, as an editor with both files open sees it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, type LspClient } from '../support/lsp-client';
import { fargate, textAt } from '../support/harness';

const TASK_URI = 'file:///work/pair/task-definition.json';
const SERVICE_URI = 'file:///work/pair/service-definition.json';

function service(containerPort: number): string {
  return JSON.stringify({
    serviceName: 'web',
    cluster: 'prod',
    taskDefinition: 'web',
    desiredCount: 2,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0123456789abcdef0'], securityGroups: ['sg-0123456789abcdef0'] } },
    loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'app', containerPort }],
  }, null, 2);
}

const codes = (p: PublishDiagnosticsParams): unknown[] => p.diagnostics.map((d) => d.code);
const has = (code: string) => (p: PublishDiagnosticsParams): boolean => codes(p).includes(code);
const lacks = (code: string) => (p: PublishDiagnosticsParams): boolean => !codes(p).includes(code);
function underlined(text: string, p: PublishDiagnosticsParams, code: string): string[] {
  return p.diagnostics.filter((d: Diagnostic) => d.code === code).map((d) => textAt(text, d.range));
}

/** An edit as an editor sends it: the range of the first `needle` after `after` replaced by `by`. */
async function edit(client: LspClient, uri: string, text: string, version: number, after: string, needle: string, by: string): Promise<string> {
  const offset = text.indexOf(needle, text.indexOf(after));
  assert.ok(text.includes(after) && offset >= 0, `no ${needle} after ${after}`);
  const pos = (o: number): { line: number; character: number } => {
    const before = text.slice(0, o).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: pos(offset), end: pos(offset + needle.length) }, text: by }],
  });
  return text.slice(0, offset) + by + text.slice(offset + needle.length);
}

describe('service + task definition pair over stdio', function () {
  this.timeout(20000);
  let client: LspClient;
  let tmp: string | undefined;
  afterEach(async () => {
    await client?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  it('an edit of the task definition clears ECS709 in the open, unedited service definition', async () => {
    client = await startServer({ locale: 'en' });
    const task = fargate();
    const svc = service(8080);
    const taskFirst = client.diagnostics(TASK_URI);
    await client.open(TASK_URI, task);
    await taskFirst;
    const svcDiags = client.diagnostics(SERVICE_URI, has('ECS709'));
    // Opening the service re-validates the task definition it points at.
    const taskPaired = client.diagnostics(TASK_URI, has('ECS711'));
    await client.open(SERVICE_URI, svc);
    assert.deepStrictEqual(underlined(svc, await svcDiags, 'ECS709'), ['8080']);
    // On the task side, under the container's portMappings.
    const onTask = underlined(task, await taskPaired, 'ECS711');
    assert.strictEqual(onTask.length, 1, JSON.stringify(onTask));
    assert.deepStrictEqual(JSON.parse(onTask[0]), [{ containerPort: 80, protocol: 'tcp' }]);

    const svcFixed = client.diagnostics(SERVICE_URI, lacks('ECS709'));
    const taskFixed = client.diagnostics(TASK_URI, (p) => p.version === 2);
    const newTask = await edit(client, TASK_URI, task, 2, '"containerPort"', '80', '8080');
    const s = await svcFixed;
    assert.strictEqual(s.version, 1, 'the service definition itself was not edited');
    assert.deepStrictEqual(s.diagnostics.filter((d) => d.severity === 1).map((d) => d.code), [], 'no error left on the service');
    const t = await taskFixed;
    assert.ok(newTask.includes('"containerPort": 8080'));
    assert.deepStrictEqual(codes(t).filter((c) => c === 'ECS711'), []);
  });

  it('an edit of the service definition clears ECS711 in the open, unedited task definition', async () => {
    client = await startServer({ locale: 'en' });
    const task = fargate();
    const svc = service(8080);
    const svcFirst = client.diagnostics(SERVICE_URI, has('ECS709'));
    const taskPaired = client.diagnostics(TASK_URI, has('ECS711'));
    await client.open(SERVICE_URI, svc);
    await client.open(TASK_URI, task);
    await Promise.all([svcFirst, taskPaired]);

    const taskFixed = client.diagnostics(TASK_URI, lacks('ECS711'));
    const svcFixed = client.diagnostics(SERVICE_URI, (p) => p.version === 2);
    await edit(client, SERVICE_URI, svc, 2, '"containerPort"', '8080', '80');
    assert.strictEqual((await taskFixed).version, 1, 'the task definition itself was not edited');
    assert.deepStrictEqual(codes(await svcFixed).filter((c) => c === 'ECS709'), []);
  });

  it('a task definition of the same family in another folder is not blamed for a service paired with another file', async () => {
    // Two environments with family `web`: the service in prod/ runs prod/task-definition.json (same folder).
    const prodTask = 'file:///work/envs/prod/task-definition.json';
    const prodService = 'file:///work/envs/prod/service-definition.json';
    const stagingTask = 'file:///work/envs/staging/task-definition.json';
    client = await startServer({ locale: 'en' });
    const svcDiags = client.diagnostics(prodService, has('ECS709'));
    const prodPaired = client.diagnostics(prodTask, has('ECS711'));
    await client.open(prodTask, fargate());
    await client.open(prodService, service(8080));
    await Promise.all([svcDiags, prodPaired]);
    // The staging task definition (same family, same port 80) is opened last: it is checked with both prod files in the index.
    const staging = await (async () => {
      const p = client.diagnostics(stagingTask);
      await client.open(stagingTask, fargate());
      return p;
    })();
    assert.deepStrictEqual(codes(staging).filter((c) => c === 'ECS711'), [], 'the prod service does not run the staging task definition');
    // And the prod service is still checked against its own folder's task definition.
    const again = client.diagnostics(prodService, (p) => p.version === 2);
    await edit(client, prodService, service(8080), 2, '"desiredCount"', '2', '3');
    assert.deepStrictEqual(underlined(service(8080).replace('"desiredCount": 2', '"desiredCount": 3'), await again, 'ECS709'), ['8080']);
  });

  it('with only the task definition open, the service definition on disk is found and follows the edit', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-pair-'));
    fs.mkdirSync(path.join(tmp, 'web'));
    fs.writeFileSync(path.join(tmp, 'web', 'task-definition.json'), fargate());
    fs.writeFileSync(path.join(tmp, 'web', 'service-definition.json'), service(8080));
    const taskUri = pathToFileURL(path.join(tmp, 'web', 'task-definition.json')).toString();
    const svcUri = pathToFileURL(path.join(tmp, 'web', 'service-definition.json')).toString();
    client = await startServer({ locale: 'en', rootUri: pathToFileURL(tmp).toString() });
    const task = fargate();
    // Before or after the disk scan ends, the task definition ends up paired with the service on disk.
    const paired = client.diagnostics(taskUri, has('ECS711'));
    await client.open(taskUri, task);
    await paired;

    const fixed = client.diagnostics(taskUri, (p) => p.version === 2);
    await edit(client, taskUri, task, 2, '"containerPort"', '80', '8080');
    assert.deepStrictEqual(codes(await fixed).filter((c) => c === 'ECS711'), []);
    // Opening the service now checks it against the edited (unsaved) task definition, not the file on disk.
    const svcDiags = client.diagnostics(svcUri);
    await client.open(svcUri, service(8080));
    assert.deepStrictEqual(codes(await svcDiags).filter((c) => c === 'ECS709' || c === 'ECS708'), []);
  });
});
