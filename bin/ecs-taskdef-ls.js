#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const dist = path.join(__dirname, '..', 'dist');
// dist/server-start.js answers `initialize` before it loads the language service, from a code cache
// (scripts/build.mjs). The .vsix carries neither it nor cached-require.js: dist/server.js then.
let cached;
try {
  cached = require('./cached-require');
} catch (e) {
  if (e.code !== 'MODULE_NOT_FOUND') throw e;
}
if (cached && fs.existsSync(path.join(dist, 'server-language-service.js'))) cached.cachedRequire(path.join(dist, 'server-start.js'));
else require(path.join(dist, 'server.js'));
