/** Runs the real `bin/ecs-taskdef.js` as a child process, the way a shell or a CI step does. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const BIN = path.join(ROOT, 'bin', 'ecs-taskdef.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a plain pipe: no CI marker, no colour forcing, an English locale. */
export function plainEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  delete env.CI;
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.GITHUB_ACTIONS;
  return { ...env, ...extra };
}

export function cli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = plainEnv()): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI inside a pseudo-terminal (util-linux `script`), so that stdout is a TTY. Undefined when `script` is missing. */
export function cliInTerminal(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): CliRun | undefined {
  if (!fs.existsSync('/usr/bin/script') || process.platform !== 'linux') return undefined;
  const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  const r = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) return undefined;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder with the given files (paths relative to it). */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-taskdef-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}

export function removeWorkspace(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** `[file:line:col, CODE]` pairs of the problem lines of the text output. */
export function problemLines(stdout: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^(\S+:\d+:\d+)\s+.*?\s(ECS\d+)\s/.exec(line);
    if (m) out.push([m[1], m[2]]);
  }
  return out;
}
