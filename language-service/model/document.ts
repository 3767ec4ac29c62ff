import * as jsonc from 'jsonc-parser';
import type { Position, Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeAtOffset } from './location';
import { DEFAULT_PLACEHOLDERS, placeholderIn, substituteTokens, unquotedTokens, type Placeholders, type TemplateToken } from './placeholders';
import { withoutInterpolations } from '../terraform/template';

export type JsonNode = jsonc.Node;
export type Segment = string | number;
export type JsonPath = Segment[];

/**
 * What the root of a JSON file is:
 * - `task`: a register-task-definition input (plain);
 * - `describe`: `{"taskDefinition": {...}}` as printed by describe-task-definition;
 * - `service`: a create-service input (`serviceName` + `taskDefinition` string), the service definition;
 * - `other`: anything else (package.json, a JSON array, garbage).
 */
export type DocumentShape = 'task' | 'describe' | 'service' | 'other';

export interface ParsedDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly textDocument: TextDocument;
  /** The parse tree (jsonc-parser is error tolerant: there is a tree even for broken text). */
  readonly root: JsonNode | undefined;
  readonly syntaxErrors: readonly jsonc.ParseError[];
  readonly shape: DocumentShape;
  /** The object node holding the task definition (the root, or `root.taskDefinition`). */
  readonly task: JsonNode | undefined;
  /** Path from the root to `task`: `[]` or `['taskDefinition']`. */
  readonly taskPath: JsonPath;
  /** The service definition object (the root), when the document is one. */
  readonly service: JsonNode | undefined;
  /** True when the text nests too deeply to build a tree (then `root` is undefined). */
  readonly tooDeep: boolean;
  /** The placeholder styles of this document (built-in + the user's patterns). */
  readonly placeholders: Placeholders;
  /**
   * Placeholders outside quotes (`"containerPort": ${PORT}`): the file is a template. Each one is
   * parsed as an opaque string value holding the token, so the rest of the file is checked normally.
   */
  readonly templateTokens: readonly TemplateToken[];
  /** Set when this is the virtual task definition of a container-definitions array (model/container-array.ts). */
  containerArray?: import('./container-array').ContainerArrayInfo;
  /** In that virtual task definition: where the user's text goes on after the array's `]` (the file ends there, so it is a syntax error). */
  textAfterArray?: { offset: number; length: number };
}

/** What a file name says a document is, before its content is read. */
export type NameHint = 'task' | 'service' | undefined;

/**
 * jsonc-parser recurses three stack frames per object level: about 2,700 nested objects overflow
 * Node's default stack (found by the fuzz suite). A task definition nests about ten levels deep.
 */
export const MAX_DEPTH_FOR_TREE = 1000;

const PARSE_OPTIONS: jsonc.ParseOptions = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true };

/**
 * Parses once. Comments and trailing commas are accepted (JSONC); they are reported by the syntax rule only where JSON is strict.
 * `preset`: tokens outside quotes that the caller already replaced by same-length strings in the text
 * (Terraform's interpolations, masked by terraform/template.ts): their nodes get their text back, as
 * the tokens found here do, so that every rule sees one kind of template token.
 */
