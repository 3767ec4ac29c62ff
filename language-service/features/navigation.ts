/**
 * Navigation across one task definition: container and volume names are symbols, referenced from
 * `dependsOn`, `links`, `volumesFrom`, `mountPoints` and `proxyConfiguration`.
 */
import type { Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { elements, offsetAt, propertyValue, rangeAt, type JsonNode, type ParsedDocument } from '../model/document';
import { taskFacts } from '../model/task-facts';
import { serviceFacts } from '../model/service-facts';
import { numberValue, stringValue, rangeOf } from '../model/document';
import type { WorkspaceView } from '../rules/rule';

export type SymbolKind = 'container' | 'volume';

export interface NameSpan {
  kind: SymbolKind;
  name: string;
  /** Offset and length of the name inside the document (without quotes; for `links` only the name before `:`). */
  offset: number;
  length: number;
  isDefinition: boolean;
}

const NAME_RE = /^[A-Za-z0-9_-]+$/;

function span(kind: SymbolKind, node: JsonNode | undefined, isDefinition: boolean, linkForm = false): NameSpan | undefined {
  if (!node || node.type !== 'string' || typeof node.value !== 'string') return undefined;
  let name = node.value;
  if (linkForm) name = name.split(':')[0];
  if (!name || !NAME_RE.test(name)) return undefined;
  // Names are plain identifiers: the raw text between the quotes is the name itself.
  return { kind, name, offset: node.offset + 1, length: name.length, isDefinition };
}

/** Every definition and reference of a container or volume name in the document. */
export function nameSpans(doc: ParsedDocument): NameSpan[] {
  const facts = taskFacts(doc);
  if (!facts) return [];
  const out: NameSpan[] = [];
  const push = (s: NameSpan | undefined): void => { if (s) out.push(s); };
  for (const c of facts.containers) {
    push(span('container', c.nameNode, true));
    for (const d of elements(c.get('dependsOn'))) push(span('container', propertyValue(d, 'containerName'), false));
    for (const l of elements(c.get('links'))) push(span('container', l, false, true));
    for (const v of elements(c.get('volumesFrom'))) push(span('container', propertyValue(v, 'sourceContainer'), false));
    for (const m of elements(c.get('mountPoints'))) push(span('volume', propertyValue(m, 'sourceVolume'), false));
  }
  push(span('container', propertyValue(facts.get('proxyConfiguration'), 'containerName'), false));
  for (const v of facts.volumes) push(span('volume', v.nameNode, true));
  return out;
}

export function nameAt(doc: ParsedDocument, position: Position): NameSpan | undefined {
  const offset = offsetAt(doc, position);
  return nameSpans(doc).find((s) => offset >= s.offset && offset <= s.offset + s.length);
}

function loc(doc: ParsedDocument, s: NameSpan): Location {
  return { uri: doc.uri, range: rangeAt(doc, s.offset, s.length) };
}

/** From a service's `loadBalancers[].containerName` / `containerPort` into the task definition. */
function serviceDefinition(doc: ParsedDocument, position: Position, workspace: WorkspaceView | undefined): Location[] {
  const s = serviceFacts(doc);
  const taskDoc = s && workspace?.taskDefinitionFor(doc);
  const task = taskDoc && taskFacts(taskDoc);
  if (!s || !taskDoc || !task) return [];
  const offset = offsetAt(doc, position);
  const inside = (n: JsonNode | undefined): boolean => !!n && offset >= n.offset && offset <= n.offset + n.length;
  for (const lb of s.loadBalancers) {
    const container = task.containers.find((c) => c.name === stringValue(lb.containerName));
    if (inside(lb.containerName) && container?.nameNode) return [{ uri: taskDoc.uri, range: rangeOf(taskDoc, container.nameNode) }];
    if (inside(lb.containerPort) && container) {
      const port = numberValue(lb.containerPort);
      const pm = elements(container.get('portMappings')).find((p) => numberValue(propertyValue(p, 'containerPort')) === port);
      const target = pm ? propertyValue(pm, 'containerPort') : container.nameNode;
      if (target) return [{ uri: taskDoc.uri, range: rangeOf(taskDoc, target) }];
    }
  }
  return [];
}

export function definition(doc: ParsedDocument, position: Position, workspace?: WorkspaceView): Location[] {
  if (doc.service) return serviceDefinition(doc, position, workspace);
  const at = nameAt(doc, position);
  if (!at) return [];
  return nameSpans(doc).filter((s) => s.isDefinition && s.kind === at.kind && s.name === at.name).map((s) => loc(doc, s));
}

export function references(doc: ParsedDocument, position: Position, includeDeclaration: boolean): Location[] {
  const at = nameAt(doc, position);
  if (!at) return [];
  return nameSpans(doc).filter((s) => s.kind === at.kind && s.name === at.name && (includeDeclaration || !s.isDefinition)).map((s) => loc(doc, s));
}

export function prepareRename(doc: ParsedDocument, position: Position): { range: Range; placeholder: string } | undefined {
  const at = nameAt(doc, position);
  return at ? { range: rangeAt(doc, at.offset, at.length), placeholder: at.name } : undefined;
}

export class RenameError extends Error {}

/** Renames a container or volume everywhere it is used. */
export function rename(doc: ParsedDocument, position: Position, newName: string): WorkspaceEdit | undefined {
  const at = nameAt(doc, position);
  if (!at) return undefined;
  if (!NAME_RE.test(newName) || newName.length > 255) throw new RenameError(`"${newName}": only letters, digits, _ and - / chỉ gồm chữ cái, chữ số, _ và -`);
  const edits: TextEdit[] = nameSpans(doc)
    .filter((s) => s.kind === at.kind && s.name === at.name)
    .map((s) => ({ range: rangeAt(doc, s.offset, s.length), newText: newName }));
  return { changes: { [doc.uri]: edits } };
}
