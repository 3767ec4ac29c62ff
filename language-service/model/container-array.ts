/**
 * A container-definitions array (Terraform's `container_definitions` file) seen as a task definition.
 *
 * Every feature of the service works on task definitions, so the array is wrapped in a virtual task
 * definition: `{"containerDefinitions":` + the array text (template syntax masked, same length) +
 * the task-level fields from the Terraform resource (or from the launch-type setting) + `}`. Offsets
 * inside the array are the user's offsets plus a constant; what lands on a task-level field is moved
 * to the `.tf` line it came from; what lands on a value nobody wrote (an unknown) is dropped.
 */
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as jsonc from 'jsonc-parser';
import type { ContainerLaunchType } from '../../common/settings';
import { MAX_DEPTH_FOR_TREE, nestingDepthExceeds } from './document';
import { maskTerraformTemplate, type TemplateRegion } from '../terraform/template';
import type { TemplateToken } from './placeholders';
import { placeholderFor, type TerraformTaskContext, type TfValue } from '../terraform/hcl';

const PREFIX = '{"containerDefinitions":';

/** Where a task-level value of the virtual document came from. */
type Span =
  | { start: number; end: number; kind: 'tf'; range: Range; field: string }
  | { start: number; end: number; kind: 'drop' };

export interface ContainerArrayInfo {
  /** `terraform`: an `aws_ecs_task_definition` reads the file; `setting`: the launch type comes from the setting or `--launch-type`; `none`: unknown. */
  origin: 'terraform' | 'setting' | 'none';
  terraform?: TerraformTaskContext;
  launchType?: ContainerLaunchType;
  /** The file is a Terraform template (`templatefile()`, `.tftpl`, `.tpl`). */
  template: boolean;
  /** This host cannot read `.tf` files at all (the web build), so no Terraform context can be found. */
  terraformUnreadable?: boolean;
  /** No resource was found because a `.tf` file that names the array does not parse: its name and the line of its first syntax error. */
  terraformUnparsed?: { file: string; line: number };
}

export interface VirtualTask {
  info: ContainerArrayInfo;
  original: TextDocument;
  virtual: TextDocument;
  prefixLength: number;
  bodyLength: number;
  masked: readonly TemplateRegion[];
  regions: readonly TemplateRegion[];
  /** The template's interpolations outside strings, in virtual offsets: handed to the document model as template tokens. */
  tokens: readonly TemplateToken[];
  spans: readonly Span[];
  /** The range of the array's opening bracket in the user's file (where task-level problems are shown). */
  anchor: Range;
  /**
   * Text the user wrote after the array's closing bracket (offset and length in the virtual document),
   * set once the virtual task definition is parsed (`textAfterTheArray`); the same object is the
   * parse's `textAfterArray`, which ECS001 reports.
   */
  trailing?: { offset: number; length: number };
}

/** True when the text's root is a JSON array whose elements look like container definitions. */
export function looksLikeContainerArray(text: string): boolean {
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '[') return false;
  if (!/"(?:image|name|essential|portMappings|memory|logConfiguration)"\s*:/.test(text)) return false;
  if (nestingDepthExceeds(text, MAX_DEPTH_FOR_TREE)) return false;
  let root: jsonc.Node | undefined;
  try {
    root = jsonc.parseTree(maskTerraformTemplate(text).text, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    return false;
  }
  if (root?.type !== 'array') return false;
  const objects = (root.children ?? []).filter((c) => c.type === 'object');
  if (!objects.length) return false;
  // Most elements name an image or a container: a list of something else (IAM statements, tags) is not one.
  const looking = objects.filter((o) => (o.children ?? []).some((p) => p.children?.[0]?.value === 'image' || p.children?.[0]?.value === 'name'));
  return looking.length * 2 > objects.length && objects.some((o) => (o.children ?? []).some((p) => p.children?.[0]?.value === 'image'));
}

