#!/usr/bin/env node
// Mutation testing (StrykerJS) of language-service/rules/ and language-service/model/.
//
//   npm run test:mutation                   a rotating sample of SAMPLE_SIZE files (what CI runs)
//   npm run test:mutation -- --full         every folder, one Stryker run each, reports in reports/mutation/
//   npm run test:mutation -- --full launch-types,iam     only these folders of --full
//   npm run test:mutation -- --files a.ts,b.ts          these files
//   npm run test:mutation -- --summary      the score per folder from the reports already written
//
// The sample rotates with the number of commits (ECS_MUTATION_SEED overrides it), so each landing
// on main measures other files, and a run is reproducible for a given commit. The full score is
// recorded in docs/TESTING.md. Concurrency: STRYKER_CONCURRENCY (default 1; the machines are shared).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = path.join(ROOT, 'reports', 'mutation');
const SAMPLE_SIZE = Number(process.env.ECS_MUTATION_SAMPLE ?? 2);
/** The sample fails below this score: every rule file is expected to reach it (see docs/TESTING.md). */
const SAMPLE_BREAK = Number(process.env.ECS_MUTATION_BREAK ?? 70);
const FOLDERS = ['rules/launch-types', 'rules/iam', 'rules/networking', 'rules/containers', 'rules/storage', 'rules/security', 'rules/structure', 'rules/service', 'rules', 'model'];

function filesOf(folder) {
  const dir = path.join(ROOT, 'language-service', folder);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => `language-service/${folder}/${f}`);
}

/** Runs Stryker over `files`; returns the parsed JSON report (or undefined when Stryker failed). */
function stryker(files, jsonName, extraArgs = []) {
  fs.mkdirSync(REPORTS, { recursive: true });
  const json = path.join(REPORTS, jsonName);
  fs.rmSync(json, { force: true });
  const env = {
    ...process.env,
    STRYKER_MUTATE: files.join(','),
    STRYKER_JSON: json,
    // Each run keeps its own incremental file: a re-run only tests again what changed.
    STRYKER_INCREMENTAL: path.join(REPORTS, jsonName.replace(/\.json$/, '.incremental.json')),
    // model/ is exercised by the whole unit suite (the location index, completion, hovers).
    ...(files.some((f) => f.includes('/model/')) ? { STRYKER_TESTS: 'all' } : {}),
  };
  const r = spawnSync('npx', ['stryker', 'run', ...extraArgs], { cwd: ROOT, stdio: 'inherit', env });
  if (r.status !== 0 || !fs.existsSync(json)) return undefined;
  return JSON.parse(fs.readFileSync(json, 'utf8'));
}

/** Score as Stryker counts it: killed + timeout over valid mutants (ignored and compile errors left out). */
function score(report) {
  const t = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, compileError: 0, runtimeError: 0 };
  const survivors = [];
  for (const [file, f] of Object.entries(report.files)) {
    for (const m of f.mutants) {
      const k = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage', Ignored: 'ignored', CompileError: 'compileError', RuntimeError: 'runtimeError' }[m.status];
      if (k) t[k]++;
      if (m.status === 'Survived' || m.status === 'NoCoverage') survivors.push(`${file}:${m.location.start.line} ${m.mutatorName}${m.replacement ? ` -> ${m.replacement.replace(/\s+/g, ' ').slice(0, 60)}` : ''} (${m.status})`);
    }
  }
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  return { ...t, valid, score: valid ? (100 * detected) / valid : 100, survivors };
}

function tally(passed) {
  const file = process.env.ECS_TEST_TALLY;
  if (file) fs.appendFileSync(file, passed ? '1 0 0\n' : '0 1 0\n');
}

function summary() {
  const rows = [];
  const all = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, compileError: 0 };
  for (const folder of FOLDERS) {
    const json = path.join(REPORTS, `${folder.replace('/', '-')}.json`);
    if (!fs.existsSync(json)) { rows.push(`${folder}: not measured`); continue; }
    const s = score(JSON.parse(fs.readFileSync(json, 'utf8')));
    for (const k of Object.keys(all)) all[k] += s[k];
    rows.push(`${folder}: ${s.score.toFixed(1)}% (killed ${s.killed}, timeout ${s.timeout}, survived ${s.survived}, no coverage ${s.noCoverage}, ignored (static) ${s.ignored}, compile errors ${s.compileError})`);
    for (const v of s.survivors) rows.push(`    ${v}`);
  }
  console.log(rows.join('\n'));
}

const argv = process.argv.slice(2);
// `--force`: test every mutant again, ignoring the incremental reports (needed after a change to
// test support code, which Stryker's incremental mode does not see).
const FORCE = argv.includes('--force') ? ['--force'] : [];
const args = argv.filter((a) => a !== '--force');
if (args[0] === '--summary') {
  summary();
} else if (args[0] === '--full') {
  const only = args[1] ? args[1].split(',') : undefined;
  for (const folder of FOLDERS) {
    if (only && !only.includes(folder.replace(/^rules\//, '')) && !only.includes(folder)) continue;
    // `rules` alone: the files at the root of rules/ (the registry, the rule type, the topics).
    const report = stryker(filesOf(folder), `${folder.replace('/', '-')}.json`, FORCE);
    console.log(report ? `${folder}: ${score(report).score.toFixed(1)}%` : `${folder}: Stryker failed`);
  }
  summary();
} else {
  let files;
  if (args[0] === '--files') files = args[1].split(',');
  else {
    const pool = FOLDERS.flatMap(filesOf).filter((f) => !/\/index\.ts$/.test(f));
    let seed = Number(process.env.ECS_MUTATION_SEED);
    if (!Number.isFinite(seed)) {
      try { seed = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()); } catch { seed = Math.floor(Date.now() / 86400000); }
    }
    files = Array.from({ length: Math.min(SAMPLE_SIZE, pool.length) }, (_, i) => pool[(seed * SAMPLE_SIZE + i) % pool.length]);
  }
  console.log(`mutation testing of ${files.join(', ')}`);
  const report = stryker(files, 'sample.json', FORCE);
  if (!report) { tally(false); process.exit(1); }
  const s = score(report);
  console.log(`mutation score ${s.score.toFixed(1)}% (${s.killed + s.timeout} of ${s.valid} detected; break below ${SAMPLE_BREAK}%)`);
  for (const v of s.survivors) console.log(`  survived: ${v}`);
  const ok = s.score >= SAMPLE_BREAK;
  tally(ok);
  process.exit(ok ? 0 : 1);
}
