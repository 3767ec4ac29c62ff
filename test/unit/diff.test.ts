/**
 * The semantic diff: a task definition and what ECS prints for it are the same thing; a change is
 * reported by container, then by field, with a note where it matters; secret values never show.
 */
import * as assert from 'assert';
import { parseDocument } from '../../language-service/model/document';
import { textDocument } from '../../language-service';
import { changesJson, compareDocuments, pathText, renderChangesMarkdown, renderChangesText, type Change } from '../../language-service/diff';
import { diffTexts } from '../../language-service/diff/texts';
import { describeShape } from '../support/describe-shape';

type Obj = Record<string, unknown>;

function parsed(value: unknown, name = 'task-definition.json') {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return parseDocument(textDocument(`file:///ws/${name}`, text));
}

function changes(a: unknown, b: unknown): Change[] {
  const r = compareDocuments(parsed(a), parsed(b));
  assert.ok(r.ok, `both sides normalize: ${JSON.stringify(r)}`);
  return r.changes;
}

/** `container/path kind` for each change: what the user reads in the first column. */
function summary(cs: Change[]): string[] {
  return cs.map((c) => `${c.container ?? '(task)'} ${pathText(c.path) || '(container)'} ${c.kind}`);
}

function web(over: Obj = {}, container: Obj = {}): Obj {
  return {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    taskRoleArn: 'arn:aws:iam::123456789012:role/web-app',
    containerDefinitions: [
      {
        name: 'app',
        image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2',
        portMappings: [{ containerPort: 8080 }],
        environment: [
          { name: 'LOG_LEVEL', value: 'info' },
          { name: 'PORT', value: '8080' },
        ],
        secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf' }],
        logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'app' } },
        ...container,
      },
    ],
    ...over,
  };
}

describe('semantic diff: normalizing', () => {
  it('a task definition and its own describe-task-definition output are equivalent', () => {
    const file = web();
    assert.deepStrictEqual(changes(file, describeShape(file)), []);
    assert.deepStrictEqual(changes(describeShape(file, 3), file), []);
  });

  it('an EC2 bridge task and its describe output (hostPort 0, cpu 0, readOnly false) are equivalent', () => {
    const file = {
      family: 'api',
      containerDefinitions: [{ name: 'api', image: 'nginx:1.27', memory: 256, portMappings: [{ containerPort: 80 }], mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] }],
      volumes: [{ name: 'data', host: { sourcePath: '/srv/data' } }],
    };
    assert.deepStrictEqual(changes(file, describeShape(file)), []);
  });

  it('unit strings and numbers for the task size are the same amounts', () => {
    assert.deepStrictEqual(changes(web({ cpu: '1 vCPU', memory: '2 GB' }), web({ cpu: 1024, memory: '2048' })), []);
    assert.deepStrictEqual(summary(changes(web({ cpu: '1 vCPU', memory: '2 GB' }), web({ cpu: '1024', memory: '3 GB' }))), ['(task) memory changed']);
  });

  it('the order of containers, environment variables and keys means nothing', () => {
    const two = (order: 'ab' | 'ba'): Obj => {
      const a = { name: 'a', image: 'busybox:1.36', memory: 128, environment: [{ name: 'X', value: '1' }, { name: 'Y', value: '2' }] };
      const b = { memory: 64, image: 'busybox:1.36', name: 'b' };
      return { family: 'f', containerDefinitions: order === 'ab' ? [a, b] : [b, { ...a, environment: [...a.environment].reverse() }] };
    };
    assert.deepStrictEqual(changes(two('ab'), two('ba')), []);
  });

  it('defaults written out compare equal to defaults left out', () => {
    const explicit = web({}, { essential: true, portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }], readonlyRootFilesystem: false, environmentFiles: [], mountPoints: [], healthCheck: null });
    assert.deepStrictEqual(changes(web(), explicit), []);
  });

  it('the order of command arguments matters', () => {
    assert.deepStrictEqual(summary(changes(web({}, { command: ['serve', '--port', '8080'] }), web({}, { command: ['--port', '8080', 'serve'] }))), ['app command changed']);
  });

  it('placeholders are kept as placeholders', () => {
    assert.deepStrictEqual(changes(web({ cpu: '${CPU}' }, { image: '${IMAGE_URI}' }), web({ cpu: '${CPU}' }, { image: '${IMAGE_URI}' })), []);
    const c = changes(web({}, { image: '${IMAGE_URI}' }), web({}, { image: 'nginx:1.27' }));
    assert.deepStrictEqual(c.map((x) => [x.before, x.after]), [['${IMAGE_URI}', 'nginx:1.27']]);
  });

  it('the describe wrapper\'s tags are the definition\'s tags', () => {
    const file = web({ tags: [{ key: 'team', value: 'payments' }] });
    assert.deepStrictEqual(changes(file, describeShape(file)), []);
  });
});

