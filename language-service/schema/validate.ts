import type { JsonNode } from '../model/document';
import { currentPlaceholders, isPlaceholder } from '../model/placeholders';
import type { JsonType, SchemaNode } from './schema-types';
import { closest } from '../model/strings';

export type SchemaIssue =
  | { kind: 'unknown-property'; node: JsonNode; name: string; suggestion?: string; docKey: string }
  | { kind: 'read-only'; node: JsonNode; name: string }
  | { kind: 'type'; node: JsonNode; expected: JsonType[]; actual: JsonType; docKey: string }
  | { kind: 'required'; node: JsonNode; object: JsonNode; name: string; docKey: string }
  | { kind: 'enum'; node: JsonNode; value: string; allowed: string[]; suggestion?: string; docKey: string }
  | { kind: 'range'; node: JsonNode; what: 'number' | 'items' | 'length'; actual: number; min?: number; max?: number; docKey: string }
  | { kind: 'pattern'; node: JsonNode; docKey: string; sensitive: boolean }
  | { kind: 'null'; node: JsonNode; docKey: string }
  | { kind: 'placeholder'; node: JsonNode; docKey: string };

/** Fields of describe-task-definition output that register-task-definition rejects. */
export const READ_ONLY_TASK_FIELDS = ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities', 'registeredAt', 'registeredBy', 'deregisteredAt'];

/** String fields whose format other rules check (ARNs, images): a placeholder there gets the "fill in" hint. */
const FORMAT_CHECKED = new Set(['taskRoleArn', 'executionRoleArn', 'containerDefinitions[].image', 'containerDefinitions[].secrets[].valueFrom', 'containerDefinitions[].logConfiguration.secretOptions[].valueFrom', 'containerDefinitions[].repositoryCredentials.credentialsParameter', 'containerDefinitions[].environmentFiles[].value']);

const regexCache = new Map<string, RegExp | null>();
function compile(pattern: string): RegExp | null {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    try { re = new RegExp(pattern, 'u'); } catch { re = null; }
    regexCache.set(pattern, re);
  }
  return re;
}

function typeOf(node: JsonNode): JsonType {
  switch (node.type) {
    case 'number': return Number.isInteger(node.value) ? 'integer' : 'number';
    case 'string': return 'string';
    case 'boolean': return 'boolean';
    case 'object': return 'object';
    case 'array': return 'array';
    default: return 'null';
  }
}

const NO_PROPERTIES: Record<string, SchemaNode> = {};
const NO_TYPES: JsonType[] = [];
const typesCache = new WeakMap<SchemaNode, JsonType[]>();

/** The schema node's `type` as a list, computed once per schema node (not once per document node). */
function expectedTypes(s: SchemaNode): JsonType[] {
  if (s.type === undefined) return NO_TYPES;
  if (Array.isArray(s.type)) return s.type;
  let t = typesCache.get(s);
  if (!t) typesCache.set(s, (t = [s.type]));
  return t;
}

const placeholderCache = new WeakMap<SchemaNode, boolean>();

/**
 * Whether a placeholder changes anything for a string under `s`: it skips the type, enum, length and
 * pattern checks and may be reported. Where `s` has none of them (most strings: environment values,
 * log options...), the placeholder patterns need not run at all: the result is the same.
 */
function placeholderMatters(s: SchemaNode, expected: JsonType[], docKey: string): boolean {
  let m = placeholderCache.get(s);
  if (m === undefined) {
    m = !!s.enum || !!s.pattern || s.minLength !== undefined || s.maxLength !== undefined || FORMAT_CHECKED.has(docKey) || expected.some((t) => t !== 'string');
    placeholderCache.set(s, m);
  }
  return m;
}