/** A `.tf` value as JSON. Terraform converts numbers and booleans given to a string argument (`cpu = 256`) to strings. */
function valueJson(v: TfValue, stringArgument = true): string {
  if (!v.known) return JSON.stringify(placeholderFor(v.expression ?? ''));
  const value = stringArgument && (typeof v.value === 'number' || typeof v.value === 'boolean') ? String(v.value) : v.value;
  return JSON.stringify(value);
}

/** Builds the virtual task definition of an array document. */
export function buildVirtualTask(original: TextDocument, info: ContainerArrayInfo): VirtualTask {
  const text = original.getText();
  const mask = info.template ? maskTerraformTemplate(text) : { text, masked: [], regions: [], tokens: [] };
  const spans: Span[] = [];
  let suffix = '\n';
  const pos = PREFIX.length + text.length;
  const add = (key: string, json: string, span: { kind: 'tf'; range: Range; field: string } | { kind: 'drop' }): void => {
    const entry = `,${JSON.stringify(key)}:${json}`;
    const start = pos + suffix.length + 1;
    suffix += entry;
    spans.push({ ...span, start, end: start + entry.length - 1 });
  };
  const tf = info.terraform;
  if (tf) {
    const field = (key: string, hclName: string, v: TfValue | undefined): void => {
      if (v) add(key, valueJson(v, key !== 'requiresCompatibilities'), { kind: 'tf', range: v.range, field: hclName });
    };
    if (tf.family) field('family', 'family', tf.family);
    else add('family', JSON.stringify(placeholderFor('family')), { kind: 'tf', range: tf.headerRange, field: 'family' });
    field('requiresCompatibilities', 'requires_compatibilities', tf.requiresCompatibilities);
    field('networkMode', 'network_mode', tf.networkMode);
    field('cpu', 'cpu', tf.cpu);
    field('memory', 'memory', tf.memory);
    field('executionRoleArn', 'execution_role_arn', tf.executionRoleArn);
    field('taskRoleArn', 'task_role_arn', tf.taskRoleArn);
    field('pidMode', 'pid_mode', tf.pidMode);
    field('ipcMode', 'ipc_mode', tf.ipcMode);
    if (tf.volumesUnknown) add('volumes', JSON.stringify(placeholderFor('dynamic volume')), { kind: 'drop' });
    else if (tf.volumes.length) {
      // One span per volume, so that a finding on a volume points at its `volume` block.
      const start = pos + suffix.length + 1;
      suffix += ',"volumes":[';
      tf.volumes.forEach((v, i) => {
        const json = (i ? ',' : '') + JSON.stringify(v.json);
        const s = pos + suffix.length + (i ? 1 : 0);
        suffix += json;
        spans.push({ kind: 'tf', range: v.range, field: 'volume', start: s, end: pos + suffix.length });
      });
      suffix += ']';
      spans.push({ kind: 'tf', range: tf.volumesRange ?? tf.headerRange, field: 'volume', start, end: pos + suffix.length });
    }
  } else {
    const unknown = (key: string): void => add(key, JSON.stringify(placeholderFor(key)), { kind: 'drop' });
    unknown('family');
    if (info.launchType) {
      add('requiresCompatibilities', JSON.stringify([info.launchType]), { kind: 'drop' });
      // Fargate only runs awsvpc tasks; on the other launch types the mode is not known.
      if (info.launchType === 'FARGATE') add('networkMode', '"awsvpc"', { kind: 'drop' });
      else unknown('networkMode');
    } else {
      unknown('requiresCompatibilities');
      unknown('networkMode');
    }
    for (const k of ['cpu', 'memory', 'executionRoleArn', 'taskRoleArn', 'volumes']) unknown(k);
  }
  suffix += '}';
  const virtualText = PREFIX + mask.text + suffix;
  const virtual = TextDocument.create(original.uri, 'json', original.version, virtualText);
  const first = text.search(/\S/);
  const anchorStart = original.positionAt(Math.max(0, first));
  return {
    info,
    original,
    virtual,
    prefixLength: PREFIX.length,
    bodyLength: text.length,
    masked: mask.masked,
    regions: mask.regions,
    tokens: mask.tokens.map((t) => ({ ...t, offset: t.offset + PREFIX.length })),
    spans,
    anchor: { start: anchorStart, end: original.positionAt(Math.max(0, first) + (first >= 0 ? 1 : 0)) },
  };
}

