/**
 * The task context of a container-definitions array, read from the Terraform module beside it: the
 * `aws_ecs_task_definition` whose `container_definitions` reads the array file (`file()`,
 * `templatefile()`, through a `local` or a `data "template_file"`), and its task-level arguments.
 *
 * Pure: the caller hands in the `.tf` texts and an HCL parser (tree-sitter's HCL grammar, loaded by
 * the server or the CLI: see common/hcl-loader.ts). Terraform expressions (`var.cpu`,
 * `aws_iam_role.exec.arn`) are unknown values, never wrong ones.
 */
import type { Range } from 'vscode-languageserver-types';
import { pathOfUri } from '../../common/file-patterns';
import type { HclNode, HclParser } from '../../common/hcl-types';

export type { HclNode, HclParser } from '../../common/hcl-types';

export interface TfFile {
  uri: string;
  text: string;
}

/** A value from the `.tf` side: known (a literal) or a Terraform expression (unknown until plan). */
export interface TfValue {
  known: boolean;
  /** The JSON value when known. */
  value?: unknown;
  /** The expression text when unknown. */
  expression?: string;
  /** Where the attribute is in the `.tf` file. */
  range: Range;
}

export interface TfVolume {
  /** The ECS JSON of the volume; unknown parts are `${…}` placeholder strings. */
  json: Record<string, unknown>;
  range: Range;
}

export interface TerraformTaskContext {
  uri: string;
  /** `aws_ecs_task_definition.NAME`. */
  address: string;
  /** The resource block's first line. */
  headerRange: Range;
  /** True when the array is read by `templatefile()` / `template_file` (then `${}` is Terraform syntax). */
  template: boolean;
  family?: TfValue;
  requiresCompatibilities?: TfValue;
  networkMode?: TfValue;
  cpu?: TfValue;
  memory?: TfValue;
  executionRoleArn?: TfValue;
  taskRoleArn?: TfValue;
  pidMode?: TfValue;
  ipcMode?: TfValue;
  /** `volume` blocks; `dynamic "volume"` makes them unknown. */
  volumes: TfVolume[];
  volumesUnknown: boolean;
  volumesRange?: Range;
}

const rangeOfNode = (n: HclNode): Range => ({ start: { line: n.startPosition.row, character: n.startPosition.column }, end: { line: n.endPosition.row, character: n.endPosition.column } });
const kids = (n: HclNode | null | undefined): HclNode[] => (n ? (n.namedChildren.filter(Boolean) as HclNode[]) : []);

interface Block {
  type: string;
  labels: string[];
  node: HclNode;
  body: HclNode | undefined;
}

function blocksOf(body: HclNode | undefined): Block[] {
  const out: Block[] = [];
  for (const c of kids(body)) {
    if (c.type !== 'block') continue;
    const parts = kids(c);
    const type = parts[0]?.type === 'identifier' ? parts[0].text : '';
    const labels: string[] = [];
    let blockBody: HclNode | undefined;
    for (const p of parts.slice(1)) {
      if (p.type === 'identifier') labels.push(p.text);
      else if (p.type === 'string_lit') labels.push(stringLiteral(p) ?? p.text);
      else if (p.type === 'body') blockBody = p;
    }
    out.push({ type, labels, node: c, body: blockBody });
  }
  return out;
}

function attributesOf(body: HclNode | undefined): Map<string, { node: HclNode; expr: HclNode | undefined }> {
  const out = new Map<string, { node: HclNode; expr: HclNode | undefined }>();
  for (const c of kids(body)) {
    if (c.type !== 'attribute') continue;
    const [name, expr] = kids(c);
    if (name?.type === 'identifier' && !out.has(name.text)) out.set(name.text, { node: c, expr });
  }
  return out;
}

/** The string of a `string_lit` / `quoted_template` made only of literal text; undefined with interpolations. */
function stringLiteral(n: HclNode): string | undefined {
  let s = '';
  for (const c of kids(n)) {
    if (c.type === 'quoted_template_start' || c.type === 'quoted_template_end') continue;
    if (c.type === 'template_literal') s += c.text;
    else if (c.type === 'escape_sequence') s += unescape(c.text);
    else return undefined;
  }
  return s;
}

