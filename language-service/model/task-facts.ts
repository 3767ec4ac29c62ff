import { booleanValue, elements, type JsonNode, numberValue, type ParsedDocument, propertyNode, propertyValue, stringValue, valueOf } from './document';
import { parseCpu, parseMemory } from './cpu-memory';
import { currentPlaceholders, isPlaceholder } from './placeholders';
import { inOpen, syntaxDamage } from './damage';

export type LaunchType = 'EC2' | 'FARGATE' | 'EXTERNAL' | 'MANAGED_INSTANCES';

export interface ContainerFacts {
  index: number;
  node: JsonNode;
  name: string | undefined;
  nameNode: JsonNode | undefined;
  /** `essential` absent means true. */
  essential: boolean;
  image: string | undefined;
  get(key: string): JsonNode | undefined;
}

export interface VolumeFacts {
  index: number;
  node: JsonNode;
  name: string | undefined;
  nameNode: JsonNode | undefined;
}

export interface TaskFacts {
  doc: ParsedDocument;
  task: JsonNode;
  /** Declared launch types (empty when `requiresCompatibilities` is missing or empty). */
  launchTypes: Set<LaunchType>;
  fargate: boolean;
  /** True when EC2 rules apply: EC2 listed, or nothing listed (ECS then validates for EC2). */
  ec2: boolean;
  /**
   * `requiresCompatibilities` is, or holds, a placeholder: the launch types it stands for are unknown,
   * so no rule may assume one (neither the EC2 default nor Fargate). Declared ones still apply.
   */
  launchTypeUnknown: boolean;
  external: boolean;
  managedInstances: boolean;
  networkMode: string | undefined;
  networkModeNode: JsonNode | undefined;
  windows: boolean;
  cpuNode: JsonNode | undefined;
  memoryNode: JsonNode | undefined;
  /** Task cpu in units, parsed from numbers and unit strings. */
  cpu: number | undefined;
  /** Task memory in MiB. */
  memory: number | undefined;
  containers: ContainerFacts[];
  volumes: VolumeFacts[];
  /**
   * The containers may be more than `containers` shows: `containerDefinitions`, one of its items or a
   * container name is a template placeholder, which may supply any container; or the document has a
   * real syntax error, and any container may be in the part the parser could not read. Rules about
   * unknown containers then stay quiet.
   */
  containersOpen: boolean;
  /** The same for `volumes`. */
  volumesOpen: boolean;
  get(key: string): JsonNode | undefined;
}

const factsCache = new WeakMap<ParsedDocument, TaskFacts | null>();

/** The facts rules and features need, computed once per parsed document. */
export function taskFacts(doc: ParsedDocument): TaskFacts | undefined {
  const cached = factsCache.get(doc);
  if (cached !== undefined) return cached ?? undefined;
  const f = doc.task ? computeFacts(doc, doc.task) : undefined;
  factsCache.set(doc, f ?? null);
  return f;
}

