/**
 * Stands in for jsonc-parser's `lib/esm/impl/string-intern.js` (version 3.3) in our bundles
 * (scripts/build.mjs): the same exports with the same strings, but each table of 200 indented line
 * breaks is built on its first use instead of when the bundle loads. The original builds all six
 * (about 280 KB of strings) at every start of the CLI and of the server, and only a formatting edit
 * reads them. test/unit/bundle-shims.test.ts compares the two.
 */
export const cachedSpaces: string[] = new Array(20).fill(0).map((_, index) => ' '.repeat(index));
const maxCachedValues = 200;
const EOLS = ['\n', '\r', '\r\n'] as const;
function lazyLines(indent: string): Record<string, string[]> {
  const lines: Record<string, string[]> = {};
  for (const eol of EOLS) {
    let built: string[] | undefined;
    Object.defineProperty(lines, eol, { enumerable: true, get: () => (built ??= new Array(maxCachedValues).fill(0).map((_, index) => eol + indent.repeat(index))) });
  }
  return lines;
}
export const cachedBreakLinesWithSpaces: Record<string, Record<string, string[]>> = { ' ': lazyLines(' '), '\t': lazyLines('\t') };
export const supportedEols: string[] = [...EOLS];
