import type picomatchType from 'picomatch';

/**
 * File names that are task definitions whatever their content. `task-def` must end a word
 * (`web-task-def.json`, `task-def.prod.json`, `task-definition-prod.json`), so that `task-defaults.json`
 * is not claimed.
 */
export const TASK_DEFINITION_GLOBS = ['**/task-definition.json', '**/taskdef.json', '**/*task-def.json', '**/*task-def[-_.]*.json', '**/*task-definition*.json', '**/*.taskdef.json', '**/ecs-task-def.json'];
/** File names that are service definitions (create-service input), with the same word boundary. */
export const SERVICE_DEFINITION_GLOBS = ['**/service-definition.json', '**/*service-def.json', '**/*service-def[-_.]*.json', '**/*service-definition*.json', '**/ecs-service.json'];
/**
 * File names of a container-definitions array: the JSON array Terraform's `aws_ecs_task_definition`
 * reads with `file()` or `templatefile()` (`container_definitions`). Plain `*.tpl` / `*.tftpl` files
 * are recognised by content only (they may be any kind of template).
 */
export const CONTAINER_DEFINITIONS_GLOBS = ['**/container-definitions.json', '**/container_definitions.json', '**/containers.json', '**/*.json.tpl', '**/*.json.tftpl', '**/*.tpl.json'];
/** Also with the `.jsonc` extension. */
const withJsonc = (globs: string[]): string[] => [...globs, ...globs.map((g) => g.replace(/\.json$/, '.jsonc'))];
const ALL_GLOBS = withJsonc(TASK_DEFINITION_GLOBS);
const SERVICE_GLOBS = withJsonc(SERVICE_DEFINITION_GLOBS);
const CONTAINER_GLOBS = withJsonc(CONTAINER_DEFINITIONS_GLOBS);

/**
 * A glob `**\/<name>` whose name part has only `*` and character classes, as a regular expression on
 * the last segment of a path: what picomatch (`dot`, `nocase`) matches for such a glob, without
 * parsing it. Every built-in pattern has that form: a check or a first validation no longer parses
 * globs (with loading picomatch, 20–30 ms of a CLI start under load). Undefined for other globs.
 * test/unit/file-patterns.test.ts compares both on many names.
 */
function nameRegExp(glob: string): RegExp | undefined {
  if (!glob.startsWith('**/')) return undefined;
  const name = glob.slice(3);
  if (!name || /[/\\{}()!+@?]|\*\*|\[[!^]|\[:/.test(name)) return undefined;
  let re = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '*') re += '[^/]*';
    else if (c === '[') {
      const end = name.indexOf(']', i + 2);
      if (end < 0) return undefined;
      re += '[' + name.slice(i + 1, end).replace(/[\]\\^]/g, '\\$&') + ']';
      i = end;
    } else re += c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  }
  return new RegExp(`/${re}$`, 'i');
}

/** A path with a `.` or `..` segment: picomatch's `**` never crosses one; left to picomatch. */
const DOT_SEGMENT = /\/\.{1,2}(?:\/|$)/;

const cache = new Map<string, (p: string) => boolean>();
function matcher(globs: readonly string[]): (p: string) => boolean {
  const key = globs.join('\n');
  let m = cache.get(key);
  if (!m) {
    const fast = globs.map(nameRegExp);
    let slow: ((p: string) => boolean) | undefined;
    const viaPicomatch = (p: string): boolean => {
      // Loaded only for the user's own patterns (and odd paths): the built-in ones need none of it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      slow ??= (require('picomatch') as typeof picomatchType)(globs.length ? [...globs] : ['!**'], { dot: true, nocase: true });
      return slow(p);
    };
    m = globs.length && fast.every((r) => r) ? (p) => (DOT_SEGMENT.test(p) ? viaPicomatch(p) : fast.some((r) => r!.test(p))) : viaPicomatch;
    cache.set(key, m);
  }
  return m;
}

/** A file path (or `file:` URI) from a URI string. */
export function pathOfUri(uri: string): string {
  let p = uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/^[a-z]+:/i, '');
  try { p = decodeURIComponent(p); } catch { /* keep as is */ }
  return p.replace(/\\/g, '/');
}

/** True when the file name alone marks a task definition (built-in names plus the user's patterns). */
export function matchesTaskDefinitionName(uri: string, extraPatterns: readonly string[] = []): boolean {
  const p = pathOfUri(uri);
  const withSlash = p.startsWith('/') ? p : '/' + p;
  if (matcher(ALL_GLOBS)(withSlash)) return true;
  if (!extraPatterns.length) return false;
  const extra = extraPatterns.map((g) => (g.startsWith('/') || g.startsWith('**') ? g : '**/' + g));
  return matcher(extra)(withSlash);
}

/** True when the file name marks a service definition. */
export function matchesServiceDefinitionName(uri: string): boolean {
  const p = pathOfUri(uri);
  return matcher(SERVICE_GLOBS)(p.startsWith('/') ? p : '/' + p);
}

/** True when the file name marks a container-definitions array (Terraform's `container_definitions` file). */
export function matchesContainerDefinitionsName(uri: string): boolean {
  const p = pathOfUri(uri);
  return matcher(CONTAINER_GLOBS)(p.startsWith('/') ? p : '/' + p);
}

/** Template files whose JSON content may be a container-definitions array (checked by content). */
export function isTemplateFileName(uri: string): boolean {
  return /\.(?:tpl|tftpl)$/i.test(pathOfUri(uri));
}