/**
 * Where the user's text goes on after the array's closing bracket (a stray `]`, a second array), read
 * from the parse of the virtual task definition: the array node ends where it ends in the file alone,
 * and the first token after it (comments skipped) is what a JSON parser of the file reports as text
 * after the end. Its offset is in the virtual document. Undefined when the array is left open or only
 * blanks and comments follow it.
 */
export function textAfterTheArray(v: VirtualTask, root: jsonc.Node | undefined): { offset: number; length: number } | undefined {
  const array = root?.children?.[0]?.children?.[1];
  if (array?.type !== 'array') return undefined;
  const end = array.offset + array.length - v.prefixLength;
  if (end >= v.bodyLength) return undefined;
  const scanner = jsonc.createScanner(v.virtual.getText().slice(v.prefixLength + end, v.prefixLength + v.bodyLength), true);
  let token = scanner.scan();
  while (token === jsonc.SyntaxKind.LineCommentTrivia || token === jsonc.SyntaxKind.BlockCommentTrivia) token = scanner.scan();
  if (token === jsonc.SyntaxKind.EOF) return undefined;
  return { offset: v.prefixLength + end + scanner.getTokenOffset(), length: Math.max(1, scanner.getTokenLength()) };
}

/** The parse error an ECS001 diagnostic of the virtual document names (`EndOfFileExpected`, …), from its fix data. */
function syntaxErrorOf(d: Diagnostic): unknown {
  return (d.data as { fix?: { error?: unknown } } | undefined)?.fix?.error;
}

/**
 * Whether a diagnostic of the virtual document lies in the text the user wrote after the array's
 * closing bracket. That text is not part of the array, but the virtual task definition's parser
 * reads it as more task fields (`,` expected, a property name expected, or a valid but repeated
 * `"family"`): only the syntax error that says the file goes on after its end is shown there
 * (ECS001, reported from `ParsedDocument.textAfterArray`).
 */
export function pastTheArray(v: VirtualTask, d: Diagnostic): boolean {
  if (!v.trailing) return false;
  const s = v.virtual.offsetAt(d.range.start);
  const at = v.trailing.offset;
  if (s < at || s > v.prefixLength + v.bodyLength) return false;
  return !(s === at && String(d.code) === 'ECS001' && syntaxErrorOf(d) === 'EndOfFileExpected');
}

/** Offsets of a virtual range. */
function offsets(v: VirtualTask, r: Range): [number, number] {
  return [v.virtual.offsetAt(r.start), v.virtual.offsetAt(r.end)];
}

/** A virtual range inside the array, as a range of the user's file; undefined outside the array. */
export function toOriginalRange(v: VirtualTask, r: Range): Range | undefined {
  const [s, e] = offsets(v, r);
  const P = v.prefixLength;
  if (s < P || e > P + v.bodyLength) return undefined;
  return { start: v.original.positionAt(s - P), end: v.original.positionAt(e - P) };
}

/** A range of the user's file as a virtual range. */
export function toVirtualRange(v: VirtualTask, r: Range): Range {
  const P = v.prefixLength;
  return { start: v.virtual.positionAt(v.original.offsetAt(r.start) + P), end: v.virtual.positionAt(v.original.offsetAt(r.end) + P) };
}

export function toVirtualPosition(v: VirtualTask, p: Range['start']): Range['start'] {
  return v.virtual.positionAt(v.original.offsetAt(p) + v.prefixLength);
}

const overlaps = (a: { start: number; end: number }, s: number, e: number): boolean => s < a.end && a.start < e;

/** Where a task-level problem found in `.tf` is, for the CLI and the editor's related information. */
export interface TfLocation {
  uri: string;
  range: Range;
  /** `aws_ecs_task_definition.web: network_mode`. */
  label: string;
}

