/**
 * `npm run bench`: how fast the language service and the server are, with the baselines measured in
 * the same run on the same documents. Prints Markdown tables (median and spread of every figure)
 * and whether each target is met. Never part of a test run: it only measures.
 *
 *   node out/scripts/bench.js [--quick] [--no-package]
 *
 * --quick         fewer rounds (a smoke run; figures are noisier)
 * --no-package    skip `npm run package` (no .vsix size; the server is then built with scripts/build.mjs --production)
 * --compare-only  only the side-by-side comparison with VS Code's JSON language server and the CLI start-up
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as jsonc from 'jsonc-parser';
import { getLanguageService, type DocumentLanguageSettings } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings, type EcsSettings } from '../common/settings';
import { EcsLanguageService } from '../language-service';
import { parseDocument } from '../language-service/model/document';
import { taskSchema } from '../language-service/schema';
import { READ_ONLY_TASK_FIELDS, validateAgainstSchema } from '../language-service/schema/validate';
import { realDocument } from './bench/fixtures';
import { taskDefinition, taskDefinitionOfSize } from './bench/generate';
import { Server, ROOT, type PublishedDiagnostics } from './bench/lsp';
import { batch, batchAsync, bytes, calibrate, ms, ratio, summarize, type Summary } from './bench/stats';
import { compareSizes, compareStart, pipeFloor, SIDES, type SizeResult, type StartResult } from './bench/compare';

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const PACKAGE = !argv.includes('--no-package');
const COMPARE_ONLY = argv.includes('--compare-only');

const PARSE_OPTIONS: jsonc.ParseOptions = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true };
const settings: EcsSettings = { ...defaultSettings, docsLanguage: 'en' };

interface Doc {
  name: string;
  text: string;
  large: boolean;
}

const out: string[] = [];
function print(line = ''): void {
  out.push(line);
  console.log(line);
}

function spread(s: Summary, fmt: (x: number) => string): string {
  return `${fmt(s.p25)} – ${fmt(s.p75)}`;
}

function machine(): string[] {
  const cpus = os.cpus();
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} (logical cores)`,
    `- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node.js: ${process.version}`,
    `- Load average at start (1, 5, 15 min): ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}`,
  ];
}

// ---------------------------------------------------------------------------------------------
// In-process: full analysis, the parse floor, our schema validation and vscode-json-languageservice's.

interface AnalysisResult {
  doc: Doc;
  full: Summary;
  parse: Summary;
  fullOverParse: Summary;
  ours: Summary;
  theirs: Summary;
  oursOverTheirs: Summary;
  problems: { ours: number; theirs: number; diagnostics: number };
}

async function analysis(doc: Doc): Promise<AnalysisResult> {
  const service = new EcsLanguageService({ onError: (where, e) => { throw new Error(`${where}: ${String(e)}`); } });
  let version = 1;
  const uri = 'file:///bench/task-definition.json';
  const full = (): unknown => service.diagnostics(TextDocument.create(uri, 'json', version++, doc.text), settings, ['en']);
  const parse = (): unknown => jsonc.parseTree(doc.text, [], PARSE_OPTIONS);
  const parsed = parseDocument(TextDocument.create(uri, 'json', 0, doc.text), true);
  const taskNode = parsed.task!;
  const ours = (): unknown => validateAgainstSchema(taskNode, taskSchema, READ_ONLY_TASK_FIELDS);

  const ls = getLanguageService({});
  ls.configure({ validate: true, allowComments: true, schemas: [{ uri: 'ecs-taskdef://schemas/task-definition.schema.json', fileMatch: ['*.json'], schema: taskSchema as object }] });
  const jdoc = TextDocument.create(uri, 'json', 1, doc.text);
  const jjson = ls.parseJSONDocument(jdoc);
  const jsettings: DocumentLanguageSettings = { schemaValidation: 'error', trailingCommas: 'ignore', comments: 'ignore' };
  const theirs = (): PromiseLike<unknown> => ls.doValidation(jdoc, jjson, jsettings);

  const problems = {
    ours: validateAgainstSchema(taskNode, taskSchema, READ_ONLY_TASK_FIELDS).length,
    theirs: (await ls.doValidation(jdoc, jjson, jsettings)).length,
    diagnostics: (full() as unknown[]).length,
  };

  const rounds = QUICK ? 5 : doc.large ? 21 : 31;
  const warm = QUICK ? 2 : doc.large ? 3 : 10;
  const kFull = calibrate(full);
  const kParse = calibrate(parse);
  const kOurs = calibrate(ours);
  const t0 = performance.now();
  await theirs();
  const kTheirs = Math.max(1, Math.ceil(2 / Math.max(performance.now() - t0, 0.0005)));
  for (let i = 0; i < warm; i++) {
    batch(full, kFull);
    batch(parse, kParse);
    batch(ours, kOurs);
    await batchAsync(theirs, kTheirs);
  }
  // Interleaved rounds: a change of machine load hits both sides of each ratio alike.
  const r = { full: [] as number[], parse: [] as number[], fop: [] as number[], ours: [] as number[], theirs: [] as number[], oot: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    const f = batch(full, kFull);
    const p = batch(parse, kParse);
    const o = batch(ours, kOurs);
    const t = await batchAsync(theirs, kTheirs);
    r.full.push(f);
    r.parse.push(p);
    r.fop.push(f / p);
    r.ours.push(o);
    r.theirs.push(t);
    r.oot.push(o / t);
  }
  return { doc, full: summarize(r.full), parse: summarize(r.parse), fullOverParse: summarize(r.fop), ours: summarize(r.ours), theirs: summarize(r.theirs), oursOverTheirs: summarize(r.oot), problems };
}

// ---------------------------------------------------------------------------------------------
// Through the real server over stdio.

function positionOf(text: string, needle: string, delta: number): { line: number; character: number } | undefined {
  const i = text.indexOf(needle);
  if (i < 0) return undefined;
  return TextDocument.create('file:///x', 'json', 1, text).positionAt(i + delta);
}

/** The real document with one fixable mistake, so that code actions have work to do. */
function withMistake(text: string): string {
  const m = /"containerPort"\s*:\s*(\d+)/.exec(text);
  if (m) return text.slice(0, m.index) + `"containerPort": "${m[1]}"` + text.slice(m.index + m[0].length);
  return text.replace('"networkMode": "awsvpc"', '"networkMode": "awsvpn"');
}