function unescape(e: string): string {
  switch (e) {
    case '\\n': return '\n';
    case '\\t': return '\t';
    case '\\"': return '"';
    case '\\\\': return '\\';
    default: return e.startsWith('\\u') ? String.fromCharCode(parseInt(e.slice(2), 16)) : e;
  }
}

const UNKNOWN = Symbol('unknown');

/** The literal value of an expression, or UNKNOWN. */
function literalOf(expr: HclNode | undefined): unknown {
  if (!expr) return UNKNOWN;
  let n: HclNode = expr;
  while (n.type === 'expression' && kids(n).length === 1) n = kids(n)[0];
  if (n.type === 'expression') return UNKNOWN; // an operation, a conditional, a reference with accessors…
  switch (n.type) {
    case 'literal_value': {
      const v = kids(n)[0];
      if (!v) return UNKNOWN;
      if (v.type === 'numeric_lit') return Number(v.text);
      if (v.type === 'bool_lit') return v.text === 'true';
      if (v.type === 'null_lit') return null;
      if (v.type === 'string_lit') return stringLiteral(v) ?? UNKNOWN;
      return UNKNOWN;
    }
    case 'template_expr': {
      const q = kids(n)[0];
      return q && q.type === 'quoted_template' ? stringLiteral(q) ?? UNKNOWN : UNKNOWN;
    }
    case 'collection_value': {
      const c = kids(n)[0];
      if (c?.type === 'tuple') {
        const out: unknown[] = [];
        for (const e of kids(c)) {
          if (e.type !== 'expression') continue;
          const v = literalOf(e);
          if (v === UNKNOWN) return UNKNOWN;
          out.push(v);
        }
        return out;
      }
      if (c?.type === 'object') {
        const out: Record<string, unknown> = {};
        for (const e of kids(c)) {
          if (e.type !== 'object_elem') continue;
          const [k, v] = kids(e).filter((x) => x.type === 'expression');
          const key = keyOf(k);
          const value = literalOf(v);
          if (key === undefined || value === UNKNOWN) return UNKNOWN;
          out[key] = value;
        }
        return out;
      }
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

function keyOf(k: HclNode | undefined): string | undefined {
  if (!k) return undefined;
  const inner = kids(k);
  if (inner.length === 1 && inner[0].type === 'variable_expr') return inner[0].text;
  const v = literalOf(k);
  return typeof v === 'string' ? v : undefined;
}

function tfValue(attr: { node: HclNode; expr: HclNode | undefined } | undefined): TfValue | undefined {
  if (!attr) return undefined;
  const v = literalOf(attr.expr);
  if (v === null) return undefined; // `= null` is the same as leaving the argument out
  return v === UNKNOWN ? { known: false, expression: attr.expr?.text ?? '', range: rangeOfNode(attr.node) } : { known: true, value: v, range: rangeOfNode(attr.node) };
}

/** snake_case → camelCase, with the volume fields whose ECS name differs. */
function ecsName(tfName: string): string {
  return tfName.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A block body as ECS JSON: attributes (literal or `${expr}` placeholders) and nested blocks as objects. */
function blockToJson(body: HclNode | undefined, rename: (name: string) => string = ecsName): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, attr] of attributesOf(body)) {
    const v = literalOf(attr.expr);
    if (v === null) continue;
    out[rename(name)] = v === UNKNOWN ? placeholderFor(attr.expr?.text ?? name) : v;
  }
  for (const b of blocksOf(body)) {
    if (b.type === 'dynamic') out[rename(b.labels[0] ?? 'dynamic')] = placeholderFor('dynamic');
    else out[rename(b.type)] = blockToJson(b.body, rename);
  }
  return out;
}

/** A placeholder string for an unknown Terraform value (the rules treat it as opaque). */
export function placeholderFor(expression: string): string {
  return '${' + expression.replace(/\s+/g, ' ').replace(/[{}"\\]/g, '_').slice(0, 80) + '}';
}

function volumeJson(body: HclNode | undefined): Record<string, unknown> {
  const raw = blockToJson(body);
  // `host_path` is the Terraform spelling of `host.sourcePath`.
  if ('hostPath' in raw) {
    raw.host = { sourcePath: raw.hostPath };
    delete raw.hostPath;
  }
  return raw;
}

/** File paths read by `file()` / `templatefile()` in an expression (`${path.module}/` and `./` dropped). */
function fileReads(expr: HclNode | undefined, out: Array<{ path: string; template: boolean }> = []): Array<{ path: string; template: boolean }> {
  if (!expr) return out;
  if (expr.type === 'function_call') {
    const [fn, args] = kids(expr);
    const name = fn?.type === 'identifier' ? fn.text : '';
    if ((name === 'file' || name === 'templatefile') && args) {
      const first = kids(args).find((a) => a.type === 'expression');
      // The path, or each branch of a conditional (`var.file != "" ? var.file : "${path.module}/x.tpl"`).
      for (const p of first ? pathArguments(first) : []) out.push({ path: p, template: name === 'templatefile' });
    }
  }
  for (const c of kids(expr)) fileReads(c, out);
  return out;
}

/** The file paths an argument can be: every string or path template in it (see pathOf). */
function pathArguments(expr: HclNode, out: string[] = []): string[] {
  const lit = literalOf(expr);
  if (typeof lit === 'string') {
    out.push(lit);
    return out;
  }
  if (expr.type === 'quoted_template') {
    const p = pathOf(expr);
    if (p !== undefined) out.push(p);
    return out;
  }
  for (const c of kids(expr)) pathArguments(c, out);
  return out;
}

/**
 * The path a quoted template names, when its interpolations are only `path.module` / `path.root` /
 * `path.cwd` (dropped, keeping the path below them).
 */
function pathOf(q: HclNode): string | undefined {
  let s = '';
  for (const c of kids(q)) {
    if (c.type === 'quoted_template_start' || c.type === 'quoted_template_end') continue;
    if (c.type === 'template_literal') s += c.text;
    else if (c.type === 'template_interpolation' && /^\$\{\s*path\.(module|root|cwd)\s*\}$/.test(c.text)) s += '';
    else return undefined;
  }
  return s;
}

/** `local.NAME` / `data.template_file.NAME.rendered` references in an expression. */
function references(expr: HclNode | undefined): string[] {
  const text = expr?.text ?? '';
  const out: string[] = [];
  for (const m of text.matchAll(/\b(local\.[A-Za-z0-9_-]+|data\.template_file\.[A-Za-z0-9_-]+)/g)) out.push(m[1]);
  return out;
}

/** Path helpers on `/` paths (no Node `path`: the service also has to run in a web worker). */
const posix = {
  normalize(p: string): string {
    const abs = p.startsWith('/');
    const out: string[] = [];
    for (const part of p.split('/')) {
      if (!part || part === '.') continue;
      if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
      else if (part !== '..' || !abs) out.push(part);
    }
    return (abs ? '/' : '') + out.join('/');
  },
  dirname: (p: string): string => (p.lastIndexOf('/') > 0 ? p.slice(0, p.lastIndexOf('/')) : '/'),
  basename: (p: string): string => p.slice(p.lastIndexOf('/') + 1),
  isAbsolute: (p: string): boolean => p.startsWith('/'),
  join: (a: string, b: string): string => a + '/' + b,
};

function normalize(p: string): string {
  return posix.normalize(p.replace(/\\/g, '/'));
}

interface Candidate {
  ctx: TerraformTaskContext;
  exact: boolean;
}

/**
 * The task context for the array file `arrayUri`, from the `.tf` files of its module (its folder and,
 * for a `templates/` layout, the folder above). Undefined when no `aws_ecs_task_definition` reads it.
 */
export function terraformContextFor(arrayUri: string, tfFiles: readonly TfFile[], parser: HclParser): TerraformTaskContext | undefined {
  const arrayPath = normalize(pathOfUri(arrayUri));
  const base = posix.basename(arrayPath);
  const candidates: Candidate[] = [];
  for (const file of tfFiles) {
    const tree = parser.parse(file.text);
    if (!tree) continue;
    try {
      const body = kids(tree.rootNode).find((n) => n.type === 'body');
      const blocks = blocksOf(body);
      const locals = new Map<string, HclNode | undefined>();
      for (const b of blocks) if (b.type === 'locals') for (const [k, a] of attributesOf(b.body)) locals.set('local.' + k, a.expr);
      const templates = new Map<string, HclNode | undefined>();
      for (const b of blocks) if (b.type === 'data' && b.labels[0] === 'template_file' && b.labels[1]) templates.set('data.template_file.' + b.labels[1], attributesOf(b.body).get('template')?.expr);
      const tfDir = posix.dirname(normalize(pathOfUri(file.uri)));
      for (const b of blocks) {
        if (b.type !== 'resource' || b.labels[0] !== 'aws_ecs_task_definition') continue;
        const attrs = attributesOf(b.body);
        const cd = attrs.get('container_definitions')?.expr;
        const reads = fileReads(cd);
        let viaTemplateFile = false;
        for (const ref of references(cd)) {
          if (locals.has(ref)) reads.push(...fileReads(locals.get(ref)));
          if (templates.has(ref)) {
            viaTemplateFile = true;
            reads.push(...fileReads(templates.get(ref)));
          }
        }
        let match: { exact: boolean; template: boolean } | undefined;
        for (const r of reads) {
          const resolved = normalize(posix.isAbsolute(r.path) ? r.path : posix.join(tfDir, r.path));
          const template = r.template || viaTemplateFile;
          if (resolved === arrayPath) { match = { exact: true, template }; break; }
          if (!match && posix.basename(resolved) === base) match = { exact: false, template };
        }
        if (!match) continue;
        candidates.push({ exact: match.exact, ctx: contextOf(file.uri, b, match.template) });
      }
    } finally {
      tree.delete?.();
    }
  }
  return (candidates.find((c) => c.exact) ?? candidates[0])?.ctx;
}

/**
 * When no `aws_ecs_task_definition` reads the array: a `.tf` file that names the array but does not
 * parse (an edit saved half-way), with the 1-based line of its first syntax error. Its resource may
 * well read the array: the file is the reason the task is unknown, not a missing resource.
 */
export function unparsedTfFileFor(arrayUri: string, tfFiles: readonly TfFile[], parser: HclParser): { uri: string; line: number } | undefined {
  const base = posix.basename(normalize(pathOfUri(arrayUri)));
  for (const file of tfFiles) {
    if (!file.text.includes(base)) continue;
    const tree = parser.parse(file.text);
    if (!tree) continue;
    try {
      if (!tree.rootNode.hasError) continue;
      // The first ERROR node, depth first (tree-sitter marks the smallest span it could not read).
      const stack: HclNode[] = [tree.rootNode];
      let line = 0;
      while (stack.length) {
        const n = stack.pop()!;
        if (n.type === 'ERROR') {
          line = n.startPosition.row + 1;
          break;
        }
        const children = n.namedChildren.filter((c): c is HclNode => !!c && c.hasError !== false);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      }
      return { uri: file.uri, line: line || 1 };
    } finally {
      tree.delete?.();
    }
  }
  return undefined;
}

function contextOf(uri: string, b: Block, template: boolean): TerraformTaskContext {
  const attrs = attributesOf(b.body);
  const volumes: TfVolume[] = [];
  let volumesUnknown = false;
  let volumesRange: Range | undefined;
  for (const v of blocksOf(b.body)) {
    if (v.type === 'volume') {
      volumes.push({ json: volumeJson(v.body), range: rangeOfNode(v.node) });
      volumesRange ??= rangeOfNode(v.node);
    } else if (v.type === 'dynamic' && v.labels[0] === 'volume') {
      volumesUnknown = true;
      volumesRange ??= rangeOfNode(v.node);
    }
  }
  const header = rangeOfNode(b.node);
  const firstLineEnd = b.node.text.indexOf('\n');
  return {
    uri,
    address: `aws_ecs_task_definition.${b.labels[1] ?? ''}`,
    headerRange: { start: header.start, end: firstLineEnd < 0 ? header.end : { line: header.start.line, character: header.start.character + firstLineEnd } },
    template,
    family: tfValue(attrs.get('family')),
    requiresCompatibilities: tfValue(attrs.get('requires_compatibilities')),
    networkMode: tfValue(attrs.get('network_mode')),
    cpu: tfValue(attrs.get('cpu')),
    memory: tfValue(attrs.get('memory')),
    executionRoleArn: tfValue(attrs.get('execution_role_arn')),
    taskRoleArn: tfValue(attrs.get('task_role_arn')),
    pidMode: tfValue(attrs.get('pid_mode')),
    ipcMode: tfValue(attrs.get('ipc_mode')),
    volumes,
    volumesUnknown,
    volumesRange,
  };
}
