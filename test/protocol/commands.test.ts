import * as assert from 'assert';
import { startServer, type LspClient } from '../support/lsp-client';
import { fargate } from '../support/harness';

const URI = 'file:///work/project/task-definition.json';

describe('server commands over stdio', function () {
  this.timeout(20000);
  let client: LspClient;
  afterEach(async () => { await client?.stop(); });

  async function openTask(text: string): Promise<void> {
    const p = client.diagnostics(URI);
    await client.open(URI, text);
    await p;
  }

  it('derives the IAM policies of the open task definition', async () => {
    client = await startServer({ locale: 'en' });
    await openTask(fargate({}, { image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4', secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf' }] }));
    const r = (await client.connection.sendRequest('workspace/executeCommand', { command: 'ecsTaskDefinition.policies', arguments: [URI, { ecsExec: true }] })) as { documents: Array<{ id: string; content: string }> };
    const byId = Object.fromEntries(r.documents.map((d) => [d.id, JSON.parse(d.content) as { Statement: Array<{ Action: string | string[]; Resource: string | string[]; Sid: string }> }]));
    const exec = JSON.stringify(byId.executionRolePolicy);
    assert.ok(exec.includes('ecr:BatchGetImage') && exec.includes('logs:PutLogEvents'));
    assert.ok(exec.includes('secretsmanager:GetSecretValue') && exec.includes('secret:db-AbCdEf'));
    assert.ok(byId.executionRolePolicy.Statement.every((s) => typeof s.Sid === 'string' && s.Sid.length > 0));
    assert.ok(JSON.stringify(byId.taskRolePolicy).includes('ssmmessages:'));
    assert.ok(JSON.stringify(byId.trustPolicy).includes('ecs-tasks.amazonaws.com'));
    const report = r as unknown as { name: string; markdown: string };
    assert.strictEqual(report.name, 'web.iam-policies.md');
    assert.ok(report.markdown.includes('## Task role: permissions policy') && report.markdown.includes('ssmmessages:CreateControlChannel'), report.markdown);
  });

  it('reports the task size in plain units', async () => {
    client = await startServer({ locale: 'en' });
    await openTask(fargate({ cpu: '1 vCPU', memory: '2 GB' }, { memoryReservation: 512 }));
    const r = (await client.connection.sendRequest('workspace/executeCommand', { command: 'ecsTaskDefinition.taskSize', arguments: [URI] })) as { markdown: string; name: string };
    assert.ok(r.markdown.includes('1 vCPU') && r.markdown.includes('2 GB'), r.markdown);
    assert.strictEqual(r.name, 'web.task-size.md');
  });

  it('builds a new task definition that the server itself finds clean', async () => {
    client = await startServer({ locale: 'vi' });
    const choices = (await client.connection.sendRequest('workspace/executeCommand', { command: 'ecsTaskDefinition.newTaskDefinition.choices', arguments: [] })) as { patterns: Array<{ id: string }> };
    assert.ok(choices.patterns.length >= 4);
    const built = (await client.connection.sendRequest('workspace/executeCommand', { command: 'ecsTaskDefinition.newTaskDefinition.build', arguments: [{ launchType: 'FARGATE', pattern: choices.patterns[0].id, cpu: 512, memory: 1024, region: 'ap-southeast-1', accountId: '123456789012' }] })) as { text: string };
    const p = client.diagnostics(URI);
    await client.open(URI, built.text);
    const diags = (await p).diagnostics.filter((d) => d.severity === 1 || d.severity === 2);
    assert.deepStrictEqual(diags.map((d) => d.code), []);
  });

  it('serves the Learn the concepts page in the language of the settings', async () => {
    client = await startServer({ locale: 'vi' });
    const vi = (await client.connection.sendRequest('workspace/executeCommand', { command: 'ecsTaskDefinition.learn.page', arguments: [] })) as { title: string; name: string; markdown: string };
    assert.strictEqual(vi.title, 'Tìm hiểu các khái niệm ECS');
    assert.strictEqual(vi.name, 'ecs-concepts.md');
    assert.strictEqual(vi.markdown.split('\n').filter((l) => l.startsWith('## ')).length, 6);
    assert.ok(vi.markdown.includes('## 3. Ba danh tính IAM') && vi.markdown.includes('[ECS701]('), vi.markdown.slice(0, 400));
    assert.ok(!vi.markdown.includes('## 3. Three IAM identities'));
    await client.stop();
    client = await startServer({ locale: 'en' });
    const en = (await client.connection.sendRequest('workspace/executeCommand', { command: 'ecsTaskDefinition.learn.page', arguments: [URI] })) as { title: string; name: string; markdown: string };
    assert.strictEqual(en.title, 'Learn the ECS concepts');
    assert.ok(en.markdown.includes('## 4. Load balancers: ALB, NLB, CLB'));
  });
});
