/**
 * `ecs-taskdef diff A B` as a user runs it: the real bin, its exit codes (0 equivalent, 1 different,
 * 2 bad input), text and JSON output, both languages, and input files left untouched.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describeShape } from '../support/describe-shape';
import { cli, plainEnv, removeWorkspace, workspace } from './run-cli';

const task = {
  family: 'web',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '1 vCPU',
  memory: '2 GB',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  containerDefinitions: [
    {
      name: 'app',
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2',
      portMappings: [{ containerPort: 8080 }],
      environment: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'PORT', value: '8080' }],
    },
  ],
};

function withImage(image: string): unknown {
  return { ...task, containerDefinitions: [{ ...task.containerDefinitions[0], image }] };
}

describe('ecs-taskdef diff', function () {
  this.timeout(60000);
  let dir = '';
  before(() => {
    dir = workspace({
      'task-definition.json': JSON.stringify(task, null, 2),
      'running.json': JSON.stringify(describeShape(task), null, 4),
      'next.json': JSON.stringify(withImage('123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.5.0'), null, 2),
      'broken.json': '{ "family": "web", "containerDefinitions": [ ',
      'package.json': '{ "name": "app", "version": "1.0.0" }',
    });
  });
  after(() => removeWorkspace(dir));

  it('exit 0 when the file and the running revision are equivalent', () => {
    const r = cli(['diff', 'task-definition.json', 'running.json'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, 'task-definition.json and running.json are equivalent: ECS would register the same task definition.\n');
  });

  it('exit 1 with the change by container and field, and its note', () => {
    const r = cli(['diff', 'running.json', 'next.json'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.deepStrictEqual(r.stdout.split('\n').slice(0, 5), [
      'running.json → next.json: 1 change',
      '',
      'Container app',
      '  ~ image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2" → "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.5.0"',
      '      A new image: updating the service with this revision starts a new deployment (new tasks replace the old ones).',
    ]);
  });

  it('JSON output for tools, in Vietnamese with --lang vi', () => {
    const r = cli(['diff', 'task-definition.json', 'next.json', '--format', 'json', '--lang', 'vi'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { equivalent: boolean; changes: Array<{ container: string; path: string; kind: string; note: string }> };
    assert.strictEqual(out.equivalent, false);
    assert.deepStrictEqual(out.changes.map((c) => [c.container, c.path, c.kind]), [['app', 'image', 'changed']]);
    assert.ok(out.changes[0].note.startsWith('Image mới'), out.changes[0].note);
  });

  it('exit 2 naming the file that does not parse, or is not a task definition, or is missing', () => {
    for (const [args, named] of [
      [['diff', 'task-definition.json', 'broken.json'], 'broken.json'],
      [['diff', 'package.json', 'task-definition.json'], 'package.json'],
      [['diff', 'task-definition.json', 'nope.json'], 'nope.json'],
    ] as const) {
      const r = cli(args, dir);
      assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
      assert.strictEqual(r.stdout, '');
      assert.ok(r.stderr.includes(named), r.stderr);
    }
  });

  it('exit 2 on a wrong command line: one file, or SARIF', () => {
    assert.strictEqual(cli(['diff', 'task-definition.json'], dir).code, 2);
    assert.strictEqual(cli(['diff', 'task-definition.json', 'next.json', '--format', 'sarif'], dir).code, 2);
  });

  it('writes nothing to either input', () => {
    const before = ['task-definition.json', 'running.json', 'broken.json'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    cli(['diff', 'running.json', 'task-definition.json'], dir);
    cli(['diff', 'task-definition.json', 'broken.json'], dir, plainEnv({ LANG: 'vi_VN.UTF-8' }));
    const after = ['task-definition.json', 'running.json', 'broken.json'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    assert.deepStrictEqual(after, before);
  });
});
