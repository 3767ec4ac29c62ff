'use strict';
/**
 * Loads a bundle of dist/ with the V8 code cache that scripts/build.mjs writes next to it
 * (`<bundle>.cache`), so that a start-up does not compile the whole bundle again: `ecs-taskdef check`
 * on one small file spent most of its time compiling. The cache is used only when it was made by the
 * same Node.js version and platform from this very file (its size and modification time); V8 also
 * rejects data it cannot use. Anything unexpected falls back to a plain `require`.
 *
 * On this path every megabyte a start-up touches costs time (docs/PERFORMANCE.md), so an ASCII-only
 * bundle (esbuild's output) is read once into a buffer that already holds CommonJS's wrapper around
 * it, and becomes one string: no UTF-8 decoding, and no second copy of the source made by
 * concatenating the wrapper. The text is the same as `Module.wrap(source)`.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const MAGIC = 'ecs-taskdef-code-cache-2';
const [WRAP_HEAD, WRAP_TAIL] = Module.wrap('\u0000').split('\u0000');

/** The header that ties a cache to its bundle and to this Node.js. */
function header(file) {
  const st = fs.statSync(file);
  return JSON.stringify({ magic: MAGIC, node: process.version, arch: process.arch, platform: process.platform, size: st.size, mtimeMs: Math.trunc(st.mtimeMs) });
}

/** The cached data for `file` and whether the bundle is plain ASCII, or undefined when there is no cache that fits. */
function readCache(file) {
  let buf;
  try {
    buf = fs.readFileSync(file + '.cache');
  } catch {
    return undefined;
  }
  const n = buf.length >= 5 ? buf.readUInt32LE(0) : -1;
  if (n < 0 || 5 + n > buf.length || buf.toString('utf8', 4, 4 + n) !== header(file)) return undefined;
  return { data: buf.subarray(5 + n), ascii: buf[4 + n] === 1 };
}

/** Whether the bytes are all ASCII (then Latin-1 and UTF-8 read them as the same text). */
const isAscii = require('buffer').isAscii ?? ((bytes) => !bytes.some((b) => b > 0x7f));

/** Writes the cache of a script compiled (and preferably run) from `file`. Used by the build. */
function writeCache(file, script) {
  const h = Buffer.from(header(file), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length, 0);
  fs.writeFileSync(file + '.cache', Buffer.concat([len, h, Buffer.from([isAscii(fs.readFileSync(file)) ? 1 : 0]), script.createCachedData()]));
}

/** `Module.wrap(source of file)`; for an ASCII file, read straight into one buffer with the wrapper around it. */
function wrappedSource(file, ascii) {
  if (!ascii) return Module.wrap(fs.readFileSync(file, 'utf8'));
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(WRAP_HEAD.length + size + WRAP_TAIL.length);
    buf.write(WRAP_HEAD, 0, 'latin1');
    let off = 0;
    while (off < size) {
      const n = fs.readSync(fd, buf, WRAP_HEAD.length + off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    buf.write(WRAP_TAIL, WRAP_HEAD.length + off, 'latin1');
    const text = buf.latin1Slice(0, WRAP_HEAD.length + off + WRAP_TAIL.length);
    // Changed while read (or not ASCII after all): read it the ordinary way.
    return off === size && isAscii(buf.subarray(WRAP_HEAD.length, WRAP_HEAD.length + off)) ? text : Module.wrap(fs.readFileSync(file, 'utf8'));
  } finally {
    fs.closeSync(fd);
  }
}

/** Compiles `file` as a CommonJS module (with `cachedData` when given) and runs it; returns the script. */
function run(file, cachedData, ascii = false) {
  const script = new vm.Script(wrappedSource(file, ascii), { filename: file, cachedData });
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
  const cache = readCache(file);
  if (!cache) return 'stale';
  const script = new vm.Script(wrappedSource(file, cache.ascii), { filename: file, cachedData: cache.data });
  return script.cachedDataRejected ? 'rejected' : 'accepted';
}

function cachedRequire(file) {
  let cache;
  try {
    cache = readCache(file);
  } catch {
    cache = undefined;
  }
  if (!cache) {
    require(file);
    return;
  }
  run(file, cache.data, cache.ascii);
}

module.exports = { cachedRequire, probe, run, writeCache };
