'use strict';
// Writes dist/cli.js.cache (see bin/cached-require.js): compiles the CLI bundle, runs
// `ecs-taskdef check` on a small task definition in an empty folder (so that the functions a check
// needs are compiled too), then saves V8's code cache. Run by scripts/build.mjs in its own process.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { run, writeCache } = require('../bin/cached-require');

const file = path.resolve(__dirname, '..', 'dist', 'cli.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-taskdef-code-cache-'));
try {
  fs.writeFileSync(path.join(dir, 'task-definition.json'), JSON.stringify({
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: [{ name: 'app', image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: 80 }] }],
  }, null, 2));
  process.chdir(dir);
  process.argv = [process.argv[0], file, 'check', 'task-definition.json'];
  const write = process.stdout.write;
  process.stdout.write = () => true;
  let script;
  try {
    script = run(file);
  } finally {
    process.stdout.write = write;
  }
  writeCache(file, script);
  process.exitCode = 0;
} finally {
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true, force: true });
}
