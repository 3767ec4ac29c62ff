/**
 * The CLI as a function (`run(argv, io)` → exit code); main.ts is the process entry.
 * `ecs-taskdef`: the command-line face of the language service (same engine as the editor).
 *   ecs-taskdef check [files|folders|globs...] [--format text|json|sarif] [--severity ...] [--fix] [--lang vi|en]
 *   ecs-taskdef explain [CODE]
 *   ecs-taskdef policy <file> [--ecs-exec] [--format text|json]
 *   ecs-taskdef diff <A> <B> [--format text|json]   (exit 0 equivalent, 1 different, 2 bad input)
 * Exit codes: 0 clean, 1 problems found, 2 usage error or unreadable file.
 */
import fs = require('fs');
import path = require('path');
import type { Lang } from '../../common/settings';
import { localize } from '../../language-service/i18n/text';
import { parseArgs, peekLang, UsageError, type CliOptions } from './args';
import { checkFiles, type CheckResult, type FileError } from './check';
import { palette, useColor } from './color';
import { explain } from './explain';
import { displayPath } from './files';
import { formatText } from './format-text';
import { jsonReport } from './format-json';
import { sarifReport } from './format-sarif';
import { t } from './i18n';
import { derive, formatPolicies, PolicyInputError } from './policy';
import { diffFiles } from './diff';

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
}

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'ecs-taskdef' && pkg.version) return pkg.version;
  } catch { /* fall through */ }
  return '0.0.0';
}

function errorLine(e: FileError, cwd: string, lang: Lang): string {
  const langs = [lang];
  const shown = e.kind === 'missing' || e.kind === 'no-match' ? e.path : displayPath(e.path, cwd);
  switch (e.kind) {
    case 'no-match': return localize(t.noGlobMatch, langs, { pattern: shown });
    case 'missing': return localize(t.cannotRead, langs, { path: shown, reason: localize(t.notFound, langs) });
    case 'unwritable': return localize(t.cannotWrite, langs, { path: shown, reason: e.reason });
    default: return localize(t.cannotRead, langs, { path: shown, reason: e.reason });
  }
}

async function runCheck(o: CliOptions, io: Io): Promise<number> {
  const langs = [o.lang];
  const err = (s: string): void => void io.stderr.write(`ecs-taskdef: ${s}\n`);
  const result: CheckResult = await checkFiles({
    args: o.args,
    cwd: io.cwd,
    lang: o.lang,
    severity: o.severity,
    fix: o.fix,
    strict: o.strict,
    patterns: o.patterns,
    placeholders: o.placeholders,
    launchType: o.launchType,
    onSkipped: (file) => err(localize(t.notATaskDefinition, langs, { path: displayPath(file, io.cwd) })),
    onInternalError: (where, e, file) => err(localize(t.internalError, langs, { message: `${file ? displayPath(file, io.cwd) + ': ' : ''}${where}: ${e instanceof Error ? e.message : String(e)}` })),
  });
  for (const e of result.errors) err(errorLine(e, io.cwd, o.lang));
  if (result.nothingFound) err(localize(t.noTaskDefinitions, langs, { path: displayPath(io.cwd, io.cwd) || '.' }));
  const v = version();
  if (o.format === 'json') io.stdout.write(JSON.stringify(jsonReport(result, io.cwd, v), null, 2) + '\n');
  else if (o.format === 'sarif') io.stdout.write(JSON.stringify(sarifReport(result, io.cwd, o.lang, v), null, 2) + '\n');
  else io.stdout.write(formatText(result, io.cwd, o.lang, palette(useColor(o.color, !!io.stdout.isTTY, io.env))));
  // A rule or fix that threw leaves the result incomplete: never report that as clean.
  if (result.errors.length || result.internalErrors) return EXIT_USAGE;
  return result.files.some((f) => f.problems.length > 0) ? EXIT_PROBLEMS : EXIT_CLEAN;
}

/** Runs one command line; returns the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const fallbackLang = peekLang(argv, io.env);
  let o: CliOptions;
  try {
    o = parseArgs(argv, io.env);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`ecs-taskdef: ${localize(e.text, [fallbackLang], e.args)}\n${localize(t.seeHelp, [fallbackLang])}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const c = palette(useColor(o.color, !!io.stdout.isTTY, io.env));
  try {
    switch (o.command) {
      case 'help':
        io.stdout.write(localize(t.usage, [o.lang]) + '\n');
        return EXIT_CLEAN;
      case 'version':
        io.stdout.write(`ecs-taskdef ${version()}\n`);
        return EXIT_CLEAN;
      case 'explain':
        io.stdout.write(explain(o.args[0], o.lang, c));
        return EXIT_CLEAN;
      case 'policy': {
        const file = path.resolve(io.cwd, o.args[0]);
        const popts = { file, lang: o.lang, format: o.format, ecsExec: o.ecsExec, patterns: o.patterns };
        const out = formatPolicies(derive(popts), popts, c);
        io.stdout.write(out);
        return EXIT_CLEAN;
      }
      case 'diff': {
        const d = diffFiles({ files: [o.args[0], o.args[1]], cwd: io.cwd, lang: o.lang, format: o.format === 'json' ? 'json' : 'text' });
        if (d.stderr) io.stderr.write(d.stderr);
        io.stdout.write(d.stdout);
        return d.exit;
      }
      default:
        return await runCheck(o, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`ecs-taskdef: ${localize(e.text, [o.lang], e.args)}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof PolicyInputError) {
      io.stderr.write(`ecs-taskdef: ${e.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`ecs-taskdef: ${localize(t.internalError, [o.lang], { message: e instanceof Error ? e.stack ?? e.message : String(e) })}\n`);
    return EXIT_USAGE;
  }
}
