#!/usr/bin/env node
// Mutation testing (StrykerJS) of language-service/rules/ (and language-service/model/).
//
//   npm run test:mutation                   the CI sample: 2 rotating rule files plus up to 2 changed since the baseline
//   npm run test:mutation -- --full         every folder, one Stryker run each, reports in reports/mutation/
//   npm run test:mutation -- --full launch-types,iam     only these folders of --full
//   npm run test:mutation -- --files a.ts,b.ts          these files (add --report model to write reports/mutation/model.json)
//   npm run test:mutation -- --summary      the score per folder from the reports already written
//   npm run test:mutation -- --baseline     writes scripts/mutation-baseline.json (per-file scores) from the reports
//   npm run test:mutation -- --survivors    writes docs/mutation-survivors.md (rules/) and docs/mutation-survivors-model.md (model/) from the reports
//   add --force to test every mutant again (the runs are incremental; see stryker.config.mjs)
//
// The CI sample checks each sampled file against its own recorded score (scripts/mutation-baseline.json,
// from the last full run): it fails when a file scores more than BASELINE_SLACK points below it, or, for
// a file without a recorded score, below SAMPLE_BREAK. So a file fails only when its tests got weaker or
// its code grew untested branches; untouched files keep their score. docs/TESTING.md has the numbers.
// Concurrency: STRYKER_CONCURRENCY (default 1; the machines are shared).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = path.join(ROOT, 'reports', 'mutation');
const SAMPLE_SIZE = Number(process.env.ECS_MUTATION_SAMPLE ?? 2);
/** At most this many rule files changed since the baseline's commit are added to the sample. */
const CHANGED_MAX = Number(process.env.ECS_MUTATION_CHANGED ?? 2);
/** A sampled file without a recorded score fails below this score. */
const SAMPLE_BREAK = Number(process.env.ECS_MUTATION_BREAK ?? 60);
/** A sampled file fails when it scores more than this many points below its recorded score. */
const BASELINE_SLACK = Number(process.env.ECS_MUTATION_SLACK ?? 2);
const BASELINE = path.join(ROOT, 'scripts', 'mutation-baseline.json');
const SURVIVORS_MD = path.join(ROOT, 'docs', 'mutation-survivors.md');
const SURVIVORS_MODEL_MD = path.join(ROOT, 'docs', 'mutation-survivors-model.md');
const FOLDERS = ['rules/launch-types', 'rules/iam', 'rules/networking', 'rules/containers', 'rules/storage', 'rules/security', 'rules/structure', 'rules/service', 'rules', 'model'];

function filesOf(folder) {
  const dir = path.join(ROOT, 'language-service', folder);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => `language-service/${folder}/${f}`);
}

/** Runs Stryker over `files`; returns the parsed JSON report (or undefined when Stryker failed). */
function stryker(files, jsonName, extraArgs = []) {
  fs.mkdirSync(REPORTS, { recursive: true });
  const json = path.join(REPORTS, jsonName);
  // `--files ... --report <name>`: the files of the earlier report that were not measured again are
  // kept, as long as their source is unchanged (so a report can be built up file by file).
  const earlier = REPORT && fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, 'utf8')) : undefined;
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
  if (!fs.existsSync(json)) {
    // Stryker failed: the earlier report stays as it was.
    if (earlier) fs.writeFileSync(json, JSON.stringify(earlier));
    return undefined;
  }
  const report = JSON.parse(fs.readFileSync(json, 'utf8'));
  if (earlier) {
    for (const [file, f] of Object.entries(earlier.files)) {
      const now = path.join(ROOT, file);
      if (!report.files[file] && fs.existsSync(now) && fs.readFileSync(now, 'utf8') === f.source) report.files[file] = f;
    }
    fs.writeFileSync(json, JSON.stringify(report));
  }
  return r.status === 0 ? report : undefined;
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

