/**
 * Prints the corpus expectations table as the current build sees it, keeping the reasons already
 * written in test/corpus/expectations.tsv for lines whose kind and codes did not change. Lines that
 * changed get the reason "CHANGED (was: …) — review". Use it to see what a change does to the corpus:
 *   npm run corpus:expectations > /tmp/now.tsv && diff test/corpus/expectations.tsv /tmp/now.tsv
 * Never paste its output over the table without reading each changed line against its file.
 */
import * as fs from 'fs';
import { loadHclParser } from '../../common/hcl-loader';
import { analyseCorpus, CORPUS, EXPECTATIONS, formatExpectation, raisedCodes, readExpectations } from './analyse';

if (!fs.existsSync(CORPUS)) {
  console.error(`The corpus is not at ${CORPUS}.`);
  process.exit(2);
}
const errors: string[] = [];
void main();
async function main(): Promise<void> {
const results = analyseCorpus(errors, false, await loadHclParser((e) => errors.push(`HCL parser: ${String(e)}`)));
const old = new Map(fs.existsSync(EXPECTATIONS) ? readExpectations().map((e) => [e.file, e] as const) : []);
const header = fs.existsSync(EXPECTATIONS) ? fs.readFileSync(EXPECTATIONS, 'utf8').split('\n').filter((l) => l.startsWith('#')) : [];
const lines = [...header];
for (const r of results.values()) {
  const codes = raisedCodes(r);
  const was = old.get(r.file);
  let reason = '';
  if (was && was.kind === r.kind && was.codes.join(' ') === codes.join(' ')) reason = was.reason;
  else if (was) reason = `CHANGED (was: ${was.kind} ${was.codes.join(' ') || '-'}; ${was.reason}) — review`;
  else reason = 'NEW — review';
  lines.push(formatExpectation(r.file, r.kind, codes, reason));
}
process.stdout.write(lines.join('\n') + '\n');
if (errors.length) console.error(`features threw:\n${errors.join('\n')}`);
}
