/**
 * `npm run test:e2e`: the packaged extension in the real VS Code workbench (code-server on a private
 * Node 24) driven in headless Debian Chromium through playwright-core. Each scenario asserts on what
 * is on screen. Installs what it needs with scripts/e2e-setup.sh (cached in .cache/e2e), starts its
 * own code-server and browser, and ends them (and only them) when done.
 *
 * Environment: ECS_E2E_UPDATE_IMAGES=1 also writes the README screenshots to docs/images/;
 * ECS_E2E_SKIP_PACKAGE=1 reuses ecs-taskdef.vsix as it is; ECS_E2E_ONLY=3,4 runs some scenarios;
 * ECS_TEST_TALLY gets one line "PASSED FAILED SKIPPED".
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { Browser } from 'playwright-core';
import { snippetCatalogue } from '../../language-service/snippets/catalogue';
import { describeOutput, fargateTask, keysTask, READ_ONLY_IN_DESCRIBE, serviceDefinition, taskDefaults, terraformContainers, terraformMainTf, workspaceFiles } from './fixtures';
import { freePort, reapMarked, RUN_MARKER, runOrThrow, startGroup, stopGroup, type Started } from './processes';
import { until, vietnameseLetters, Workbench } from './workbench';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const OUT = path.join(ROOT, 'test-results', 'e2e');
const IMAGES = path.join(ROOT, 'docs', 'images');
const VSIX = path.join(ROOT, 'ecs-taskdef.vsix');
const UPDATE_IMAGES = process.env.ECS_E2E_UPDATE_IMAGES === '1';
const ONLY = process.env.ECS_E2E_ONLY ? new Set(process.env.ECS_E2E_ONLY.split(',').map((s) => Number(s.trim()))) : undefined;
/** The whole run, install included, ends by then whatever happens. */
const RUN_LIMIT_MS = 40 * 60_000;

const runId = `${process.pid}-${Date.now()}`;
process.env[RUN_MARKER] = runId;

// ---- phases and results ---------------------------------------------------------------------

const t0 = Date.now();
const timings: Array<[string, number]> = [];
async function phase<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const start = Date.now();
  console.log(`test:e2e: phase ${name} ...`);
  try {
    return await fn();
  } finally {
    const s = (Date.now() - start) / 1000;
    timings.push([name, s]);
    console.log(`test:e2e: phase ${name}: ${s.toFixed(1)} s`);
  }
}

interface Outcome {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  detail: string;
}
const outcomes: Outcome[] = [];

// ---- the environment --------------------------------------------------------------------------

interface Env {
  node: string;
  codeServer: string;
  codeServerVersion: string;
  chromium: string;
}

const dirs = {
  workspace: path.join(OUT, 'workspace'),
  userData: path.join(OUT, 'user-data'),
  extensions: path.join(OUT, 'extensions'),
  xdg: path.join(OUT, 'xdg'),
  shots: path.join(OUT, 'screenshots'),
};

function userSettings(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    'files.autoSave': 'off',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'json.schemaDownload.enable': false,
    'editor.minimap.enabled': false,
    'editor.cursorBlinking': 'solid',
    'editor.hover.delay': 200,
    'editor.accessibilitySupport': 'off',
    'ecsTaskDefinition.docsLanguage': 'en',
    ...extra,
  }, null, 2);
}
function savedSetting(id: string, value: unknown): () => boolean {
  return () => {
    try {
      return (parseJsonc(fs.readFileSync(path.join(dirs.userData, 'User', 'settings.json'), 'utf8')) as Record<string, unknown>)[id] === value;
    } catch {
      return false;
    }
  };
}
/** Before code-server starts only: the running workbench does not watch this file here (settings change through the Settings editor). */
function writeUserSettings(extra: Record<string, unknown> = {}): void {
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), userSettings(extra));
}

function processEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'),
    XDG_DATA_HOME: path.join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
    XDG_STATE_HOME: path.join(dirs.xdg, 'state'),
    // The language server must not see a debugger port or the CI's own node options.
    NODE_OPTIONS: '',
  };
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

// ---- scenarios --------------------------------------------------------------------------------

const TASK_KEYS = ['containerDefinitions', 'family', 'networkMode', 'requiresCompatibilities', 'executionRoleArn', 'taskRoleArn'];

function shot(n: number, slug: string): string {
  return path.join(dirs.shots, `${String(n).padStart(2, '0')}-${slug}.png`);
}
async function docImage(wb: Workbench, name: string): Promise<void> {
  const file = path.join(dirs.shots, `docs-${name}`);
  await wb.screenshotEditor(file);
  if (UPDATE_IMAGES) {
    fs.mkdirSync(IMAGES, { recursive: true });
    fs.copyFileSync(file, path.join(IMAGES, name));
    console.log(`test:e2e: wrote docs/images/${name}`);
  }
}