/** Scores per file of a report: { file: { valid, detected, score } }. */
function perFile(report) {
  const out = {};
  for (const [file, f] of Object.entries(report.files)) {
    const one = score({ files: { [file]: f } });
    if (one.valid) out[file.replace(/\\/g, '/')] = { valid: one.valid, detected: one.killed + one.timeout, score: Number(one.score.toFixed(1)) };
  }
  return out;
}

function reports() {
  return FOLDERS.map((folder) => [folder, path.join(REPORTS, `${folder.replace('/', '-')}.json`)]).filter(([, json]) => fs.existsSync(json)).map(([folder, json]) => [folder, JSON.parse(fs.readFileSync(json, 'utf8'))]);
}

function git(...a) {
  try { return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return undefined; }
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
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    const s = score(report);
    const files = Object.keys(report.files).length;
    if (files < filesOf(folder).length) rows.push(`${folder}: ${files} of its ${filesOf(folder).length} files measured (the score below is theirs)`);
    for (const k of Object.keys(all)) all[k] += s[k];
    const disabled = disabledCount(report);
    rows.push(`${folder}: ${s.score.toFixed(1)}% (killed ${s.killed}, timeout ${s.timeout}, survived ${s.survived}, no coverage ${s.noCoverage}, ignored ${s.ignored} of which ${disabled} disabled by a comment, compile errors ${s.compileError})`);
    for (const v of s.survivors) rows.push(`    ${v}`);
  }
  console.log(rows.join('\n'));
}

const argv = process.argv.slice(2);
// `--force`: test every mutant again, ignoring the incremental reports (needed after a change to
// test support code, which Stryker's incremental mode does not see).
const FORCE = argv.includes('--force') ? ['--force'] : [];
// `--report <name>` (with --files): write reports/mutation/<name>.json instead of sample.json, e.g. some
// files of model/ measured on their own (`--files language-service/model/damage.ts --report model`).
const REPORT = argv.includes('--report') ? argv[argv.indexOf('--report') + 1] : undefined;
const args = argv.filter((a, i) => a !== '--force' && a !== '--report' && argv[i - 1] !== '--report');

/**
 * Survivors whose kind is known to be equivalent (no test can tell them apart from the original), by the
 * text of the mutated line. Each entry: [why, test on the original line, test on the mutator/replacement].
 */
const EQUIVALENT = [
  ['a check of the fix data the rule itself wrote (`ctx.data` always has the shape `check` attached; only a client that rewrote it could send another)', (m, original, line) => /return undefined/.test(line) && /^(!Array\.isArray\(\w+\)|typeof \w+ !== '(string|number)')$/.test(original) && m.replacement === 'false'],
  ['a strict comparison between two values that can never be equal (launch-types/fargate-size-check.ts: `m` is one of this cpu\'s memory sizes and `memory` is not, checked the line before; this cpu does not offer `memory`, so it is not among the `cpus` that do): `<` and `<=`, `>` and `>=` pick the same', (m, original, line) => m.mutatorName === 'EqualityOperator' && ((original === 'm < memory' && /memoryChange: m < memory/.test(line)) || (original === 'c > cpu' && /cpus\.find\(\(c\) => c > cpu\)/.test(line)))],
  ['containers/depends-on-cycle.ts: an edge pushed without a target is skipped by findCycles, which follows only edges whose target is a container name (`edges.has(undefined)` is false)', (m, original, line) => m.mutatorName === 'ConditionalExpression' && original === 'target !== undefined' && /list\.push\(\{ target, node: node!, entry: d \}\)/.test(line)],
];

/** The original text of a mutant's location (one line or the start of it). */
function originalOf(lines, m) {
  const { start, end } = m.location;
  const first = lines[start.line - 1] ?? '';
  return start.line === end.line ? first.slice(start.column - 1, end.column - 1) : first.slice(start.column - 1);
}

/** Stryker's reason for a static mutant left out by `ignoreStatic` (every other Ignored mutant was disabled by a comment). */
const STATIC = /^Static mutant/;

