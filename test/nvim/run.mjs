// `npm run test:nvim`: the language server in another LSP client, headless Neovim (Debian's 0.7),
// configured by test/nvim/ecs-taskdef.lua, the same file README.md shows. Runs check.lua,
// prints one line per check, appends "PASSED FAILED SKIPPED" to $ECS_TEST_TALLY, exits non-zero on
// any failure or when Neovim cannot run at all.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HERE = path.join(ROOT, 'test/nvim');
const OUT = path.join(ROOT, 'test-results/nvim');
const TIMEOUT_MS = 120_000;
const t0 = Date.now();
const phase = (name, since) => console.log(`test:nvim: phase ${name}: ${((Date.now() - since) / 1000).toFixed(1)} s`);

const results = [];
const record = (name, ok, detail = '') => results.push({ name, ok, detail });

function done() {
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    if (r.ok) passed++;
    else failed++;
    console.log(`${r.ok ? '  ✓' : '  ✗'} ${r.name}${r.ok ? '' : `\n      ${r.detail}`}`);
  }
  if (!results.length) failed = 1; // ran nothing: that is a failure, not a pass
  if (process.env.ECS_TEST_TALLY) fs.appendFileSync(process.env.ECS_TEST_TALLY, `${passed} ${failed} 0\n`);
  console.log(`test:nvim: ${passed} passing, ${failed} failing (total ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(failed ? 1 : 0);
}

// 1. The README's Neovim configuration is the one the check loads.
const config = fs.readFileSync(path.join(HERE, 'ecs-taskdef.lua'), 'utf8');
const docs = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
record('README.md shows test/nvim/ecs-taskdef.lua byte for byte', docs.includes('```lua\n' + config + '```\n'),
  'copy test/nvim/ecs-taskdef.lua into the ```lua block of the Neovim section of README.md');

// 2. Neovim, installed by the project's own script when missing.
let t = Date.now();
const hasNvim = () => spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasNvim()) {
  console.log('test:nvim: nvim not found, running scripts/e2e-setup.sh --apt-only');
  spawnSync('bash', [path.join(ROOT, 'scripts/e2e-setup.sh'), '--apt-only'], { stdio: 'inherit' });
}
if (!hasNvim()) {
  record('Neovim is installed', false, 'nvim is missing and scripts/e2e-setup.sh --apt-only could not install it');
  done();
}
console.log(`test:nvim: ${spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]}`);
phase('setup', t);

const server = path.join(ROOT, 'bin/ecs-taskdef-ls.js');
if (!fs.existsSync(path.join(ROOT, 'dist/server.js'))) {
  record('the server is built', false, 'dist/server.js is missing: run node scripts/build.mjs first');
  done();
}

// 3. A fresh workspace: a Fargate task definition (with a describe-output field) and the project's package.json.
fs.rmSync(OUT, { recursive: true, force: true });
const ws = path.join(OUT, 'workspace');
fs.mkdirSync(ws, { recursive: true });
fs.writeFileSync(path.join(ws, 'task-definition.json'), `{
  "family": "web",
  "revision": 3,
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "app",
      "image": "public.ecr.aws/nginx/nginx:1.27",
      "essential": true,
      "portMappings": [{ "containerPort": 80 }]
    }
  ]
}
`);
fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(ws, 'package.json'));
// A Terraform module: the task-level settings in main.tf (Fargate in bridge mode: a fault of the .tf
// side, line 4), the containers in container-definitions.json (a typo: a fault of the array side).
fs.mkdirSync(path.join(ws, 'terraform'));
fs.writeFileSync(path.join(ws, 'terraform/main.tf'), `resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "bridge"
  cpu                      = var.cpu
  memory                   = var.memory
  execution_role_arn       = aws_iam_role.exec.arn
  container_definitions    = file("\${path.module}/container-definitions.json")
}
`);
fs.writeFileSync(path.join(ws, 'terraform/container-definitions.json'), `[
  {
    "name": "web",
    "image": "public.ecr.aws/nginx/nginx:1.27",
    "esential": true,
    "readonlyRootFilesystem": true
  }
]
`);
const resultsFile = path.join(OUT, 'results.json');

// 4. Headless Neovim in its own process group, which is what gets ended on a time-out.
t = Date.now();
const child = spawn('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(HERE, 'check.lua')}`], {
  cwd: ws,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env,
    ECS_NVIM_CONFIG_DIR: HERE,
    ECS_NVIM_WORKSPACE: ws,
    ECS_NVIM_SERVER: server,
    ECS_NVIM_RESULTS: resultsFile,
    XDG_CONFIG_HOME: path.join(OUT, 'xdg/config'),
    XDG_DATA_HOME: path.join(OUT, 'xdg/data'),
    XDG_STATE_HOME: path.join(OUT, 'xdg/state'),
    XDG_CACHE_HOME: path.join(OUT, 'xdg/cache'),
  },
});
let output = '';
child.stdout.on('data', (d) => { output += d; });
child.stderr.on('data', (d) => { output += d; });
const timer = setTimeout(() => {
  output += `\n(time-out after ${TIMEOUT_MS / 1000} s: ending nvim's process group ${child.pid})`;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
}, TIMEOUT_MS);
const code = await new Promise((resolve) => child.on('close', (c) => resolve(c)));
clearTimeout(timer);
// The language server is nvim's child; nvim stops it on exit. Anything left in the group is ours to end.
try { process.kill(-child.pid, 'SIGKILL'); } catch { /* nothing left */ }
phase('neovim check', t);

if (!fs.existsSync(resultsFile)) {
  record('the Neovim check ran', false, `nvim exited ${code} without results:\n${output.trim()}`);
  done();
}
for (const r of JSON.parse(fs.readFileSync(resultsFile, 'utf8'))) record(r.name, r.ok, r.detail);
if (code !== 0) record('nvim exited cleanly', false, `exit code ${code}\n${output.trim()}`);
done();
