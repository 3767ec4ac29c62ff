import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSafeFixes } from '../support/safe-fixes';
import { CORPUS, corpusFiles } from './analyse';

describe('safe fixes are safe: on every file of ../shared/corpus (real, docs, templates, terraform)', function () {
  it('applying any safe fix, alone or all together, adds no error or warning and keeps the text parsing', function () {
    if (!fs.existsSync(CORPUS)) {
      console.log(`      skipped: the corpus is not at ${CORPUS}`);
      this.skip();
    }
    this.timeout(600_000);
    const failures: string[] = [];
    let applied = 0;
    const files = corpusFiles();
    for (const file of files) {
      const r = checkSafeFixes(`file:///corpus/${file}`, fs.readFileSync(path.join(CORPUS, file), 'utf8'));
      applied += r.applied;
      failures.push(...r.failures.map((f) => `${file}: ${f}`));
    }
    assert.deepStrictEqual(failures, []);
    console.log(`      ${files.length} files, ${applied} safe fixes applied one by one, and fix-all on each`);
    assert.ok(files.length > 100 && applied > 0, `${files.length} files, ${applied} safe fixes applied`);
  });
});
