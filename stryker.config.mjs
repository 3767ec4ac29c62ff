// Mutation testing of the rules and the document model (npm run test:mutation).
// Mutants are instrumented into the TypeScript sources of a sandbox, compiled once with tsc, and the
// unit suite (the tests of the pure service) is run against each one, only the tests that cover it.
// STRYKER_MUTATE (comma-separated globs) narrows the files; scripts/mutation.mjs uses it for the
// rotating CI sample. The full score is recorded in docs/TESTING.md.
const mutate = process.env.STRYKER_MUTATE
  ? process.env.STRYKER_MUTATE.split(',').filter(Boolean)
  : ['language-service/rules/**/*.ts', 'language-service/model/**/*.ts'];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: { spec: ['out/test/unit/**/*.test.js'] },
  buildCommand: 'npx tsc -b test',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate,
  // The instrumented sources would not type-check (the checker already rejected invalid mutants).
  disableTypeChecks: '{language-service,common}/**/*.ts',
  coverageAnalysis: 'perTest',
  // Mutants in code that runs when a module loads (the rule catalogue: codes, messages, docs) would
  // each need the whole suite; they are left out of the run and of the score (reported as ignored).
  ignoreStatic: true,
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  // The machines are shared and slow under load: a mutant that takes this long is counted as a timeout.
  timeoutFactor: 3,
  timeoutMS: 20000,
  ignorePatterns: ['out', 'dist', '.cache', 'test-results', 'reports', '*.vsix', '.stryker-tmp'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: process.env.STRYKER_JSON ?? 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
