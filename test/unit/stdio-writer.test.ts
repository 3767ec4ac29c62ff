/**
 * The server's stdio output (server/src/stdio.ts): every LSP message, written by vscode-jsonrpc as a
 * header and a body, reaches the pipe in one write, and the editor's reader gets the same messages.
 */
import * as assert from 'assert';
import { PassThrough, Writable } from 'stream';
import { StreamMessageReader, StreamMessageWriter, type Message } from 'vscode-jsonrpc/node';
import { OneWritePerMessage } from '../../server/src/stdio';

/** A pipe that records each write it receives. */
function recordingPipe(): { sink: Writable; writes: Buffer[]; all: PassThrough } {
  const writes: Buffer[] = [];
  const all = new PassThrough();
  const sink = new Writable({
    write(chunk: Buffer, _enc, done): void {
      writes.push(Buffer.from(chunk));
      all.write(chunk);
      done();
    },
  });
  return { sink, writes, all };
}

describe('server stdio: one write per LSP message', () => {
  it('each message, header and body, is one write, and reads back as the same messages in order', async () => {
    const { sink, writes, all } = recordingPipe();
    const writer = new StreamMessageWriter(new OneWritePerMessage(sink));
    const messages: Message[] = [
      { jsonrpc: '2.0', id: 1, result: [{ label: 'awsvpc' }] } as Message,
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'Tiếng Việt: ổn định ✓' } } as Message,
      { jsonrpc: '2.0', id: 2, result: { contents: 'x'.repeat(70_000) } } as Message,
    ];
    for (const m of messages) await writer.write(m);
    assert.strictEqual(writes.length, messages.length);
    for (const w of writes) assert.match(w.toString('utf8', 0, 40), /^Content-Length: \d+\r\n\r\n\{/);

    const got: Message[] = [];
    const reader = new StreamMessageReader(all);
    const done = new Promise<void>((resolve) => reader.listen((m) => { got.push(m); if (got.length === messages.length) resolve(); }));
    await done;
    assert.deepStrictEqual(got, messages);
    reader.dispose();
  });

  it('calls back once per message, when the whole message has been written', async () => {
    const { sink, writes } = recordingPipe();
    const seen: number[] = [];
    const writer = new StreamMessageWriter(new OneWritePerMessage(sink, () => seen.push(writes.length)));
    for (let id = 1; id <= 3; id++) await writer.write({ jsonrpc: '2.0', id, result: null } as Message);
    assert.deepStrictEqual(seen, [1, 2, 3]);
  });

  it('a write that is not a header passes through unchanged', async () => {
    const { sink, writes } = recordingPipe();
    const out = new OneWritePerMessage(sink);
    await new Promise<void>((resolve, reject) => out.write(Buffer.from('{"not":"a header"}'), (e) => (e ? reject(e) : resolve())));
    assert.deepStrictEqual(writes.map((w) => w.toString()), ['{"not":"a header"}']);
  });
});
