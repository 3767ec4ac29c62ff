/**
 * Crashes are loud: a quick fix or a rule that throws during "fix all" (the source action, fix on
 * save, `ecs-taskdef check --fix`) is reported, never skipped silently. A fix that throws is
 * patched into the real rule registry for the duration of one test, as a broken fix would be.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EcsLanguageService, textDocument } from '../../language-service';
import { ruleByCode } from '../../language-service/rules';
import type { Rule } from '../../language-service/rules/rule';
import { defaultSettings } from '../../common/settings';
import { run, type Io } from '../../cli/src/run';

/** A describe output pasted as is: `revision` (ECS009) and `taskRoleArn: null` (ECS008), both with safe fixes. */
const PASTED = `{
  "family": "web",
  "revision": 3,
  "taskRoleArn": null,
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "essential": true }]
}
`;

/** Replaces a property of a registered rule for the duration of `fn`. */
function patched<K extends keyof Rule>(code: string, key: K, value: Rule[K], fn: () => void): void {
  const rule = ruleByCode(code) as Rule;
  assert.ok(rule, `${code} is registered`);
  const before = rule[key];
  (rule as unknown as Record<string, unknown>)[key] = value;
  try {
    fn();
  } finally {
    (rule as unknown as Record<string, unknown>)[key] = before;
  }
}

function throwingFix(code: string, fn: () => void): void {
  const fix = ruleByCode(code)!.fix!;
  patched(code, 'fix', { ...fix, edits: () => { throw new Error(`broken fix of ${code}`); } }, fn);
}

function collecting(): { service: EcsLanguageService; errors: string[] } {
  const errors: string[] = [];
  return { service: new EcsLanguageService({ onError: (where, e) => errors.push(`${where}: ${e instanceof Error ? e.message : String(e)}`) }), errors };
}

describe('crashes during fix-all are reported, not swallowed', () => {
  it('fixAll reports a fix that throws, and still applies the other safe fixes', () => {
    const { service, errors } = collecting();
    throwingFix('ECS008', () => {
      const out = service.fixAll(textDocument('file:///w/task-definition.json', PASTED), defaultSettings, ['en']);
      assert.ok(out !== undefined && !out.includes('"revision"'), 'the ECS009 fix still applied');
      assert.ok(out.includes('"taskRoleArn": null'), 'the broken ECS008 fix changed nothing');
    });
    assert.deepStrictEqual(errors, ['fixAll: fix ECS008: broken fix of ECS008']);
  });

  it('the "fix all" source action reports it too (the server logs what onError receives)', () => {
    const { service, errors } = collecting();
    throwingFix('ECS008', () => {
      const d = textDocument('file:///w/task-definition.json', PASTED);
      const diags = service.diagnostics(d, defaultSettings, ['en']);
      const actions = service.codeActions(d, diags, ['source.fixAll'], defaultSettings, ['en']);
      assert.deepStrictEqual(actions.map((a) => a.kind), ['source.fixAll.ecsTaskDefinition']);
    });
    assert.deepStrictEqual(errors, ['codeAction: fix ECS008: broken fix of ECS008']);
  });

  it('a rule reporting a message variant it does not define is reported, and the diagnostic keeps the default message', () => {
    const { service, errors } = collecting();
    const messages = (): string[] => service.diagnostics(textDocument('file:///w/task-definition.json', PASTED), defaultSettings, ['en']).filter((x) => x.code === 'ECS009').map((x) => x.message);
    const before = messages();
    assert.strictEqual(before.length, 1);
    const check = ruleByCode('ECS009')!.check;
    patched('ECS009', 'check', (ctx) => check({ ...ctx, schemaIssues: () => ctx.schemaIssues(), report: (f) => ctx.report({ ...f, variant: 'misspelt' }) }), () => {
      assert.deepStrictEqual(messages(), before);
    });
    assert.deepStrictEqual(errors, ['rule ECS009: ECS009 reports the message variant "misspelt", which it does not define']);
  });

  it('a quick fix that throws is reported with its code', () => {
    const { service, errors } = collecting();
    throwingFix('ECS009', () => {
      const d = textDocument('file:///w/task-definition.json', PASTED);
      const diags = service.diagnostics(d, defaultSettings, ['en']).filter((x) => x.code === 'ECS009');
      assert.deepStrictEqual(service.codeActions(d, diags, ['quickfix'], defaultSettings, ['en']), []);
    });
    assert.deepStrictEqual(errors, ['codeAction: fix ECS009: broken fix of ECS009']);
  });

  it('a rule that throws only on the text a fix produced is reported, naming that text', () => {
    const { service, errors } = collecting();
    const victim = ruleByCode('ECS101')!; // any task rule: it throws once `revision` is gone
    const check = victim.check;
    patched('ECS101', 'check', (ctx) => {
      if (!ctx.doc.text.includes('"revision"')) throw new Error('rule broken by the fixed text');
      check(ctx);
    }, () => {
      const out = service.fixAll(textDocument('file:///w/task-definition.json', PASTED), defaultSettings, ['en']);
      assert.ok(out !== undefined && !out.includes('"revision"'));
    });
    assert.deepStrictEqual(errors, ['fixAll: rule ECS101 (on the text after fixes): rule broken by the fixed text']);
  });

  it('ecs-taskdef check --fix prints the error with the file, and exits 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-loud-'));
    const file = path.join(dir, 'task-definition.json');
    fs.writeFileSync(file, PASTED);
    let stdout = '';
    let stderr = '';
    const io: Io = { cwd: dir, env: {}, stdout: { write: (s: string) => (stdout += s), isTTY: false }, stderr: { write: (s: string) => (stderr += s) } };
    let code = -1;
    try {
      // run() is async (the HCL parser loads on demand); the checking itself happens before its first await.
      let pending: Promise<number> | undefined;
      throwingFix('ECS008', () => {
        pending = run(['check', '--fix', 'task-definition.json'], io);
      });
      code = await pending!;
      assert.strictEqual(code, 2, stdout + stderr);
      assert.match(stderr, /Internal error: task-definition\.json: fixAll: fix ECS008: broken fix of ECS008/);
      // The other fix was written, the broken one left its text alone.
      const written = fs.readFileSync(file, 'utf8');
      assert.ok(!written.includes('"revision"') && written.includes('"taskRoleArn": null'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