/** Waits `ms` during which the predicate must hold at every poll. */
async function holds(what: string, ms: number, probe: () => Promise<string | undefined>): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const problem = await probe();
    if (problem) throw new Error(`${what}: ${problem}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function parseStrict(text: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  assert.strictEqual(errors.length, 0, `the document is not valid JSON:\n${text}`);
  return value;
}

/** The prefix of the Fargate web snippet, from the snippet catalogue the server offers. */
function fargateSnippetPrefix(): string {
  const prefix = snippetCatalogue.map((s) => s.prefix).find((p) => /fargate/i.test(p) && /web/i.test(p));
  assert.ok(prefix, `the snippet catalogue has no Fargate web snippet (prefixes: ${snippetCatalogue.map((s) => s.prefix).join(', ')})`);
  return prefix;
}

/** The Command Palette title of one of our commands ("ECS: New task definition…"), from package.json and package.nls.json. */
function commandTitle(id: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes?: { commands?: Array<{ command: string; title: string; category?: string }> } };
  const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const c = pkg.contributes?.commands?.find((x) => x.command === id);
  assert.ok(c, `package.json contributes no command ${id}`);
  const resolve = (t: string): string => t.replace(/^%(.+)%$/, (_, k: string) => nls[k] ?? t);
  return c.category ? `${resolve(c.category)}: ${resolve(c.title)}` : resolve(c.title);
}

/** The file behind the output channel "ECS Task Definition" (the extension host writes each channel to a log file). */
function outputChannelLog(): string | undefined {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/ECS Task Definition\.log$/.test(e.name)) found.push(p);
    }
  };
  for (const d of [dirs.userData, dirs.xdg]) if (fs.existsSync(d)) walk(d);
  // The newest, should the run have several windows.
  return found.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

/** What the check reads of an element of the page (the test code has no DOM types). */
interface PageElement {
  scrollWidth: number;
  clientWidth: number;
  className: string;
  tagName: string;
  textContent: string | null;
  getBoundingClientRect(): { width: number; right: number };
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
/** The parts of the visible hover wider than the hover itself (none: nothing is cut off or scrolls sideways). */
function hoverOverflow(wb: Workbench): Promise<string[]> {
  return wb.page.locator('.monaco-hover:not(.hidden)').first().evaluate((node) => {
    const hover = node as unknown as PageElement;
    const box = hover.getBoundingClientRect();
    const out: string[] = [];
    const scrollers = [hover, ...Array.from(hover.querySelectorAll('.monaco-scrollable-element, .hover-contents, .monaco-hover-content'))];
    for (const e of scrollers) if (e.scrollWidth > e.clientWidth + 1) out.push(`${e.className}: scrolls sideways (${e.scrollWidth} px in ${e.clientWidth} px)`);
    for (const e of Array.from(hover.querySelectorAll('table, pre, code, p, li'))) {
      const r = e.getBoundingClientRect();
      if (r.width && r.right > box.right + 1) out.push(`${e.tagName.toLowerCase()} ${Math.round(r.width)} px ends ${Math.round(r.right - box.right)} px past the hover: ${String(e.textContent).slice(0, 60)}`);
    }
    return out;
  });
}

type Scenario = [title: string, slug: string, run: (wb: Workbench, n: number) => Promise<void>];

const scenarios: Scenario[] = [
  ['Fargate with networkMode bridge: error squiggle, the quick fix writes awsvpc, the squiggle goes', 'fargate-bridge-quick-fix', async (wb, n) => {
    await wb.openFile('fargate-bridge/task-definition.json');
    await until('an error squiggle under "bridge"', async () => (await wb.underlined('error')).includes('"bridge"'));
    const problems = await wb.problems();
    assert.ok(problems.some((p) => p.code === 'ECS101' && p.severity === 'Error' && p.line === 4), `Problems panel: ${JSON.stringify(problems)}`);
    await wb.hidePanel();
    await wb.goToText('"brid');
    const menu = await wb.quickFixMenu();
    assert.ok(menu.some((t) => /awsvpc/.test(t)), `quick fix menu: ${JSON.stringify(menu)}`);
    await docImage(wb, 'quick-fix.png');
    await wb.screenshot(shot(n, 'quick-fix-menu'));
    await wb.chooseAction(/awsvpc/);
    await until('the document with "awsvpc" instead of "bridge"', async () => (await wb.text()) === fargateTask('awsvpc'));
    await until('the error squiggle to go', async () => (await wb.squiggles('error')) === 0);
    const after = await wb.problems();
    assert.ok(!after.some((p) => p.code === 'ECS101'), `Problems panel still lists ECS101: ${JSON.stringify(after)}`);
  }],
  ['Fargate cpu "256": memory completion offers exactly 512, 1024, 2048', 'fargate-memory-completion', async (wb) => {
    await wb.openFile('sizes/task-definition.json');
    await wb.goToText('"memory": "');
    // Until the server has started, the widget may show nothing or other providers' rows.
    const rows = await until('memory sizes in the suggest widget', async () => {
      const r = await wb.suggest().catch(() => [] as string[]);
      if (r.includes('1024')) return r;
      await wb.escape();
      return undefined;
    });
    assert.deepStrictEqual([...rows].sort((a, b) => Number(a) - Number(b)), ['512', '1024', '2048']);
    await docImage(wb, 'fargate-memory-completion.png');
    await wb.escape();
  }],
  ['Hover on executionRoleArn: Vietnamese with docsLanguage "vi", English with "en"', 'hover-languages', async (wb, n) => {
    await wb.openFile('docs/task-definition.json');
    try {
      await wb.setSetting('ecsTaskDefinition.docsLanguage', 'vi', savedSetting('ecsTaskDefinition.docsLanguage', 'vi'));
      const vi = await wb.hover('executionRoleArn', (h) => h.includes('executionRoleArn') && vietnameseLetters(h) >= 10);
      assert.ok(vietnameseLetters(vi) >= 10, vi);
      assert.deepStrictEqual(await hoverOverflow(wb), [], 'the Vietnamese hover is wider than its widget');
      await docImage(wb, 'hover-vietnamese.png');
      await wb.screenshot(shot(n, 'hover-vi'));
    } finally {
      await wb.escape();
      await wb.setSetting('ecsTaskDefinition.docsLanguage', 'en', savedSetting('ecsTaskDefinition.docsLanguage', 'en'));
    }
    const en = await wb.hover('executionRoleArn', (h) => h.includes('executionRoleArn') && vietnameseLetters(h) === 0);
    assert.ok(en.includes('IAM role') && vietnameseLetters(en) === 0, en);
    assert.deepStrictEqual(await hoverOverflow(wb), [], 'the English hover is wider than its widget');
  }],
  ['Empty task-definition.json: the Fargate snippet expands and the document has no problems', 'fargate-snippet', async (wb) => {
    const prefix = fargateSnippetPrefix();
    await wb.openFile('new-service/task-definition.json');
    await wb.focusEditor();
    await wb.type(prefix);
    const labels = await until(`the snippet ${prefix} in the suggest widget`, async () => {
      const r = await wb.suggest().catch(() => [] as string[]);
      if (r.includes(prefix)) return r;
      await wb.escape();
      return undefined;
    });
    assert.ok(labels.includes(prefix));
    await wb.page.locator('.suggest-widget.visible .monaco-list-row').filter({ has: wb.page.locator('.label-name', { hasText: prefix }) }).first().click();
    await until('the snippet to expand', async () => (await wb.text()).includes('containerDefinitions'));
    await wb.escape(); // leave the snippet's placeholders
    await wb.escape();
    const text = await wb.text();
    const task = parseStrict(text) as { requiresCompatibilities?: unknown };
    assert.ok(Array.isArray(task.requiresCompatibilities) && task.requiresCompatibilities.includes('FARGATE'), `not a Fargate task definition:\n${text}`);
    await until('no problems', async () => (await wb.problems()).length === 0 && (await wb.squiggles('any')) === 0);
    await holds('the snippet result stays free of problems', 2500, async () => {
      const p = await wb.problems();
      const s = await wb.squiggles('any');
      return p.length || s ? `${s} squiggles; Problems panel: ${JSON.stringify(p)}` : undefined;
    });
    await wb.hidePanel();
    await docImage(wb, 'fargate-snippet.png');
  }],
  ['The project\'s package.json: no task definition diagnostics, completions or hover', 'package-json', async (wb) => {
    // The control: the same keys at the same position (just inside the first key's opening quote)
    // of a task definition list the task fields.
    await wb.openFile('sizes/task-definition.json');
    await wb.goToText('  "', 'after');
    const control = await until('task definition fields in the suggest widget', async () => {
      const r = await wb.suggest().catch(() => [] as string[]);
      if (r.includes('taskRoleArn')) return r;
      await wb.escape();
      return undefined;
    });
    assert.ok(control.includes('taskRoleArn'));
    await wb.escape();
    await wb.openFile('package.json');
    await holds('no ecs-taskdef entry in the Problems panel', 2500, async () => {
      const p = await wb.problems();
      return p.length ? JSON.stringify(p) : undefined;
    });
    await wb.hidePanel();
    await wb.goToText('  "', 'after', fs.readFileSync(path.join(dirs.workspace, 'package.json'), 'utf8'));
    const rows = await wb.suggestRows();
    await wb.escape();
    const leaked = rows.filter((r) => TASK_KEYS.includes(r));
    assert.deepStrictEqual(leaked, [], `task definition completions in package.json: ${JSON.stringify(rows)}`);
    // VS Code's own JSON support may or may not show a hover here (its package.json schema comes
    // from the network); ours must not. A hover that cannot be asked for at all fails the check.
    const h = (await wb.hoverIfShown('"name"', 3000)) ?? '';
    assert.ok(!/launch type/i.test(h) && !/ecs-taskdef|task definition/i.test(h), `task definition hover in package.json: ${h}`);
  }],
  ['describe-task-definition output: one quick fix removes every read-only field', 'describe-read-only', async (wb, n) => {
    await wb.openFile('describe/describe-output.json');
    await until('ECS009 in the Problems panel for every read-only field', async () => {
      const lines = (await wb.problems()).filter((p) => p.code === 'ECS009').map((p) => p.line);
      return lines.length === READ_ONLY_IN_DESCRIBE.length;
    });
    await wb.hidePanel();
    assert.ok((await wb.underlined('warning')).includes('"revision"'), 'no warning squiggle under "revision"');
    await wb.goToText('"revis');
    const menu = await wb.quickFixMenu();
    assert.ok(menu.some((t) => /Remove all read-only fields/.test(t)), `quick fix menu: ${JSON.stringify(menu)}`);
    await wb.screenshot(shot(n, 'quick-fix-menu'));
    await wb.chooseAction(/Remove all read-only fields/);
    const expected = JSON.parse(describeOutput) as { taskDefinition: Record<string, unknown> };
    for (const k of READ_ONLY_IN_DESCRIBE) delete expected.taskDefinition[k];
    await until('the read-only fields to be gone from the document', async () => {
      const t = await wb.text();
      return READ_ONLY_IN_DESCRIBE.every((k) => !t.includes(`"${k}"`));
    });
    assert.deepStrictEqual(parseStrict(await wb.text()), expected);
    await until('ECS009 to leave the Problems panel', async () => !(await wb.problems()).some((p) => p.code === 'ECS009'));
  }],
  ['Service and task definition as a pair: ECS709 on the service\'s 8080; the task definition edited to 8080 (unsaved) clears it', 'service-task-pair', async (wb, n) => {
    const TASK = 'pair/task-definition.json';
    const SERVICE = 'pair/service-definition.json';
    const portLine = serviceDefinition(8080).split('\n').findIndex((l) => l.includes('"containerPort": 8080')) + 1;
    // Both files open side by side: the task definition on the left, the service definition on the right.
    await wb.openFile(TASK);
    await wb.command('View: Split Editor into Right Group');
    await wb.openFile(SERVICE);
    await until('an error squiggle under 8080 in the service definition', async () => (await wb.underlined('error')).includes('8080'));
    const before = await until('ECS709 (service) and ECS711 (task definition) in the Problems panel', async () => {
      const p = await wb.problems();
      return p.some((x) => x.code === 'ECS709') && p.some((x) => x.code === 'ECS711') ? p : undefined;
    });
    assert.ok(before.some((p) => p.code === 'ECS709' && p.severity === 'Error' && p.file === 'service-definition.json' && p.line === portLine), `Problems panel: ${JSON.stringify(before)}`);
    assert.ok(before.some((p) => p.code === 'ECS711' && p.severity === 'Error' && p.file === 'task-definition.json'), `Problems panel: ${JSON.stringify(before)}`);
    await wb.hidePanel();
    await wb.focusGroup('Left', TASK);
    await until('an error squiggle under the task definition\'s portMappings', async () => (await wb.underlined('error')).includes('[{ "containerPort": 80 }]'));
    await wb.screenshot(shot(n, 'pair-before-edit'));

    // The fix in the other file: select the container's 80 and type 8080, without saving.
    await wb.goToText('"containerPort": ', 'after');
    await wb.page.keyboard.press('Shift+ArrowRight');
    await wb.page.keyboard.press('Shift+ArrowRight');
    await wb.type('8080');
    const edited = fargateTask('awsvpc').replace('"containerPort": 80', '"containerPort": 8080');
    assert.notStrictEqual(edited, fargateTask('awsvpc'));
    await until('the task definition with containerPort 8080', async () => (await wb.text()) === edited);
    assert.ok(await wb.dirty('task-definition.json'), 'the task definition tab should show unsaved changes');
    await until('ECS709 and ECS711 to leave the Problems panel', async () => !(await wb.problems()).some((p) => p.code === 'ECS709' || p.code === 'ECS711'));
    await holds('ECS709 and ECS711 stay away', 2000, async () => {
      const p = (await wb.problems()).filter((x) => x.code === 'ECS709' || x.code === 'ECS711');
      return p.length ? JSON.stringify(p) : undefined;
    });
    await wb.hidePanel();
    await until('no error squiggle in the task definition', async () => (await wb.squiggles('error')) === 0);
    await wb.focusGroup('Right', SERVICE);
    await until('the error squiggle under 8080 to go from the service definition', async () => (await wb.squiggles('error')) === 0);
    assert.ok(!(await wb.underlined('error')).includes('8080'));
    assert.strictEqual(await wb.text(), serviceDefinition(8080), 'the service definition itself is unchanged');
    assert.strictEqual(fs.readFileSync(path.join(dirs.workspace, TASK), 'utf8'), fargateTask('awsvpc'), 'the task definition on disk is unchanged (not saved)');
  }],
  ['ECS: New task definition…: Fargate web service, the first size, a region, an account id; task-definition.json opens with no problems', 'new-task-definition', async (wb, n) => {
    const ACCOUNT = '123456789012';
    const REGION = 'eu-west-1';
    const written = path.join(dirs.workspace, 'task-definition.json');
    // The command asks before overwriting: the workspace root must not have the file yet.
    assert.ok(!fs.existsSync(written), `${written} exists before the command runs`);
    const step = (k: number): string => `New ECS task definition (${k}/5)`;
    await wb.startCommand(commandTitle('ecsTaskDefinition.newTaskDefinition'));

    const launchTypes = await wb.quickInput(step(1), 'rows');
    assert.ok(launchTypes.includes('Fargate'), `launch types: ${JSON.stringify(launchTypes)}`);
    await wb.pickFirst('Fargate');
    const patterns = await wb.quickInput(step(2), 'rows');
    const web = patterns.find((p) => /\bweb\b/i.test(p));
    assert.ok(web, `no web pattern among ${JSON.stringify(patterns)}`);
    await wb.screenshot(shot(n, 'patterns'));
    await wb.pickFirst(web);
    const sizes = await wb.quickInput(step(3), 'rows');
    await wb.pickFirst(sizes[0]);
    const regions = await wb.quickInput(step(4), 'rows');
    assert.ok(regions.includes(REGION), `regions: ${JSON.stringify(regions)}`);
    await wb.pickFirst(REGION);
    await wb.quickInput(step(5), 'input');
    await wb.type(ACCOUNT);
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 30_000 });

    let active = { tab: '', uri: '' };
    await until('an editor titled task-definition.json, of the file at the workspace root', async () => {
      active = await wb.activeEditor();
      return active.tab === 'task-definition.json' && active.uri.endsWith('/workspace/task-definition.json');
    }).catch((e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; active editor: ${JSON.stringify(active)}`);
    });
    const text = await until('the generated task definition on screen', async () => {
      const t = await wb.text();
      return t.includes('containerDefinitions') && t.trim().endsWith('}') ? t : undefined;
    });
    const task = parseStrict(text) as { requiresCompatibilities?: unknown; executionRoleArn?: unknown };
    assert.ok(Array.isArray(task.requiresCompatibilities) && task.requiresCompatibilities.includes('FARGATE'), `not a Fargate task definition:\n${text}`);
    assert.ok(typeof task.executionRoleArn === 'string' && task.executionRoleArn.includes(`::${ACCOUNT}:role/`), `executionRoleArn without the account id:\n${text}`);
    assert.strictEqual(text.trimEnd(), fs.readFileSync(written, 'utf8').trimEnd(), 'the editor shows the file the command wrote');
    const errorsOrWarnings = async (): Promise<string | undefined> => {
      const p = (await wb.problems(true)).filter((x) => x.severity === 'Error' || x.severity === 'Warning');
      return p.length ? `Problems panel: ${JSON.stringify(p)}` : undefined;
    };
    await until('no errors or warnings', async () => !(await errorsOrWarnings()));
    await holds('the new task definition stays free of errors and warnings', 2500, errorsOrWarnings);
    await wb.hidePanel();
    await until('no error or warning squiggle', async () => (await wb.squiggles('error')) + (await wb.squiggles('warning')) === 0);
  }],
  ['Key completion: "ess" + Enter above an existing key, "taskR" + Enter at the root, ess + Ctrl+Space last: one pair of quotes each, no problems', 'key-completion-quotes', async (wb, n) => {
    await wb.openFile('keys/task-definition.json');
    await until('the server to check the file (no problems)', async () => (await wb.problems()).length === 0 && (await wb.text()).trimEnd() === keysTask.trimEnd());
    await wb.hidePanel();
    // 1. A new line below "name": "app", a quote typed by hand (not auto-closed on a new line), "ess".
    await wb.goToText('"name": "app",', 'after');
    await wb.page.keyboard.press('Enter');
    await wb.type('"ess');
    await wb.acceptSuggestion('essential');
    await wb.escape(); // leave the snippet's choice of true/false
    let expected = keysTask.replace('"name": "app",\n', '"name": "app",\n      "essential": true,\n');
    await until('"essential": true, with one pair of quotes', async () => (await wb.text()).trimEnd() === expected.trimEnd()).catch(async (e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; the document:\n${await wb.text()}`);
    });
    // 2. At the root, above "containerDefinitions".
    await wb.goToText('ecsTaskExecutionRole",', 'after');
    await wb.page.keyboard.press('Enter');
    await wb.type('"taskR');
    await wb.acceptSuggestion('taskRoleArn');
    await wb.escape();
    expected = expected.replace('ecsTaskExecutionRole",\n', 'ecsTaskExecutionRole",\n  "taskRoleArn": "",\n');
    await until('"taskRoleArn": "", with one pair of quotes', async () => (await wb.text()).trimEnd() === expected.trimEnd()).catch(async (e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; the document:\n${await wb.text()}`);
    });
    // The role ARN is left empty on purpose: fill it in so that the document is whole again.
    await wb.type('arn:aws:iam::123456789012:role/keys-task-role');
    expected = expected.replace('"taskRoleArn": ""', '"taskRoleArn": "arn:aws:iam::123456789012:role/keys-task-role"');
    // 3. The last key of the container, no quote typed, Ctrl+Space.
    await wb.goToText('nginx:1.27"', 'after');
    await wb.type(',');
    await wb.page.keyboard.press('Enter');
    await wb.type('stop');
    await wb.page.keyboard.press('Control+Space');
    await wb.acceptSuggestion('stopTimeout');
    await wb.type('30');
    await wb.escape();
    expected = expected.replace('nginx:1.27"\n', 'nginx:1.27",\n      "stopTimeout": 30\n');
    await until('"stopTimeout": 30 as the last key', async () => (await wb.text()).trimEnd() === expected.trimEnd()).catch(async (e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; the document:\n${await wb.text()}`);
    });
    parseStrict(await wb.text());
    await until('no problems (ours or VS Code\'s JSON errors)', async () => (await wb.problems(true)).filter((p) => p.severity === 'Error').length === 0);
    await wb.hidePanel();
    await wb.screenshot(shot(n, 'keys-typed'));
  }],
  ['Inside the ecs-fargate-web snippet: Ctrl+Space on the selected cpu and memory placeholders offers every valid value, choosing one keeps the tab stops', 'snippet-value-completion', async (wb) => {
    const prefix = fargateSnippetPrefix();
    await wb.openFile('snippet-values/task-definition.json');
    await wb.focusEditor();
    await wb.type(prefix);
    await until(`the snippet ${prefix} in the suggest widget`, async () => {
      const r = await wb.suggest().catch(() => [] as string[]);
      if (r.includes(prefix)) return true;
      await wb.escape();
      return undefined;
    });
    await wb.acceptSuggestion(prefix);
    await until('the snippet to expand', async () => (await wb.text()).includes('containerDefinitions'));
    await wb.type('shop'); // family
    // VS Code's word-based suggestions may pop up on what was typed ("shop" fuzzily matches the
    // `showOutput` of an open package.json): Tab would accept one. Close it as a user would, with
    // Escape, which leaves the snippet's tab stops active (an Escape with no widget open would not).
    await new Promise((r) => setTimeout(r, 500));
    if (await wb.page.locator('.suggest-widget.visible').count()) await wb.escape();
    await wb.page.keyboard.press('Tab'); // the cpu placeholder "512" is selected
    await wb.page.keyboard.press('Control+Space');
    await until('cpu 256 and 512 offered on the selected placeholder', async () => {
      const rows = await wb.page.locator('.suggest-widget.visible .monaco-list-row .label-name').allTextContents();
      return rows.includes('256') && rows.includes('512');
    }, 20_000);
    await wb.acceptSuggestion('256');
    await wb.page.keyboard.press('Tab'); // the memory placeholder "1024" is selected
    await wb.page.keyboard.press('Control+Space');
    const memory = await until('every memory value for cpu 256 on the selected placeholder', async () => {
      const rows = (await wb.page.locator('.suggest-widget.visible .monaco-list-row .label-name').allTextContents()).map((r) => r.replace(/\u00a0/g, ' '));
      return rows.length >= 3 ? rows : undefined;
    }, 20_000);
    assert.deepStrictEqual([...memory].sort((a, b) => Number(a) - Number(b)), ['512', '1024', '2048']);
    await wb.acceptSuggestion('2048');
    await wb.page.keyboard.press('Tab'); // still in the snippet: the account id placeholder
    await wb.type('111122223333');
    await wb.escape();
    await wb.escape();
    const text = await wb.text();
    const task = parseStrict(text) as { family?: string; cpu?: string; memory?: string; executionRoleArn?: string; containerDefinitions?: Array<{ image?: string }> };
    assert.strictEqual(task.family, 'shop', text);
    assert.strictEqual(task.cpu, '256', text);
    assert.strictEqual(task.memory, '2048', text);
    assert.ok(task.executionRoleArn?.includes(':111122223333:role/'), `the account id did not reach the role ARN (the snippet ended):\n${text}`);
    assert.ok(task.containerDefinitions?.[0]?.image?.startsWith('111122223333.dkr.ecr.'), `the account id did not reach the image (mirror):\n${text}`);
  }],
  ['ECS: Show task size: a read-only preview of the current file, run on two files in turn, following an edit; no dirty tab', 'task-size-report', async (wb, n) => {
    const title = commandTitle('ecsTaskDefinition.showTaskSize');
    await wb.openFile('report-a/task-definition.json');
    await wb.startCommand(title);
    await until('the report-a task size preview', async () => (await wb.webviewText('Task size: report-a')) !== '');
    await until('a preview tab titled report-a.task-size.md', async () => (await wb.tabs()).some((t) => /report-a\.task-size\.md/.test(t.title)));
    assert.deepStrictEqual((await wb.tabs()).filter((t) => t.dirty), [], 'no tab shows unsaved changes');
    // Close everything: nothing asks to be saved.
    await wb.command('View: Close All Editors');
    await until('no open editor', async () => (await wb.tabs()).length === 0);
    assert.ok(!(await wb.page.getByRole('button', { name: /Don.t Save/ }).first().isVisible()), 'closing the report asked to save');
    // Another file: its own report, not the first one.
    await wb.openFile('report-b/task-definition.json');
    await wb.startCommand(title);
    const b = await until('the report-b task size preview', async () => (await wb.webviewText('Task size: report-b')) || undefined);
    assert.ok(!b.includes('report-a'), b);
    assert.ok(/0\.25 vCPU/.test(b), b);
    // Edit the task cpu (not saved): the preview follows.
    await wb.focusGroup('Left', 'report-b/task-definition.json');
    await wb.goToText('"cpu": "', 'after');
    for (let i = 0; i < 3; i++) await wb.page.keyboard.press('Shift+ArrowRight');
    await wb.type('512');
    await until('the preview to show the edited cpu (0.5 vCPU)', async () => (await wb.webviewTexts('Task size: report-b')).some((t) => /0\.5 vCPU/.test(t))).catch(async (e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; the previews show:\n${(await wb.webviewTexts('Task size')).join('\n-----\n')}`);
    });
    // Run again: still one report tab for report-b.
    await wb.startCommand(title);
    await until('the report-b preview after the second run', async () => (await wb.webviewTexts('Task size: report-b')).some((t) => /0\.5 vCPU/.test(t)));
    const tabs = await wb.tabs();
    assert.strictEqual(tabs.filter((t) => /report-b\.task-size\.md/.test(t.title)).length, 1, JSON.stringify(tabs));
    assert.deepStrictEqual(tabs.filter((t) => t.dirty).map((t) => t.title), ['task-definition.json'], 'only the edited task definition is dirty');
    await wb.screenshot(shot(n, 'task-size-after-edit'));
  }],
  ['ECS: Generate IAM policies: one titled document beside the file, a section per role with the role ARN; running again reuses it', 'iam-policies-report', async (wb, n) => {
    const title = commandTitle('ecsTaskDefinition.generatePolicies');
    await wb.openFile('report-a/task-definition.json');
    for (let run = 1; run <= 2; run++) {
      if (run === 2) await wb.focusGroup('Left', 'report-a/task-definition.json');
      await wb.startCommand(title);
      await wb.quickInput('Generate IAM policies', 'rows');
      await wb.pickFirst('No');
      await until('the report as the active editor', async () => (await wb.activeEditor()).tab === 'report-a.iam-policies.md');
    }
    const top = await until('the report text', async () => {
      const t = await wb.visibleText();
      return t.includes('Trust policy') ? t : undefined;
    });
    // The editor wraps long lines: compare without the line breaks and spaces.
    const squash = (t: string): string => t.replace(/\s+/g, '');
    assert.ok(top.startsWith('# IAM policies for task definition `report-a`'), top);
    for (const part of [
      '## Execution role: permissions policy\n\nAttach to: the role in `executionRoleArn`: `arn:aws:iam::123456789012:role/ecsTaskExecutionRole`',
      '## Task role: permissions policy\n\nAttach to: the role you will set in `taskRoleArn`',
      '## Trust policy (both roles)\n\nAttach to: both roles',
      '"Service": "ecs-tasks.amazonaws.com"',
    ]) assert.ok(squash(top).includes(squash(part)), `the report lacks ${JSON.stringify(part)}:\n${top}`);
    const tabs = await wb.tabs();
    assert.deepStrictEqual(tabs.map((t) => t.title).sort(), ['report-a.iam-policies.md', 'task-definition.json'], JSON.stringify(tabs));
    assert.strictEqual(await wb.groupCount(), 2, 'the task definition and one side group');
    assert.deepStrictEqual(tabs.filter((t) => t.dirty), []);
    await wb.screenshot(shot(n, 'iam-policies'));
  }],
  ['Two task definitions share the service\'s family: ECS712 lists both by path and points to the setting; ECS708 names the file it used by its path', 'ambiguous-pairing', async (wb) => {
    await wb.openFile('shop/services/shop-api-service.json');
    const problems = await until('ECS712 and ECS708 in the Problems panel', async () => {
      const p = await wb.problems();
      return p.some((x) => x.code === 'ECS712') && p.some((x) => x.code === 'ECS708') ? p : undefined;
    });
    const info = problems.find((p) => p.code === 'ECS712')!;
    assert.strictEqual(info.severity, 'Info');
    assert.ok(info.message.includes('shop/svc/task-definition.json, shop/web/task-definition.json') && info.message.includes('ecsTaskDefinition.serviceTaskDefinition'), info.message);
    const unknown = problems.find((p) => p.code === 'ECS708')!;
    assert.ok(unknown.message.includes('(shop/svc/task-definition.json)'), unknown.message);
    await wb.hidePanel();
  }],
  ['task-defaults.json (another tool\'s settings): no diagnostics and no task definition completions', 'task-defaults', async (wb) => {
    await wb.openFile('defaults/task-defaults.json');
    await holds('no ecs-taskdef entry in the Problems panel', 3000, async () => {
      const p = await wb.problems();
      return p.length ? JSON.stringify(p) : undefined;
    });
    await wb.hidePanel();
    await wb.goToText('{', 'after', taskDefaults);
    const rows = await wb.suggestRows();
    await wb.escape();
    const leaked = rows.filter((r) => TASK_KEYS.includes(r) || r.startsWith('ecs-'));
    assert.deepStrictEqual(leaked, [], `task definition completions in task-defaults.json: ${JSON.stringify(rows)}`);
  }],
  ['Snippets only where they fit: none among the networkMode values, no whole task definition after "sto" in a container; the whole task definitions in an empty JSON file', 'snippet-positions', async (wb) => {
    const wholeDocs = snippetCatalogue.filter((s) => s.target === 'document').map((s) => s.prefix);
    await wb.openFile('fargate-bridge/task-definition.json');
    await wb.goToText('"networkMode": "', 'after');
    const modes = await until('the network modes in the suggest widget', async () => {
      const r = await wb.suggest().catch(() => [] as string[]);
      if (r.includes('awsvpc')) return r;
      await wb.escape();
      return undefined;
    });
    await wb.escape();
    assert.deepStrictEqual([...modes].sort(), ['awsvpc', 'bridge', 'host', 'none']);
    await wb.goToText('"image": "public.ecr.aws/nginx/nginx:1.27",', 'after');
    await wb.page.keyboard.press('Enter');
    await wb.type('sto');
    const rows = await until('stopTimeout in the suggest widget', async () => {
      const r = await wb.page.locator('.suggest-widget.visible .monaco-list-row .label-name').allTextContents();
      if (r.includes('stopTimeout')) return r;
      await wb.page.keyboard.press('Control+Space');
      return undefined;
    });
    await wb.escape();
    assert.deepStrictEqual(rows.filter((r) => wholeDocs.includes(r)), [], `whole task definitions offered inside a container: ${JSON.stringify(rows)}`);
    // An empty JSON file, whatever its name: the whole task definitions are offered.
    await wb.openFile('empty/notes.json');
    await wb.focusEditor();
    const empty = await until('the whole task definition snippets in an empty file', async () => {
      const r = await wb.suggest().catch(() => [] as string[]);
      if (r.includes(fargateSnippetPrefix())) return r;
      await wb.escape();
      return undefined;
    });
    await wb.escape();
    assert.deepStrictEqual(empty.filter((r) => r.startsWith('ecs-')).sort(), [...wholeDocs].sort());
  }],
  ['JSON syntax errors in VS Code: VS Code\'s own error only, no ECS001 beside it; an empty key is not an "Unknown property ``"', 'syntax-errors-once', async (wb) => {
    await wb.openFile('keys/task-definition.json');
    await until('the server to check the file (no problems)', async () => (await wb.problems()).length === 0);
    await wb.hidePanel();
    await wb.goToText('"name": "app",', 'after');
    await wb.page.keyboard.press('Enter');
    await wb.type('"stopTimeout" 30,');
    await wb.escape();
    const all = await until('VS Code\'s "Colon expected" in the Problems panel', async () => {
      const p = await wb.problems(true);
      return p.some((x) => x.source !== 'ecs-taskdef' && /colon expected/i.test(x.message)) ? p : undefined;
    });
    await holds('no ECS001 from the extension beside it', 2500, async () => {
      const p = (await wb.problems(true)).filter((x) => x.source === 'ecs-taskdef' && x.code === 'ECS001');
      return p.length ? JSON.stringify(p) : undefined;
    });
    assert.ok(!all.some((x) => x.source === 'ecs-taskdef' && x.code === 'ECS001'), JSON.stringify(all));
    // The same line with an empty key: no "Unknown property ``".
    await wb.hidePanel();
    await wb.page.keyboard.press('Home');
    await wb.page.keyboard.press('Shift+End');
    await wb.page.keyboard.press('Delete');
    await wb.type('"": 30,');
    await wb.escape();
    await holds('no "Unknown property ``" for the empty key', 3000, async () => {
      const p = (await wb.problems(true)).filter((x) => x.source === 'ecs-taskdef' && /Unknown property ``/.test(x.message));
      return p.length ? JSON.stringify(p) : undefined;
    });
    await wb.hidePanel();
  }],
  ['Output channel: one line per settings change, and a restart of the server logs no "[Error …]"', 'output-channel', async (wb, n) => {
    await wb.openFile('sizes/task-definition.json');
    const log = await until('the output channel\'s log with the server\'s initialize line', async () => {
      const f = outputChannelLog();
      return f && /initialize: client/.test(fs.readFileSync(f, 'utf8')) ? f : undefined;
    });
    const lines = (): string[] => fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.trim());
    const start = lines().length;
    const added = (): string[] => lines().slice(start);
    const count = (re: RegExp): number => added().filter((l) => re.test(l)).length;
    const SETTINGS = /settings changed/;
    // Two changes of docsLanguage in the Settings editor: one line each.
    await wb.setSetting('ecsTaskDefinition.docsLanguage', 'vi', savedSetting('ecsTaskDefinition.docsLanguage', 'vi'));
    await until('the line of the first change', async () => count(SETTINGS) >= 1);
    await wb.setSetting('ecsTaskDefinition.docsLanguage', 'en', savedSetting('ecsTaskDefinition.docsLanguage', 'en'));
    await until('the line of the second change', async () => count(SETTINGS) >= 2);
    // Restart the server from the Command Palette.
    await wb.command(commandTitle('ecsTaskDefinition.restartServer'));
    await until('the restarted server to initialize', async () => count(/initialize: client/) >= 1);
    await holds('no further line about settings', 3000, async () => (count(SETTINGS) > 2 ? added().join('\n') : undefined));
    const after = added();
    const text = after.join('\n');
    assert.strictEqual(count(SETTINGS), 2, text);
    assert.ok(after.filter((l) => SETTINGS.test(l)).every((l) => /\(docsLanguage\)/.test(l)), text);
    assert.deepStrictEqual(after.filter((l) => /\[Error/.test(l)), [], text);
    assert.strictEqual(count(/Restarting the ECS task definition language server/), 1, text);
    assert.strictEqual(count(/initialize: client/), 1, text);
    // The same lines in the Output panel, as the user reads them.
    await wb.command(commandTitle('ecsTaskDefinition.showOutput'));
    const shown = await until('the Output panel to show the restart', async () => {
      const rows = await wb.page.locator('.part.panel .output-view .view-lines .view-line').allTextContents().catch(() => [] as string[]);
      const t = rows.map((r) => r.replace(/\u00a0/g, ' ')).join('\n');
      return /Restarting the ECS task definition language server/.test(t) && /initialize: client/.test(t) ? t : undefined;
    });
    assert.ok(!/\[Error/.test(shown), shown);
    await wb.screenshot(shot(n, 'output-channel'));
    await wb.hidePanel();
  }],
  ['docsLanguage "both": the hover shows Vietnamese, then a rule and "English", and fits; with "vi", a message of the extension itself is Vietnamese', 'both-languages', async (wb, n) => {
    await wb.openFile('docs/task-definition.json');
    try {
      await wb.setSetting('ecsTaskDefinition.docsLanguage', 'both', savedSetting('ecsTaskDefinition.docsLanguage', 'both'));
      const both = await wb.hover('executionRoleArn', (h) => h.includes('English') && vietnameseLetters(h) >= 10);
      assert.strictEqual(both.split('English').length - 1, 1, `one language label: ${both}`);
      const [viPart, enPart] = both.split('English');
      assert.ok(vietnameseLetters(viPart) >= 10, viPart);
      // The English part up to the example and the link, which come once after both languages.
      const enBody = enPart.slice(0, enPart.indexOf('Ví dụ ‖ Example'));
      assert.ok(enBody.includes('IAM role') && vietnameseLetters(enBody) === 0, enPart);
      assert.strictEqual(await wb.page.locator('.monaco-hover:not(.hidden) .hover-contents hr').count() >= 1, true, 'a rule in the hover');
      assert.deepStrictEqual(await hoverOverflow(wb), [], 'the bilingual hover is wider than its widget');
      await wb.screenshot(shot(n, 'hover-both'));
      await wb.escape();
      // A text of the extension's own (not of the server), in the language of the setting.
      await wb.setSetting('ecsTaskDefinition.docsLanguage', 'vi', savedSetting('ecsTaskDefinition.docsLanguage', 'vi'));
      await wb.openFile('package.json');
      await wb.command(commandTitle('ecsTaskDefinition.showTaskSize'));
      const toast = await until('the notification', async () => {
        const t = (await wb.page.locator('.notifications-toasts .notification-list-item-message').allTextContents()).map((x) => x.replace(/\u00a0/g, ' '));
        return t.length ? t : undefined;
      });
      assert.ok(toast.includes('File này không phải task definition ECS.'), JSON.stringify(toast));
      await wb.screenshot(shot(n, 'message-vi'));
    } finally {
      await wb.escape();
      await wb.command('Notifications: Clear All Notifications').catch(() => undefined);
      await wb.setSetting('ecsTaskDefinition.docsLanguage', 'en', savedSetting('ecsTaskDefinition.docsLanguage', 'en'));
    }
  }],
  ['Terraform module: main.tf\'s network_mode reported on the open containers.json.tftpl with its .tf line, the array\'s typo fixed, main.tf fixed and saved clears the rest', 'terraform-module', async (wb, n) => {
    const TF = 'terraform/main.tf';
    const ARRAY = 'terraform/containers.json.tftpl';
    const bridgeLine = terraformMainTf.split('\n').findIndex((l) => l.includes('"bridge"')) + 1;
    const typoLine = terraformContainers.split('\n').findIndex((l) => l.includes('"esential"')) + 1;
    // main.tf on the left, the containers template on the right, as a Terraform user works.
    await wb.openFile(TF);
    await wb.command('View: Split Editor into Right Group');
    await wb.openFile(ARRAY);
    const before = await until('ECS101 (from main.tf) and ECS002 (in the array) in the Problems panel', async () => {
      const p = await wb.problems();
      return p.some((x) => x.code === 'ECS101') && p.some((x) => x.code === 'ECS002') ? p : undefined;
    });
    // Exactly these two: `var.cpu`, the role expressions and `${image}` / `${log_group}` are unknown values.
    assert.deepStrictEqual(before.map((p) => `${p.code} ${p.severity} ${p.file}:${p.line}`).sort(), [
      'ECS002 Warning containers.json.tftpl:' + typoLine,
      'ECS101 Error containers.json.tftpl:1',
    ], JSON.stringify(before));
    const nm = before.find((p) => p.code === 'ECS101')!;
    assert.ok(nm.message.includes(`main.tf:${bridgeLine}`) && nm.message.includes('network_mode'), nm.message);
    // The main.tf location is listed under the problem (related information).
    assert.strictEqual(nm.related, 1, JSON.stringify(nm));
    await wb.hidePanel();
    await until('an error squiggle under the array\'s [', async () => (await wb.underlined('error')).includes('['));
    // What the user reads on the squiggle: the fault and where it is in main.tf.
    const hover = await wb.hover('[', (h) => h.includes(`main.tf:${bridgeLine}`));
    assert.ok(/awsvpc/.test(hover) && /bridge/.test(hover), hover);
    await docImage(wb, 'terraform.png');
    await wb.screenshot(shot(n, 'hover'));
    await wb.escape();
    // The typo is in the array: its quick fix edits the array and keeps the template parts.
    await wb.goToText('"esen');
    const menu = await wb.quickFixMenu();
    assert.ok(menu.some((t) => /essential/.test(t)), `quick fix menu: ${JSON.stringify(menu)}`);
    await wb.chooseAction(/essential/);
    await until('the typo fixed in the document', async () => (await wb.text()) === terraformContainers.replace('"esential"', '"essential"'));
    // The network mode is in main.tf: fixed there and saved, the array's diagnostics follow.
    await wb.focusGroup('Left', TF);
    // The word between the quotes, selected and typed over (typing a quote would add a closing one).
    await wb.goToText('bridge', 'start');
    for (let i = 0; i < 'bridge'.length; i++) await wb.page.keyboard.press('Shift+ArrowRight');
    await wb.type('awsvpc');
    await until('main.tf to say awsvpc', async () => (await wb.text()) === terraformMainTf.replace('"bridge"', '"awsvpc"'));
    await wb.page.keyboard.press('Control+S');
    await until('main.tf saved', async () => !(await wb.dirty('main.tf')));
    await until('no problems left once main.tf says awsvpc', async () => (await wb.problems()).length === 0);
    await wb.hidePanel();
    await wb.focusGroup('Right', ARRAY);
    await until('no error squiggle in the array', async () => (await wb.squiggles('error')) === 0);
  }],
];

