/**
 * The rules measured against real task definitions written by others (../shared/corpus). The files
 * are read from there, never copied into the project. Every file has one line in
 * test/corpus/expectations.tsv with the exact error and warning codes it must raise, decided by
 * reading the file; any change fails here until someone has looked at the file again.
 *
 * Without ../shared the suite skips with a message (a user's machine); in CI (env CI set) a
 * missing corpus fails, since CI always has it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadHclParser } from '../../common/hcl-loader';
import { analyseCorpus, corpusFiles, CORPUS, EXPECTATIONS, raisedCodes, readExpectations, type CorpusResult } from './analyse';

const present = fs.existsSync(path.join(CORPUS, 'real'));
const inCi = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const table = readExpectations();

describe('corpus of real task definitions', function () {
  this.timeout(300000);
  let results = new Map<string, CorpusResult>();
  const errors: string[] = [];

  before(async function () {
    if (!present) {
      if (inCi) throw new Error(`The corpus is not at ${CORPUS}. CI always has ../shared beside the project, so its absence is a failure here (outside CI the suite skips).`);
      console.log(`      (skipped: the corpus is not at ${CORPUS}; it is only there with ../shared beside the project)`);
      this.skip();
    }
    results = analyseCorpus(errors, true, await loadHclParser((e) => errors.push(`HCL parser: ${String(e)}`)));
    const lines = [...results.values()].filter((r) => r.kind !== 'none').map((r) => `${r.file.padEnd(66)} ${r.ms.toFixed(1).padStart(6)} ms  ${raisedCodes(r).join(' ') || '-'}`);
    console.log(`\n      codes per file (analysis time for information; speed is asserted only by npm run bench):\n      ${lines.join('\n      ')}\n`);
  });

  it('the expectations table has one line per corpus file, and nothing else', () => {
    const files = corpusFiles();
    const listed = table.map((e) => e.file);
    const dup = listed.filter((f, i) => listed.indexOf(f) !== i);
    assert.deepStrictEqual(dup, [], 'files listed twice');
    assert.deepStrictEqual(files.filter((f) => !listed.includes(f)), [], `corpus files without a line in ${EXPECTATIONS}`);
    assert.deepStrictEqual(listed.filter((f) => !files.includes(f)), [], 'lines for files that are not in the corpus');
    // Each folder is there and read: a wrong path or an empty folder would otherwise pass.
    for (const dir of ['real/', 'docs/', 'templates/', 'terraform/']) assert.ok(files.filter((f) => f.startsWith(dir)).length >= 15, `too few files in ${dir}`);
  });

  it('every line carries a reviewed reason', () => {
    const unreviewed = table.filter((e) => !e.reason || /\b(TODO|NEW|CHANGED)\b/.test(e.reason) || !['task', 'service', 'containers', 'none'].includes(e.kind)).map((e) => `line ${e.line}: ${e.file}`);
    assert.deepStrictEqual(unreviewed, []);
  });

  it('every Terraform pair: the array is checked with the aws_ecs_task_definition that reads it, and the launch type SOURCES.tsv gives', () => {
    const rows = fs.readFileSync(path.join(CORPUS, 'terraform', 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    assert.strictEqual(rows.length, 17);
    const wrong: string[] = [];
    for (const [folder, , jsonPath, , , launchType] of rows) {
      const r = results.get(`terraform/${folder}/${path.posix.basename(jsonPath)}`);
      const declared = r?.terraform?.requiresCompatibilities?.value;
      const seen = Array.isArray(declared) ? String(declared[0]).toLowerCase() : r?.terraform ? 'unknown' : 'no context';
      if (r?.kind !== 'containers' || seen !== launchType) wrong.push(`${folder}: ${r?.kind} ${seen} (SOURCES: ${launchType})`);
    }
    assert.deepStrictEqual(wrong, []);
  });

  it('no file crashes any feature (diagnostics, code actions, fix-all, hover, completion)', () => {
    assert.deepStrictEqual(errors, []);
  });

  it('recognises every real file as a task definition by its content', () => {
    const missed = [...results.values()].filter((r) => r.file.startsWith('real/') && r.kind !== 'task' && /containerDefinitions/.test(r.text)).map((r) => r.file);
    assert.deepStrictEqual(missed, []);
  });

  for (const e of table) {
    it(`${e.file}: ${e.kind}, ${e.codes.join(' ') || 'no errors or warnings'} (${e.reason})`, () => {
      const r = results.get(e.file);
      assert.ok(r, `${e.file} is in the corpus`);
      const got = `${r.kind} ${raisedCodes(r).join(' ') || '-'}`;
      const want = `${e.kind} ${e.codes.join(' ') || '-'}`;
      if (got !== want) {
        const detail = r.diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map((d) => `  ${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('\n');
        assert.fail(`${e.file} (expectations.tsv line ${e.line}): expected ${want}, got ${got}\n${detail}\nRead the file; if the new result is right, update its line with the reason. A false error is fixed in the rule, not here.`);
      }
    });
  }
});
