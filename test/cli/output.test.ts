/**
 * How `ecs-taskdef` writes its report (cli/src/output.ts writes to the file descriptors, not through
 * Node's streams): complete in a file and in a pipe, and quiet when the reader stops early.
 */
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fargate } from '../support/harness';
import { BIN, cli, plainEnv, removeWorkspace, workspace } from './run-cli';

describe('ecs-taskdef output', () => {
  let dir: string;
  before(() => {
    // Enough problems for a report far larger than a pipe's buffer (64 KB on Linux).
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`svc-${i}/task-definition.json`] = fargate({ networkMode: 'bridge', cpu: '300', family: `web-${i}` });
    dir = workspace(files);
  });
  after(() => removeWorkspace(dir));

  it('a report written to a file is the same as the one read from a pipe', () => {
    const piped = cli(['check', '--format', 'json'], dir);
    assert.strictEqual(piped.code, 1, piped.stderr);
    assert.ok(piped.stdout.length > 128 * 1024, `report of ${piped.stdout.length} characters`);
    const out = path.join(dir, 'report.json');
    const fd = fs.openSync(out, 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json'], { cwd: dir, env: plainEnv(), stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 60_000 });
      assert.strictEqual(r.status, 1, r.stderr);
      assert.strictEqual(r.stderr, '');
    } finally {
      fs.closeSync(fd);
    }
    assert.strictEqual(fs.readFileSync(out, 'utf8'), piped.stdout);
  });

  it('a reader that stops early (`| head`) ends the check quietly, without an error', async () => {
    const child = spawn(process.execPath, [BIN, 'check', '--format', 'json'], { cwd: dir, env: plainEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    // The reading end is closed before the report is written: the first write fails (EPIPE).
    child.stdout.destroy();
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    assert.strictEqual(signal, null);
    assert.strictEqual(code, 0, stderr);
    assert.strictEqual(stderr, '');
  });
});
