/** Mocha inside the VS Code extension host (loaded by @vscode/test-electron). */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const root = process.env.ECS_ROOT ?? path.resolve(__dirname, '..', '..', '..', '..', '..');
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: true, reporter: path.join(root, 'test', 'support', 'tally-reporter.js') });
  for (const f of fs.readdirSync(__dirname)) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
