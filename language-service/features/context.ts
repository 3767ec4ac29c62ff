import type { Position } from 'vscode-languageserver-types';
import { locationAt, offsetAt, taskRelativePath, type JsonNode, type JsonPath, type ParsedDocument } from '../model/document';
import { schemaAt, type SchemaNode } from '../schema';

/** Doc keys of map-typed fields: a segment below one is a map entry (`{}`), not a property. */
export function isMapKey(schemaRoot: SchemaNode) {
  return (key: string): boolean => {
    const s = schemaAt(keyToPath(key), schemaRoot);
    return !!s && !s.properties && !!s.additionalProperties && typeof s.additionalProperties === 'object';
  };
}

/** `containerDefinitions[].portMappings` → `['containerDefinitions', 0, 'portMappings']` (for schema lookups). */
export function keyToPath(key: string): JsonPath {
  const out: JsonPath = [];
  for (const part of key.split('.')) {
    const m = /^([^[{]*)((?:\[\]|\{\}|\{key\})*)$/.exec(part);
    if (!m) { out.push(part); continue; }
    if (m[1]) out.push(m[1]);
    for (const s of m[2].match(/\[\]|\{\}|\{key\}/g) ?? []) out.push(s === '[]' ? 0 : '*');
  }
  return out;
}

export interface CursorContext {
  offset: number;
  node: JsonNode | undefined;
  /** Path from the document root. */
  path: JsonPath;
  /** Path relative to the task definition (undefined outside it). */
  taskPath: JsonPath | undefined;
  isKey: boolean;
  parentObject: JsonNode | undefined;
}

export function cursorContext(doc: ParsedDocument, position: Position): CursorContext {
  const offset = offsetAt(doc, position);
  const loc = locationAt(doc, offset);
  return { offset, node: loc.node, path: loc.path, taskPath: taskRelativePath(doc, loc.path), isKey: loc.isKey, parentObject: loc.parentObject };
}
