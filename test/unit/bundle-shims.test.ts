/**
 * What our bundles put in place of a library's file (scripts/build.mjs, scripts/bundle-shims/) gives
 * the library the same values: jsonc-parser's formatter then indents the same (test/cli checks the
 * formatting of fixes through the bundle).
 */
import * as assert from 'assert';
import * as shim from '../../scripts/bundle-shims/jsonc-string-intern';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const original = require('jsonc-parser/lib/umd/impl/string-intern') as typeof shim;

describe('bundle shims: jsonc-parser string-intern', () => {
  it('exports the same names', () => {
    assert.deepStrictEqual(Object.keys(shim).filter((k) => k !== '__esModule').sort(), Object.keys(original).filter((k) => k !== '__esModule').sort());
  });

  it('gives the same spaces, line endings, and indented line breaks for spaces and tabs', () => {
    assert.deepStrictEqual(shim.cachedSpaces, original.cachedSpaces);
    assert.deepStrictEqual(shim.supportedEols, original.supportedEols);
    assert.deepStrictEqual(Object.keys(shim.cachedBreakLinesWithSpaces), Object.keys(original.cachedBreakLinesWithSpaces));
    for (const indent of Object.keys(original.cachedBreakLinesWithSpaces)) {
      assert.deepStrictEqual(Object.keys(shim.cachedBreakLinesWithSpaces[indent]), Object.keys(original.cachedBreakLinesWithSpaces[indent]));
      for (const eol of original.supportedEols) {
        assert.deepStrictEqual(shim.cachedBreakLinesWithSpaces[indent][eol], original.cachedBreakLinesWithSpaces[indent][eol], `${JSON.stringify(indent)} ${JSON.stringify(eol)}`);
      }
    }
  });

  it('builds a table on first use, once', () => {
    const tabs = shim.cachedBreakLinesWithSpaces['\t'];
    assert.strictEqual(typeof Object.getOwnPropertyDescriptor(tabs, '\r')?.get, 'function');
    assert.strictEqual(tabs['\r'], tabs['\r']);
    assert.strictEqual(tabs['\r'][3], '\r\t\t\t');
  });
});
