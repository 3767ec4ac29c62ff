/**
 * Issue 11, cascades: after a real syntax error, no rule reports what only follows from the part the
 * parser could not read (model/damage.ts), while findings in the parts read as written stay.
 * Each case has a control: the same text without the break (or with the break elsewhere) gives the
 * finding, so the test fails if the filter drops too little or too much. Fixtures written for these tests.
 */
import * as assert from 'assert';
import { diagnose, found, textAt } from '../support/harness';

/** Error and warning codes with the underlined text, syntax errors left out. */
function findings(text: string): string[] {
  return diagnose(text).filter((d) => d.severity! <= 2 && d.code !== 'ECS001').map((d) => `${d.code} ${textAt(text, d.range)}`).sort();
}
const syntaxErrors = (text: string): number => found(text, 'ECS001').length;

const ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
const LOGS = '{ "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web" } }';

/** A Fargate task with the task-level lines `top` and the containers `containers`, as written. */
function fargateText(top: string[], containers: string[]): string {
  return [
    '{',
    '  "family": "web",',
    '  "requiresCompatibilities": ["FARGATE"],',
    '  "networkMode": "awsvpc",',
    '  "cpu": "256",',
    '  "memory": "512",',
    ...top.map((l) => `  ${l}`),
    '  "containerDefinitions": [',
    containers.map((c) => `    ${c}`).join(',\n'),
    '  ]',
    '}',
  ].join('\n');
}

