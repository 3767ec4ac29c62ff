/**
 * One canonical form for any task definition, so that two of them can be compared by meaning:
 * the register-task-definition input in a repository, the `describe-task-definition` output of the
 * revision running in ECS, or two revisions.
 *
 * What the normalizer does (and what it never does):
 * - unwraps the describe output (`{"taskDefinition": {...}, "tags": [...]}`) and drops the read-only
 *   fields ECS adds (`taskDefinitionArn`, `revision`, `status`, `requiresAttributes`,
 *   `compatibilities`, `registeredAt`, ...);
 * - drops `null`s and empty lists and objects (describe prints `"environment": []`, `"linuxParameters": null`);
 * - removes the values that are ECS's documented defaults, so that a field written out with its
 *   default and the same field left out compare equal (`essential: true`, `protocol: "tcp"`,
 *   container `cpu: 0`, `hostPort` equal to `containerPort` under awsvpc, `hostPort: 0` under bridge,
 *   `readOnly: false`, the health check's 30 s / 5 s / 3 retries, EFS `rootDirectory: "/"`, ...);
 * - turns cpu and memory amounts into numbers of units (`"1 vCPU"` → 1024, `"2 GB"` → 2048,
 *   `"256"` → 256);
 * - orders keyed lists by their key (containers by `name`, `environment` and `secrets` by `name`,
 *   `portMappings` by port and protocol, `mountPoints` by `containerPath`, volumes by `name`, ...)
 *   and sorts the lists whose order means nothing (`requiresCompatibilities`, `links`, capabilities);
 *   lists whose order matters (`command`, `entryPoint`, `environmentFiles`, `dnsServers`) keep it;
 * - keeps placeholders (`${IMAGE}`, `<ACCOUNT_ID>`) exactly as written: a template stays a template.
 */
import { parseCpu, parseMemory } from '../model/cpu-memory';
import { docKey, valueOf, type ParsedDocument } from '../model/document';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Fields that describe-task-definition prints and register-task-definition does not take. */
export const READ_ONLY_FIELDS: readonly string[] = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
];

/**
 * Lists whose elements are told apart by a key, by doc key (see `docKey`). The key function gives
 * the identity used to match elements across two definitions, and the sort order.
 */
export const KEYED_LISTS: Readonly<Record<string, (e: JsonObject) => string | undefined>> = {
  containerDefinitions: (e) => str(e.name),
  'containerDefinitions[].environment': (e) => str(e.name),
  'containerDefinitions[].secrets': (e) => str(e.name),
  'containerDefinitions[].portMappings': (e) => {
    const port = e.containerPort !== undefined ? String(e.containerPort) : str(e.containerPortRange);
    return port === undefined ? undefined : `${port}/${str(e.protocol) ?? 'tcp'}`;
  },
  'containerDefinitions[].mountPoints': (e) => str(e.containerPath),
  'containerDefinitions[].volumesFrom': (e) => str(e.sourceContainer),
  'containerDefinitions[].ulimits': (e) => str(e.name),
  'containerDefinitions[].extraHosts': (e) => str(e.hostname),
  'containerDefinitions[].dependsOn': (e) => str(e.containerName),
  'containerDefinitions[].systemControls': (e) => str(e.namespace),
  'containerDefinitions[].resourceRequirements': (e) => str(e.type),
  'containerDefinitions[].logConfiguration.secretOptions': (e) => str(e.name),
  'containerDefinitions[].linuxParameters.devices': (e) => str(e.hostPath),
  'containerDefinitions[].linuxParameters.tmpfs': (e) => str(e.containerPath),
  volumes: (e) => str(e.name),
  tags: (e) => str(e.key),
  inferenceAccelerators: (e) => str(e.deviceName),
  'proxyConfiguration.properties': (e) => str(e.name),
  placementConstraints: (e) => `${str(e.type) ?? ''} ${str(e.expression) ?? ''}`,
};

/** Lists of plain values whose order means nothing: compared as sets (sorted). */
export const SET_LISTS: ReadonlySet<string> = new Set([
  'requiresCompatibilities',
  'containerDefinitions[].links',
  'containerDefinitions[].linuxParameters.capabilities.add',
  'containerDefinitions[].linuxParameters.capabilities.drop',
  'containerDefinitions[].dockerSecurityOptions',
  'containerDefinitions[].credentialSpecs',
]);