function computeFacts(doc: ParsedDocument, task: JsonNode): TaskFacts {
  const get = (key: string): JsonNode | undefined => propertyValue(task, key);
  const launchTypes = new Set<LaunchType>();
  for (const el of elements(get('requiresCompatibilities'))) {
    const v = stringValue(el);
    if (v === 'EC2' || v === 'FARGATE' || v === 'EXTERNAL' || v === 'MANAGED_INSTANCES') launchTypes.add(v);
  }
  // A placeholder (`"${COMPAT}"`, a Terraform expression) instead of the list: the launch type is not
  // known, and neither the EC2 nor the Fargate rules apply.
  // The same for a placeholder inside the list (`["${LAUNCH_TYPE}"]`): whatever else is listed
  // applies, but nothing can be assumed about the launch types the placeholder stands for (not even
  // the EC2 default of an empty list).
  const rc = get('requiresCompatibilities');
  // After a real syntax error, an undeclared launch type may be declared in the part the parser could
  // not read: unknown too, rather than the EC2 default (model/damage.ts).
  const damage = syntaxDamage(doc);
  const launchTypeUnknown = (rc?.type === 'string' && isPlaceholder(String(rc.value))) || elements(rc).some((e) => e.type === 'string' && isPlaceholder(String(e.value)))
    || (launchTypes.size === 0 && (damage.taskLevel || (!!rc && inOpen(damage, rc))));
  const networkModeNode = get('networkMode');
  const os = stringValue(propertyValue(get('runtimePlatform'), 'operatingSystemFamily'));
  const cpuNode = get('cpu');
  const memoryNode = get('memory');
  const containerList = get('containerDefinitions');
  const volumeList = get('volumes');
  // Placeholders standing for a list or an item of it (`$ENVOY_CONTAINER_JSON`) are not containers.
  const containers: ContainerFacts[] = elements(containerList).filter((n) => n.type === 'object').map((node, index) => {
    const nameNode = propertyValue(node, 'name');
    return {
      index,
      node,
      name: stringValue(nameNode),
      nameNode,
      essential: booleanValue(propertyValue(node, 'essential')) !== false,
      image: stringValue(propertyValue(node, 'image')),
      get: (key: string) => propertyValue(node, key),
    };
  });
  const volumes: VolumeFacts[] = elements(volumeList).filter((n) => n.type === 'object').map((node, index) => {
    const nameNode = propertyValue(node, 'name');
    return { index, node, name: stringValue(nameNode), nameNode };
  });
  // After a real syntax error, a container or volume may be in the part the parser could not read.
  const containersOpen = damage.containersOpen || opensList(containerList) || containers.some((c) => templatedName(c.nameNode));
  const volumesOpen = damage.volumesOpen || opensList(volumeList) || volumes.some((v) => templatedName(v.nameNode));
  return {
    doc,
    task,
    containersOpen,
    volumesOpen,
    launchTypes,
    fargate: launchTypes.has('FARGATE'),
    ec2: launchTypes.has('EC2') || (launchTypes.size === 0 && !launchTypeUnknown),
    launchTypeUnknown,
    external: launchTypes.has('EXTERNAL'),
    managedInstances: launchTypes.has('MANAGED_INSTANCES'),
    networkMode: stringValue(networkModeNode),
    networkModeNode,
    windows: !!os && os.startsWith('WINDOWS'),
    cpuNode,
    memoryNode,
    cpu: parseCpu(valueOf(cpuNode)),
    memory: parseMemory(valueOf(memoryNode)),
    containers,
    volumes,
    get,
  };
}

/** A list written as a placeholder, or holding one in place of an item. */
function opensList(list: JsonNode | undefined): boolean {
  if (!list) return false;
  if (list.type === 'string') return isPlaceholder(String(list.value));
  return list.type === 'array' && !!list.children?.some((n) => n.type === 'string' && isPlaceholder(String(n.value)));
}

function templatedName(node: JsonNode | undefined): boolean {
  return node?.type === 'string' && isTemplateName(String(node.value));
}

/**
 * True when a name (of a container, a volume...) is a template. Names may only hold letters, digits,
 * `_` and `-`, so a bare constant-case name such as `DB_MIGRATIONS` is a name, not a placeholder,
 * though a constant-case *value* counts as one; the delimited styles (`__NAME__`, `${NAME}`) and the
 * user's patterns do count, and so does a constant-case part of a longer name (`web-ENV_NAME`).
 */
export function isTemplateName(name: string): boolean {
  const p = currentPlaceholders();
  if (p.findDelimited(name) !== undefined) return true;
  const c = p.find(name);
  return c !== undefined && c !== name;
}

export { propertyNode, numberValue };

/**
 * Whether a container is a Windows container: the task says so (`runtimePlatform`), or, on EC2
 * where `runtimePlatform` is often left out, its image is one of Microsoft's Windows base images
 * (`mcr.microsoft.com/windows/...`, `servercore`, `nanoserver`, `ltsc2019`...).
 */
export function isWindowsContainer(f: TaskFacts, c: ContainerFacts): boolean {
  if (f.windows) return true;
  const image = c.image?.toLowerCase() ?? '';
  return /(?:^|\/)mcr\.microsoft\.com\/(?:windows|dotnet\/framework|powershell:.*(?:nanoserver|servercore))|servercore|nanoserver|[:-]ltsc20\d\d\b/.test(image);
}
