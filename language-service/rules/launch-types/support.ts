/**
 * Small helpers shared by the launch-type, IAM and networking rules. Every helper tolerates broken
 * trees: missing nodes, wrong types and `null` simply yield `undefined` / `false`.
 */
import { syntaxDamage } from '../../model/damage';
import type { TextEdit } from 'vscode-languageserver-types';
import { remove } from '../../edits/json-edits';
import { elements, propertyNode, propertyValue, stringValue, type JsonNode, type JsonPath, type ParsedDocument } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import type { ContainerFacts, TaskFacts, VolumeFacts } from '../../model/task-facts';
import type { FixContext } from '../rule';

export const NETWORK_MODES = ['awsvpc', 'bridge', 'host', 'none'] as const;
export type NetworkMode = (typeof NETWORK_MODES)[number];

/** The key node of property `key` in an object node. */
export function keyNode(obj: JsonNode | undefined, key: string): JsonNode | undefined {
  // propertyNode only returns a property whose first child is the key `key` (a string node).
  return propertyNode(obj, key)?.children![0];
}

/** True for an array node with at least one element. */
export function nonEmptyArray(node: JsonNode | undefined): boolean {
  return elements(node).length > 0;
}

/** How a container is named in messages: its name, or its position (`#2`) when it has none. */
export function containerLabel(c: ContainerFacts): string {
  const name = c.name?.trim();
  if (name && !isPlaceholder(name)) return name.length > 60 ? name.slice(0, 57) + '...' : name;
  return name ? name.slice(0, 60) : `#${c.index + 1}`;
}

/** How a volume is named in messages: its name, or its position (`#2`) when it has none. */
export function volumeLabel(v: VolumeFacts): string {
  const name = v.name?.trim();
  return name ? short(name, 60) : `#${v.index + 1}`;
}

/** Where a property is underlined when the container itself is the subject: its `name`, or its first character. */
export function containerAnchor(c: ContainerFacts): { offset: number; length: number } {
  if (c.nameNode) return c.nameNode;
  return { offset: c.node.offset, length: 1 };
}

/**
 * The network mode the tasks will really use, or undefined when it cannot be known (placeholder,
 * invalid value, Managed Instances without a mode). An absent mode means `bridge` on EC2 Linux; on a
 * Fargate task it is reported by ECS101 and treated as `awsvpc` here so the port rules already apply.
 */
export function effectiveNetworkMode(f: TaskFacts): NetworkMode | undefined {
  if (f.networkModeNode) return NETWORK_MODES.find((m) => m === f.networkMode);
  if (f.fargate) return 'awsvpc';
  // `bridge` is the EC2 default; with an unknown launch type (a placeholder) the mode is unknown too.
  // After a real syntax error the mode may be declared in the part the parser could not read.
  if (f.managedInstances || f.launchTypeUnknown || syntaxDamage(f.doc).taskLevel) return undefined;
  if (f.windows) return undefined;
  return 'bridge';
}

/** The first of `keys` that exists on the task object (to insert a new property right after it). */
export function firstExistingKey(task: JsonNode | undefined, keys: readonly string[]): string | undefined {
  return keys.find((k) => propertyNode(task, k));
}

/** The `FARGATE` element of `requiresCompatibilities`, to underline Fargate-wide problems. */
export function fargateElement(f: TaskFacts): JsonNode | undefined {
  return elements(f.get('requiresCompatibilities')).find((e) => stringValue(e) === 'FARGATE');
}

/**
 * A sub-range of a string node covering characters `start..start+length` of its value (callers take
 * them from the value itself, so they lie inside it). The whole node when the part is empty, or when
 * the raw text has escapes (value offsets are then not text offsets).
 */
export function subRange(doc: ParsedDocument, node: JsonNode, start: number, length: number): { offset: number; length: number } {
  const raw = doc.text.slice(node.offset + 1, node.offset + node.length - 1);
  return length > 0 && raw === node.value ? { offset: node.offset + 1 + start, length } : node;
}

/** Fix edits that remove the property or element at `data.path`, when it is still there (`remove` gives none otherwise). */
export function removeAtPath(ctx: FixContext): TextEdit[] | undefined {
  const path = ctx.data.path as JsonPath | undefined;
  return Array.isArray(path) ? remove(ctx.doc, path, ctx.indent) : undefined;
}

/** `logConfiguration.logDriver` of a container, as a node. */
export function logDriverNode(c: ContainerFacts): JsonNode | undefined {
  return propertyValue(c.get('logConfiguration'), 'logDriver');
}

/** Shortens a value for a message (values are never secrets here: ARNs, names, modes). */
export function short(value: string, max = 80): string {
  return value.length > max ? value.slice(0, max - 3) + '...' : value;
}