function str(v: Json | undefined): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why a document cannot be normalized. */
export type NotNormalizable = 'syntax' | 'not-a-task-definition';

export interface Normalized {
  /** The canonical task definition (plain JSON value). */
  value: JsonObject;
  /** The canonical form as indented JSON text (two spaces), ready to show in a diff editor. */
  text: string;
}

/** The canonical form of a parsed document, or why there is none. */
export function normalizeDocument(doc: ParsedDocument): Normalized | { error: NotNormalizable } {
  // A template (placeholders outside quotes) is not JSON yet either.
  if (!doc.root || doc.tooDeep || doc.syntaxErrors.length > 0 || doc.templateTokens.length > 0) return { error: 'syntax' };
  if (!doc.task || doc.task.type !== 'object') return { error: 'not-a-task-definition' };
  const task = valueOf(doc.task) as JsonObject;
  if (!isObject(task)) return { error: 'not-a-task-definition' };
  const input: JsonObject = { ...task };
  // describe-task-definition --include TAGS prints the tags beside the definition, not inside it.
  if (doc.shape === 'describe') {
    const wrapperTags = (valueOf(doc.root) as JsonObject | undefined)?.tags;
    if (Array.isArray(wrapperTags) && wrapperTags.length && !(Array.isArray(input.tags) && input.tags.length)) input.tags = wrapperTags;
  }
  const value = normalizeTaskDefinition(input);
  return { value, text: canonicalText(value) };
}

/** The canonical form of a task definition value (see the file comment). */
export function normalizeTaskDefinition(task: JsonObject): JsonObject {
  const t: JsonObject = {};
  for (const [k, v] of Object.entries(task)) if (!READ_ONLY_FIELDS.includes(k)) t[k] = v;
  const windows = isWindows(t);
  const networkMode = typeof t.networkMode === 'string' ? t.networkMode : windows ? 'default' : 'bridge';
  const cleaned = clean(t, []) as JsonObject | undefined ?? {};
  applyDefaults(cleaned, networkMode, windows);
  // Dropping defaults can leave objects and lists empty: clean once more.
  return (clean(cleaned, []) as JsonObject | undefined) ?? {};
}

function isWindows(t: JsonObject): boolean {
  const rp = t.runtimePlatform;
  return isObject(rp) && typeof rp.operatingSystemFamily === 'string' && rp.operatingSystemFamily.startsWith('WINDOWS');
}

/**
 * Drops nulls and empty lists/objects, orders keyed lists and set lists, recursively. `path` is the
 * path from the task definition, for the doc key of lists.
 */
