'use strict';
// Writes dist/server-start.js.cache (see bin/cached-require.js): compiles the server's start-up
// bundle (scripts/build.mjs) and runs it
// over in-memory stdio up to its answer to `initialize` (so that the code of that path is compiled
// too), then saves V8's code cache. `bin/ecs-taskdef-ls.js` (editors that start the server with
// the Node.js that built it: Neovim, Helix, the benchmark) then answers `initialize` without
// compiling the bundle. The language service (dist/server-language-service.js) is loaded after
// `initialize`. VS Code runs dist/server.js with its own Node.js: neither is in the .vsix.
// Run by scripts/build.mjs in its own process.
const path = require('path');
const { PassThrough, Writable } = require('stream');
const { run, writeCache } = require('../bin/cached-require');

const file = path.resolve(__dirname, '..', 'dist', 'server-start.js');
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
