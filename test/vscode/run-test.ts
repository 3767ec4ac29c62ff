/**
 * `npm run test:vscode`: the conventional desktop suite. @vscode/test-electron downloads VS Code
 * (set VSCODE_VERSION, default "stable", or VSCODE_EXECUTABLE to use an installed one), starts it
 * with this extension in development mode on a fresh workspace, and runs suite/*.test.ts inside
 * the extension host. Needs a machine that can download VS Code: CI here only compiles it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { workspaceFiles } from '../e2e/fixtures';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-vscode-test-'));
  const workspace = path.join(tmp, 'workspace');
  const pkg = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  for (const [rel, text] of Object.entries(workspaceFiles(pkg))) {
    fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    fs.writeFileSync(path.join(workspace, rel), text);
  }
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off', 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'ecsTaskDefinition.docsLanguage': 'en' }, null, 2));
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      extensionTestsEnv: { ECS_VSCODE_WORKSPACE: workspace, ECS_ROOT: ROOT },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userData}`],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`test:vscode: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
