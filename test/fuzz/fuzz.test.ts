/**
 * Robustness: real and generated task definitions, mutated in every way an editor buffer or a bad
 * template can break them, through every feature of the language service. Asserts no exception, no
 * call over a generous time bound, and no quick fix that breaks a parsable document.
 *
 * Fixed seed in CI. Longer runs: ECS_FUZZ_ITERATIONS=20 ECS_FUZZ_SEED=$RANDOM npm run test:fuzz
 * (ECS_FUZZ_ITERATIONS = mutants per source file and mutation kind; default 2).
 * Failing inputs are written to test-results/fuzz/ with what was done to them.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ec2, fargate } from '../support/harness';
import { serviceDefinition, taskDefinition, taskDefinitionOfSize } from '../../scripts/bench/generate';
import { Exerciser } from './exercise';
import { hash, hugeString, MUTATIONS, Rng, stacked, truncate, type Mutant } from './mutate';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const SEED = Number(process.env.ECS_FUZZ_SEED ?? 20251125);
const ITERATIONS = Math.max(1, Number(process.env.ECS_FUZZ_ITERATIONS ?? 2));
/**
 * Truncation at every position: always for the small generated definitions, and for corpus files
 * up to 100 × ECS_FUZZ_ITERATIONS characters (every file in long runs); a sample of positions otherwise.
 */
const FULL_TRUNCATION_MAX = 100 * ITERATIONS;
const BOUND_MS = Number(process.env.ECS_FUZZ_BOUND_MS ?? 1000);

interface Source {
  name: string;
  text: string;
  generated?: boolean;
}

function corpusFiles(): Source[] {
  const out: Source[] = [];
  for (const sub of ['real', 'docs']) {
    const dir = path.join(CORPUS, sub);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith('.json')) out.push({ name: `corpus/${sub}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') });
    }
  }
  return out;
}

function generated(): Source[] {
  const wrapped = JSON.stringify({ taskDefinition: { ...(JSON.parse(fargate()) as object), taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3', revision: 3, status: 'ACTIVE' } }, null, 2);
  const sources: Source[] = [
    { name: 'generated/fargate.json', text: fargate() },
    { name: 'generated/ec2.json', text: ec2() },
    { name: 'generated/describe-output.json', text: wrapped },
    { name: 'generated/1-container.json', text: taskDefinition({ containers: 1 }) },
    { name: 'generated/10-containers.json', text: taskDefinition({ containers: 10, indent: '\t' }) },
    { name: 'generated/100-containers.json', text: taskDefinition({ containers: 100 }) },
    { name: 'generated/ec2-3-containers.json', text: taskDefinition({ containers: 3, launchType: 'EC2', indent: 4 }) },
    { name: 'generated/service-definition.json', text: serviceDefinition(1) },
  ];
  return sources.map((x) => ({ ...x, generated: true }));
}

const URIS = (name: string): string[] => ['file:///fuzz/task-definition.json', `file:///fuzz/${path.basename(name)}`, 'file:///fuzz/service-definition.json', 'untitled:Untitled-1'];

interface Failure {
  source: string;
  what: string;
  uri: string;
  problems: string[];
  text: string;
}

describe(`fuzz (seed ${SEED}, ${ITERATIONS} mutant(s) per file and kind)`, function () {
  this.timeout(600_000);
  const corpus = corpusFiles();
  const sources = [...corpus, ...generated()];
  const ex = new Exerciser({ boundMs: BOUND_MS, perKbMs: 2 });
  // The generated definitions are what a service definition is checked against.
  for (const g of generated()) ex.service.index.set(`file:///fuzz/index/${path.basename(g.name)}`, g.text);

  /** Runs every mutant; fails with the first problems and writes every failing input to test-results/fuzz/. */
  function runAll(label: string, mutants: (src: Source, rng: Rng) => Mutant[]): void {
    const failures: Failure[] = [];
    let runs = 0;
    for (const src of sources) {
      const rng = new Rng(hash(SEED, label, src.name));
      for (const m of mutants(src, rng)) {
        const uri = rng.pick(URIS(src.name));
        const problems = ex.run(m.text, uri, rng);
        runs++;
        if (problems.length) failures.push({ source: src.name, what: m.what, uri, problems, text: m.text });
      }
    }
    assert.ok(runs > 0, 'no input was run');
    if (failures.length) {
      const dir = path.join(ROOT, 'test-results', 'fuzz');
      fs.mkdirSync(dir, { recursive: true });
      failures.forEach((f, i) => fs.writeFileSync(path.join(dir, `${label}-${i}.json`), JSON.stringify(f, null, 2)));
      const shown = failures.slice(0, 5).map((f) => `- ${f.source} (${f.what}) as ${f.uri}:\n    ${f.problems.slice(0, 3).join('\n    ').slice(0, 2000)}`);
      assert.fail(`${failures.length} of ${runs} ${label} inputs failed (seed ${SEED}; inputs in test-results/fuzz/):\n${shown.join('\n')}`);
    }
  }

  it('reads the corpus from ../shared/corpus (real files and documentation examples)', function () {
    if (!corpus.length) {
      console.log(`      corpus not found at ${CORPUS}: only generated task definitions are fuzzed`);
      this.skip();
    }
    assert.ok(corpus.length > 100, `${corpus.length} corpus files`);
  });

  it('truncation at every position (a sample of positions on big files)', () => {
    runAll('truncation', (src, rng) => {
      const n = src.text.length;
      if (n <= (src.generated ? 2000 : FULL_TRUNCATION_MAX)) return Array.from({ length: n + 1 }, (_, i) => truncate(src.text, i));
      const k = Math.min(n, (n > 100_000 ? 3 : 12) * ITERATIONS);
      return Array.from({ length: k }, () => truncate(src.text, rng.int(n)));
    });
  });

  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    it(`mutation: ${name}`, () => {
      runAll(name, (src, rng) => Array.from({ length: ITERATIONS }, () => mutate(src.text, rng)));
    });
  }

  it('mutation: several in a row', () => {
    runAll('stacked', (src, rng) => Array.from({ length: ITERATIONS }, () => stacked(src.text, rng)));
  });

  it('a 1 MB task definition: truncated, and once through every mutation kind', () => {
    const big = taskDefinitionOfSize(1 << 20);
    const rng = new Rng(hash(SEED, 'big'));
    const failures: string[] = [];
    const mutants: Mutant[] = [truncate(big, rng.int(big.length)), truncate(big, rng.int(big.length)), { text: big, what: 'unchanged' }];
    for (const mutate of Object.values(MUTATIONS)) mutants.push(mutate(big, rng));
    mutants.push(hugeString(big, rng, [1_000_000]));
    for (const m of mutants) {
      const problems = ex.run(m.text, 'file:///fuzz/big/task-definition.json', rng);
      if (problems.length) failures.push(`${m.what}: ${problems.slice(0, 3).join('; ')}`);
    }
    assert.deepStrictEqual(failures, []);
  });

  after(() => {
    console.log(`      ${ex.calls} feature calls`);
  });
});
