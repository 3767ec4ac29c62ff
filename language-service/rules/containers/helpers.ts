/**
 * Small helpers shared by the storage, containers and security rules: reading values safely from a
 * possibly broken tree, choosing what to underline, and the fix steps several rules use (replace a
 * string that still holds the value the diagnostic saw, remove a node).
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { remove, replaceNode } from '../../edits/json-edits';
import { nodeAtPath, pathOf, stringValue, type JsonNode, type JsonPath } from '../../model/document';
import { isTemplateName, type ContainerFacts, type TaskFacts } from '../../model/task-facts';

export { isTemplateName };
import type { FixContext } from '../rule';

export const DG = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide';
export const API = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference';
export const TDP = `${DG}/task_definition_parameters.html`;

export type Span = { offset: number; length: number };

/** A name (non-empty string) that is not a template: references to templated or empty names are never judged. */
export function literal(node: JsonNode | undefined): string | undefined {
  const s = stringValue(node);
  return s && !isTemplateName(s) ? s : undefined;
}

/**
 * The key node of the property whose value is `value`. Every caller passes a value found by
 * `propertyValue`, whose parent is its property node (key, value): jsonc-parser builds every tree.
 */
export function keyOfValue(value: JsonNode): JsonNode {
  return value.parent!.children![0];
}

/** Where to underline a container as a whole: its `name` value, else its opening brace. */
export function containerAnchor(c: ContainerFacts): Span {
  return c.nameNode && c.nameNode.type === 'string' ? c.nameNode : { offset: c.node.offset, length: 1 };
}

/**
 * The container names, and whether the list may hold more than is written (a templated name, a
 * placeholder item, a syntax error: then references cannot be judged). `containersOpen` already says
 * so for a templated name (model/task-facts.ts), so `names` only matters when none is templated.
 */
export function containerNames(f: TaskFacts): { names: string[]; templated: boolean } {
  return { names: f.containers.map((c) => c.name).filter((n): n is string => n !== undefined), templated: f.containersOpen };
}

export function isPath(v: unknown): v is JsonPath {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' || typeof s === 'number');
}

/** The node at `ctx.data[key]` in the current document. */
export function nodeFromData(ctx: FixContext, key = 'path'): JsonNode | undefined {
  const path = ctx.data[key];
  return isPath(path) ? nodeAtPath(ctx.doc.root, path) : undefined;
}

/** Fix step: replace the string at `data.path` by `data.to`, if it still holds `data.from`. */
export function replaceStringEdits(ctx: FixContext): TextEdit[] | undefined {
  const node = nodeFromData(ctx);
  const { from, to } = ctx.data;
  if (typeof from !== 'string' || typeof to !== 'string' || stringValue(node) !== from) return undefined;
  return replaceNode(ctx.doc, node!, JSON.stringify(to));
}

/** Fix step: remove the property or array element at `data[key]`. */
export function removeEdits(ctx: FixContext, key = 'removePath'): TextEdit[] | undefined {
  const path = ctx.data[key];
  if (!isPath(path) || !path.length || !nodeAtPath(ctx.doc.root, path)) return undefined;
  return remove(ctx.doc, path, ctx.indent);
}

/** Path of a node, for `Finding.data`. */
export function pathData(node: JsonNode): JsonPath {
  return pathOf(node);
}

/** String arg from data, for titles. */
export function str(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}
