/**
 * The CLI starts from V8's code cache (bin/cached-require.js, written by scripts/build.mjs): used only
 * for the very bundle it was made from, ignored otherwise, and the output is the same either way.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import * as Module from 'module';
import { fargate } from '../support/harness';
import { plainEnv, removeWorkspace, ROOT, workspace } from './run-cli';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { probe, writeCache } = require(path.join(ROOT, 'bin', 'cached-require.js')) as { probe: (file: string) => string; writeCache: (file: string, script: vm.Script) => void };

/** A copy of the installed layout (bin/, dist/cli.js, dist/field-docs/, package.json) in a temporary folder. */
function install(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-taskdef-install-'));
  for (const rel of ['package.json', 'bin/ecs-taskdef.js', 'bin/cached-require.js', 'dist/cli.js']) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, rel), path.join(dir, rel));
  }
  fs.cpSync(path.join(ROOT, 'dist', 'field-docs'), path.join(dir, 'dist', 'field-docs'), { recursive: true });
  return dir;
}

function check(installDir: string, cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(installDir, 'bin', 'ecs-taskdef.js'), 'check', '--format', 'json', 'task-definition.json'], { cwd, env: plainEnv(), encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ecs-taskdef start-up from the V8 code cache', () => {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  let ws: string;
  let copy: string;
  before(() => {
    // A file with problems, so that the check runs rules and quick fixes.
    ws = workspace({ 'task-definition.json': fargate({ networkMode: 'bridge', cpu: '300' }) });
    copy = install();
  });
  after(() => {
    removeWorkspace(ws);
    removeWorkspace(copy);
  });

  it('the build writes a cache that V8 accepts for the built CLI', () => {
    assert.strictEqual(probe(cli), 'accepted');
  });

  it('and one for the server\'s start-up bundle, which bin/ecs-taskdef-ls.js starts (its answers: test/protocol)', () => {
    assert.strictEqual(probe(path.join(ROOT, 'dist', 'server-start.js')), 'accepted');
  });

  it('a cache is used only for the bundle it was made from, and the output is the same', () => {
    const bundle = path.join(copy, 'dist', 'cli.js');
    assert.strictEqual(probe(bundle), 'none');
    const plain = check(copy, ws);
    // A cache made for this very file: used.
    writeCache(bundle, new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle }));
    assert.strictEqual(probe(bundle), 'accepted');
    const cached = check(copy, ws);
    // The bundle changed since (another modification time): the cache is stale and ignored.
    const later = new Date(fs.statSync(bundle).mtimeMs + 60_000);
    fs.utimesSync(bundle, later, later);
    assert.strictEqual(probe(bundle), 'stale');
    const stale = check(copy, ws);
    assert.strictEqual(plain.code, 1, plain.stderr);
    const codes = (out: string): string[] => (JSON.parse(out) as { files: Array<{ problems: Array<{ code: string }> }> }).files.flatMap((f) => f.problems.map((p) => p.code));
    assert.ok(codes(plain.stdout).length > 0);
    for (const r of [cached, stale]) {
      assert.strictEqual(r.code, plain.code, r.stderr);
      assert.deepStrictEqual(codes(r.stdout), codes(plain.stdout));
      assert.strictEqual(r.stderr, plain.stderr);
    }
  });

  it('a damaged cache file is ignored', () => {
    fs.writeFileSync(path.join(copy, 'dist', 'cli.js.cache'), Buffer.from([1, 2, 3]));
    assert.strictEqual(probe(path.join(copy, 'dist', 'cli.js')), 'stale');
    const r = check(copy, ws);
    assert.strictEqual(r.code, 1, r.stderr);
  });
});

describe('bin/cached-require.js: the source and its cached data', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-taskdef-cached-require-'));
  });
  after(() => removeWorkspace(dir));

  /** Runs `file` through cachedRequire in a fresh Node.js; what it printed. */
  const runCached = (file: string): string => {
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(ROOT, 'bin', 'cached-require.js'))}).cachedRequire(${JSON.stringify(file)})`], { encoding: 'utf8', timeout: 60_000 });
    assert.strictEqual(r.status, 0, r.stderr);
    return r.stdout;
  };

  // An ASCII file is read into one buffer that holds the source, then the cached data; any other file
  // is read as UTF-8. Each must run as written, from its cache.
  for (const [kind, source, printed] of [
    ['an ASCII file', 'const parts = ["cached", "require"];\nprocess.stdout.write(parts.join("-") + " " + String(6 * 7));\n', 'cached-require 42'],
    ['a file with non-ASCII text', 'const word = "Tiếng Việt: định nghĩa task";\nprocess.stdout.write(word + " " + word.length);\n', 'Tiếng Việt: định nghĩa task 27'],
  ] as const) {
    it(`${kind} runs the same from its cache as without it`, () => {
      const file = path.join(dir, `${kind.replace(/\W+/g, '-')}.js`);
      fs.writeFileSync(file, source);
      assert.strictEqual(probe(file), 'none');
      assert.strictEqual(runCached(file), printed);
      writeCache(file, new vm.Script(Module.wrap(source), { filename: file }));
      assert.strictEqual(probe(file), 'accepted');
      assert.strictEqual(runCached(file), printed);
    });
  }
});