export function parseDocument(textDocument: TextDocument, hint: NameHint | boolean = undefined, placeholders: Placeholders = DEFAULT_PLACEHOLDERS, preset: readonly TemplateToken[] = []): ParsedDocument {
  const assumeTask = hint === true || hint === 'task';
  const text = textDocument.getText();
  let templateTokens: TemplateToken[] = [];
  const syntaxErrors: jsonc.ParseError[] = [];
  let root: JsonNode | undefined;
  let tooDeep = false;
  if (nestingDepthExceeds(text, MAX_DEPTH_FOR_TREE)) {
    // jsonc-parser recurses per nesting level; a pathological document would overflow the stack.
    tooDeep = true;
  } else {
    try {
      root = jsonc.parseTree(text, syntaxErrors, PARSE_OPTIONS);
      // A placeholder outside quotes is always a syntax error: only then look for them (valid JSON costs nothing).
      if (syntaxErrors.length) {
        templateTokens = unquotedTokens(text, placeholders);
        if (templateTokens.length) {
          syntaxErrors.length = 0;
          root = jsonc.parseTree(substituteTokens(text, templateTokens), syntaxErrors, PARSE_OPTIONS);
          if (root) for (const t of templateTokens) restoreToken(root, t);
        }
      }
      if (preset.length && root) {
        for (const t of preset) restoreToken(root, t);
        templateTokens = [...preset, ...templateTokens].sort((a, b) => a.offset - b.offset);
      }
    } catch (e) {
      // Brackets the pre-scan cannot pair (stray closers that jsonc-parser skips) can still nest too deep.
      if (!(e instanceof RangeError)) throw e;
      syntaxErrors.length = 0;
      templateTokens = [];
      tooDeep = true;
      root = undefined;
    }
  }
  let shape: DocumentShape = 'other';
  let task: JsonNode | undefined;
  let taskPath: JsonPath = [];
  let service: JsonNode | undefined;
  if (root?.type === 'object' && (hint === 'service' || (propertyValue(root, 'serviceName') && propertyValue(root, 'taskDefinition')?.type !== 'object' && !propertyValue(root, 'containerDefinitions')))) {
    shape = 'service';
    service = root;
  } else if (root?.type === 'object') {
    const wrapped = propertyValue(root, 'taskDefinition');
    if (wrapped?.type === 'object' && !propertyValue(root, 'containerDefinitions') && !propertyValue(root, 'serviceName')) {
      shape = 'describe';
      task = wrapped;
      taskPath = ['taskDefinition'];
    } else if (propertyValue(root, 'containerDefinitions') || (assumeTask && !propertyValue(root, 'serviceName'))) {
      // A file named like a task definition is one even before `containerDefinitions` is typed.
      shape = 'task';
      task = root;
    }
  }
  return { uri: textDocument.uri, version: textDocument.version, text, textDocument, root, syntaxErrors, shape, task, taskPath, service, tooDeep, placeholders, templateTokens };
}

/** The string node parsed in place of a token gets the token's own text as its value. */
function restoreToken(root: JsonNode, t: TemplateToken): void {
  const node = jsonc.findNodeAtOffset(root, t.offset + 1, false);
  if (node && node.type === 'string' && node.offset === t.offset && node.length === t.length) (node as { value: unknown }).value = t.text;
}

/**
 * Whether a placeholder value is one the user still has to fill in (ECS011): a value the user wrote
 * (in a container-definitions array, not a task-level value the array's virtual task definition
 * stands in for), whose placeholder is not a Terraform interpolation that `templatefile()` fills.
 */
export function placeholderLeftToFill(doc: ParsedDocument, node: JsonNode): boolean {
  const array = doc.containerArray;
  if (!array) return true;
  if (pathOf(node)[0] !== 'containerDefinitions') return false;
  if (!array.template) return true;
  if (doc.templateTokens.some((t) => t.filledBy && t.offset === node.offset && t.length === node.length)) return false;
  return typeof node.value !== 'string' || placeholderIn(withoutInterpolations(node.value)) !== undefined;
}

/** True when `node` is a placeholder token written outside quotes. */
export function isTemplateToken(doc: ParsedDocument, node: JsonNode | undefined): boolean {
  if (!node || node.type !== 'string' || !doc.templateTokens.length) return false;
  return doc.templateTokens.some((t) => t.offset === node.offset && t.length === node.length);
}

/**
 * Calls `visit` with the offset of every bracket (`{ [ } ]`) outside strings and comments, tokenised
 * as jsonc-parser does: a string also ends at a line break, and comments are skipped (a quote in a
 * comment or an unterminated string must not hide the brackets after it). `visit` returns true to stop.
 */
export function forEachBracket(text: string, visit: (offset: number, code: number) => boolean | void): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34 || d === 10 || d === 13) break;
      }
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if ((c === 123 /* { */ || c === 91 /* [ */ || c === 125 /* } */ || c === 93 /* ] */) && visit(i, c)) {
      return;
    }
  }
}

/** Cheap pre-scan: true when brackets nest deeper than `limit` (strings and comments skipped). */
export function nestingDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let exceeded = false;
  forEachBracket(text, (_, c) => {
    if (c === 123 || c === 91) return (exceeded = ++depth > limit);
    if (depth > 0) depth--;
    return false;
  });
  return exceeded;
}

/**
 * The value node of property `key` in an object node. When keys repeat, the last one: the AWS CLI's
 * JSON parser (Python's `json`) keeps the last, so that is what ECS receives.
 */
export function propertyValue(obj: JsonNode | undefined, key: string): JsonNode | undefined {
  return propertyNode(obj, key)?.children?.[1];
}

/** The property node (key + value) of `key` in an object node (the last one when keys repeat). */
export function propertyNode(obj: JsonNode | undefined, key: string): JsonNode | undefined {
  if (!obj || obj.type !== 'object' || !obj.children) return undefined;
  const c = obj.children;
  for (let i = c.length - 1; i >= 0; i--) if (c[i].children?.[0]?.value === key) return c[i];
  return undefined;
}

