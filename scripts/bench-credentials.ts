/**
 * `npm run bench:credentials`: what the credential detection (ECS607, secretlint) costs. Prints
 * Markdown tables for docs/PERFORMANCE.md. Never part of a test run: it only measures.
 *
 * - the one-time load of secretlint's detectors (module evaluation and set-up, on the first value to scan), in a
 *   fresh Node.js process, from an esbuild bundle made like the shipped one (minified, CommonJS); and
 *   the first value without any of the detectors' markers, which loads nothing (`mayHoldCredential`);
 * - one scan of a value never seen before (the memo missed), short setting-like values without a
 *   marker (never sent to the detectors), short and long ones with one;
 * - the full analysis of the benchmark documents with every value scanned anew (memo cleared before
 *   each call: a document opened for the first time) and with the memo warm (typing elsewhere in
 *   the file: the values did not change), the difference being what the scans cost.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings, type EcsSettings } from '../common/settings';
import { EcsLanguageService } from '../language-service';
import { detectCredential, mayHoldCredential, resetCredentialDetection } from '../language-service/model/credentials';
import { credentialSites } from '../language-service/rules/security/credential-in-plain-text';
import { parseDocument } from '../language-service/model/document';
import { taskFacts } from '../language-service/model/task-facts';
import { realDocument } from './bench/fixtures';
import { taskDefinition, taskDefinitionOfSize } from './bench/generate';
import { batch, calibrate, ms, summarize } from './bench/stats';

const ROOT = path.resolve(__dirname, '..', '..');
const settings: EcsSettings = { ...defaultSettings, docsLanguage: 'en' };

function loadTime(): { first: number[]; second: number[]; plain: number[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-bench-credentials-'));
  try {
    const bundle = path.join(dir, 'credentials.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    esbuild.buildSync({ entryPoints: [path.join(ROOT, 'language-service/model/credentials.ts')], bundle: true, platform: 'node', target: 'node18', format: 'cjs', minify: true, mainFields: ['module', 'main'], outfile: bundle, logLevel: 'error' });
    // Values with a marker (`://`): they are sent to the detectors, so the first one loads them.
    const probe = (a: string, b: string): string => `const t0=performance.now();const m=require(${JSON.stringify(bundle)});const t1=performance.now();m.detectCredential(${JSON.stringify(a)});const t2=performance.now();m.detectCredential(${JSON.stringify(b)});const t3=performance.now();console.log(JSON.stringify([t2-t0,t3-t2]))`;
    const withMarker = probe('https://settings.example/value-1', 'https://settings.example/value-2');
    const withoutMarker = probe('value-of-a-setting-1', 'value-of-a-setting-2');
    const first: number[] = [];
    const second: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < 9; i++) {
      const r = spawnSync(process.execPath, ['-e', withMarker], { encoding: 'utf8' });
      const [a, b] = JSON.parse(r.stdout) as [number, number];
      first.push(a);
      second.push(b);
      const q = spawnSync(process.execPath, ['-e', withoutMarker], { encoding: 'utf8' });
      plain.push((JSON.parse(q.stdout) as [number, number])[0]);
    }
    return { first, second, plain };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function perValue(values: string[]): number[] {
  const rounds: number[] = [];
  for (let r = 0; r < 9; r++) {
    resetCredentialDetection();
    const t0 = performance.now();
    for (const v of values) detectCredential(v, 'SETTING');
    rounds.push((performance.now() - t0) / values.length);
  }
  return rounds;
}

function main(): void {
  const out: string[] = [];
  const print = (s = ''): void => { out.push(s); console.log(s); };
  print(`Run ${new Date().toISOString()}, Node.js ${process.version}, ${os.cpus().length} logical cores, load average ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}.`);
  print();
  const load = loadTime();
  const f = summarize(load.first);
  const s = summarize(load.second);
  print('| one-time cost, fresh process (n = 9) | median | 25th–75th |');
  print('|---|---|---|');
  print(`| require the bundle + first scan (secretlint loaded and set up) | ${ms(f.median)} | ${ms(f.p25)} – ${ms(f.p75)} |`);
  print(`| the next scan of a new value | ${ms(s.median)} | ${ms(s.p25)} – ${ms(s.p75)} |`);
  const p = summarize(load.plain);
  print(`| require the bundle + first value without a marker (nothing loaded) | ${ms(p.median)} | ${ms(p.p25)} – ${ms(p.p75)} |`);
  print();
  detectCredential('https://warm-up.example/value');
  const plain = Array.from({ length: 2000 }, (_, i) => `value-${i}-of-a-setting`);
  const short = Array.from({ length: 2000 }, (_, i) => `https://svc-${i}.example`);
  const long = Array.from({ length: 500 }, (_, i) => `https://service-${i}.internal.example/api/v1/items?page=${i}&size=100&sort=name,asc&filter=${'x'.repeat(100)}`);
  for (const [values, has] of [[plain, false], [short, true], [long, true]] as const) {
    if (!values.every((v) => mayHoldCredential(`SETTING=${v}`) === has)) throw new Error(`bench values: expected every one ${has ? 'with' : 'without'} a marker`);
  }
  const pp = summarize(perValue(plain));
  const ps = summarize(perValue(short));
  const pl = summarize(perValue(long));
  print('| one scan of a value not seen before (9 rounds) | median | 25th–75th |');
  print('|---|---|---|');
  print(`| short value without a marker (${plain[0].length} characters; not sent to the detectors) | ${ms(pp.median)} | ${ms(pp.p25)} – ${ms(pp.p75)} |`);
  print(`| short value with a marker (${short[0].length} characters) | ${ms(ps.median)} | ${ms(ps.p25)} – ${ms(ps.p75)} |`);
  print(`| long value with a marker (${long[0].length} characters) | ${ms(pl.median)} | ${ms(pl.p25)} – ${ms(pl.p75)} |`);
  print();
  const real = realDocument(ROOT);
  const docs: Array<[string, string]> = [
    [`real file, ${(real.text.length / 1024).toFixed(1)} KB`, real.text],
    ['1 container', taskDefinition({ containers: 1 })],
    ['10 containers', taskDefinition({ containers: 10 })],
    ['100 containers', taskDefinition({ containers: 100 })],
    ['1 MB file', taskDefinitionOfSize(1024 * 1024)],
  ];
  print('| document | values scanned | full analysis, memo warm (values unchanged) | full analysis, every value scanned anew | scans\' share |');
  print('|---|---|---|---|---|');
  for (const [name, text] of docs) {
    const service = new EcsLanguageService({ onError: (where, e) => { throw new Error(`${where}: ${String(e)}`); } });
    let version = 1;
    const uri = 'file:///bench/task-definition.json';
    const facts = taskFacts(parseDocument(TextDocument.create(uri, 'json', 0, text), 'task'));
    const sites = facts ? credentialSites(facts) : [];
    const values = `${sites.length} (${sites.filter((x) => mayHoldCredential(x.name ? `${x.name}=${x.value}` : x.value)).length} with a marker)`;
    const warmRun = (): unknown => service.diagnostics(TextDocument.create(uri, 'json', version++, text), settings, ['en']);
    const coldRun = (): unknown => { resetCredentialDetection(); return warmRun(); };
    const kw = calibrate(warmRun);
    const kc = calibrate(coldRun);
    const w: number[] = [];
    const c: number[] = [];
    const rounds = text.length > 100_000 ? 5 : 15;
    for (let i = 0; i < 2; i++) { batch(warmRun, kw); batch(coldRun, kc); }
    for (let i = 0; i < rounds; i++) { w.push(batch(warmRun, kw)); c.push(batch(coldRun, kc)); }
    const sw = summarize(w);
    const sc = summarize(c);
    print(`| ${name} | ${values} | ${ms(sw.median)} (${ms(sw.p25)} – ${ms(sw.p75)}) | ${ms(sc.median)} (${ms(sc.p25)} – ${ms(sc.p75)}) | ${(((sc.median - sw.median) / sc.median) * 100).toFixed(0)}% |`);
  }
  print();
  print(`Load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}.`);
}

main();
