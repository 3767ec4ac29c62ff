/**
 * The `--stdio` transport of the Node server, with one write per LSP message.
 *
 * vscode-jsonrpc writes every message in two writes: the `Content-Length` header, then the body. On
 * Linux and macOS, Node writes to a pipe synchronously, so each answer cost two system calls and
 * woke the editor twice; `node --cpu-prof` of the server answering completions on a small file put
 * a fifth of its time in those two writes. `OneWritePerMessage` holds the header back and writes it
 * with its body. (VS Code starts the server with `--node-ipc`, one `process.send` per message: not
 * concerned.)
 */
import { Writable } from 'stream';
import type { Connection } from 'vscode-languageserver';
import { inspect } from 'util';

const HEADER_START = Buffer.from('Content-Length:', 'ascii');
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

/** A whole LSP header (what vscode-jsonrpc writes alone before each body). */
function isHeader(chunk: Buffer): boolean {
  return chunk.length < 256 && chunk.subarray(0, HEADER_START.length).equals(HEADER_START) && chunk.subarray(chunk.length - HEADER_END.length).equals(HEADER_END);
}

export class OneWritePerMessage extends Writable {
  private header: Buffer | undefined;

  constructor(private readonly out: NodeJS.WritableStream, private readonly afterMessage?: () => void) {
    super();
    out.on('error', (e: Error) => this.destroy(e));
    out.on('close', () => this.destroy());
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (!this.header && isHeader(chunk)) {
      // The body follows at once (vscode-jsonrpc writes it when this write is done).
      this.header = chunk;
      done();
      return;
    }
    const data = this.header ? Buffer.concat([this.header, chunk]) : chunk;
    const whole = !!this.header;
    this.header = undefined;
    this.out.write(data, done);
    if (whole) this.afterMessage?.();
  }

  override _final(done: (error?: Error | null) => void): void {
    if (this.header) this.out.write(this.header);
    this.header = undefined;
    done();
  }
}

/**
 * What vscode-languageserver does itself when it opens stdio from the command line (and skips when
 * given the streams): `console` output goes to the editor's log, never into the protocol on stdout.
 */
export function consoleToConnection(connection: Connection): void {
  const text = (args: unknown[]): string => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = (...args: unknown[]): void => connection.console.log(text(args));
  console.info = (...args: unknown[]): void => connection.console.info(text(args));
  console.debug = (...args: unknown[]): void => connection.console.log(text(args));
  console.warn = (...args: unknown[]): void => connection.console.warn(text(args));
  console.error = (...args: unknown[]): void => connection.console.error(text(args));
  console.trace = (...args: unknown[]): void => connection.console.log(`Trace: ${text(args)}\n${new Error().stack?.replace(/(.+\n){2}/, '') ?? ''}`);
  console.dir = (arg: unknown): void => connection.console.log(inspect(arg));
}
