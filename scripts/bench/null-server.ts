/**
 * The bench's floor (scripts/bench/compare.ts): a language server that does no work. It speaks
 * JSON-RPC over stdio with the same library as both servers compared (vscode-jsonrpc) and answers
 * every request with `null` at once, so its answer times are what the pipe, the scheduler and the
 * protocol library cost on this machine, with no language server behind them.
 */
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const connection = createMessageConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
connection.onRequest((method) => (method === 'initialize' ? { capabilities: {} } : null));
connection.onNotification((method) => {
  if (method === 'exit') process.exit(0);
});
connection.listen();
