/**
 * The semantic diff against real files (../shared/corpus; read from there, never copied): every
 * real task definition is equivalent to the describe output ECS would print for it, and every
 * describe output, cleaned by "Fix all", is equivalent to itself as given.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { EcsLanguageService, textDocument } from '../../language-service';
import { defaultSettings } from '../../common/settings';
import { parseDocument, valueOf } from '../../language-service/model/document';
import { compareDocuments, pathText } from '../../language-service/diff';
import { describeShape } from '../support/describe-shape';

const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const present = fs.existsSync(path.join(CORPUS, 'real'));

interface CorpusFile {
  file: string;
  text: string;
}

function corpusFiles(): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const dir of ['real', 'docs', 'templates']) {
    const folder = path.join(CORPUS, dir);
    if (!fs.existsSync(folder)) continue;
    for (const f of fs.readdirSync(folder).filter((x) => x !== 'SOURCES.tsv').sort()) {
      let text = fs.readFileSync(path.join(folder, f), 'utf8');
      if (text.startsWith('\uFEFF')) text = text.slice(1);
      out.push({ file: `${dir}/${f}`, text });
    }
  }
  return out;
}

describe('semantic diff on the corpus', function () {
  this.timeout(120000);
  let files: CorpusFile[] = [];

  before(function () {
    if (!present) {
      const message = `the corpus is not at ${CORPUS}; it is only there with ../shared beside the project`;
      if (process.env.CI) throw new Error(`In CI ../shared must be present: ${message}`);
      console.log(`      (skipped: ${message})`);
      this.skip();
    }
    files = corpusFiles();
  });

  it('every real task definition is equivalent to the describe output ECS prints for it', () => {
    let compared = 0;
    const differing: string[] = [];
    for (const f of files) {
      const doc = parseDocument(textDocument(`file:///corpus/${f.file}`, f.text));
      if (!doc.task || doc.syntaxErrors.length || doc.templateTokens.length || doc.tooDeep) continue;
      const task = valueOf(doc.task) as Record<string, unknown>;
      if (!Array.isArray(task.containerDefinitions)) continue;
      const described = parseDocument(textDocument('file:///corpus/described.json', JSON.stringify(describeShape(task))));
      const r = compareDocuments(doc, described);
      compared++;
      if (!r.ok) differing.push(`${f.file}: ${r.side} ${r.reason}`);
      else if (r.changes.length) differing.push(`${f.file}: ${r.changes.map((c) => `${c.container ?? ''} ${pathText(c.path)} ${c.kind}`).join('; ')}`);
    }
    assert.ok(compared >= 150, `only ${compared} corpus files were compared`);
    assert.deepStrictEqual(differing, []);
  });

  it('every describe output in the corpus, cleaned by "Fix all", is equivalent to itself as given', () => {
    const service = new EcsLanguageService({ onError: (where, e) => { throw new Error(`${where}: ${String(e)}`); } });
    const describes = files.filter((f) => /"taskDefinitionArn"\s*:/.test(f.text) && /"revision"\s*:/.test(f.text));
    assert.ok(describes.length >= 5, `only ${describes.length} describe outputs found`);
    const differing: string[] = [];
    for (const f of describes) {
      const original = textDocument(`file:///corpus/${f.file}`, f.text);
      const fixed = service.fixAll(original, defaultSettings, ['en']);
      assert.ok(fixed !== undefined, `${f.file}: fix-all cleans a describe output (read-only fields at least)`);
      const r = compareDocuments(parseDocument(original), parseDocument(textDocument(`file:///corpus/fixed-${path.basename(f.file)}`, fixed)));
      if (!r.ok) differing.push(`${f.file}: ${r.side} ${r.reason}`);
      else if (r.changes.length) differing.push(`${f.file}: ${r.changes.map((c) => `${c.container ?? ''} ${pathText(c.path)} ${c.kind}`).join('; ')}`);
    }
    assert.deepStrictEqual(differing, []);
  });
});