describe('semantic diff: changes and their notes', () => {
  it('a new image: one change in the container, noted as a new deployment', () => {
    const c = changes(web(), describeShape(web({}, { image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.5.0' })));
    assert.deepStrictEqual(summary(c), ['app image changed']);
    assert.strictEqual(c[0].note?.text, diffTexts.notes.image);
  });

  it('a Fargate size change says whether the new pair is valid', () => {
    const valid = changes(web(), web({ cpu: '512', memory: '1024' }));
    assert.deepStrictEqual(summary(valid), ['(task) cpu changed', '(task) memory changed']);
    assert.ok(valid.every((c) => c.note?.text === diffTexts.notes.resizeFargateValid));
    const invalid = changes(web(), web({ cpu: '256', memory: '4096' }));
    assert.deepStrictEqual(invalid.map((c) => c.note?.text), [diffTexts.notes.resizeFargateInvalid]);
    assert.deepStrictEqual(invalid[0].note?.args, { cpu: 256, memory: 4096 });
  });

  it('role changes say who gains or loses permissions', () => {
    const c = changes(web(), web({ taskRoleArn: 'arn:aws:iam::123456789012:role/other', executionRoleArn: 'arn:aws:iam::123456789012:role/exec2' }));
    assert.deepStrictEqual(c.map((x) => [pathText(x.path), x.note?.text]), [
      ['executionRoleArn', diffTexts.notes.executionRole],
      ['taskRoleArn', diffTexts.notes.taskRole],
    ]);
  });

  it('a port change asks for the load balancer to follow', () => {
    const c = changes(web(), web({}, { portMappings: [{ containerPort: 9090 }] }));
    assert.deepStrictEqual(summary(c), ['app portMappings[8080/tcp] removed', 'app portMappings[9090/tcp] added']);
    assert.ok(c.every((x) => x.note?.text === diffTexts.notes.ports));
  });

  it('environment entries are matched by name: one value changed, one added', () => {
    const c = changes(web(), web({}, { environment: [{ name: 'PORT', value: '8080' }, { name: 'LOG_LEVEL', value: 'debug' }, { name: 'REGION', value: 'us-east-1' }] }));
    assert.deepStrictEqual(summary(c), ['app environment[LOG_LEVEL].value changed', 'app environment[REGION] added']);
  });

  it('a container added and one removed, grouped after the task', () => {
    const sidecar = { name: 'xray', image: 'public.ecr.aws/xray/aws-xray-daemon:3.3.12', memoryReservation: 64, essential: false };
    const withSidecar = web();
    (withSidecar.containerDefinitions as Obj[]).push(sidecar);
    const c = changes(web({ cpu: '256' }), { ...withSidecar, cpu: '512', memory: '1024' });
    assert.deepStrictEqual(summary(c), ['(task) cpu changed', '(task) memory changed', 'xray (container) added']);
    assert.strictEqual(c[2].note?.text, diffTexts.notes.containerAdded);
    const text = renderChangesText(c, { left: 'a.json', right: 'b.json' }, ['en']);
    assert.ok(text.indexOf('Task definition') < text.indexOf('Container xray (added)'), text);
  });

  it('a secret moved to environment is a security smell, and its value is never shown', () => {
    const leaked = 'hunter2-Plaintext-Value';
    const after = web({}, { secrets: [], environment: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'PORT', value: '8080' }, { name: 'DB_PASSWORD', value: leaked }] });
    const c = changes(web(), after);
    assert.deepStrictEqual(summary(c), ['app environment[DB_PASSWORD] added', 'app secrets removed']);
    assert.strictEqual(c[0].note?.text, diffTexts.notes.secretToEnvironment);
    for (const out of [
      renderChangesText(c, { left: 'a', right: 'b' }, ['en']),
      renderChangesText(c, { left: 'a', right: 'b' }, ['vi']),
      renderChangesMarkdown(c, { left: 'a', right: 'b' }, ['vi', 'en']),
      JSON.stringify(changesJson(c, 'en')),
    ]) {
      assert.ok(!out.includes(leaked), `the value leaked into: ${out}`);
      assert.ok(!out.includes('hunter2'), 'not even part of it');
    }
    assert.ok(renderChangesText(c, { left: 'a', right: 'b' }, ['vi']).includes('(đã ẩn)'));
  });

  it('a value that looks like a credential is hidden whatever the variable is called', () => {
    const key = 'AKIA' + 'Q3EGRZXN5TLVW7KD';
    const c = changes(web(), web({}, { environment: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'PORT', value: '8080' }, { name: 'UPSTREAM', value: key }] }));
    assert.ok(!JSON.stringify(changesJson(c, 'en')).includes(key));
    assert.ok(!renderChangesText(c, { left: 'a', right: 'b' }, ['en']).includes(key));
  });
});

