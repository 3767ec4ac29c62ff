import * as assert from 'assert';
import { applyEdits, complete, labels, withCursor } from '../support/harness';

function fargateWith(cpu: string, memoryCursor: string): string {
  return `{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "${cpu}",
  "memory": ${memoryCursor},
  "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }]
}`;
}

describe('completion', () => {
  it('offers property names that fit the position, not the ones already present', () => {
    const l = labels('{\n  "family": "web",\n  |\n  "containerDefinitions": []\n}');
    assert.ok(l.includes('networkMode') && l.includes('executionRoleArn') && l.includes('requiresCompatibilities'));
    assert.ok(!l.includes('family') && !l.includes('containerDefinitions'));
    assert.ok(!l.includes('containerPort'));
  });

  it('offers container properties inside a container', () => {
    const l = labels('{ "family": "web", "containerDefinitions": [ { "name": "app", | } ] }');
    assert.ok(l.includes('image') && l.includes('portMappings') && l.includes('healthCheck'));
    assert.ok(!l.includes('name') && !l.includes('family'));
  });

  it('inserts a ready-to-edit snippet, not a bare key', () => {
    const src = '{ "family": "web", "containerDefinitions": [ { "name": "app", | } ] }';
    const item = complete(src).find((i) => i.label === 'portMappings')!;
    assert.strictEqual(item.insertTextFormat, 2);
    const edit = item.textEdit as { newText: string };
    assert.ok(/"portMappings": \[\s*\{ "containerPort": \$1 \}\s*\]/.test(edit.newText), edit.newText);
  });

  it('completing inside a started key replaces the key only when a value follows', () => {
    const src = '{ "family": "web", "networkM|": "awsvpc", "containerDefinitions": [] }';
    const item = complete(src).find((i) => i.label === 'networkMode')!;
    const { text } = withCursor(src);
    const out = applyEdits(text, [item.textEdit as { range: never; newText: string }]);
    assert.strictEqual(out, '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [] }');
  });

  it('offers enum values', () => {
    assert.deepStrictEqual(labels('{ "family": "web", "networkMode": "|", "containerDefinitions": [] }').sort(), ['awsvpc', 'bridge', 'host', 'none']);
    assert.ok(labels('{ "family": "web", "requiresCompatibilities": ["|"], "containerDefinitions": [] }').includes('FARGATE'));
  });

  it('offers booleans', () => {
    assert.deepStrictEqual(labels('{ "family": "w", "containerDefinitions": [{ "name": "a", "essential": | }] }'), ['true', 'false']);
  });

  it('Fargate memory for the chosen cpu: exactly 512, 1024, 2048 for 256', () => {
    assert.deepStrictEqual(labels(fargateWith('256', '"|"')), ['"512"', '"1024"', '"2048"'].map((s) => JSON.parse(s) as string));
    const items = complete(fargateWith('256', '|'));
    assert.deepStrictEqual(items.map((i) => i.label), ['"512"', '"1024"', '"2048"']);
    assert.ok(String(items[0].detail).includes('0.5 GB'));
  });

  it('Fargate memory understands unit strings in cpu', () => {
    assert.deepStrictEqual(labels(fargateWith('.25 vcpu', '"|"')), ['512', '1024', '2048']);
    assert.strictEqual(labels(fargateWith('1 vCPU', '"|"')).length, 7);
  });

  it('Fargate cpu for the chosen memory', () => {
    const src = '{ "family": "w", "requiresCompatibilities": ["FARGATE"], "memory": "2048", "cpu": "|", "containerDefinitions": [] }';
    const items = complete(src);
    assert.deepStrictEqual(items.map((i) => i.label), ['256', '512', '1024']);
    assert.ok(String(items[2].detail).includes('1 vCPU'));
  });

  it('container names in dependsOn, links, volumesFrom and proxyConfiguration', () => {
    const base = (inner: string, proxy = '') => `{ "family": "w", ${proxy} "containerDefinitions": [ { "name": "web", ${inner} }, { "name": "envoy" }, { "name": "log_router" } ] }`;
    assert.deepStrictEqual(labels(base('"dependsOn": [ { "containerName": "|" } ]')), ['envoy', 'log_router']);
    assert.deepStrictEqual(labels(base('"links": [ "|" ]')), ['envoy', 'log_router']);
    assert.deepStrictEqual(labels(base('"volumesFrom": [ { "sourceContainer": "|" } ]')), ['envoy', 'log_router']);
    assert.deepStrictEqual(labels(base('', '"proxyConfiguration": { "containerName": "|" },')), ['web', 'envoy', 'log_router']);
  });

  it('volume names in mountPoints.sourceVolume', () => {
    const src = '{ "family": "w", "volumes": [ { "name": "data" }, { "name": "cache" } ], "containerDefinitions": [ { "name": "a", "mountPoints": [ { "sourceVolume": "|" } ] } ] }';
    assert.deepStrictEqual(labels(src), ['data', 'cache']);
  });

  it('log option keys for the chosen driver', () => {
    const src = '{ "family": "w", "containerDefinitions": [ { "name": "a", "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/a", | } } } ] }';
    const l = labels(src);
    assert.ok(l.includes('awslogs-region') && l.includes('awslogs-stream-prefix') && l.includes('awslogs-create-group'));
    assert.ok(!l.includes('awslogs-group'));
    const fire = '{ "family": "w", "containerDefinitions": [ { "name": "a", "logConfiguration": { "logDriver": "awsfirelens", "options": { | } } } ] }';
    assert.ok(labels(fire).includes('Name'));
  });

  it('role ARN templates reuse the account id found in the file', () => {
    const src = '{ "family": "w", "taskRoleArn": "|", "containerDefinitions": [ { "name": "a", "image": "210987654321.dkr.ecr.eu-west-1.amazonaws.com/app:1" } ] }';
    const l = labels(src);
    assert.ok(l.length > 0 && l.every((x) => x.startsWith('arn:aws:iam::210987654321:role/')), l.join(','));
  });

  it('offers nothing outside a task definition', () => {
    assert.deepStrictEqual(labels('{ "name": "pkg", | }', { uri: 'file:///w/package.json' }), []);
  });
});
