import type { JsonPath } from '../model/document';
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