// ---- the run ----------------------------------------------------------------------------------

async function main(): Promise<void> {
  const env = await phase('install (scripts/e2e-setup.sh)', () => {
    runOrThrow('scripts/e2e-setup.sh', 'bash', [path.join(ROOT, 'scripts', 'e2e-setup.sh')], { cwd: ROOT });
    return JSON.parse(fs.readFileSync(path.join(ROOT, '.cache', 'e2e', 'env.json'), 'utf8')) as Env;
  });
  if (process.env.ECS_E2E_SKIP_PACKAGE !== '1') {
    await phase('package (npm run package)', () => runOrThrow('npm run package', 'npm', ['run', 'package', '--silent'], { cwd: ROOT }));
  }
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run package`);

  await phase('fresh workspace and profile', () => {
    fs.rmSync(OUT, { recursive: true, force: true });
    for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
    const pkg = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    for (const [rel, text] of Object.entries(workspaceFiles(pkg))) {
      fs.mkdirSync(path.dirname(path.join(dirs.workspace, rel)), { recursive: true });
      fs.writeFileSync(path.join(dirs.workspace, rel), text);
    }
    writeUserSettings();
    fs.writeFileSync(path.join(OUT, 'code-server.yaml'), 'auth: none\ncert: false\n');
  });

  const csArgs = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', path.join(OUT, 'code-server.yaml')];
  await phase('install the .vsix into code-server', () => {
    runOrThrow('code-server --install-extension', env.node, [env.codeServer, ...csArgs, '--install-extension', VSIX, '--force'], { env: processEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
    const installed = fs.readdirSync(dirs.extensions).filter((d) => d.startsWith('ecs-taskdef-tools.ecs-taskdef-'));
    assert.strictEqual(installed.length, 1, `extensions folder: ${fs.readdirSync(dirs.extensions).join(', ')}`);
  });

  let server: Started | undefined;
  let browser: Browser | undefined;
  try {
    const port = await freePort();
    server = await phase('start code-server', async () => {
      const s = startGroup('code-server', env.node, [env.codeServer, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override', '--locale', 'en', ...csArgs, dirs.workspace], path.join(OUT, 'code-server.log'), { env: processEnv(), cwd: OUT });
      await until('code-server /healthz', async () => {
        if (!s.running()) throw new Error(`code-server exited; see ${path.join(OUT, 'code-server.log')}`);
        return healthy(port);
      }, 60_000, 200);
      return s;
    });

    const { chromium } = await import('playwright-core');
    const page = await phase('start Chromium and load the workbench', async () => {
      browser = await chromium.launch({
        executablePath: env.chromium,
        headless: true,
        env: processEnv(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
        // playwright-core gives the browser a fresh temporary profile of its own.
      });
      const p = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      // Errors of the workbench page itself, kept for whoever debugs a failure.
      p.on('pageerror', (e) => fs.appendFileSync(path.join(OUT, 'page-errors.log'), `${new Date().toISOString()} ${e.message}\n`));
      await p.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`, { timeout: 60_000 });
      const w = new Workbench(p);
      await w.waitReady();
      return w;
    });

    for (let i = 0; i < scenarios.length; i++) {
      const [title, slug, run] = scenarios[i];
      const n = i + 1;
      const name = `${n}. ${title}`;
      if (ONLY && !ONLY.has(n)) {
        outcomes.push({ name, status: 'skipped', detail: 'not in ECS_E2E_ONLY' });
        continue;
      }
      await phase(`scenario ${n} (${slug})`, async () => {
        try {
          await page.escape();
          await page.closeAllEditors();
          await page.hidePanel();
          await run(page, n);
          outcomes.push({ name, status: 'passed', detail: '' });
        } catch (e) {
          outcomes.push({ name, status: 'failed', detail: e instanceof Error ? e.stack ?? e.message : String(e) });
        } finally {
          await page.screenshot(shot(n, slug)).catch(() => undefined);
        }
      });
    }
  } finally {
    await phase('stop browser and code-server', async () => {
      if (browser) await browser.close().catch(() => undefined);
      if (server) await stopGroup(server);
      const left = reapMarked(runId);
      if (left.length) console.log(`test:e2e: ended ${left.length} leftover process(es) of this run: ${left.join(', ')}`);
    });
  }
}