/** How many mutants of a report were disabled by a `// Stryker disable` comment. */
function disabledCount(report) {
  return Object.values(report.files).flatMap((f) => f.mutants).filter((m) => m.status === 'Ignored' && !STATIC.test(m.statusReason ?? '')).length;
}

/** The rows of a report's surviving, uncovered and disabled mutants, one section per folder and a table per file. */
function survivorRows(folder, report, equivalent) {
  const s = score(report);
  const disabled = disabledCount(report);
  const out = [`## ${folder}/ — ${s.score.toFixed(1)}% (${s.killed + s.timeout} of ${s.valid} detected, ${s.survived} survived, ${s.noCoverage} not covered, ${disabled} disabled as equivalent)`, ''];
  const code = (t) => `\`${t.replace(/\s+/g, ' ').replace(/`/g, "'").replace(/\|/g, '\\|').slice(0, 60)}\``;
  for (const [file, f] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const lines = f.source.split('\n');
    const rows = [];
    for (const m of [...f.mutants].sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)) {
      if (m.status === 'Ignored' && !STATIC.test(m.statusReason ?? '')) {
        // Disabled by a `// Stryker disable ...: <why>` comment in the source: outside the score, listed with its reason.
        rows.push(`| ${m.location.start.line}:${m.location.start.column} | ${m.mutatorName}: ${code(originalOf(lines, m))} | disabled | equivalent: ${(m.statusReason ?? '').replace(/\|/g, '\\|')} |`);
        continue;
      }
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      const line = lines[m.location.start.line - 1] ?? '';
      const original = originalOf(lines, m);
      const eq = equivalent.findIndex(([, is]) => is(m, original, line));
      const what = `${m.mutatorName}: ${code(original)} → ${code(m.replacement ?? '')}`;
      rows.push(`| ${m.location.start.line}:${m.location.start.column} | ${what} | ${m.status === 'NoCoverage' ? 'not covered' : 'survived'} | ${eq >= 0 ? `equivalent (E${eq + 1})` : 'not killed yet'} |`);
    }
    if (!rows.length) continue;
    out.push(`### ${file.replace(/^language-service\//, '')}`, '', '| line | mutation | status | verdict |', '|---|---|---|---|', ...rows, '');
  }
  return out;
}