/** Length in code points (what `minLength`/`maxLength` count), without building an array. */
function codePoints(v: string): number {
  let n = v.length;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
      const d = v.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

function typeMatches(actual: JsonType, expected: JsonType[]): boolean {
  return expected.includes(actual) || (actual === 'integer' && expected.includes('number'));
}

/**
 * Validates a parse tree against a generated schema. `readOnlyAtRoot` lists fields that are
 * reported as read-only (pasted describe output) instead of unknown at the root object.
 */
export function validateAgainstSchema(root: JsonNode, schema: SchemaNode, readOnlyAtRoot: readonly string[] = []): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const walk = (node: JsonNode, s: SchemaNode, isRoot: boolean): void => {
    const docKey = s['x-doc-key'] ?? '';
    if (node.type === 'null') {
      issues.push({ kind: 'null', node, docKey });
      return;
    }
    const expected = expectedTypes(s);
    const actual = typeOf(node);
    if (actual === 'string' && s.enum?.includes(node.value as string)) return;
    if (actual === 'string' && placeholderMatters(s, expected, docKey) && (s.enum ? currentPlaceholders().testForEnum(node.value as string, s.enum) : isPlaceholder(node.value as string))) {
      if (expected.some((t) => t !== 'string') || s.enum || s.pattern || FORMAT_CHECKED.has(docKey)) issues.push({ kind: 'placeholder', node, docKey });
      return;
    }
    if (expected.length && !typeMatches(actual, expected)) {
      issues.push({ kind: 'type', node, expected, actual, docKey });
      return;
    }
    switch (node.type) {
      case 'object': {
        const props = s.properties ?? NO_PROPERTIES;
        const seen = s.required?.length ? new Set<string>() : undefined;
        for (const prop of node.children ?? []) {
          const keyNode = prop.children?.[0];
          const valueNode = prop.children?.[1];
          if (!keyNode || typeof keyNode.value !== 'string') continue;
          const name = keyNode.value;
          seen?.add(name);
          const ps = Object.prototype.hasOwnProperty.call(props, name) ? props[name] : undefined;
          if (ps) {
            if (valueNode) walk(valueNode, ps, false);
          } else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
            if (valueNode) walk(valueNode, s.additionalProperties, false);
          } else if (s.additionalProperties === false) {
            if (isRoot && readOnlyAtRoot.includes(name)) issues.push({ kind: 'read-only', node: keyNode, name });
            else issues.push({ kind: 'unknown-property', node: keyNode, name, suggestion: closest(name, Object.keys(props)), docKey: docKey ? `${docKey}.${name}` : name });
          }
        }
        if (seen) for (const req of s.required!) {
          if (!seen.has(req)) issues.push({ kind: 'required', node: requiredAnchor(node), object: node, name: req, docKey: docKey ? `${docKey}.${req}` : req });
        }
        break;
      }
      case 'array': {
        const items = node.children ?? [];
        if (s.minItems !== undefined && items.length < s.minItems) issues.push({ kind: 'range', node: anchorOf(node), what: 'items', actual: items.length, min: s.minItems, max: s.maxItems, docKey });
        if (s.maxItems !== undefined && items.length > s.maxItems) issues.push({ kind: 'range', node: anchorOf(node), what: 'items', actual: items.length, min: s.minItems, max: s.maxItems, docKey });
        if (s.items) for (const item of items) walk(item, s.items, false);
        break;
      }
      case 'string': {
        const v = node.value as string;
        if (s.enum) {
          if (!s.enum.includes(v)) {
            const allowed = s.enum.map(String);
            issues.push({ kind: 'enum', node, value: v, allowed, suggestion: closest(v, allowed, true), docKey });
          }
          break;
        }
        const len = s.minLength !== undefined || s.maxLength !== undefined ? codePoints(v) : 0;
        if ((s.minLength !== undefined && len < s.minLength) || (s.maxLength !== undefined && len > s.maxLength)) {
          issues.push({ kind: 'range', node, what: 'length', actual: len, min: s.minLength, max: s.maxLength, docKey });
        } else if (s.pattern) {
          const re = compile(s.pattern);
          if (re && !matchesWhole(re, v)) issues.push({ kind: 'pattern', node, docKey, sensitive: !!s['x-sensitive'] });
        }
        break;
      }
      case 'number': {
        const v = node.value as number;
        if ((s.minimum !== undefined && v < s.minimum) || (s.maximum !== undefined && v > s.maximum)) {
          issues.push({ kind: 'range', node, what: 'number', actual: v, min: s.minimum, max: s.maximum, docKey });
        }
        if (s.enum && !s.enum.includes(v)) issues.push({ kind: 'enum', node, value: String(v), allowed: s.enum.map(String), docKey });
        break;
      }
      default:
        break;
    }
  };
  walk(root, schema, true);
  return issues;
}

/** The model's patterns are unanchored (`([\p{L}...]*)`): they must match the whole value. */
function matchesWhole(re: RegExp, v: string): boolean {
  const m = re.exec(v);
  return !!m && m.index === 0 && m[0].length === v.length;
}

/** Where to underline a problem with a whole object or array: its property key when it has one, else its opening bracket. */
export function anchorOf(node: JsonNode): JsonNode {
  const parent = node.parent;
  if (parent?.type === 'property' && parent.children?.[0]) return parent.children[0];
  return { ...node, length: 1, children: undefined } as JsonNode;
}

function requiredAnchor(obj: JsonNode): JsonNode {
  return anchorOf(obj);
}
