/** Process entry of `ecs-taskdef` (bundled to dist/cli.js, started by bin/ecs-taskdef.js). */
import { run } from './run';
import { fdWriter, isTerminal } from './output';

// Written with fs.writeSync (cli/src/output.ts): `process.stdout` and `process.stderr` are only
// created when needed (Windows, a terminal check, a write that would block).
let tty: boolean | undefined;
const stdout = { write: fdWriter(1, () => process.stdout), get isTTY(): boolean { return (tty ??= isTerminal(1, () => process.stdout)); } };

void run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout, stderr: { write: fdWriter(2, () => process.stderr) } }).then((code) => {
  process.exitCode = code;
});