function report(fatal?: unknown): never {
  const passed = outcomes.filter((o) => o.status === 'passed').length;
  let failed = outcomes.filter((o) => o.status === 'failed').length;
  const skipped = outcomes.filter((o) => o.status === 'skipped').length;
  console.log('\nBrowser suite (code-server + Chromium):');
  for (const o of outcomes) {
    const mark = o.status === 'passed' ? '✓' : o.status === 'skipped' ? '-' : '✗';
    console.log(`  ${mark} ${o.name}${o.status === 'skipped' ? ` (skipped: ${o.detail})` : ''}`);
    if (o.status === 'failed') console.log(o.detail.split('\n').map((l) => `      ${l}`).join('\n'));
  }
  if (fatal !== undefined) {
    failed = Math.max(failed, 1);
    console.log(`\ntest:e2e: the suite could not run: ${fatal instanceof Error ? fatal.stack ?? fatal.message : String(fatal)}`);
  } else if (!outcomes.length) {
    failed = 1;
    console.log('\ntest:e2e: no scenario ran');
  }
  console.log(`\nPhases: ${timings.map(([n, s]) => `${n} ${s.toFixed(1)} s`).join('; ')}`);
  console.log(`test:e2e: ${passed} passing, ${failed} failing, ${skipped} pending (total ${((Date.now() - t0) / 1000).toFixed(1)} s); screenshots in ${path.relative(ROOT, dirs.shots)}/`);
  if (process.env.ECS_TEST_TALLY) fs.appendFileSync(process.env.ECS_TEST_TALLY, `${passed} ${failed} ${skipped}\n`);
  process.exit(failed ? 1 : 0);
}

const limit = setTimeout(() => {
  reapMarked(runId);
  report(new Error(`the run exceeded ${RUN_LIMIT_MS / 60_000} minutes`));
}, RUN_LIMIT_MS);
limit.unref();
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    reapMarked(runId);
    report(new Error(`interrupted by ${sig}`));
  });
}

main().then(() => report(), (e: unknown) => report(e));
