/**
 * The `ecs-taskdef` CLI as a user meets it: the real bin started as a process, its exit codes and
 * its output in each format. Expected problems come from the language service itself (the same
 * engine), asserted by code and position, never by message.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Lang } from '../../common/settings';
import { defaultSettings } from '../../common/settings';
import { allRules } from '../../language-service/rules';
import { EcsLanguageService } from '../../language-service';
import { derivePolicies } from '../../language-service/iam';
import { serviceDefinition, taskDefinition } from '../../scripts/bench/generate';
import { doc, ec2, fargate, service } from '../support/harness';
import { BIN, cli, cliInTerminal, plainEnv, problemLines, removeWorkspace, ROOT, workspace } from './run-cli';

const ESC = '\x1b[';
const SECRET = 'Sup3r-S3cret-Value-4242';

/** What the engine reports for `text` in a file of that name, at or above `min` (1 error … 4 hint), in the order of the text. */
function expected(text: string, name = 'task-definition.json', min = 2, langs: Lang[] = ['en']): Diagnostic[] {
  return service.diagnostics(doc(text, `file:///ws/${name}`), defaultSettings, langs)
    .filter((d) => (d.severity ?? 1) <= min)
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function loc(name: string, d: Diagnostic): string {
  return `${name}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
}

interface JsonOut {
  files: Array<{ path: string; kind: string; fixed: boolean; problems: Array<{ code: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; fixable: boolean }> }>;
  errors: Array<{ path: string; kind: string }>;
  summary: { files: number; problems: number; error: number; warning: number; information: number; hint: number; fixable: number };
}

/** A task definition with a misspelt property (ECS002, safe fix) and a port written as a string (ECS003, safe fix). */
const broken = fargate({}, { essential: undefined, essental: true, portMappings: [{ containerPort: '8080', protocol: 'tcp' }] });
/** Only information-level findings: the same role twice (ECS204) and a password in plain text (ECS601). */
const infoOnly = fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole' }, { environment: [{ name: 'DB_PASSWORD', value: SECRET }] });

describe('ecs-taskdef CLI (the real bin as a process)', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  const ws = (files: Record<string, string | Buffer>): string => {
    const d = workspace(files);
    dirs.push(d);
    return d;
  };

  before(() => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'cli.js')), 'dist/cli.js is missing: run `node scripts/build.mjs` (npm run test:cli does)');
    assert.ok(fs.existsSync(BIN));
  });
  after(() => dirs.forEach(removeWorkspace));

  describe('check, text output', () => {
    it('exits 0 on a clean task definition and says so', () => {
      const text = fargate();
      assert.deepStrictEqual(expected(text), [], 'precondition: the builder makes a clean file');
      const dir = ws({ 'task-definition.json': text });
      const r = cli(['check', 'task-definition.json'], dir);
      assert.strictEqual(r.code, 0, r.stdout + r.stderr);
      assert.deepStrictEqual(problemLines(r.stdout), []);
      assert.match(r.stdout, /Checked 1 file: no problems/);
    });

    it('exits 1 and prints path:line:column and the code of every problem, as the engine finds them', () => {
      const dir = ws({ 'deploy/task-definition.json': broken });
      const want = expected(broken);
      assert.deepStrictEqual(want.map((d) => d.code).sort(), ['ECS002', 'ECS003']);
      const r = cli(['check', 'deploy/task-definition.json'], dir);
      assert.strictEqual(r.code, 1, r.stdout + r.stderr);
      assert.deepStrictEqual(problemLines(r.stdout), want.map((d) => [loc('deploy/task-definition.json', d), String(d.code)]));
      assert.match(r.stdout, /2 problems \(2 errors\) in 1 checked file\./);
      assert.match(r.stdout, /2 of them can be fixed automatically with --fix/);
    });

    it('is plain in a pipe and in CI, coloured on a terminal, and obeys --color / --no-color', function () {
      const dir = ws({ 'task-definition.json': broken });
      assert.ok(!cli(['check'], dir).stdout.includes(ESC), 'a pipe gets plain text');
      assert.ok(cli(['check', '--color'], dir).stdout.includes(`${ESC}31m`), '--color forces colours');
      const tty = cliInTerminal(['check'], dir, plainEnv());
      if (!tty) return this.skip(); // no `script` to make a terminal
      assert.ok(tty.stdout.includes(`${ESC}31m`), 'a terminal gets colours');
      assert.ok(!cliInTerminal(['check'], dir, plainEnv({ CI: 'true' }))!.stdout.includes(ESC), 'CI gets plain text even on a terminal');
      assert.ok(!cliInTerminal(['check', '--no-color'], dir, plainEnv())!.stdout.includes(ESC), '--no-color wins');
    });

    it('--lang vi prints the engine\'s Vietnamese messages; LANG=vi_VN picks Vietnamese by default', () => {
      const dir = ws({ 'task-definition.json': broken });
      const vi = expected(broken, 'task-definition.json', 2, ['vi']).map((d) => d.message);
      const en = expected(broken).map((d) => d.message);
      const out = JSON.parse(cli(['check', '--format', 'json', '--lang', 'vi'], dir).stdout) as JsonOut;
      assert.deepStrictEqual(out.files[0].problems.map((p) => p.message), vi);
      assert.notDeepStrictEqual(vi, en);
      const byEnv = JSON.parse(cli(['check', '--format', 'json'], dir, plainEnv({ LANG: 'vi_VN.UTF-8' })).stdout) as JsonOut;
      assert.deepStrictEqual(byEnv.files[0].problems.map((p) => p.message), vi);
      assert.match(cli(['check', '--lang', 'vi'], dir).stdout, /2 vấn đề \(2 lỗi\) trong 1 file đã kiểm tra/);
    });
  });

  describe('check --severity', () => {
    it('hides and does not count what is below the minimum; the default minimum is warning', () => {
      const dir = ws({ 'task-definition.json': infoOnly });
      const info = expected(infoOnly, 'task-definition.json', 3);
      assert.deepStrictEqual(info.map((d) => d.code).sort(), ['ECS204', 'ECS601'], 'precondition: information-level findings only');
      const byDefault = cli(['check'], dir);
      assert.strictEqual(byDefault.code, 0, byDefault.stdout);
      assert.deepStrictEqual(problemLines(byDefault.stdout), []);
      const withInfo = cli(['check', '--severity', 'info'], dir);
      assert.strictEqual(withInfo.code, 1);
      assert.deepStrictEqual(problemLines(withInfo.stdout), info.map((d) => [loc('task-definition.json', d), String(d.code)]));
      const withHints = JSON.parse(cli(['check', '--severity=hint', '--format', 'json'], dir).stdout) as JsonOut;
      assert.deepStrictEqual(withHints.files[0].problems.map((p) => p.code), expected(infoOnly, 'task-definition.json', 4).map((d) => String(d.code)));
    });

    it('--severity error ignores warnings (exit 0) but not errors', () => {
      const warnOnly = fargate({ taskRoleArn: null });
      assert.deepStrictEqual(expected(warnOnly).map((d) => [d.code, d.severity]), [['ECS008', 2]]);
      const dir = ws({ 'task-definition.json': warnOnly, 'web.taskdef.json': broken });
      assert.strictEqual(cli(['check', 'task-definition.json'], dir).code, 1);
      assert.strictEqual(cli(['check', '--severity', 'error', 'task-definition.json'], dir).code, 0);
      const both = cli(['check', '--severity', 'error'], dir);
      assert.strictEqual(both.code, 1);
      assert.deepStrictEqual(problemLines(both.stdout).map(([l]) => l.split(':')[0]), ['web.taskdef.json', 'web.taskdef.json']);
    });
  });

  describe('check --format json and sarif', () => {
    it('json: every problem with 1-based positions, severity, docs and whether --fix can fix it', () => {
      const dir = ws({ 'task-definition.json': broken });
      const r = cli(['check', '--format', 'json'], dir);
      assert.strictEqual(r.code, 1);
      const out = JSON.parse(r.stdout) as JsonOut;
      const want = expected(broken);
      assert.deepStrictEqual(out.files.map((f) => f.path), ['task-definition.json']);
      assert.deepStrictEqual(
        out.files[0].problems.map((p) => [p.code, p.severity, p.line, p.column, p.endLine, p.endColumn, p.fixable]),
        want.map((d) => [d.code, 'error', d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, true]),
      );
      assert.deepStrictEqual([out.summary.files, out.summary.problems, out.summary.error, out.summary.fixable], [1, 2, 2, 2]);
    });

    it('sarif: valid SARIF 2.1.0 (checked against its JSON schema) with the rule catalogue and relative locations', () => {
      const dir = ws({ 'infra/task-definition.json': broken, 'infra/other.taskdef.json': infoOnly });
      const r = cli(['check', '--format', 'sarif', '--severity', 'info'], dir);
      assert.strictEqual(r.code, 1, r.stderr);
      const log = JSON.parse(r.stdout) as { version: string; runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } } }> }> }> };
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      assert.strictEqual(log.version, '2.1.0');
      const run = log.runs[0];
      assert.strictEqual(run.tool.driver.name, 'ecs-taskdef');
      assert.deepStrictEqual(run.tool.driver.rules.map((x) => x.id), allRules.map((x) => x.code));
      const want = [
        ...expected(infoOnly, 'other.taskdef.json', 3).map((d) => ['infra/other.taskdef.json', d] as const),
        ...expected(broken, 'task-definition.json', 3).map((d) => ['infra/task-definition.json', d] as const),
      ];
      assert.deepStrictEqual(
        run.results.map((x) => [x.ruleId, x.level, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.artifactLocation.uriBaseId, x.locations[0].physicalLocation.region.startLine, x.locations[0].physicalLocation.region.startColumn]),
        want.map(([file, d]) => [d.code, d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'note', file, '%SRCROOT%', d.range.start.line + 1, d.range.start.character + 1]),
      );
    });

    it('sarif of a clean run is valid too, with no results', () => {
      const dir = ws({ 'task-definition.json': fargate() });
      const r = cli(['check', '--format', 'sarif'], dir);
      assert.strictEqual(r.code, 0);
      const log = JSON.parse(r.stdout) as { runs: Array<{ results: unknown[] }> };
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors));
      assert.deepStrictEqual(log.runs[0].results, []);
    });
  });

  describe('summary counts with proper plurals', () => {
    const oneError = fargate({}, { portMappings: [{ containerPort: '80' }] });
    it('English: "1 problem (1 error) in 1 checked file", "2 problems ... in 2 checked files", "Checked 2 files"', () => {
      assert.deepStrictEqual(expected(oneError).map((d) => d.code), ['ECS003'], 'precondition: one problem');
      const one = cli(['check', 'task-definition.json'], ws({ 'task-definition.json': oneError }));
      assert.match(one.stdout, /^1 problem \(1 error\) in 1 checked file\.$/m);
      assert.match(one.stdout, /^1 of them can be fixed automatically with --fix\.$/m);
      const two = cli(['check', 'a/task-definition.json', 'b/task-definition.json'], ws({ 'a/task-definition.json': oneError, 'b/task-definition.json': oneError }));
      assert.match(two.stdout, /^2 problems \(2 errors\) in 2 checked files\.$/m);
      const clean = cli(['check', 'a/task-definition.json', 'b/task-definition.json'], ws({ 'a/task-definition.json': fargate(), 'b/task-definition.json': fargate() }));
      assert.match(clean.stdout, /^Checked 2 files: no problems\.$/m);
      for (const r of [one, two, clean]) assert.ok(!r.stdout.includes('(s)'), r.stdout);
    });

    it('Vietnamese: the noun does not change with the number', () => {
      const one = cli(['check', '--lang', 'vi', 'task-definition.json'], ws({ 'task-definition.json': oneError }));
      assert.match(one.stdout, /^1 vấn đề \(1 lỗi\) trong 1 file đã kiểm tra\.$/m);
      const two = cli(['check', '--lang', 'vi', 'a/task-definition.json', 'b/task-definition.json'], ws({ 'a/task-definition.json': oneError, 'b/task-definition.json': oneError }));
      assert.match(two.stdout, /^2 vấn đề \(2 lỗi\) trong 2 file đã kiểm tra\.$/m);
      const fixed = cli(['check', '--lang', 'vi', '--fix', 'task-definition.json'], ws({ 'task-definition.json': oneError }));
      assert.match(fixed.stdout, /^Đã áp dụng các bản sửa an toàn cho 1 file\.$/m);
      assert.match(fixed.stdout, /^Đã kiểm tra 1 file: không có vấn đề nào\.$/m);
    });
  });

  describe('check --fix', () => {
    it('applies the safe fixes in place exactly as "fix all" does, keeping indentation, and leaves no temporary file', () => {
      const text = JSON.stringify(JSON.parse(broken), null, 4);
      const dir = ws({ 'task-definition.json': text });
      fs.chmodSync(path.join(dir, 'task-definition.json'), 0o640);
      const want = service.fixAll(doc(text, 'file:///ws/task-definition.json'), defaultSettings, ['en']);
      assert.ok(want && want !== text, 'precondition: there is something to fix');
      const r = cli(['check', '--fix'], dir);
      assert.strictEqual(r.code, 0, r.stdout + r.stderr);
      const after = fs.readFileSync(path.join(dir, 'task-definition.json'), 'utf8');
      assert.strictEqual(after, want);
      assert.match(after, /\n {4}"containerDefinitions"/);
      assert.match(after, /"containerPort": 8080/);
      assert.match(after, /\n {12}"essential": true\n/);
      assert.ok(!after.includes('essental'));
      assert.deepStrictEqual(fs.readdirSync(dir), ['task-definition.json']);
      assert.strictEqual(fs.statSync(path.join(dir, 'task-definition.json')).mode & 0o777, 0o640);
      assert.match(r.stdout, /task-definition\.json: fixed/);
      assert.strictEqual(cli(['check'], dir).code, 0);
    });

    it('keeps a byte order mark and CRLF line ends', () => {
      const text = '\uFEFF' + fargate({}, { portMappings: [{ containerPort: '80' }] }).replace(/\n/g, '\r\n');
      const dir = ws({ 'task-definition.json': text });
      assert.strictEqual(cli(['check', '--fix'], dir).code, 0);
      const after = fs.readFileSync(path.join(dir, 'task-definition.json'), 'utf8');
      assert.ok(after.startsWith('\uFEFF'), 'the BOM is kept');
      assert.match(after, /"containerPort": 80\r\n/);
      assert.ok(!/[^\r]\n/.test(after), 'every line end is still CRLF');
    });

    it('does not rewrite a file that does not parse, even when other safe fixes exist', () => {
      // A missing comma (not fixable) plus a port written as a string (a safe fix when the file parses).
      const text = fargate({}, { portMappings: [{ containerPort: '80' }] }).replace('"family": "web",', '"family": "web"');
      const codes = expected(text).map((d) => d.code);
      assert.ok(codes.includes('ECS001') && codes.includes('ECS003'), `precondition: a syntax error and a fixable problem (${codes.join(', ')})`);
      const dir = ws({ 'task-definition.json': text });
      const r = cli(['check', '--fix'], dir);
      assert.strictEqual(r.code, 1);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'task-definition.json'), 'utf8'), text);
      assert.ok(!r.stdout.includes(': fixed'));
    });

    it('leaves a file without safe fixes untouched and still exits 1 for what remains', () => {
      const text = fargate({ executionRoleArn: undefined });
      const codes = expected(text).map((d) => d.code);
      assert.ok(codes.includes('ECS201'), `precondition: the missing execution role is reported (${codes.join(', ')})`);
      const dir = ws({ 'task-definition.json': text });
      const before = fs.statSync(path.join(dir, 'task-definition.json')).mtimeMs;
      const r = cli(['check', '--fix'], dir);
      assert.strictEqual(r.code, 1);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'task-definition.json'), 'utf8'), text);
      assert.strictEqual(fs.statSync(path.join(dir, 'task-definition.json')).mtimeMs, before);
      assert.ok(!r.stdout.includes(': fixed'));
    });
  });

  describe('which files are checked', () => {
    const tree = (): string => ws({
      'task-definition.json': fargate(),
      'services/api/web.json': broken,
      'services/api/appspec.json': '{ "version": 0.0, "Resources": [] }',
      'package.json': '{ "name": "x", "version": "1.0.0" }',
      'node_modules/pkg/task-definition.json': broken,
      '.git/task-definition.json': broken,
      'notes.txt': broken,
    });

    it('with no argument: every task definition under the current folder (by name or content), not node_modules or .git', () => {
      const dir = tree();
      const r = cli(['check', '--format', 'json'], dir);
      assert.strictEqual(r.code, 1, r.stderr);
      const out = JSON.parse(r.stdout) as JsonOut;
      assert.deepStrictEqual(out.files.map((f) => f.path), ['services/api/web.json', 'task-definition.json']);
      assert.strictEqual(r.stderr, '', 'files found while walking are skipped silently');
      const bare = cli([], path.join(dir, 'services'));
      assert.deepStrictEqual(problemLines(bare.stdout).map(([l]) => l.split(':')[0]), ['api/web.json', 'api/web.json']);
    });

    it('expands quoted globs itself and walks folders given as arguments', () => {
      const dir = tree();
      const glob = JSON.parse(cli(['check', '--format', 'json', 'services/**/*.json'], dir).stdout) as JsonOut;
      assert.deepStrictEqual(glob.files.map((f) => f.path), ['services/api/web.json']);
      const folder = JSON.parse(cli(['check', '--format', 'json', 'services'], dir).stdout) as JsonOut;
      assert.deepStrictEqual(folder.files.map((f) => f.path), ['services/api/web.json']);
    });

    it('skips a named file that is not a task definition with a note, unless --pattern says it is one', () => {
      const dir = tree();
      const skipped = cli(['check', 'package.json'], dir);
      assert.strictEqual(skipped.code, 0);
      assert.match(skipped.stderr, /Skipped package\.json: neither a task definition nor a service definition/);
      const forced = cli(['check', '--format', 'json', '--pattern', 'package.json', 'package.json'], dir);
      assert.strictEqual(forced.code, 1);
      const codes = (JSON.parse(forced.stdout) as JsonOut).files[0].problems.map((p) => p.code);
      assert.deepStrictEqual(codes, expected('{ "name": "x", "version": "1.0.0" }').map((d) => String(d.code)));
      assert.ok(codes.includes('ECS004'), 'a forced file is checked as a task definition: required members are missing');
    });

    it('checks a service definition against the task definition it runs, found under the current folder', () => {
      const task = taskDefinition({ containers: 1 });
      const svc = serviceDefinition(1);
      const engine = new EcsLanguageService();
      const alone = engine.diagnostics(doc(svc, 'file:///ws/deploy/service-definition.json'), defaultSettings, ['en']).map((d) => String(d.code));
      engine.index.set('file:///ws/deploy/task-definition.json', task);
      const paired = engine.diagnostics(doc(svc, 'file:///ws/deploy/service-definition.json'), defaultSettings, ['en']).map((d) => String(d.code));
      assert.ok(paired.includes('ECS710') && !alone.includes('ECS710'), 'precondition: a finding that needs both files');
      const dir = ws({ 'deploy/task-definition.json': task, 'deploy/service-definition.json': svc });
      const out = JSON.parse(cli(['check', '--format', 'json', '--severity', 'hint', 'deploy/service-definition.json'], dir).stdout) as JsonOut;
      assert.deepStrictEqual(out.files.map((f) => [f.path, f.kind]), [['deploy/service-definition.json', 'service']]);
      assert.deepStrictEqual(out.files[0].problems.map((p) => p.code).sort(), [...paired].sort());
    });

    it('says so and exits 0 when a folder has no task definition', () => {
      const dir = ws({ 'package.json': '{ "name": "x" }' });
      const r = cli(['check'], dir);
      assert.strictEqual(r.code, 0);
      assert.match(r.stderr, /No task or service definition found/);
    });
  });

  describe('exit code 2', () => {
    it('for a missing file (the other files are still checked and reported)', () => {
      const dir = ws({ 'task-definition.json': broken });
      const r = cli(['check', 'task-definition.json', 'nope.json'], dir);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /Cannot read nope\.json: no such file or folder/);
      assert.strictEqual(problemLines(r.stdout).length, 2);
    });

    it('for a file that cannot be read (the others are still checked)', function () {
      const dir = ws({ 'task-definition.json': broken });
      const locked = path.join(dir, 'locked.json');
      if (process.getuid?.() !== 0) {
        fs.writeFileSync(locked, fargate());
        fs.chmodSync(locked, 0);
      } else if (fs.existsSync('/proc/self/clear_refs')) {
        fs.symlinkSync('/proc/self/clear_refs', locked); // root reads every file: this one is write-only for everybody
      } else return this.skip();
      const r = cli(['check', 'locked.json', 'task-definition.json'], dir);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /Cannot read locked\.json: E[A-Z]+/);
      assert.strictEqual(problemLines(r.stdout).length, 2);
    });

    it('for a glob that matches nothing', () => {
      const dir = ws({ 'task-definition.json': fargate() });
      const r = cli(['check', 'deploy/*.json'], dir);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /No file matches `deploy\/\*\.json`/);
    });

    it('for usage errors, in the chosen language, with nothing on stdout', () => {
      const dir = ws({ 'task-definition.json': fargate() });
      const cases: Array<[string[], RegExp]> = [
        [['check', '--format', 'xml'], /Invalid value `xml` for `--format`; expected one of: text, json, sarif/],
        [['check', '--severity'], /Option `--severity` needs a value/],
        [['check', '--frobnicate'], /Unknown option `--frobnicate`/],
        [['lint'], /Unknown command `lint`/],
        [['policy'], /`policy` needs exactly one task definition file/],
        [['explain', 'ECS001', 'ECS002'], /`explain` takes at most one argument/],
        [['check', '--lang', 'vi', '--format', 'xml'], /Giá trị `xml` không hợp lệ cho `--format`/],
      ];
      for (const [args, message] of cases) {
        const r = cli(args, dir);
        assert.strictEqual(r.code, 2, args.join(' '));
        assert.match(r.stderr, message);
        assert.strictEqual(r.stdout, '', args.join(' '));
      }
    });
  });

  describe('explain', () => {
    it('prints a rule\'s title, description, severity, docs link and examples in the chosen language', () => {
      const rule = allRules.find((x) => x.code === 'ECS002')!;
      const en = cli(['explain', 'ECS002'], ROOT);
      assert.strictEqual(en.code, 0);
      for (const part of [rule.title.en, rule.description.en, rule.docs, 'Default severity: error', '"containerDefinition": [', '"containerDefinitions": [']) assert.ok(en.stdout.includes(part), part);
      const vi = cli(['explain', 'ecs002', '--lang', 'vi'], ROOT);
      assert.strictEqual(vi.code, 0);
      for (const part of [rule.title.vi, rule.description.vi, 'Mức độ mặc định: lỗi']) assert.ok(vi.stdout.includes(part), part);
    });

    it('lists every rule without a code, and rejects an unknown code with a suggestion', () => {
      const list = cli(['explain'], ROOT);
      assert.strictEqual(list.code, 0);
      assert.deepStrictEqual(list.stdout.split('\n').map((l) => /^(ECS\d+)\s/.exec(l)?.[1]).filter(Boolean), allRules.map((x) => x.code));
      const bad = cli(['explain', 'ECS0002'], ROOT);
      assert.strictEqual(bad.code, 2);
      assert.match(bad.stderr, /Unknown rule code `ECS0002`. Did you mean `ECS002`\?/);
    });
  });

  describe('policy', () => {
    const withSecrets = fargate({}, {
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0',
      secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf' }],
    });

    it('prints the execution role, task role and trust policies derived as the editor command does', () => {
      const dir = ws({ 'task-definition.json': withSecrets });
      const derived = derivePolicies(service.parse(doc(withSecrets, 'file:///ws/task-definition.json'), defaultSettings));
      const json = cli(['policy', 'task-definition.json', '--format', 'json'], dir);
      assert.strictEqual(json.code, 0, json.stderr);
      const out = JSON.parse(json.stdout) as Record<string, unknown>;
      assert.deepStrictEqual(out.executionRolePolicy, derived.executionRolePolicy);
      assert.deepStrictEqual(out.taskRolePolicy, derived.taskRolePolicy);
      assert.deepStrictEqual(out.trustPolicy, derived.trustPolicy);
      assert.ok(JSON.stringify(out.executionRolePolicy).includes('secretsmanager:GetSecretValue'));
      const text = cli(['policy', 'task-definition.json'], dir);
      assert.strictEqual(text.code, 0);
      assert.match(text.stdout, /^Execution role: permissions policy\n/);
      assert.match(text.stdout, /\nTask role: permissions policy\n/);
      assert.match(text.stdout, /\nTrust policy \(both roles\)\n/);
      assert.ok(text.stdout.includes(JSON.stringify(derived.executionRolePolicy, null, 2)));
      assert.match(cli(['policy', 'task-definition.json', '--lang', 'vi'], dir).stdout, /^Execution role: policy cấp quyền\n/);
    });

    it('--ecs-exec adds the Session Manager channels to the task role', () => {
      const dir = ws({ 'task-definition.json': withSecrets });
      const plain = JSON.parse(cli(['policy', 'task-definition.json', '--format', 'json'], dir).stdout) as { taskRolePolicy: unknown };
      const exec = JSON.parse(cli(['policy', 'task-definition.json', '--format', 'json', '--ecs-exec'], dir).stdout) as { taskRolePolicy: unknown };
      assert.ok(!JSON.stringify(plain.taskRolePolicy).includes('ssmmessages:'));
      assert.ok(JSON.stringify(exec.taskRolePolicy).includes('ssmmessages:CreateControlChannel'));
    });

    it('exits 2 for a missing file or a file that is not a task definition', () => {
      const dir = ws({ 'package.json': '{ "name": "x" }' });
      const missing = cli(['policy', 'nope.json'], dir);
      assert.strictEqual(missing.code, 2);
      assert.match(missing.stderr, /Cannot read .*nope\.json/);
      const other = cli(['policy', 'package.json'], dir);
      assert.strictEqual(other.code, 2);
      assert.match(other.stderr, /is not a task definition/);
    });
  });

  it('never prints a secret value, in any command or format', () => {
    const text = infoOnly;
    const dir = ws({ 'task-definition.json': text });
    const json = cli(['check', '--format', 'json', '--severity', 'hint'], dir);
    assert.ok((JSON.parse(json.stdout) as JsonOut).files[0].problems.some((p) => p.code === 'ECS601'), 'precondition: the plain-text password is reported');
    const runs = [
      json,
      cli(['check', '--severity', 'hint'], dir),
      cli(['check', '--severity', 'hint', '--lang', 'vi'], dir),
      cli(['check', '--format', 'sarif', '--severity', 'hint'], dir),
      cli(['check', '--fix', '--severity', 'hint'], dir),
      cli(['explain', 'ECS601'], dir),
      cli(['policy', 'task-definition.json'], dir),
      cli(['policy', 'task-definition.json', '--format', 'json'], dir),
    ];
    for (const r of runs) {
      assert.ok(!r.stdout.includes(SECRET) && !r.stderr.includes(SECRET), 'the secret value leaked');
      assert.ok(!r.stdout.includes('S3cret'), 'part of the secret value leaked');
    }
    assert.ok(fs.readFileSync(path.join(dir, 'task-definition.json'), 'utf8').includes(SECRET), 'the file itself keeps its value');
  });

  describe('credentials in a known format (ECS607)', () => {
    // Fakes in the vendors' formats: an AWS secret access key under its usual name, a GitHub token in a command, a connection string with a password.
    // (Unlike the catalogue's example values, which `explain` prints.)
    const AWS_KEY = 'CliTestOnlyFakeAwsSecretKey'.padEnd(40, '0');
    const GH = 'ghp_' + 'CliTestOnlyFakeToken'.repeat(2).slice(0, 36);
    const PG = 'postgres://app:Fake-0Pass-0Word@db.internal:5432/app';
    const leaky = fargate({}, {
      environment: [{ name: 'AWS_SECRET_ACCESS_KEY', value: AWS_KEY }, { name: 'DATABASE_URL', value: PG }],
      command: ['deploy', '--token', GH],
      dockerLabels: { 'ci.token': GH },
    });

    it('are warnings by default (exit 1 with the default --severity), errors with --strict', () => {
      const dir = ws({ 'task-definition.json': leaky });
      const plain = JSON.parse(cli(['check', '--format', 'json'], dir).stdout) as JsonOut;
      const ours = plain.files[0].problems.filter((p) => p.code === 'ECS607');
      assert.deepStrictEqual(ours.map((p) => p.severity), ['warning', 'warning', 'warning', 'warning']);
      assert.deepStrictEqual(ours.map((p) => p.line), expected(leaky).filter((d) => d.code === 'ECS607').map((d) => d.range.start.line + 1));
      assert.strictEqual(cli(['check'], dir).code, 1);
      const strict = cli(['check', '--strict', '--format', 'json', '--severity', 'error'], dir);
      assert.strictEqual(strict.code, 1);
      assert.deepStrictEqual((JSON.parse(strict.stdout) as JsonOut).files[0].problems.map((p) => [p.code, p.severity]), ours.map(() => ['ECS607', 'error']));
      assert.match(cli(['--help'], ROOT).stdout, /--strict/);
    });

    it('never prints the value or a part of it: text (en, vi), JSON, SARIF, --fix, explain', () => {
      const dir = ws({ 'task-definition.json': leaky });
      const runs = [
        cli(['check'], dir),
        cli(['check', '--lang', 'vi', '--severity', 'hint'], dir),
        cli(['check', '--format', 'json', '--severity', 'hint'], dir),
        cli(['check', '--format', 'sarif', '--severity', 'hint', '--strict'], dir),
        cli(['check', '--fix', '--severity', 'hint'], dir),
        cli(['explain', 'ECS607'], dir),
      ];
      assert.ok(runs[0].stdout.includes('ECS607') && runs[2].stdout.includes('GitHub token') && runs[3].stdout.includes('AWS secret access key'), 'precondition: reported, with the kind named');
      for (const r of runs) {
        const out = r.stdout + r.stderr;
        assert.ok(!out.includes(PG));
        // The URL's scheme and host are not secret; its password is.
        for (const v of [AWS_KEY, GH, 'Fake-0Pass-0Word']) {
          for (let i = 0; i + 8 <= v.length; i += 4) assert.ok(!out.includes(v.slice(i, i + 8)), `part of a value leaked: ${v.slice(i, i + 8)}`);
        }
      }
      assert.ok(fs.readFileSync(path.join(dir, 'task-definition.json'), 'utf8').includes(GH), '--fix never applies the move to secrets');
    });
  });

  it('--help and --version', () => {
    const help = cli(['--help'], ROOT);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /Usage: ecs-taskdef <command>/);
    assert.match(cli(['--help', '--lang', 'vi'], ROOT).stdout, /Cách dùng: ecs-taskdef/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.strictEqual(cli(['--version'], ROOT).stdout.trim(), `ecs-taskdef ${pkg.version}`);
  });

  it('after a syntax error, prints the error and no cascade: no missing execution role that an elision may hold (issue 11)', () => {
    const lines = fargate({ executionRoleArn: undefined }).split('\n');
    const control = lines.join('\n');
    assert.deepStrictEqual(expected(control).map((d) => d.code), ['ECS201'], 'precondition: awslogs on Fargate without executionRoleArn');
    const elided = [lines[0], '  ...', ...lines.slice(1)].join('\n');
    const dir = ws({ 'task-definition.json': elided });
    const r = cli(['check', 'task-definition.json'], dir);
    assert.strictEqual(r.code, 1, r.stdout + r.stderr);
    assert.deepStrictEqual(problemLines(r.stdout), [['task-definition.json:2:3', 'ECS001']]);
  });

  it('checks EC2 task definitions as well (same engine, same positions)', () => {
    const text = ec2({ networkMode: 'bridg' });
    const dir = ws({ 'task-definition.json': text });
    const r = cli(['check'], dir);
    const want = expected(text);
    assert.ok(want.some((d) => d.code === 'ECS005'), 'precondition: the misspelt network mode is reported');
    assert.strictEqual(r.code, 1);
    assert.deepStrictEqual(problemLines(r.stdout), want.map((d) => [loc('task-definition.json', d), String(d.code)]));
  });
});

function sarifValidator(): ReturnType<Ajv['compile']> {
  // The SARIF 2.1.0 schema as shipped by Microsoft's SARIF matchers (draft-04 JSON schema).
  const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // Its patterns are written for non-unicode regular expressions.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
