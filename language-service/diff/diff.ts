/**
 * The semantic difference between two task definitions, after both are brought to the canonical
 * form of `normalize.ts`: by container, then by field; added, removed or changed; each change with a
 * note on its effect where it matters (a new image means a new deployment, a role change changes
 * what the application or ECS may do, ...).
 */
import { isValidFargatePair } from '../model/cpu-memory';
import { docKey } from '../model/document';
import { compareKeys, KEYED_LISTS, type Json } from './normalize';
import type { Bilingual } from '../field-docs/types';
import type { Args } from '../i18n/text';
import { diffTexts } from './texts';

type JsonObject = { [key: string]: Json };

/** One step of a change's path: a field name, or the key of an element of a keyed list. */
export type Step = { field: string } | { key: string } | { index: number };

export interface Change {
  /** The container the change is in (by name), or undefined for a task-level change. */
  container?: string;
  /** Path inside the container (or the task definition); empty for a whole container added or removed. */
  path: Step[];
  kind: 'added' | 'removed' | 'changed';
  before?: Json;
  after?: Json;
  /** What the change means, where it matters. */
  note?: { text: Bilingual; args?: Args };
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function equal(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return false;
}

/** Elements of a keyed list by key, or undefined when some element has no key or keys repeat. */
function byKey(list: Json[], keyOf: (e: JsonObject) => string | undefined): Map<string, JsonObject> | undefined {
  const m = new Map<string, JsonObject>();
  for (const e of list) {
    if (!isObject(e)) return undefined;
    const k = keyOf(e);
    if (k === undefined || m.has(k)) return undefined;
    m.set(k, e);
  }
  return m;
}

/** The semantic changes from `a` to `b` (both canonical, see `normalizeTaskDefinition`). */
export function diffTaskDefinitions(a: JsonObject, b: JsonObject): Change[] {
  const raw: Array<{ docPath: Array<string | number>; path: Step[]; kind: Change['kind']; before?: Json; after?: Json }> = [];
  const walk = (x: Json | undefined, y: Json | undefined, docPath: Array<string | number>, path: Step[]): void => {
    if (equal(x, y)) return;
    if (x === undefined) return void raw.push({ docPath, path, kind: 'added', after: y });
    if (y === undefined) return void raw.push({ docPath, path, kind: 'removed', before: x });
    if (isObject(x) && isObject(y)) {
      const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
      for (const k of keys) walk(x[k], y[k], [...docPath, k], [...path, { field: k }]);
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      const keyOf = KEYED_LISTS[docKey(docPath)];
      const mx = keyOf && byKey(x, keyOf);
      const my = keyOf && byKey(y, keyOf);
      if (mx && my) {
        const keys = [...new Set([...mx.keys(), ...my.keys()])].sort(compareKeys);
        for (const k of keys) walk(mx.get(k), my.get(k), [...docPath, 0], [...path, { key: k }]);
        return;
      }
    }
    raw.push({ docPath, path, kind: 'changed', before: x, after: y });
  };
  walk(a, b, [], []);

  const changes: Change[] = raw.map((r) => {
    // containerDefinitions[name]... → container-scoped change.
    const first = r.path[0];
    const second = r.path[1];
    if (first && 'field' in first && first.field === 'containerDefinitions' && second && 'key' in second) {
      return { container: second.key, path: r.path.slice(2), kind: r.kind, before: r.before, after: r.after };
    }
    return { path: r.path, kind: r.kind, before: r.before, after: r.after };
  });
  addNotes(changes, a, b);
  // The task's own fields first, then each container in name order (the walk order within each).
  const rank = (c: Change): string => (c.container === undefined ? '' : `\u0001${c.container}`);
  return changes.map((c, i) => ({ c, i })).sort((x, y) => compareKeys(rank(x.c), rank(y.c)) || x.i - y.i).map((x) => x.c);
}

function fieldAt(c: Change, i: number): string | undefined {
  const s = c.path[i];
  return s && 'field' in s ? s.field : undefined;
}
function keyAt(c: Change, i: number): string | undefined {
  const s = c.path[i];
  return s && 'key' in s ? s.key : undefined;
}

/** Names of the entries a change adds to `environment` or `secrets` (one entry, or a whole list). */
function namesArriving(c: Change): string[] {
  if (c.path.length === 2 && c.kind === 'added') return [keyAt(c, 1) ?? ''].filter(Boolean);
  if (c.path.length === 1) {
    const before = new Set(entryNames(c.before));
    return entryNames(c.after).filter((n) => !before.has(n));
  }
  return [];
}

/** Names of the entries that leave list `field` of a container, by any change. */
function namesLeaving(changes: readonly Change[], container: string | undefined, field: string): Set<string> {
  const out = new Set<string>();
  for (const o of changes) {
    if (o.container !== container || fieldAt(o, 0) !== field) continue;
    if (o.path.length === 2 && o.kind === 'removed') out.add(keyAt(o, 1) ?? '');
    if (o.path.length === 1) {
      const after = new Set(entryNames(o.after));
      for (const n of entryNames(o.before)) if (!after.has(n)) out.add(n);
    }
  }
  return out;
}

function entryNames(v: Json | undefined): string[] {
  return Array.isArray(v) ? v.flatMap((e) => (isObject(e) && typeof e.name === 'string' ? [e.name] : [])) : [];
}

function numberOf(v: Json | undefined): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

function addNotes(changes: Change[], a: JsonObject, b: JsonObject): void {
  const T = diffTexts.notes;
  const fargate = Array.isArray(b.requiresCompatibilities) && b.requiresCompatibilities.includes('FARGATE');
  const windows = isObject(b.runtimePlatform) && typeof b.runtimePlatform.operatingSystemFamily === 'string' && b.runtimePlatform.operatingSystemFamily.startsWith('WINDOWS');
  const cpuAfter = numberOf(b.cpu);
  const memoryAfter = numberOf(b.memory);
  for (const c of changes) {
    const f0 = fieldAt(c, 0);
    if (c.container !== undefined) {
      if (c.path.length === 0) c.note = { text: c.kind === 'added' ? T.containerAdded : c.kind === 'removed' ? T.containerRemoved : T.containerChanged };
      else if (f0 === 'image') c.note = { text: T.image };
      else if (f0 === 'portMappings') c.note = { text: T.ports };
      else if (f0 === 'cpu' || f0 === 'memory' || f0 === 'memoryReservation') c.note = { text: T.containerSize };
      else if (f0 === 'essential') c.note = { text: T.essential };
      else if ((f0 === 'environment' || f0 === 'secrets') && c.kind !== 'removed') {
        // A variable that leaves one list and arrives in the other, in the same container.
        const from = f0 === 'environment' ? 'secrets' : 'environment';
        const gone = namesLeaving(changes, c.container, from);
        const moved = namesArriving(c).find((n) => gone.has(n));
        if (moved) c.note = { text: f0 === 'environment' ? T.secretToEnvironment : T.environmentToSecret, args: { name: moved } };
      }
      continue;
    }
    if (c.path.length !== 1) continue;
    if (f0 === 'cpu' || f0 === 'memory') {
      if (fargate && cpuAfter !== undefined && memoryAfter !== undefined) {
        c.note = { text: isValidFargatePair(cpuAfter, memoryAfter, windows) ? T.resizeFargateValid : T.resizeFargateInvalid, args: { cpu: cpuAfter, memory: memoryAfter } };
      } else c.note = { text: T.resize };
    } else if (f0 === 'taskRoleArn') c.note = { text: T.taskRole };
    else if (f0 === 'executionRoleArn') c.note = { text: T.executionRole };
    else if (f0 === 'networkMode') c.note = { text: T.networkMode };
    else if (f0 === 'requiresCompatibilities') c.note = { text: T.launchTypes };
    else if (f0 === 'family') c.note = { text: T.family };
  }
  void a;
}

/** A change's path for people: `environment[LOG_LEVEL].value`, `portMappings[8080/tcp].hostPort`. */
export function pathText(path: readonly Step[]): string {
  let out = '';
  for (const s of path) {
    if ('field' in s) out += out ? `.${s.field}` : s.field;
    else if ('key' in s) out += `[${s.key}]`;
    else out += `[${s.index}]`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Secret values are never echoed: a variable whose name or value looks like a credential is shown
// as "(hidden)".
// ---------------------------------------------------------------------------------------------

const SECRET_NAME = /(PASSWORD|PASSWD|PASSPHRASE|(^|_)PASS($|_)|(^|_)PWD($|_)|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY|AUTH_?KEY|MASTER_?KEY|CREDENTIAL|(^|_)CREDS($|_)|CONNECTION_?STRING|DSN$)/i;
const SECRET_VALUE = /(AKIA|ASIA)[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY|[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@|\b(gh[pousr]_[A-Za-z0-9]{30,}|xox[abposr]-[A-Za-z0-9-]{10,}|npm_[A-Za-z0-9]{30,})/;

export const HIDDEN = '(hidden)';

/** Whether an `environment` entry (name and value) must not be shown. */
export function isSensitive(name: string | undefined, value: unknown): boolean {
  return (!!name && SECRET_NAME.test(name)) || (typeof value === 'string' && SECRET_VALUE.test(value));
}

/** The value of a change as it may be shown: environment values that look secret are masked. */
export function shownValue(change: Change, which: 'before' | 'after'): Json | undefined {
  const v = change[which];
  if (v === undefined) return undefined;
  return mask(v, change.path, change.container !== undefined);
}

function mask(v: Json, path: readonly Step[], inContainer: boolean): Json {
  if (!inContainer) return v;
  const f0 = path[0] && 'field' in path[0] ? path[0].field : undefined;
  if (path.length === 0 && isObject(v)) {
    // A whole container: mask inside its environment.
    const env = v.environment;
    if (!Array.isArray(env)) return v;
    return { ...v, environment: env.map((e) => (isObject(e) && isSensitive(typeof e.name === 'string' ? e.name : undefined, e.value) ? { ...e, value: HIDDEN } : e)) };
  }
  if (f0 !== 'environment') return v;
  if (path.length === 1 && Array.isArray(v)) return v.map((e) => (isObject(e) && isSensitive(typeof e.name === 'string' ? e.name : undefined, e.value) ? { ...e, value: HIDDEN } : e));
  const name = path[1] && 'key' in path[1] ? path[1].key : undefined;
  if (path.length === 2 && isObject(v)) return isSensitive(name, v.value) ? { ...v, value: HIDDEN } : v;
  if (path.length === 3 && isSensitive(name, v)) return HIDDEN;
  return v;
}
