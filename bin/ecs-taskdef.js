#!/usr/bin/env node
require('./cached-require').cachedRequire(require('path').join(__dirname, '..', 'dist', 'cli.js'));