describe('syntax errors: no cascades (issue 11)', () => {
  describe('a broken region may hide a required property: no "missing" finding', () => {
    const app = `{ "name": "app", "image": "nginx:1.27", "essential": true, "logConfiguration": ${LOGS} }`;

    it('an elision (...) among the task fields: no ECS201 for a missing execution role', () => {
      const control = fargateText([], [app]);
      assert.deepStrictEqual(findings(control), ['ECS201 "awslogs"'], 'control: awslogs on Fargate without executionRoleArn');
      const elided = fargateText(['...'], [app]);
      assert.strictEqual(syntaxErrors(elided), 1);
      assert.deepStrictEqual(findings(elided), []);
    });

    it('an object left unclosed swallows the properties after it: no ECS523 for the image it swallowed, no ECS002 for it either (the error shows only at a later bracket)', () => {
      const broken = `{ "name": "app", "essential": true, "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web" }, "image": "nginx:1.27" }`;
      const text = fargateText([`"executionRoleArn": "${ROLE}",`], [broken]);
      assert.ok(syntaxErrors(text) >= 1);
      assert.deepStrictEqual(findings(text), []);
      // Control: the same container closed properly, without an image, is reported.
      const closed = `{ "name": "app", "essential": true, "logConfiguration": ${LOGS} }`;
      assert.deepStrictEqual(findings(fargateText([`"executionRoleArn": "${ROLE}",`], [closed])), ['ECS523 "app"']);
    });

    it('a member the parser could not read (an unquoted key): no ECS004 for it', () => {
      const secrets = (entry: string): string => fargateText([`"executionRoleArn": "${ROLE}",`], [`{ "name": "app", "image": "nginx:1.27", "secrets": [${entry}] }`]);
      const text = secrets('{ "name": "DB_PASSWORD", valueFrom: "arn:aws:ssm:us-east-1:123456789012:parameter/db" }');
      assert.ok(syntaxErrors(text) >= 1);
      assert.deepStrictEqual(findings(text), []);
      // Control: a secret without valueFrom is reported when the text parses.
      assert.deepStrictEqual(findings(secrets('{ "name": "DB_PASSWORD" }')), ['ECS004 {']);
    });
  });

  describe('a broken container: no unknown-reference finding for its name', () => {
    const app = `{ "name": "app", "image": "nginx:1.27", "dependsOn": [{ "containerName": "sidecar", "condition": "START" }] }`;
    it('the name of the container depended on is in the broken part: no ECS503', () => {
      const text = fargateText([`"executionRoleArn": "${ROLE}",`], [app, '{ "name" "sidecar", "image": "busybox:1.36" }']);
      assert.strictEqual(syntaxErrors(text), 1);
      assert.deepStrictEqual(found(text, 'ECS503'), []);
      // Control: with that container really absent, the reference is reported.
      assert.deepStrictEqual(found(fargateText([`"executionRoleArn": "${ROLE}",`], [app, '{ "name": "other", "image": "busybox:1.36" }']), 'ECS503'), ['"sidecar"']);
    });

    it('a volume list the parser could not finish: no ECS401 for a mount of a volume declared in it', () => {
      const app2 = `{ "name": "app", "image": "nginx:1.27", "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }] }`;
      const text = fargateText([`"executionRoleArn": "${ROLE}",`, '"volumes": [{ "name": "scratch" }, ... ],'], [app2]);
      assert.strictEqual(syntaxErrors(text), 1);
      assert.deepStrictEqual(found(text, 'ECS401'), []);
      assert.deepStrictEqual(found(fargateText([`"executionRoleArn": "${ROLE}",`, '"volumes": [{ "name": "scratch" }],'], [app2]), 'ECS401'), ['"data"']);
    });
  });

  describe('what the parser read as written is still checked', () => {
    it('a mistake far from the break is reported (ECS101 network mode, ECS002 typo in another container)', () => {
      const text = fargateText([`"executionRoleArn": "${ROLE}",`], [
        '{ "name": "app", "image": "nginx:1.27", "memroy": 512 }',
        '{ "name" "sidecar", "image": "busybox:1.36" }',
      ]).replace('"networkMode": "awsvpc"', '"networkMode": "bridge"');
      assert.strictEqual(syntaxErrors(text), 1);
      assert.deepStrictEqual(findings(text), ['ECS002 "memroy"', 'ECS101 "bridge"']);
    });

    it('an elision does not hide the mistakes written around it in the same object (ECS002 before and after it)', () => {
      const text = fargateText([`"executionRoleArn": "${ROLE}",`], ['{ "name": "app", "imag": "nginx:1.27", ..., "memroy": 512 }']);
      assert.ok(syntaxErrors(text) >= 1);
      assert.deepStrictEqual(findings(text), ['ECS002 "imag"', 'ECS002 "memroy"']);
    });

    it('a missing property of an object the break is not in is reported (ECS523 in another container)', () => {
      const text = fargateText([`"executionRoleArn": "${ROLE}",`], [
        '{ "name": "app", "essential": true }',
        '{ "name": "sidecar", "image": "busybox:1.36", "environment": [{ "name": "A" "value": "1" }, { "name": "B", "value": ... }] }',
      ]);
      assert.ok(syntaxErrors(text) >= 1);
      assert.deepStrictEqual(findings(text), ['ECS523 "app"']);
    });

    it('a value read from an unterminated string is not checked; an intact one next to it is (ECS202)', () => {
      const text = fargateText(['"taskRoleArn": "arn:aws:iam::123456789012:user/alice,', `"executionRoleArn": "arn:aws:iam::123456789012:user/bob",`], [`{ "name": "app", "image": "nginx:1.27" }`]);
      assert.strictEqual(syntaxErrors(text), 2, 'the unterminated string, and the comma it swallowed');
      assert.deepStrictEqual(found(text, 'ECS202'), ['user/bob']);
    });

    it('a missing comma or a bad number loses nothing: the member after it is checked as written (ECS002, ECS003)', () => {
      const ec2 = (container: string): string => `{\n  "family": "web",\n  "requiresCompatibilities": ["EC2"],\n  "containerDefinitions": [\n    ${container}\n  ]\n}`;
      assert.deepStrictEqual(findings(ec2('{ "name": "app", "image": "nginx:1.27", "memory": 512 "esential": true }')), ['ECS002 "esential"']);
      assert.deepStrictEqual(findings(ec2('{ "name": "app", "image": "nginx:1.27", "memory": 512 "essential": "yes" }')), ['ECS003 "yes"']);
      assert.deepStrictEqual(findings(ec2('{ "name": "app", "image": "nginx:1.27", "memory": 5x12, "essential": "yes" }')), ['ECS003 "yes"']);
      assert.deepStrictEqual(findings(ec2('{ "name": "app", "image": "nginx:1.27", "memory": 512, "portMappings": [{ "containerPort": "80" "hostPort": 80 }] }')), ['ECS003 "80"']);
    });

    it('a skip that stays at one level (a value, a key or a colon missing) hides only what it skipped; one across a bracket hides the rest of the object', () => {
      const ec2 = (member: string): string => `{\n  "family": "web",\n  "requiresCompatibilities": ["EC2"],\n  "containerDefinitions": [\n    { "name": "app", "image": "nginx:1.27", "memory": 512, ${member}, "essential": "yes" }\n  ]\n}`;
      for (const member of ['"cpu": ', '', '"cpu" 256', '"cpu" "a]b"', '"cpu" "a\\"]b"']) {
        assert.deepStrictEqual(findings(ec2(member)), ['ECS003 "yes"'], member);
      }
      // Across a bracket the parser may have left the object early: "yes" may belong elsewhere.
      assert.deepStrictEqual(findings(ec2('"cpu" [1]')), []);
    });

    it('a bad token spoils only the item or property that holds it: its neighbours are checked (ECS003, ECS005), a list holding it may lack items (no ECS311)', () => {
      const ec2 = (member: string): string => `{\n  "family": "web",\n  "requiresCompatibilities": ["EC2"],\n  "containerDefinitions": [\n    { "name": "app", "image": "nginx:1.27", "memory": 512, ${member} }\n  ]\n}`;
      assert.deepStrictEqual(findings(ec2('"links": ["db", 5]')), ['ECS003 5', 'ECS311 db'], 'control');
      assert.deepStrictEqual(findings(ec2('"links": ["db", bad, 5]')), ['ECS003 5']);
      assert.deepStrictEqual(findings(ec2('"portMappings": [{ "containerPort": 80x, "protocol": "tccp" }]')), ['ECS005 "tccp"']);
      assert.deepStrictEqual(findings(ec2('"essential": "yes",\n      ...\n      "cpu": "1"')), ['ECS003 "1"', 'ECS003 "yes"']);
    });

    it('a `]` where an object\'s `}` belongs: the next container, which the parser reads into the list, gets no ECS002 for its image, memory or essential', () => {
      const ec2 = (mapping: string): string => `{\n  "family": "web",\n  "requiresCompatibilities": ["EC2"],\n  "containerDefinitions": [\n    { "name": "app", "image": "nginx:1.27", "memory": 512, "portMappings": [${mapping}], "cpu": "1" },\n    { "name": "b", "image": "busybox:1.36", "memory": 64, "essential": "no" }\n  ]\n}`;
      assert.deepStrictEqual(findings(ec2('{ "containerPort": 80 }')), ['ECS003 "1"', 'ECS003 "no"'], 'control: the same text closed properly');
      const text = ec2('{ "containerPort": 80 ');
      assert.ok(syntaxErrors(text) >= 1);
      assert.deepStrictEqual(findings(text), []);
    });

    it('after an elision in the task, an undeclared launch type is unknown: no EC2-default error (ECS109)', () => {
      const ec2Default = (extra: string[]): string => ['{', '  "family": "web",', ...extra, '  "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }]', '}'].join('\n');
      assert.deepStrictEqual(findings(ec2Default([])), ['ECS109 "app"'], 'control: no requiresCompatibilities means EC2, which needs memory');
      assert.deepStrictEqual(findings(ec2Default(['  ...'])), []);
    });
  });

  it('brackets inside a comment, closed or left open, count for no nesting: the file is still checked', () => {
    const jsonc = { uri: 'file:///w/task-definition.jsonc' };
    const body = '"containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 128, "essential": "yes" }]';
    const closed = `{ "family": "web", /* ${'['.repeat(1500)} */ ${body} }`;
    assert.deepStrictEqual(diagnose(closed, jsonc).filter((d) => d.severity! <= 2).map((d) => `${d.code} ${textAt(closed, d.range)}`), ['ECS003 "yes"']);
    const open = `{ "family": "web", ${body} } /* ${'['.repeat(1500)}`;
    assert.deepStrictEqual(diagnose(open, jsonc).filter((d) => d.severity! <= 2).map((d) => String(d.code)).sort(), ['ECS001', 'ECS003']);
  });

  it('the syntax errors themselves are still reported, each once', () => {
    const text = fargateText(['...', '"taskRoleArn": "x,'], [`{ "name": "app", "image": "nginx:1.27" }`]);
    assert.deepStrictEqual(found(text, 'ECS001'), ['...', '"x,', '"containerDefinitions"']);
  });
});
