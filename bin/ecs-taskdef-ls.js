#!/usr/bin/env node
const path = require('path');
const server = path.join(__dirname, '..', 'dist', 'server.js');
// The server sets this V8 flag before anything else (server/src/young-generation.ts); V8 accepts a
// code cache only under the flags it was made with, so it is set here too, before the bundle is
// compiled from dist/server.js.cache (bin/cached-require.js). The .vsix carries neither the cache
// nor cached-require.js (VS Code runs dist/server.js with its own Node.js): a plain require then.
require('v8').setFlagsFromString('--semi-space-growth-factor=1');
let cached;
try {
  cached = require('./cached-require');
} catch (e) {
  if (e.code !== 'MODULE_NOT_FOUND') throw e;
}
if (cached) cached.cachedRequire(server);
else require(server);