describe('semantic diff: what cannot be compared', () => {
  it('a document that does not parse is named as the side that failed', () => {
    const r = compareDocuments(parsed(web()), parsed('{ "family": "x", "containerDefinitions": [ { "name": ${NAME} } ] }'));
    assert.deepStrictEqual(r, { ok: false, side: 'right', reason: 'syntax' });
  });

  it('a JSON file that is not a task definition', () => {
    const r = compareDocuments(parsed({ name: 'my-app', version: '1.0.0' }, 'package.json'), parsed(web()));
    assert.deepStrictEqual(r, { ok: false, side: 'left', reason: 'not-a-task-definition' });
  });
});

describe('semantic diff: rendering', () => {
  it('says so when the two are equivalent, in each language', () => {
    assert.strictEqual(renderChangesText([], { left: 'a.json', right: 'b.json' }, ['en']), 'a.json and b.json are equivalent: ECS would register the same task definition.\n');
    assert.ok(renderChangesText([], { left: 'a.json', right: 'b.json' }, ['vi']).startsWith('a.json và b.json tương đương nhau'));
  });

  it('prints each change on one line: + added, - removed, ~ before → after, with its note below', () => {
    const c = changes(web(), web({ cpu: '512', memory: '1024' }, { image: 'nginx:1.27' }));
    const lines = renderChangesText(c, { left: 'a.json', right: 'b.json' }, ['en']).split('\n');
    assert.deepStrictEqual(lines.slice(0, 9), [
      'a.json → b.json: 3 changes',
      '',
      'Task definition',
      '  ~ cpu: 256 → 512',
      '      Resizes the task; on Fargate 512 CPU units with 1024 MiB is a valid pair (it also changes the price).',
      '  ~ memory: 512 → 1024',
      '      Resizes the task; on Fargate 512 CPU units with 1024 MiB is a valid pair (it also changes the price).',
      '',
      'Container app',
    ]);
    assert.strictEqual(lines[9], '  ~ image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2" → "nginx:1.27"');
  });
});