/** Properties of an object node as `[key, valueNode | undefined, propertyNode]`. */
export function properties(obj: JsonNode | undefined): Array<[string, JsonNode | undefined, JsonNode]> {
  if (!obj || obj.type !== 'object' || !obj.children) return [];
  const out: Array<[string, JsonNode | undefined, JsonNode]> = [];
  for (const p of obj.children) {
    const k = p.children?.[0];
    if (k && typeof k.value === 'string') out.push([k.value, p.children?.[1], p]);
  }
  return out;
}

/** Elements of an array node. */
export function elements(arr: JsonNode | undefined): JsonNode[] {
  return arr && arr.type === 'array' && arr.children ? arr.children : [];
}

export function stringValue(node: JsonNode | undefined): string | undefined {
  return node && node.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}
export function numberValue(node: JsonNode | undefined): number | undefined {
  return node && node.type === 'number' && typeof node.value === 'number' ? node.value : undefined;
}
export function booleanValue(node: JsonNode | undefined): boolean | undefined {
  return node && node.type === 'boolean' && typeof node.value === 'boolean' ? node.value : undefined;
}

/** Node at a JSON path from `from` (default: the root). */
export function nodeAtPath(from: JsonNode | undefined, path: JsonPath): JsonNode | undefined {
  return from ? jsonc.findNodeAtLocation(from, path) : undefined;
}

/** Plain JS value of a node (safe on broken trees). */
export function valueOf(node: JsonNode | undefined): unknown {
  if (!node) return undefined;
  try { return jsonc.getNodeValue(node); } catch { return undefined; }
}

export function rangeOf(doc: ParsedDocument, node: { offset: number; length: number }): Range {
  return { start: doc.textDocument.positionAt(node.offset), end: doc.textDocument.positionAt(node.offset + node.length) };
}
export function rangeAt(doc: ParsedDocument, offset: number, length: number): Range {
  return rangeOf(doc, { offset, length });
}

/** The definition object the document is about (task or service), with its kind. */
export function definitionOf(doc: ParsedDocument): { kind: 'task' | 'service'; node: JsonNode; path: JsonPath } | undefined {
  if (doc.service) return { kind: 'service', node: doc.service, path: [] };
  if (doc.task) return { kind: 'task', node: doc.task, path: doc.taskPath };
  return undefined;
}

export function pathOf(node: JsonNode): JsonPath {
  return jsonc.getNodePath(node);
}

export function offsetAt(doc: ParsedDocument, pos: Position): number {
  return doc.textDocument.offsetAt(pos);
}

/** Path relative to the task definition node, or undefined when the path is outside it. */
export function taskRelativePath(doc: ParsedDocument, path: JsonPath): JsonPath | undefined {
  if (doc.service) return path;
  if (!doc.task) return undefined;
  const tp = doc.taskPath;
  for (let i = 0; i < tp.length; i++) if (path[i] !== tp[i]) return undefined;
  return path.slice(tp.length);
}

/**
 * The documentation key of a path, in the notation of register-task-definition.fields.txt:
 * `containerDefinitions[].portMappings[].containerPort`. Map entries use `{key}` / `{}`: pass `mapPaths`
 * (the doc keys that are maps) so a segment below a map becomes `{}`.
 */
export function docKey(path: JsonPath, isMap: (key: string) => boolean = () => false): string {
  let key = '';
  for (const seg of path) {
    if (typeof seg === 'number') key += '[]';
    else if (key && isMap(key)) key += '{}';
    else key += key ? '.' + seg : seg;
  }
  return key;
}

/** Innermost node at an offset (including the end of a node); a binary search per level (model/location.ts). */
export function findNodeAtOffset(root: JsonNode, offset: number): JsonNode | undefined {
  return nodeAtOffset(root, offset, true);
}

/** The field name at the end of a doc key: `containerDefinitions[].portMappings[].containerPort` → `containerPort`. */
export function fieldName(key: string): string {
  return key.split(/[.[\]{}]+/).filter(Boolean).pop() ?? key;
}

/** The family as a safe part of a file name (`task-definition` without one), for reports. */
export function familyFileName(doc: ParsedDocument): string {
  const family = stringValue(propertyValue(doc.task, 'family'));
  const safe = (family ?? '').replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '').slice(0, 80);
  return safe || 'task-definition';
}
