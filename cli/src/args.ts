/** Command-line parsing: `ecs-taskdef <command> [options] [arguments]`, options as `--name value` or `--name=value`. */
import { CONTAINER_LAUNCH_TYPES, type ContainerLaunchType, type Lang } from '../../common/settings';
import type { Args } from '../../language-service/i18n/text';
import type { Bilingual } from '../../language-service/field-docs/types';
import { t } from './i18n';

export type Command = 'check' | 'explain' | 'policy' | 'diff' | 'help' | 'version';
export type Format = 'text' | 'json' | 'sarif';
export type MinSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface CliOptions {
  command: Command;
  /** Positional arguments after the command. */
  args: string[];
  lang: Lang;
  format: Format;
  severity: MinSeverity;
  fix: boolean;
  /** Credentials in a known format (ECS607) are errors instead of warnings. */
  strict: boolean;
  patterns: string[];
  /** Extra placeholder styles (regular expressions), `--placeholder`. */
  placeholders: string[];
  /** Undefined: decide from the terminal and the environment. */
  color: boolean | undefined;
  ecsExec: boolean;
  /** The launch type of container-definitions arrays whose Terraform resource is not found. */
  launchType?: ContainerLaunchType;
}

/** A mistake on the command line: reported with exit code 2. */
export class UsageError extends Error {
  constructor(readonly text: Bilingual, readonly args: Args = {}) {
    super(text.en);
  }
}

const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const SEVERITIES: readonly MinSeverity[] = ['error', 'warning', 'info', 'hint'];
const LANGS: readonly Lang[] = ['vi', 'en'];
const COMMANDS: readonly Command[] = ['check', 'explain', 'policy', 'diff'];

/** The language from the environment (LC_ALL, LC_MESSAGES, LANG): Vietnamese when it starts with `vi`. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** Only the language, read leniently, so that even a usage error is printed in the user's language. */
export function peekLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'vi' || v === 'en') return v;
  }
  return langFromEnv(env);
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  const o: CliOptions = { command: 'check', args: [], lang: langFromEnv(env), format: 'text', severity: 'warning', fix: false, strict: false, patterns: [], placeholders: [], color: undefined, ecsExec: false };
  let commandSeen = false;
  let onlyPositional = false;
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyPositional || !a.startsWith('-') || a === '-') {
      if (!commandSeen) {
        if (!COMMANDS.includes(a as Command)) throw new UsageError(t.unknownCommand, { command: a });
        o.command = a as Command;
        commandSeen = true;
      } else o.args.push(a);
      continue;
    }
    if (a === '--') { onlyPositional = true; continue; }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(t.missingValue, { option: name });
      i++;
      return v;
    };
    const oneOf = <T extends string>(allowed: readonly T[]): T => {
      const v = value();
      if (!allowed.includes(v as T)) throw new UsageError(t.badValue, { value: v, option: name, allowed: allowed.join(', ') });
      return v as T;
    };
    const flag = (): true => {
      if (eq > 0) throw new UsageError(t.unknownOption, { option: a });
      return true;
    };
    switch (name) {
      case '-h': case '--help': flag(); help = true; break;
      case '-v': case '--version': flag(); version = true; break;
      case '--lang': o.lang = oneOf(LANGS); break;
      case '--format': case '-f': o.format = oneOf(FORMATS); break;
      case '--severity': case '-s': o.severity = oneOf(SEVERITIES); break;
      case '--fix': o.fix = flag(); break;
      case '--strict': o.strict = flag(); break;
      case '--pattern': o.patterns.push(value()); break;
      case '--placeholder': {
        const v = value();
        try { new RegExp(v); } catch (e) { throw new UsageError(t.badRegex, { value: v, option: name, reason: e instanceof Error ? e.message : String(e) }); }
        o.placeholders.push(v);
        break;
      }
      case '--color': case '--colour': o.color = flag(); break;
      case '--no-color': case '--no-colour': flag(); o.color = false; break;
      case '--ecs-exec': o.ecsExec = flag(); break;
      case '--launch-type': o.launchType = oneOf(CONTAINER_LAUNCH_TYPES); break;
      default: throw new UsageError(t.unknownOption, { option: name });
    }
  }
  if (help || version) return { ...o, command: help ? 'help' : 'version' };
  if (o.command === 'explain' && o.args.length > 1) throw new UsageError(t.tooManyArgs, { command: 'explain', count: 1 });
  if (o.command === 'policy' && o.args.length !== 1) throw new UsageError(t.policyUsage);
  if (o.command === 'diff' && o.args.length !== 2) throw new UsageError(t.diffUsage);
  if (o.command === 'diff' && o.format === 'sarif') throw new UsageError(t.badValue, { value: 'sarif', option: '--format', allowed: 'text, json' });
  return o;
}
