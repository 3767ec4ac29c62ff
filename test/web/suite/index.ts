/**
 * Mocha inside the web extension host (a browser web worker), loaded by @vscode/test-web. Results
 * are printed to the console, which the runner (test/web/run.ts) reads from the page: one line per
 * test, then `ECS_WEB_TALLY passed failed pending`.
 */
import 'mocha/mocha';
import { registerSuites } from './web.test';

/** The browser build's global (mocha/mocha.js). */
declare const mocha: {
  setup(options: { ui: string; timeout: number; reporter?: undefined }): void;
  run(done: (failures: number) => void): Mocha.Runner;
};

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'bdd', timeout: 60_000, reporter: undefined });
    // describe() exists only after setup.
    registerSuites();
    const runner = mocha.run((failures) => {
      const s = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      console.log(`ECS_WEB_TALLY ${s.passes} ${s.failures} ${s.pending}`);
      if (failures) reject(new Error(`${failures} web test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => console.log(`  ✔ ${t.fullTitle()}`));
    runner.on('fail', (t, err: Error) => console.log(`  ✘ ${t.fullTitle()}\n      ${err.stack ?? err.message}`));
  });
}

