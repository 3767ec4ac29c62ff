// `node:fs` in the web bundles: secretlint's preset imports it (dynamically) only to read a `.p12`
// key file, which we never scan. There is no file system in a web worker.
export function readFileSync() {
  throw new Error('no file system in the web extension');
}
export default { readFileSync };
