'use strict';
// Writes dist/server.js.cache (see bin/cached-require.js): compiles the server bundle and runs it
// over in-memory stdio up to its answer to `initialize` (so that the code of that path is compiled
// too), then saves V8's code cache. `bin/ecs-taskdef-ls.js` (editors that start the server with
// the Node.js that built it: Neovim, Helix, the benchmark) then answers `initialize` without
// compiling the bundle. The language service itself is loaded after `initialize` and is not in the
// cache: a larger cache would be read, and paid for, before `initialize` is answered. VS Code runs
// the server with its own Node.js, for which this cache does not fit (it is not in the .vsix).
// Run by scripts/build.mjs in its own process.
const path = require('path');
const { PassThrough, Writable } = require('stream');
const { run, writeCache } = require('../bin/cached-require');

const file = path.resolve(__dirname, '..', 'dist', 'server.js');
const input = new PassThrough();
let answer = '';
let script;
const output = new Writable({
  write(chunk, _encoding, done) {
    answer += chunk.toString('utf8');
    done();
    if (script && /"id":1\b/.test(answer)) {
      writeCache(file, script);
      process.exit(0);
    }
  },
});
Object.defineProperty(process, 'stdin', { value: input, configurable: true });
Object.defineProperty(process, 'stdout', { value: output, configurable: true });
process.argv = [process.argv[0], file, '--stdio'];
script = run(file);
const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { settings: {} } } });
input.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
setTimeout(() => {
  process.stderr.write('no answer to initialize\n');
  process.exit(1);
}, 60_000).unref();
