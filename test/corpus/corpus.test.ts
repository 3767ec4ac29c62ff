/**
 * The rules measured against real task definitions written by others (../shared/corpus). The files
 * are read from there, never copied into the project; the suite skips when they are absent.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { EcsLanguageService, textDocument } from '../../language-service';
import { defaultSettings } from '../../common/settings';

const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const present = fs.existsSync(path.join(CORPUS, 'real'));

interface Result {
  file: string;
  kind: string;
  ms: number;
  diagnostics: Diagnostic[];
  text: string;
}

function codesOf(r: Result, severity?: number): string[] {
  return r.diagnostics.filter((d) => severity === undefined || d.severity === severity).map((d) => String(d.code));
}

describe('corpus of real task definitions', function () {
  this.timeout(120000);
  const results = new Map<string, Result>();
  const errors: string[] = [];

  before(function () {
    if (!present) {
      console.log(`      (skipped: the corpus is not at ${CORPUS}; it is only there with ../shared beside the project)`);
      this.skip();
    }
    const service = new EcsLanguageService({ onError: (where, e) => errors.push(`${where}: ${String(e)}`) });
    for (const dir of ['real', 'docs']) {
      for (const f of fs.readdirSync(path.join(CORPUS, dir)).filter((x) => x.endsWith('.json')).sort()) {
        const text = fs.readFileSync(path.join(CORPUS, dir, f), 'utf8');
        const doc = textDocument(`file:///corpus/${dir}/${f}`, text);
        const t0 = process.hrtime.bigint();
        const kind = service.kindOf(doc, defaultSettings);
        const diagnostics = kind === 'task' ? service.diagnostics(doc, defaultSettings, ['en']) : [];
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        // Exercise the other features too: none may throw.
        if (kind === 'task') {
          service.codeActions(doc, diagnostics, undefined, defaultSettings, ['en']);
          service.hover(doc, doc.positionAt(Math.floor(text.length / 2)), defaultSettings, ['en']);
          service.completion(doc, doc.positionAt(Math.floor(text.length / 3)), defaultSettings, ['en']);
        }
        results.set(`${dir}/${f}`, { file: `${dir}/${f}`, kind, ms, diagnostics, text });
      }
    }
    const lines = [...results.values()].map((r) => `${r.file.padEnd(58)} ${r.ms.toFixed(1).padStart(6)} ms  ${[...new Set(codesOf(r))].join(' ') || '-'}`);
    console.log(`\n      codes per file:\n      ${lines.join('\n      ')}\n`);
  });

  it('reads all 182 files', () => {
    assert.strictEqual(results.size, 182);
  });

  it('no file crashes any feature', () => {
    assert.deepStrictEqual(errors, []);
  });

  it('no file takes over 100 ms to analyse', () => {
    const slow = [...results.values()].filter((r) => r.ms > 100).map((r) => `${r.file}: ${r.ms.toFixed(0)} ms`);
    assert.deepStrictEqual(slow, []);
  });

  it('recognises every real file as a task definition by its content', () => {
    const missed = [...results.values()].filter((r) => r.file.startsWith('real/') && r.kind !== 'task' && /containerDefinitions/.test(r.text)).map((r) => r.file);
    assert.deepStrictEqual(missed, []);
  });

  it('the valid-looking official examples raise no errors', () => {
    // Complete examples from the AWS guide: strict JSON, a non-empty family, containers, no "..." elisions.
    const complete = [...results.values()].filter((r) => {
      if (!r.file.startsWith('docs/')) return false;
      let v: unknown;
      try { v = JSON.parse(r.text); } catch { return false; }
      const o = v as Record<string, unknown>;
      return !!o && typeof o === 'object' && typeof o.family === 'string' && o.family.length > 0 && Array.isArray(o.containerDefinitions) && !KNOWN_MISTAKES.has(r.file);
    });
    assert.ok(complete.length >= 15, `only ${complete.length} complete examples found`);
    const bad = complete.filter((r) => codesOf(r, 1).length).map((r) => `${r.file}: ${r.diagnostics.filter((d) => d.severity === 1).map((d) => `${d.code} ${d.message}`).join(' | ')}`);
    assert.deepStrictEqual(bad, []);
  });

  // Expectations decided after reading the files.
  const expect: Array<[string, string[], string]> = [
    ['real/03-deploy-action-describe-output.json', ['ECS009'], 'describe output keeps its read-only fields'],
    ['real/32-firelens-efs-config-wrapped.json', ['ECS010'], 'wrapped in taskDefinition'],
    ['real/42-ecspresso-td-wrapped.json', ['ECS010'], 'wrapped in taskDefinition'],
    ['real/59-user-otel-describe-wrapped.json', ['ECS009', 'ECS010'], 'describe output, still wrapped'],
    ['real/53-user-gokabot-describe-nulls.json', ['ECS008'], 'nulls the CLI rejects'],
    ['real/72-user-xgboost-describe-nulls.json', ['ECS008', 'ECS009'], 'describe output with nulls'],
    ['real/75-user-fargate-string-containerport.json', ['ECS003'], '"containerPort" written as a string'],
    ['real/77-user-jinja-taskdef-tpl.json', ['ECS001'], 'a Jinja template is not JSON: syntax errors, no crash'],
    ['real/22-agent-ftest-elastic-inference.json', ['ECS002'], 'inferenceDevices is not a field of the API'],
    ['docs/051-example_task_definitions.json', ['ECS109'], 'EC2 by default, and no memory anywhere'],
    ['real/09-awssamples-nginx-fargate.json', ['ECS201'], 'Fargate with awslogs but no execution role: ECS rejects it'],
    ['real/62-user-seismic-fargate-privileged.json', ['ECS106'], 'privileged is not supported on Fargate'],
    ['docs/097-tutorial-wfsx-volumes.json', ['ECS401'], 'mount point names a volume that is not declared'],
    ['docs/101-wfsx-volumes.json', ['ECS401'], 'mount point names a volume that is not declared'],
  ];
  for (const [file, codes, why] of expect) {
    it(`${file}: ${codes.join(', ')} (${why})`, () => {
      const r = results.get(file);
      assert.ok(r, `${file} is in the corpus`);
      const found = codesOf(r);
      for (const c of codes) assert.ok(found.includes(c), `${c} expected in ${found.join(',')}`);
    });
  }

  const clean: Array<[string, string]> = [
    ['real/21-agent-ftest-efs-vol-write.json', 'FILESYSTEM_ID is a placeholder, not a malformed id'],
    ['real/34-firelens-newrelic-vcpu-gb-strings.json', 'unit strings for cpu and memory are valid'],
    ['real/58-user-appmesh-xray-vcpu-strings.json', 'unit strings for cpu and memory are valid'],
    ['real/78-user-console-vcpu-gb-file-named-f.json', 'unit strings for cpu and memory are valid'],
    ['real/01-deploy-action-integ-fargate.json', 'a plain valid Fargate definition'],
  ];
  for (const [file, why] of clean) {
    it(`${file}: no errors (${why})`, () => {
      const r = results.get(file);
      assert.ok(r, `${file} is in the corpus`);
      assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 1).map((d) => `${d.code} ${d.message}`), []);
    });
  }
});

/** Complete official examples that contain real mistakes of their own (asserted separately above). */
const KNOWN_MISTAKES = new Set<string>([
  // No launch type, so ECS validates for EC2, and neither the task nor the containers give memory.
  'docs/051-example_task_definitions.json',
  // The mount points name `fsx-windows-dir`, the volume is called `fsx-windows-vol`.
  'docs/097-tutorial-wfsx-volumes.json',
  'docs/101-wfsx-volumes.json',
]);
