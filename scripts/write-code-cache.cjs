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
process.once('exit', () => {
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true, force: true });
});
// A typical small Fargate task definition. None of its values has a marker of a credential format
// (ECS607, `mayHoldCredential` in language-service/model/credentials.ts), so secretlint's detectors
// are not loaded here and their code is not in the cache: a check that needs them compiles them
// (about 2.5 ms), and every other check reads and loads a cache about 100 KB smaller (about 1 ms).
fs.writeFileSync(path.join(dir, 'task-definition.json'), JSON.stringify({
  family: 'web',
  taskRoleArn: 'arn:aws:iam::123456789012:role/web-task',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [{
    name: 'app',
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2',
    essential: true,
    portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
    environment: [{ name: 'LOG_LEVEL', value: 'information' }],
    secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf' }],
    logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'app' } },
  }],
}, null, 2));
process.chdir(dir);
process.argv = [process.argv[0], file, 'check', 'task-definition.json'];
// The CLI writes its report with fs.writeSync: it goes to this process's stdout (the build reads
// and drops it). The report is written after a few promise turns: the cache is saved once the
// check is over, so that it holds the code of the whole check, report included.
const script = run(file);
process.once('beforeExit', () => {
  writeCache(file, script);
  process.exitCode = 0;
});
