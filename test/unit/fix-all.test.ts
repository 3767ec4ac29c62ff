import * as assert from 'assert';
import { applyEdits, codes, doc, fargate, parses, service, settings } from '../support/harness';

describe('fix all auto-fixable problems (source action)', () => {
  const text = `{
  // copied from describe-task-definition
  "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:7",
  "revision": 7,
  "family": "web",
  "networkMode": "awsvpn",
  "taskRoleArn": null,
  "cpu": 256,
  "memory": "512",
  "requiresCompatibilities": ["FARGATE"],
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    { "name": "app", "image": "nginx:1.27", "portMappings": [{ "containerPort": "80" }] } /* the web server */
  ],
  "status": "ACTIVE"
}`;

  it('is offered only when source actions are asked for', () => {
    const d = doc(text);
    const diags = service.diagnostics(d, settings(), ['en']);
    assert.ok(!service.codeActions(d, diags, undefined, settings(), ['en']).some((a) => a.kind?.startsWith('source')));
    assert.ok(service.codeActions(d, diags, ['source.fixAll'], settings(), ['en']).some((a) => a.kind === 'source.fixAll.ecsTaskDefinition'));
  });

  it('fixes everything safe in one action, keeping comments and the rest', () => {
    const d = doc(text);
    const [action] = service.codeActions(d, service.diagnostics(d, settings(), ['en']), ['source.fixAll.ecsTaskDefinition'], settings(), ['en']);
    const out = applyEdits(text, action.edit!.changes![d.uri]);
    assert.ok(parses(out));
    for (const c of ['ECS003', 'ECS008', 'ECS009', 'ECS012']) assert.ok(!codes(out).includes(c), `${c} left in:\n${out}`);
    assert.ok(out.includes('// copied from describe-task-definition') && out.includes('/* the web server */'));
    assert.ok(out.includes('"cpu": "256"') && out.includes('"containerPort": 80'));
    // A "did you mean" enum value is a guess: offered as a quick fix, never applied by fix-all.
    assert.ok(out.includes('"networkMode": "awsvpn"') && codes(out).includes('ECS005'));
    assert.ok(!out.includes('revision') && !out.includes('taskRoleArn') && !out.includes('"status"'));
  });

  it('never applies an enum "did you mean": networkMode "default" stays (its closest spelling is host)', () => {
    const t = fargate({ networkMode: undefined, requiresCompatibilities: ['EC2'] }).replace('"family": "web",', '"family": "web",\n  "networkMode": "default",');
    assert.strictEqual(service.fixAll(doc(t), settings(), ['en']), undefined);
  });

  it('leaves a document that does not parse alone, even with safe fixes elsewhere (only syntax fixes may touch it)', () => {
    const t = fargate({}, { portMappings: [{ containerPort: '80' }] }).replace('"family": "web",', '"family": "web"');
    assert.ok(codes(t).includes('ECS001') && codes(t).includes('ECS003'), 'precondition');
    assert.strictEqual(service.fixAll(doc(t), settings(), ['en']), undefined);
    // The same fix applies once the syntax error is gone.
    const repaired = service.fixAll(doc(t.replace('"family": "web"', '"family": "web",')), settings(), ['en']);
    assert.ok(repaired?.includes('"containerPort": 80'));
  });

  it('a strict-JSON syntax fix (ECS015 trailing comma, a syntax rule) applies first; the other safe fixes follow once the text parses', () => {
    const t = fargate({ cpu: 256 }).replace('"FARGATE"\n', '"FARGATE",\n');
    assert.ok(codes(t).includes('ECS015') && codes(t).includes('ECS012'), `precondition: ${codes(t).join(', ')}`);
    const out = service.fixAll(doc(t), settings(), ['en']);
    assert.ok(out !== undefined && parses(out));
    assert.deepStrictEqual(codes(out).filter((c) => c === 'ECS015' || c === 'ECS012'), []);
    assert.deepStrictEqual(JSON.parse(out), JSON.parse(fargate({ cpu: '256' })));
  });

  it('a template with an unquoted placeholder (ECS014, a syntax rule without a fix) is not rewritten', () => {
    const t = fargate({ cpu: 256 }).replace('"memory": "512"', '"memory": ${MEMORY}');
    assert.ok(codes(t).includes('ECS014') && codes(t).includes('ECS012'), `precondition: ${codes(t).join(', ')}`);
    assert.strictEqual(service.fixAll(doc(t), settings(), ['en']), undefined);
  });

  it('does nothing on a clean file', () => {
    const d = doc(fargate());
    assert.deepStrictEqual(service.codeActions(d, [], ['source.fixAll'], settings(), ['en']), []);
  });
});

describe('quick fixes resolved lazily (codeAction/resolve)', () => {
  it('offers the fix without its edit, and resolve fills in the same edit as the eager path', () => {
    // ECS012 and ECS003 (no alternatives: a rule with alternative fixes computes them eagerly).
    const text = fargate({ cpu: 256 }, { portMappings: [{ containerPort: '80' }] });
    const d = doc(text);
    const diags = service.diagnostics(d, settings(), ['en']);
    const eager = service.codeActions(d, diags, ['quickfix'], settings(), ['en']);
    const lazy = service.codeActions(d, diags, ['quickfix'], settings(), ['en'], { lazy: true });
    assert.deepStrictEqual(lazy.map((a) => a.title), eager.map((a) => a.title));
    assert.ok(lazy.length >= 2);
    assert.ok(lazy.every((a) => a.edit === undefined && a.data !== undefined));
    const resolved = lazy.map((a) => service.resolveCodeAction(d, a, settings()));
    assert.deepStrictEqual(resolved.map((a) => a.edit), eager.map((a) => a.edit));
    const out = applyEdits(text, resolved[0].edit!.changes![d.uri]);
    assert.ok(parses(out) && out !== text);
  });

  it('resolves to nothing when the document changed in between', () => {
    const text = fargate({ cpu: 256 });
    const d1 = doc(text);
    const [action] = service.codeActions(d1, service.diagnostics(d1, settings(), ['en']), ['quickfix'], settings(), ['en'], { lazy: true });
    const d2 = doc(text.replace('"web"', '"web2"'), d1.uri);
    assert.strictEqual(service.resolveCodeAction(d2, action, settings()).edit, undefined);
  });
});
