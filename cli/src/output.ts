/**
 * The CLI's output without Node's stream objects. Creating `process.stdout` or `process.stderr`
 * loads about twenty stream modules (and `net`/`tty` for a pipe or a terminal): a measurable part of
 * the start-up of `ecs-taskdef check` on a small file (docs/PERFORMANCE.md). Output is written with
 * `fs.writeSync` instead, which is what those streams do themselves for files, pipes and terminals on
 * Linux and macOS (synchronous writes); the streams are still used on Windows, and whenever a write
 * would block (a non-blocking pipe).
 */
import fs = require('fs');

export interface OutputStream {
  write(chunk: string | Uint8Array): boolean;
  isTTY?: boolean;
}

/**
 * A write function for file descriptor `fd` (1 or 2). A closed pipe (`ecs-taskdef check | head`)
 * ends the process quietly with the exit code set so far, as the stream's error handler did. When a
 * write would block, the rest of that output and all later output go through `stream()`, in order.
 */
export function fdWriter(fd: number, stream: () => OutputStream): (s: string) => void {
  let useStream = process.platform === 'win32';
  return (s) => {
    if (useStream) {
      stream().write(s);
      return;
    }
    const buf = Buffer.from(s, 'utf8');
    let off = 0;
    while (off < buf.length) {
      try {
        off += fs.writeSync(fd, buf, off, buf.length - off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
        if (code !== 'EAGAIN') throw e;
        useStream = true;
        stream().write(buf.subarray(off));
        return;
      }
    }
  };
}

/**
 * Whether `fd` is a terminal, as the stream's `isTTY` says, without creating the stream when the
 * answer is plain: a terminal is a character device, so a file, a pipe or a socket is not one, and
 * neither is /dev/null. Anything else (a character device, Windows, an error) asks the stream.
 */
export function isTerminal(fd: number, stream: () => OutputStream): boolean {
  if (process.platform !== 'win32') {
    try {
      const st = fs.fstatSync(fd);
      if (!st.isCharacterDevice()) return false;
      if (st.rdev === fs.statSync('/dev/null').rdev) return false;
    } catch {
      // Ask the stream.
    }
  }
  return !!stream().isTTY;
}