function clean(v: Json | undefined, path: Array<string | number>): Json | undefined {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) {
    const key = docKey(path);
    const items: Json[] = [];
    for (let i = 0; i < v.length; i++) {
      const c = clean(v[i], [...path, i]);
      if (c !== undefined) items.push(c);
    }
    if (!items.length) return undefined;
    const keyOf = KEYED_LISTS[key];
    if (keyOf && items.every(isObject)) {
      const keyed = items as JsonObject[];
      const keys = keyed.map((e) => keyOf(e));
      // Sorted only when every element has a distinct key; otherwise the written order is kept.
      if (keys.every((k) => k !== undefined) && new Set(keys).size === keys.length) {
        return keyed.map((e, i) => ({ e, k: keys[i] as string })).sort((a, b) => compareKeys(a.k, b.k)).map((x) => x.e);
      }
      return keyed;
    }
    if (SET_LISTS.has(key) && items.every((x) => typeof x === 'string')) return [...new Set(items as string[])].sort();
    return items;
  }
  if (isObject(v)) {
    const out: JsonObject = {};
    for (const k of Object.keys(v)) {
      const c = clean(v[k], [...path, k]);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return v;
}

/** Numeric-aware order: port 80 before port 443, "web-2" before "web-10". */
export function compareKeys(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Removes values equal to ECS's documented defaults, and writes amounts as numbers. */
function applyDefaults(t: JsonObject, networkMode: string, windows: boolean): void {
  // Task size: "1 vCPU" → 1024, "2 GB" → 2048, "256" → 256. Anything else (a placeholder) is kept.
  if (t.cpu !== undefined) {
    const cpu = parseCpu(t.cpu);
    if (cpu !== undefined) t.cpu = cpu;
  }
  if (t.memory !== undefined) {
    const memory = parseMemory(t.memory);
    if (memory !== undefined) t.memory = memory;
  }
  // Linux tasks use bridge when networkMode is left out; Windows tasks use `default`.
  if ((!windows && t.networkMode === 'bridge') || (windows && t.networkMode === 'default')) delete t.networkMode;
  // runtimePlatform defaults to Linux on x86_64.
  if (isObject(t.runtimePlatform)) {
    if (t.runtimePlatform.cpuArchitecture === 'X86_64') delete t.runtimePlatform.cpuArchitecture;
    if (t.runtimePlatform.operatingSystemFamily === 'LINUX') delete t.runtimePlatform.operatingSystemFamily;
  }
  if (Array.isArray(t.containerDefinitions)) {
    for (const c of t.containerDefinitions) if (isObject(c)) containerDefaults(c, networkMode);
  }
  if (Array.isArray(t.volumes)) {
    for (const v of t.volumes) if (isObject(v)) volumeDefaults(v);
  }
}

const FALSE_BY_DEFAULT = ['readonlyRootFilesystem', 'privileged', 'interactive', 'pseudoTerminal', 'disableNetworking'];

function containerDefaults(c: JsonObject, networkMode: string): void {
  if (c.essential === true) delete c.essential;
  // describe prints "cpu": 0 for a container without a cpu reservation.
  if (c.cpu === 0) delete c.cpu;
  for (const k of FALSE_BY_DEFAULT) if (c[k] === false) delete c[k];
  if (Array.isArray(c.portMappings)) {
    for (const p of c.portMappings) {
      if (!isObject(p)) continue;
      if (p.protocol === 'tcp') delete p.protocol;
      // awsvpc and host: the host port is the container port. bridge: 0 (or none) is a dynamic port.
      if ((networkMode === 'awsvpc' || networkMode === 'host') && p.hostPort !== undefined && p.hostPort === p.containerPort) delete p.hostPort;
      if (networkMode === 'bridge' && p.hostPort === 0) delete p.hostPort;
    }
  }
  if (Array.isArray(c.mountPoints)) {
    for (const m of c.mountPoints) if (isObject(m) && m.readOnly === false) delete m.readOnly;
  }
  if (Array.isArray(c.volumesFrom)) {
    for (const m of c.volumesFrom) if (isObject(m) && m.readOnly === false) delete m.readOnly;
  }
  if (isObject(c.healthCheck)) {
    const h = c.healthCheck;
    if (h.interval === 30) delete h.interval;
    if (h.timeout === 5) delete h.timeout;
    if (h.retries === 3) delete h.retries;
    if (h.startPeriod === 0) delete h.startPeriod;
  }
  if (isObject(c.linuxParameters) && c.linuxParameters.initProcessEnabled === false) delete c.linuxParameters.initProcessEnabled;
}

function volumeDefaults(v: JsonObject): void {
  const efs = v.efsVolumeConfiguration;
  if (isObject(efs)) {
    if (efs.rootDirectory === '/') delete efs.rootDirectory;
    if (efs.transitEncryption === 'DISABLED') delete efs.transitEncryption;
    const auth = efs.authorizationConfig;
    if (isObject(auth) && auth.iam === 'DISABLED') delete auth.iam;
  }
  const docker = v.dockerVolumeConfiguration;
  if (isObject(docker) && docker.scope === 'task') delete docker.scope;
}

/**
 * Indented JSON with a stable key order at every level: `name` first (so a container or variable
 * reads from its name), then the rest alphabetically.
 */
export function canonicalText(value: Json): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!isObject(v)) return v;
  const keys = Object.keys(v).sort((a, b) => (a === 'name' ? -1 : b === 'name' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const out: JsonObject = {};
  for (const k of keys) out[k] = sortKeys(v[k]);
  return out;
}
