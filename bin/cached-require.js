'use strict';
/**
 * Loads a bundle of dist/ with the V8 code cache that scripts/build.mjs writes next to it
 * (`<bundle>.cache`), so that a start-up does not compile the whole bundle again: `ecs-taskdef check`
 * on one small file spent most of its time compiling. The cache is used only when it was made by the
 * same Node.js version and platform from this very file (its size and modification time); V8 also
 * rejects data it cannot use. Anything unexpected falls back to a plain `require`.
 *
 * On this path every megabyte a start-up touches costs time (docs/PERFORMANCE.md): see {@link load}.
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

/** Reads `length` bytes of the open file `fd` at `position` into `buf` from its start; how many were read. */
function readInto(fd, buf, length, position) {
  let off = 0;
  while (off < length) {
    const n = fs.readSync(fd, buf, off, length - off, position + off);
    if (n === 0) break;
    off += n;
  }
  return off;
}

/**
 * `Module.wrap(source of file)` and the cached data made for it, or undefined when there is no cache
 * that fits. The cache file is a header (its length, then the JSON of {@link header}, then 1 when the
 * bundle is plain ASCII) and V8's data.
 *
 * For an ASCII bundle (esbuild's output), one buffer holds first the source, with CommonJS's wrapper
 * around it, which becomes one string (a copy, with no UTF-8 decoding), and then the cached data:
 * the second read reuses the memory the first one touched. On this path each new page of memory
 * costs time (docs/PERFORMANCE.md).
 */
function load(file) {
  let cfd;
  try {
    cfd = fs.openSync(file + '.cache', 'r');
  } catch {
    return undefined;
  }
  try {
    const cacheSize = fs.fstatSync(cfd).size;
    const len = Buffer.alloc(4);
    if (readInto(cfd, len, 4, 0) !== 4) return undefined;
    const n = len.readUInt32LE(0);
    if (5 + n > cacheSize) return undefined;
    const head = Buffer.alloc(n + 1);
    if (readInto(cfd, head, n + 1, 4) !== n + 1 || head.toString('utf8', 0, n) !== header(file)) return undefined;
    const dataSize = cacheSize - 5 - n;
    if (head[n] !== 1) {
      const data = Buffer.allocUnsafe(dataSize);
      return readInto(cfd, data, dataSize, 5 + n) === dataSize ? { source: Module.wrap(fs.readFileSync(file, 'utf8')), data } : undefined;
    }
    const fd = fs.openSync(file, 'r');
    let source;
    let buf;
    try {
      const size = fs.fstatSync(fd).size;
      const wrapped = WRAP_HEAD.length + size + WRAP_TAIL.length;
      buf = Buffer.allocUnsafe(Math.max(wrapped, dataSize));
      buf.write(WRAP_HEAD, 0, 'latin1');
      // Changed while read: no cache.
      if (readInto(fd, buf.subarray(WRAP_HEAD.length), size, 0) !== size) return undefined;
      buf.write(WRAP_TAIL, WRAP_HEAD.length + size, 'latin1');
      // That the bytes are ASCII is not checked again: the header, checked above, says so of a file of
      // this size and modification time, and going over the bundle once more cost about 2 ms.
      source = buf.latin1Slice(0, wrapped);
    } finally {
      fs.closeSync(fd);
    }
    return readInto(cfd, buf, dataSize, 5 + n) === dataSize ? { source, data: buf.subarray(0, dataSize) } : undefined;
  } finally {
    fs.closeSync(cfd);
  }
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

/**
 * Compiles `file` as a CommonJS module and runs it, from `loaded` (its wrapped source and cached data,
 * from {@link load}) when given; returns the script.
 */
function run(file, loaded) {
  const script = new vm.Script(loaded ? loaded.source : Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData: loaded?.data });
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
  const loaded = load(file);
  if (!loaded) return 'stale';
  const script = new vm.Script(loaded.source, { filename: file, cachedData: loaded.data });
  return script.cachedDataRejected ? 'rejected' : 'accepted';
}

function cachedRequire(file) {
  let loaded;
  try {
    loaded = load(file);
  } catch {
    loaded = undefined;
  }
  if (!loaded) {
    require(file);
    return;
  }
  run(file, loaded);
}

module.exports = { cachedRequire, probe, run, writeCache };
