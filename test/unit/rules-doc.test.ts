import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { rulesMarkdown } from '../../scripts/generate-rules-doc';

describe('docs/rules.md', () => {
  it('is up to date with the rules (run `npm run generate:rules`)', () => {
    const file = path.resolve(__dirname, '..', '..', '..', 'docs', 'rules.md');
    assert.ok(fs.existsSync(file), 'docs/rules.md exists');
    assert.ok(fs.readFileSync(file, 'utf8') === rulesMarkdown(), 'docs/rules.md is stale: run `npm run generate:rules`');
  });
});
