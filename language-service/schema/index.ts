import taskSchemaJson from '../../schemas/task-definition.schema.json';
import type { SchemaNode } from './schema-types';
import { type JsonPath } from '../model/document';

export const taskSchema = taskSchemaJson as unknown as SchemaNode;
let serviceSchemaNode: SchemaNode | undefined;
/** The service definition schema, loaded on first use (a task definition never needs it). */
export function serviceSchema(): SchemaNode {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (serviceSchemaNode ??= require('../../schemas/service-definition.schema.json') as SchemaNode);
}

export function schemaFor(kind: 'task' | 'service'): SchemaNode {
  return kind === 'service' ? serviceSchema() : taskSchema;
}

/** The schema node at a path relative to the task definition (array indexes step into `items`, map keys into `additionalProperties`). */
export function schemaAt(path: JsonPath, root: SchemaNode = taskSchema): SchemaNode | undefined {
  let s: SchemaNode | undefined = root;
  for (const seg of path) {
    if (!s) return undefined;
    if (typeof seg === 'number') s = s.items;
    else if (s.properties && Object.prototype.hasOwnProperty.call(s.properties, seg)) s = s.properties[seg];
    else if (s.additionalProperties && typeof s.additionalProperties === 'object') s = s.additionalProperties;
    else return undefined;
  }
  return s;
}

export type { SchemaNode };