async function coldStarts(text: string, runs: number): Promise<Summary> {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = new Server();
    const uri = 'file:///bench/cold/task-definition.json';
    await s.initialize();
    const p = s.diagnostics(uri);
    await s.open(uri, text);
    await p;
    xs.push(performance.now() - s.spawnedAt);
    await s.stop();
  }
  return summarize(xs);
}

interface Latencies {
  completion: Summary;
  hover: Summary;
  codeAction: Summary;
}

async function latencies(text: string, n: number): Promise<Latencies> {
  const s = new Server();
  const uri = 'file:///bench/latency/task-definition.json';
  await s.initialize();
  const first = s.diagnostics(uri);
  await s.open(uri, text);
  const published: PublishedDiagnostics = await first;
  const td = { uri };
  const completionAt = ['"networkMode"', '"cpu"', '"logDriver"', '"image"', '"essential"']
    .map((k) => positionOf(text, k, k.length + 3) ?? positionOf(text, k, 2))
    .filter((p): p is { line: number; character: number } => !!p);
  const hoverAt = ['"executionRoleArn"', '"image"', '"cpu"', '"logDriver"', '"containerPort"']
    .map((k) => positionOf(text, k, 3))
    .filter((p): p is { line: number; character: number } => !!p);
  const diag = published.diagnostics[0];
  const line = diag?.range.start.line ?? 0;
  const onLine = published.diagnostics.filter((d) => d.range.start.line <= line && d.range.end.line >= line);
  const range = { start: { line, character: 0 }, end: { line, character: 1000 } };

  const measure = async (fn: (i: number) => Promise<unknown>): Promise<Summary> => {
    for (let i = 0; i < Math.min(30, n); i++) await fn(i);
    const xs: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await fn(i);
      xs.push(performance.now() - t0);
    }
    return summarize(xs);
  };
  const completion = await measure((i) => s.connection.sendRequest('textDocument/completion', { textDocument: td, position: completionAt[i % completionAt.length] }));
  const hover = await measure((i) => s.connection.sendRequest('textDocument/hover', { textDocument: td, position: hoverAt[i % hoverAt.length] }));
  const codeAction = await measure(() => s.connection.sendRequest('textDocument/codeAction', { textDocument: td, range, context: { diagnostics: onLine } }));
  await s.stop();
  return { completion, hover, codeAction };
}

