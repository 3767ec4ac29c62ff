'use strict';
/**
 * Loads a bundle of dist/ with the V8 code cache that scripts/build.mjs writes next to it
 * (`<bundle>.cache`), so that a start-up does not compile the whole bundle again: `ecs-taskdef check`
 * on one small file spent most of its time compiling. The cache is used only when it was made by the
 * same Node.js version and platform from this very file (its size and modification time); V8 also
 * rejects data it cannot use. Anything unexpected falls back to a plain `require`.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const MAGIC = 'ecs-taskdef-code-cache-1';

/** The header that ties a cache to its bundle and to this Node.js. */
function header(file) {
  const st = fs.statSync(file);
  return JSON.stringify({ magic: MAGIC, node: process.version, arch: process.arch, platform: process.platform, size: st.size, mtimeMs: Math.trunc(st.mtimeMs) });
}

/** The cached data for `file`, or undefined when there is none that fits. */
function readCache(file) {
  let buf;
  try {
    buf = fs.readFileSync(file + '.cache');
  } catch {
    return undefined;
  }
  const n = buf.length >= 4 ? buf.readUInt32LE(0) : -1;
  if (n < 0 || 4 + n > buf.length || buf.toString('utf8', 4, 4 + n) !== header(file)) return undefined;
  return buf.subarray(4 + n);
}

/** Writes the cache of a script compiled (and preferably run) from `file`. Used by the build. */
function writeCache(file, script) {
  const h = Buffer.from(header(file), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length, 0);
  fs.writeFileSync(file + '.cache', Buffer.concat([len, h, script.createCachedData()]));
}

/** Compiles `file` as a CommonJS module (with `cachedData` when given) and runs it; returns the script. */
function run(file, cachedData) {
  const source = fs.readFileSync(file, 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  Module._cache[file] = m;
  script.runInThisContext().call(m.exports, m.exports, Module.createRequire(file), m, file, path.dirname(file));
  m.loaded = true;
  return script;
}

/** What a start-up of `file` would do: 'none' (no cache), 'stale' (made for another file or Node.js), 'accepted' or 'rejected' (by V8). */
function probe(file) {
  if (!fs.existsSync(file + '.cache')) return 'none';
  const cachedData = readCache(file);
  if (!cachedData) return 'stale';
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  return script.cachedDataRejected ? 'rejected' : 'accepted';
}

function cachedRequire(file) {
  let cachedData;
  try {
    cachedData = readCache(file);
  } catch {
    cachedData = undefined;
  }
  if (!cachedData) {
    require(file);
    return;
  }
  run(file, cachedData);
}

module.exports = { cachedRequire, probe, run, writeCache };