function survivorsMarkdown() {
  const commit = git('rev-parse', '--short', 'HEAD') ?? 'unknown';
  const how = 'Each surviving or uncovered mutant is listed with its line, the mutation and, when its kind is known to be equivalent, why no test can kill it. Mutants disabled in the source by a `// Stryker disable next-line <mutator>: <why>` comment are listed too, with that reason (they are outside the score). The rest are **not killed yet**: a missing test, not an equivalent. How the score is counted: docs/TESTING.md, "Mutation testing".';
  const rules = [
    '# Surviving mutants of `language-service/rules/`',
    '',
    `Generated by \`npm run test:mutation -- --survivors\` from the reports of the last full run (commit ${commit} when written). ${how} The survivors of \`language-service/model/\` are in [mutation-survivors-model.md](mutation-survivors-model.md).`,
    '',
    '## Equivalent kinds',
    '',
    ...EQUIVALENT.map(([why], i) => `- **E${i + 1}**: ${why}.`),
    '',
  ];
  const model = [
    '# Surviving mutants of `language-service/model/`',
    '',
    `Generated by \`npm run test:mutation -- --survivors\` from \`reports/mutation/model.json\` (commit ${commit} when written; the run uses the whole unit suite as its tests). ${how} No target is set for model/ (issue #18 sets 85% for rules/ only); the equivalent kinds of [mutation-survivors.md](mutation-survivors.md) are about rule code and are not applied here.`,
    '',
  ];
  for (const [folder, report] of reports()) {
    if (folder === 'model') {
      const measured = Object.keys(report.files).map((f) => f.replace(/^.*\/model\//, '')).sort();
      const all = filesOf('model').map((f) => f.replace(/^.*\/model\//, ''));
      if (measured.length < all.length) model.push(`This report holds ${measured.length} of the ${all.length} files of model/ (${measured.map((f) => `\`${f}\``).join(', ')}), measured on their own with \`--files ... --report model\`; the score below is theirs, not the folder's.`, '');
      model.push(...survivorRows(folder, report, []));
    }
    else rules.push(...survivorRows(folder, report, EQUIVALENT));
  }
  fs.writeFileSync(SURVIVORS_MD, rules.join('\n'));
  console.log(`wrote ${path.relative(ROOT, SURVIVORS_MD)}`);
  if (reports().some(([folder]) => folder === 'model')) {
    fs.writeFileSync(SURVIVORS_MODEL_MD, model.join('\n'));
    console.log(`wrote ${path.relative(ROOT, SURVIVORS_MODEL_MD)}`);
  }
}

function writeBaseline() {
  const files = {};
  for (const [folder, report] of reports()) if (folder !== 'model') Object.assign(files, perFile(report));
  const baseline = { commit: git('rev-parse', 'HEAD'), date: new Date().toISOString().slice(0, 10), files };
  fs.writeFileSync(BASELINE, JSON.stringify(baseline, null, 1) + '\n');
  console.log(`wrote ${path.relative(ROOT, BASELINE)}: ${Object.keys(files).length} files`);
}

function sample() {
  const pool = FOLDERS.filter((f) => f !== 'model').flatMap(filesOf).filter((f) => !/\/index\.ts$/.test(f));
  let seed = Number(process.env.ECS_MUTATION_SEED);
  if (!Number.isFinite(seed)) seed = Number(git('rev-list', '--count', 'HEAD') ?? Math.floor(Date.now() / 86400000));
  const files = Array.from({ length: Math.min(SAMPLE_SIZE, pool.length) }, (_, i) => pool[(seed * SAMPLE_SIZE + i) % pool.length]);
  const baseline = fs.existsSync(BASELINE) ? JSON.parse(fs.readFileSync(BASELINE, 'utf8')) : { files: {} };
  // Files changed since the baseline was committed (its own `commit` field may have been rebased away).
  const since = git('log', '-1', '--format=%H', '--', path.relative(ROOT, BASELINE));
  if (since) {
    const changed = (git('diff', '--name-only', since, 'HEAD', '--', 'language-service/rules') ?? '').split('\n').filter((f) => pool.includes(f) && !files.includes(f));
    files.push(...changed.slice(0, CHANGED_MAX));
  }
  return { files, baseline };
}

if (args[0] === '--summary') {
  summary();
} else if (args[0] === '--baseline') {
  writeBaseline();
} else if (args[0] === '--survivors') {
  survivorsMarkdown();
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
  const { files, baseline } = args[0] === '--files' ? { files: args[1].split(','), baseline: { files: {} } } : sample();
  console.log(`mutation testing of ${files.join(', ')}`);
  const report = stryker(files, `${REPORT ?? 'sample'}.json`, FORCE);
  if (!report) { tally(false); process.exit(1); }
  const scores = perFile(report);
  let ok = true;
  for (const file of files) {
    const got = scores[file];
    const was = baseline.files[file];
    const bar = was ? Math.min(was.score - BASELINE_SLACK, 100) : SAMPLE_BREAK;
    const pass = !got || got.score >= bar;
    ok &&= pass;
    tally(pass);
    console.log(`${pass ? 'ok  ' : 'FAIL'} ${file}: ${got ? `${got.score}% (${got.detected} of ${got.valid} detected)` : 'no mutants'}, ${was ? `recorded ${was.score}% on ${baseline.date}` : 'no recorded score'}; fails below ${bar.toFixed(1)}%`);
  }
  for (const v of score(report).survivors) console.log(`  survived: ${v}`);
  process.exit(ok ? 0 : 1);
}