/** RSS of the server with 50 documents open (and validated): three servers, the median of each's readings. */
async function memory(real: string, runs: number): Promise<{ with50: Summary; idle: Summary; bytesOpen: number }> {
  const with50: number[] = [];
  const idle: number[] = [];
  let bytesOpen = 0;
  for (let r = 0; r < runs; r++) {
    const s = new Server();
    await s.initialize();
    await new Promise((res) => setTimeout(res, 300));
    idle.push(s.rss() ?? NaN);
    const waits: Array<Promise<unknown>> = [];
    bytesOpen = 0;
    for (let i = 0; i < 50; i++) {
      const uri = `file:///bench/memory/${i}/task-definition.json`;
      const text = i % 2 === 0 ? real.replace(/"family"\s*:\s*"([^"]*)"/, `"family": "$1-${i}"`) : taskDefinition({ containers: 1 + (i % 10) }).replace('"family": "generated-', `"family": "doc-${i}-`);
      bytesOpen += text.length;
      waits.push(s.diagnostics(uri));
      await s.open(uri, text);
    }
    await Promise.all(waits);
    await new Promise((res) => setTimeout(res, 500));
    const readings: number[] = [];
    for (let i = 0; i < 3; i++) {
      readings.push(s.rss() ?? NaN);
      await new Promise((res) => setTimeout(res, 200));
    }
    with50.push(summarize(readings).median);
    await s.stop();
  }
  return { with50: summarize(with50), idle: summarize(idle), bytesOpen };
}

