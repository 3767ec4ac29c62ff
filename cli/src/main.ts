/** Process entry of `ecs-taskdef` (bundled to dist/cli.js, started by bin/ecs-taskdef.js). */
import { run } from './run';

// `ecs-taskdef check | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

void run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