/**
 * A diagnostic of the virtual document as one of the user's file: inside the array, moved back;
 * on a task-level field from Terraform, shown at the array's start and pointing at the `.tf` line
 * (`relatedInformation`, `data.tfLocation`); on a value nobody wrote, or a syntax error inside a
 * template region, dropped.
 */
export function toOriginalDiagnostic(v: VirtualTask, d: Diagnostic, placeholderCode: string): Diagnostic | undefined {
  const [s, e] = offsets(v, d.range);
  const P = v.prefixLength;
  const code = String(d.code ?? '');
  const inBody = s >= P && e <= P + v.bodyLength;
  if (inBody) {
    const os = s - P;
    const oe = e - P;
    if (code === 'ECS001' && v.regions.some((r) => overlaps(r, os, Math.max(oe, os + 1)))) return undefined;
    return { ...d, range: { start: v.original.positionAt(os), end: v.original.positionAt(oe) }, relatedInformation: mapRelated(v, d) };
  }
  if (code === 'ECS001' && s < P) return { ...d, range: v.anchor, relatedInformation: undefined };
  if (code === 'ECS001') {
    // After text that follows the array's `]`, a bracket the virtual parser sees open is not the user's.
    if (v.trailing) return undefined;
    // The array is not closed: the task-level fields after it, which the user never wrote, were read
    // as more of the array, each a syntax error of its own. Only the missing `]` is the user's: shown
    // once, at the end of the user's text.
    if (syntaxErrorOf(d) !== 'CloseBracketExpected') return undefined;
    const end = v.original.positionAt(v.bodyLength);
    return { ...d, range: { start: end, end }, relatedInformation: undefined };
  }
  // (ECS011 counts only the placeholders the user wrote and has to fill: model/document.ts placeholderLeftToFill.)
  if (s < P) {
    // On the `containerDefinitions` key (or the whole task): the array itself.
    return { ...d, range: v.anchor, relatedInformation: mapRelated(v, d) };
  }
  // On a task-level field: the innermost span that holds it.
  const hits = v.spans.filter((sp) => s >= sp.start && e <= sp.end).sort((a, b) => a.end - a.start - (b.end - b.start));
  const span = hits[0];
  if (!span || span.kind === 'drop' || code === placeholderCode) return undefined;
  const tf = v.info.terraform!;
  const location: TfLocation = { uri: tf.uri, range: span.range, label: `${tf.address}: ${span.field}` };
  const file = tf.uri.slice(tf.uri.lastIndexOf('/') + 1);
  const data = { ...(d.data as Record<string, unknown> | undefined), tfLocation: location, external: true };
  delete (data as { fix?: unknown }).fix;
  return {
    ...d,
    range: v.anchor,
    message: `${d.message} (${decodeURIComponent(file)}:${span.range.start.line + 1}, ${location.label})`,
    relatedInformation: [{ location: { uri: tf.uri, range: span.range }, message: location.label }],
    data,
  };
}

function mapRelated(v: VirtualTask, d: Diagnostic): Diagnostic['relatedInformation'] {
  if (!d.relatedInformation) return undefined;
  const out = [];
  for (const r of d.relatedInformation) {
    if (r.location.uri !== v.original.uri) { out.push(r); continue; }
    const range = toOriginalRange(v, r.location.range);
    if (range) out.push({ ...r, location: { uri: r.location.uri, range } });
  }
  return out.length ? out : undefined;
}

/** Edits of the virtual document as edits of the user's file; undefined when one touches the task level or a masked template part. */
export function toOriginalEdits(v: VirtualTask, edits: readonly TextEdit[]): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const range = toOriginalRange(v, e.range);
    if (!range) return undefined;
    const os = v.original.offsetAt(range.start);
    const oe = v.original.offsetAt(range.end);
    if (v.masked.some((m) => overlaps(m, os, Math.max(oe, os + 1)))) return undefined;
    out.push({ range, newText: e.newText });
  }
  return out;
}