function packageVsix(): { size?: number; note: string } {
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const took = ((performance.now() - t0) / 1000).toFixed(0);
  const vsix = path.join(ROOT, 'ecs-taskdef.vsix');
  if (r.status === 0 && fs.existsSync(vsix)) return { size: fs.statSync(vsix).size, note: `npm run package, ${took} s` };
  const why = `${r.stdout}\n${r.stderr}`.split('\n').map((l) => l.trim()).filter((l) => /ERROR|error/.test(l)).slice(0, 2).join(' / ') || `exit ${r.status}`;
  // The same package with placeholder base URLs for README links (what vsce asks for when it cannot find the repository).
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-taskdef-vsix-'));
  const out = path.join(tmp, 'ecs-taskdef.vsix');
  const b = spawnSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: ROOT, encoding: 'utf8' });
  const v = b.status === 0 ? spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--baseContentUrl', 'https://example.invalid/', '--baseImagesUrl', 'https://example.invalid/', '--out', out], { cwd: ROOT, encoding: 'utf8' }) : b;
  const size = v.status === 0 && fs.existsSync(out) ? fs.statSync(out).size : undefined;
  fs.rmSync(tmp, { recursive: true, force: true });
  return { size, note: `npm run package failed (${why}); ${size === undefined ? 'the fallback failed too' : 'measured with `vsce package --baseContentUrl/--baseImagesUrl` on the same production build'}` };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  const real = realDocument(ROOT);
  const docs: Doc[] = [
    { name: `real file, ${bytes(real.text.length)}`, text: real.text, large: false },
    { name: `1 container, ${bytes(taskDefinition({ containers: 1 }).length)}`, text: taskDefinition({ containers: 1 }), large: false },
    { name: `10 containers, ${bytes(taskDefinition({ containers: 10 }).length)}`, text: taskDefinition({ containers: 10 }), large: false },
    { name: `100 containers, ${bytes(taskDefinition({ containers: 100 }).length)}`, text: taskDefinition({ containers: 100 }), large: true },
  ];
  const big = taskDefinitionOfSize(1 << 20);
  docs.push({ name: `1 MB file (${Math.round(big.length / 1024)} KB)`, text: big, large: true });

  print('# ecs-taskdef benchmark');
  print();
  print(`Run ${new Date().toISOString()}${QUICK ? ' (--quick: fewer rounds)' : ''}. Real document: ${real.source}.`);
  print();
  print(...[machine().join('\n')]);
  print();

  // The server runs from the production bundle: what `npm run package` puts in the .vsix.
  let vsix: { size?: number; note: string } = { note: 'skipped (--no-package)' };
  if (PACKAGE) vsix = packageVsix();
  if (vsix.size === undefined) {
    const b = spawnSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: ROOT, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`scripts/build.mjs failed: ${b.stderr}`);
  }

  const { comparison, floor, start } = compareInChild();
  const compareTargets = printComparison(comparison, start, floor);
  if (COMPARE_ONLY) {
    printTargets(compareTargets);
    print(`Load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}. Took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    return;
  }

  const results: AnalysisResult[] = [];
  for (const d of docs) results.push(await analysis(d));

  print('## Language service, in process (per document; median, spread = 25th–75th percentile)');
  print();
  print('| document | full analysis | jsonc-parser parseTree (floor) | full ÷ floor | our schema validation | vscode-json-languageservice doValidation | ours ÷ theirs |');
  print('|---|---|---|---|---|---|---|');
  for (const r of results) {
    print(`| ${r.doc.name} | ${ms(r.full.median)} (${spread(r.full, ms)}) | ${ms(r.parse.median)} (${spread(r.parse, ms)}) | ${ratio(r.fullOverParse.median)} (${spread(r.fullOverParse, ratio)}) | ${ms(r.ours.median)} (${spread(r.ours, ms)}) | ${ms(r.theirs.median)} (${spread(r.theirs, ms)}) | ${ratio(r.oursOverTheirs.median)} (${spread(r.oursOverTheirs, ratio)}) |`);
  }
  print();
  print(`Rounds per document: ${results.map((r) => r.full.n).join(', ')}; each round times a batch of calls of at least 2 ms, the four figures of a round one after the other. Schema problems found (ours / theirs) and diagnostics: ${results.map((r) => `${r.problems.ours} / ${r.problems.theirs}, ${r.problems.diagnostics}`).join('; ')}.`);
  print();

  const latencyDoc = withMistake(real.text);
  const n = QUICK ? 60 : 300;
  const lat = await latencies(latencyDoc, n);
  const cold = await coldStarts(real.text, QUICK ? 3 : 9);
  const mem = await memory(real.text, QUICK ? 1 : 3);

  print('## Server over stdio (node bin/ecs-taskdef-ls.js --stdio, production bundle)');
  print();
  print('| figure | p50 | p99 | spread (25th–75th) | n |');
  print('|---|---|---|---|---|');
  print(`| completion latency (real file) | ${ms(lat.completion.median)} | ${ms(lat.completion.p99)} | ${spread(lat.completion, ms)} | ${lat.completion.n} |`);
  print(`| hover latency (real file) | ${ms(lat.hover.median)} | ${ms(lat.hover.p99)} | ${spread(lat.hover, ms)} | ${lat.hover.n} |`);
  print(`| code action latency (light bulb on a line with a fixable problem) | ${ms(lat.codeAction.median)} | ${ms(lat.codeAction.p99)} | ${spread(lat.codeAction, ms)} | ${lat.codeAction.n} |`);
  print(`| cold start to first diagnostics (spawn → publishDiagnostics) | ${ms(cold.median)} | ${ms(cold.p99)} | ${spread(cold, ms)} | ${cold.n} |`);
  print(`| RSS, idle after initialize | ${bytes(mem.idle.median)} | | ${spread(mem.idle, bytes)} | ${mem.idle.n} |`);
  print(`| RSS with 50 documents open and validated (${bytes(mem.bytesOpen)} of text) | ${bytes(mem.with50.median)} | | ${spread(mem.with50, bytes)} | ${mem.with50.n} |`);
  print();
  print('## Package');
  print();
  print(`| .vsix size | ${vsix.size === undefined ? 'n/a' : bytes(vsix.size)} | ${vsix.note} |`);
  print('|---|---|---|');
  print();

  const typical = results[0];
  const large = results.filter((r) => r.doc.large);
  const targets: Array<[string, boolean | undefined, string]> = [
    ['full analysis within 3× of the parse floor on large documents', large.every((r) => r.fullOverParse.median <= 3), large.map((r) => `${r.doc.name}: ${ratio(r.fullOverParse.median)}`).join('; ')],
    ['full analysis under 2 ms for a typical file', typical.full.median < 2, `${typical.doc.name}: ${ms(typical.full.median)}`],
    ['completion p99 under 20 ms', lat.completion.p99 < 20, ms(lat.completion.p99)],
    ['schema validation faster than vscode-json-languageservice on the same schema', results.every((r) => r.oursOverTheirs.median < 1), results.map((r) => ratio(r.oursOverTheirs.median)).join(', ')],
    ['.vsix under 1 MB', vsix.size === undefined ? undefined : vsix.size < 1024 * 1024, vsix.size === undefined ? vsix.note : bytes(vsix.size)],
  ];
  printTargets([...compareTargets, ...targets]);
  print(`Load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}. Took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

type Target = [string, boolean | undefined, string];

function printTargets(targets: readonly Target[]): void {
  print('## Targets');
  print();
  for (const [what, ok, detail] of targets) print(`- ${ok === undefined ? 'NOT MEASURED' : ok ? 'MET' : 'MISSED'}: ${what} (${detail})`);
  print();
}

/** The side-by-side table; returns its targets. */
function printComparison(sizes: readonly SizeResult[], start: StartResult, floor: Awaited<ReturnType<typeof pipeFloor>>): Target[] {
  print('## Side by side with VS Code\'s JSON language server (same run, same stdio pipe)');
  print();
  print('Ours: `node bin/ecs-taskdef-ls.js --stdio` (production bundle). JSON server: `vscode-json-language-server --stdio` (vscode-langservers-extracted) given schemas/task-definition.schema.json. Requests interleaved (ours, theirs, theirs, ours…), one at a time. A ratio below 1 means ours is faster (or smaller).');
  print();
  print('| document | figure | ours | JSON server | ours ÷ JSON server | n |');
  print('|---|---|---|---|---|---|');
  const targets: Target[] = [];
  const row = (doc: string, figure: string, o: number, j: number, fmt: (x: number) => string, n: number | string): number => {
    const r = o / j;
    print(`| ${doc} | ${figure} | ${fmt(o)} | ${fmt(j)} | ${ratio(r)} | ${n} |`);
    return r;
  };
  for (const s of sizes) {
    const doc = `${s.name} (${bytes(s.bytes)})`;
    const r = {
      cp50: row(doc, 'completion p50', s.completion.ours.median, s.completion.json.median, ms, s.completion.ours.n),
      cp99: row(doc, 'completion p99', s.completion.ours.p99, s.completion.json.p99, ms, s.completion.ours.n),
      hp50: row(doc, 'hover p50', s.hover.ours.median, s.hover.json.median, ms, s.hover.ours.n),
      hp99: row(doc, 'hover p99', s.hover.ours.p99, s.hover.json.p99, ms, s.hover.ours.n),
      diag: row(doc, 'first diagnostics after open (median)', s.firstDiagnostics.ours.median, s.firstDiagnostics.json.median, ms, s.firstDiagnostics.ours.n),
      rss: row(doc, 'memory (RSS, this document open)', s.rss.ours, s.rss.json, bytes, 1),
    };
    const speed = [r.cp50, r.cp99, r.hp50, r.hp99, r.diag];
    targets.push([`${s.name}: completion, hover (p50, p99) and first diagnostics at or below the JSON server`, speed.every((x) => x <= 1), speed.map(ratio).join(', ')]);
    targets.push([`${s.name}: memory at most 1.3× the JSON server's`, r.rss <= 1.3, ratio(r.rss)]);
  }
  for (const side of SIDES) {
    const s = sizes.find((x) => x.name === '1 KB');
    if (s && !s.items[side]) print(`(warning: ${side} answered no completion items on ${s.name})`);
  }
  print(`| floor | a server that answers \`null\` at once (same pipe and protocol library): p50 / p99 | ${ms(floor.times.median)} / ${ms(floor.times.p99)} | | ${(100 * floor.slowerThan2ms).toFixed(2)}% of answers slower than 2 ms | ${floor.times.n} |`);
  const small = sizes[0];
  const big = sizes[sizes.length - 1];
  print(`| start | initialize answered (spawn → response, median) | ${ms(start.initialize.ours.median)} | ${ms(start.initialize.json.median)} | ${ratio(start.initialize.ours.median / start.initialize.json.median)} | ${start.initialize.ours.n} |`);
  print(`| start | first hover after start (median) | ${ms(start.firstHover.ours.median)} | ${ms(start.firstHover.json.median)} | ${ratio(start.firstHover.ours.median / start.firstHover.json.median)} | ${start.firstHover.ours.n} |`);
  print(`| CLI | \`ecs-taskdef check\` on a 1 KB file ÷ \`node -e 0\` (median of per-pair ratios; spread ${ratio(start.cli.ratio.p25)} – ${ratio(start.cli.ratio.p75)}) | ${ms(start.cli.check.median)} | ${ms(start.cli.node.median)} (node -e 0) | ${ratio(start.cli.ratio.median)} | ${start.cli.ratio.n} |`);
  print();
  const perRequest = (k: 'completion' | 'hover'): number => big[k].ours.median / small[k].ours.median;
  print(`Per-request cost of ours on ${big.name} ÷ on ${small.name} (p50): completion ${ratio(perRequest('completion'))}, hover ${ratio(perRequest('hover'))}. Completion items in the last answer (ours / theirs): ${sizes.map((s) => `${s.name} ${s.items.ours} / ${s.items.json}`).join(', ')}.`);
  print();
  // An absolute time: Node.js's own start (`node -e 0`, timed in the CLI rows) is most of it.
  targets.push([`initialize answered within 150 ms of spawn`, start.initialize.ours.median <= 150, `median ${ms(start.initialize.ours.median)}, max ${ms(start.initialize.ours.max)}; \`node -e 0\` alone ${ms(start.cli.node.median)} in this run`]);
  targets.push([`first hover after start under 10 ms`, start.firstHover.ours.median < 10, `median ${ms(start.firstHover.ours.median)}, max ${ms(start.firstHover.ours.max)}`]);
  targets.push([`\`ecs-taskdef check\` on a small file at most 1.5× \`node -e 0\``, start.cli.ratio.median <= 1.5, ratio(start.cli.ratio.median)]);
  return targets;
}

/**
 * The side-by-side comparison runs in a child process of the bench with a young generation of 32 MB
 * (`HARNESS_FLAGS`): with Node's default, the bench's own scavenges (up to 7 ms) landed inside timed
 * requests of either server, and were a good part of the slowest 1% of both sides' answers
 * (docs/PERFORMANCE.md). The servers and the CLI it starts get Node's defaults, as an editor starts
 * them; the in-process tables are measured here, with the defaults too (a large young generation
 * makes the parse floor three times faster on 1 MB and would change what "full ÷ floor" means).
 */
const HARNESS_FLAGS = ['--min-semi-space-size=32', '--max-semi-space-size=32'];
type Comparison = { comparison: SizeResult[]; floor: Awaited<ReturnType<typeof pipeFloor>>; start: StartResult };

function compareInChild(): Comparison {
  const r = spawnSync(process.execPath, [...HARNESS_FLAGS, __filename, '--compare-child', ...(QUICK ? ['--quick'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`the comparison's process exited with ${r.status}`);
  return JSON.parse(r.stdout) as Comparison;
}

async function compareChild(): Promise<void> {
  const comparison = await compareSizes(QUICK);
  const floor = await pipeFloor(QUICK);
  const start = await compareStart(QUICK);
  process.stdout.write(JSON.stringify({ comparison, floor, start } satisfies Comparison));
}

(argv.includes('--compare-child') ? compareChild() : main()).catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : String(e));
  process.exit(1);
});
