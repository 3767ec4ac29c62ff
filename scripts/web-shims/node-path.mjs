// `node:path` in the web bundles. The only code there that imports it is secretlint's detector
// preset (ECS607), for the base name of a scanned file's path in its Google Cloud key detector; we
// scan values, not files, so it is never called with a path. See docs/ARCHITECTURE.md.
export function basename(p) {
  const s = String(p).replace(/[\\/]+$/, '');
  return s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
}
export default { basename };
