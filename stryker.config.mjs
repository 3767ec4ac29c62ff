// Mutation testing of the rules and the document model (npm run test:mutation; docs/TESTING.md).
// Mutants are instrumented into the TypeScript sources of a sandbox, compiled once with tsc, and the
// tests that cover each mutant are run against it (per-test coverage, stopping at the first failure).
// STRYKER_MUTATE (comma-separated globs) narrows the files; scripts/mutation.mjs sets it per run.
//
// Speed (measured on two rule files, 109 mutants, shared 2-core machine):
//  - the test set: the rule tests only (below), not the whole unit suite: the initial run takes
//    3 s instead of 29 s. The files left out test completion, hovers, the model's location index,
//    snippets, Vietnamese wording and placeholder properties over every field: slow, and not where
//    a rule's behaviour is asserted. model/ runs use the whole unit suite (STRYKER_TESTS=all).
//  - no TypeScript checker by default: it spent about 1.4 s per mutant (2 min 40 s for the 109)
//    against 16 s for testing them all. Without it, mutants that tsc would reject (`x === ""` on a
//    literal type, a missing property) are run as JavaScript: most are killed, and the ones that
//    survive are listed as "would not compile" in docs/mutation-survivors.md. STRYKER_CHECK=1 turns
//    the checker back on (then those mutants are left out of the score instead).
//  - incremental: each run keeps its results in reports/mutation/<name>.incremental.json, and a
//    re-run only tests again the mutants whose code or covering tests changed (`--force` redoes all).
const mutate = process.env.STRYKER_MUTATE
  ? process.env.STRYKER_MUTATE.split(',').filter(Boolean)
  : ['language-service/rules/**/*.ts'];

/** The unit tests that exercise rules: their diagnostics, ranges, fixes and catalogue. */
const RULE_TESTS = [
  'rules-*', 'structure', 'service', 'credentials', 'task-size', 'fix-all', 'safe-fixes', 'stale-fixes', 'placeholders', 'loud-errors', 'facts',
].map((name) => `out/test/unit/${name}.test.js`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: { spec: process.env.STRYKER_TESTS === 'all' ? ['out/test/unit/**/*.test.js'] : RULE_TESTS },
  buildCommand: 'npx tsc -b test',
  checkers: process.env.STRYKER_CHECK === '1' ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate,
  // The instrumented sources would not type-check.
  disableTypeChecks: '{language-service,common}/**/*.ts',
  coverageAnalysis: 'perTest',
  // Mutants in code that runs when a module loads (the rule catalogue: codes, messages, docs) would
  // each need the whole suite; they are left out of the run and of the score (reported as ignored).
  ignoreStatic: true,
  incremental: true,
  incrementalFile: process.env.STRYKER_INCREMENTAL ?? 'reports/mutation/stryker-incremental.json',
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  // The machines are shared and slow under load: a mutant that takes this long is counted as a timeout.
  timeoutFactor: 3,
  timeoutMS: 20000,
  ignorePatterns: ['out', 'dist', '.cache', 'test-results', 'reports', '*.vsix', '.stryker-tmp'],
  // STRYKER_EVENTS=1: each tested mutant is also written to reports/mutation/events/ as soon as it is
  // tested, to read the survivors of a long run (model/: about 45 minutes) before it ends.
  reporters: ['clear-text', 'progress', 'json', ...(process.env.STRYKER_EVENTS === '1' ? ['event-recorder'] : [])],
  eventReporter: { baseDir: 'reports/mutation/events' },
  jsonReporter: { fileName: process.env.STRYKER_JSON ?? 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
