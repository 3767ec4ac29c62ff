/**
 * Processes the browser suite starts, and only those, ended by process group and by a run marker in
 * their environment (the extension host and the language server are code-server's grandchildren).
 */
import { spawn, spawnSync, type SpawnOptions } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';

/** Set in this process's environment, so every process started by the run inherits it. */
export const RUN_MARKER = 'ECS_E2E_RUN';

export interface Started {
  pid: number;
  name: string;
  exited: Promise<number | null>;
  /** True until the process exits. */
  running(): boolean;
}

/** Starts `cmd` in a new process group, its output appended to `logFile`. */
export function startGroup(name: string, cmd: string, args: readonly string[], logFile: string, options: SpawnOptions = {}): Started {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(cmd, [...args], { ...options, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  if (child.pid === undefined) throw new Error(`could not start ${name} (${cmd})`);
  let alive = true;
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      alive = false;
      resolve(code);
    });
    child.on('error', () => {
      alive = false;
      resolve(null);
    });
  });
  return { pid: child.pid, name, exited, running: () => alive };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* the group is gone */
  }
}

/** Ends a process group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopGroup(p: Started, graceMs = 5000): Promise<void> {
  signalGroup(p.pid, 'SIGTERM');
  const timer = new Promise<'late'>((r) => setTimeout(() => r('late'), graceMs).unref());
  if ((await Promise.race([p.exited.then(() => 'done' as const), timer])) === 'late') signalGroup(p.pid, 'SIGKILL');
  // Members of the group can outlive its leader.
  signalGroup(p.pid, 'SIGKILL');
}

/** Pids of live processes (other than this one) whose environment carries `RUN_MARKER=runId`. */
export function markedProcesses(runId: string): number[] {
  const needle = Buffer.from(`${RUN_MARKER}=${runId}\0`);
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${pid}/environ`).includes(needle)) found.push(pid);
    } catch {
      /* gone, or not ours to read */
    }
  }
  return found;
}

/** Ends every process of this run still alive (those that left their process group included). */
export function reapMarked(runId: string): number[] {
  const pids = markedProcesses(runId);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  return pids;
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a command to completion with inherited output; throws with `what` when it fails. */
export function runOrThrow(what: string, cmd: string, args: readonly string[], options: SpawnOptions = {}): void {
  const r = spawnSync(cmd, [...args], { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${what} failed (${cmd} ${args.join(' ')}: exit ${r.status ?? r.signal ?? r.error?.message})`);
}
