/** The VS Code side of the bilingual rule: manifest strings and client strings exist in both languages. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (f: string): string => fs.readFileSync(path.join(ROOT, f), 'utf8');
const VI = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function clientFiles(dir = path.join(ROOT, 'client', 'src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? clientFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('VS Code localisation', () => {
  const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const vi = JSON.parse(read('package.nls.vi.json')) as Record<string, string>;

  it('every %key% of package.json is in package.nls.json', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 5);
    assert.deepStrictEqual(keys.filter((k) => !(k in en)), []);
  });

  it('package.nls.vi.json has every key of package.nls.json, in Vietnamese', () => {
    assert.deepStrictEqual(Object.keys(en).filter((k) => !(k in vi)), []);
    assert.deepStrictEqual(Object.keys(vi).filter((k) => !(k in en)), []);
    assert.deepStrictEqual(Object.keys(en).filter((k) => k !== 'configuration.title' && (!VI.test(vi[k]) || vi[k] === en[k])), []);
  });

  it('every vscode.l10n.t string of the client has a Vietnamese translation', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.vi.json')) as Record<string, string>;
    const used = new Set<string>();
    for (const f of clientFiles()) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) used.add(m[2].replace(/\\(['"`\\])/g, '$1'));
    }
    assert.ok(used.size > 0);
    assert.deepStrictEqual([...used].filter((s) => !(s in bundle)), []);
    assert.deepStrictEqual([...used].filter((s) => bundle[s] === s && VI.test(s) === false && /[a-z]{3}/.test(s)), []);
  });
});
