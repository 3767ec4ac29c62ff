/**
 * All field documentation, Vietnamese and English side by side.
 * - task-level fields (executionRoleArn, taskRoleArn, cpu, memory, volumes, ...): task-definition.ts
 * - container fields A–L (name, image, portMappings, environment, mountPoints, linuxParameters, ...): container-definition-a.ts
 * - container fields M–Z (secrets, dependsOn, logConfiguration, healthCheck, ...): container-definition-b.ts
 * - service definition fields (create-service input: loadBalancers, networkConfiguration, ...): service-definition.ts
 */
import type { Bilingual, EnumDocTable, FieldDoc, FieldDocTable } from './types';
import { taskEnumDocs, taskFieldDocs } from './task-definition';
import { containerEnumDocsA, containerFieldDocsA } from './container-definition-a';
import { containerEnumDocsB, containerFieldDocsB } from './container-definition-b';
import { serviceEnumDocs, serviceFieldDocs } from './service-definition';

export type { Bilingual, EnumDocTable, FieldDoc, FieldDocTable, LaunchType } from './types';

const fieldDocs: FieldDocTable = { ...taskFieldDocs, ...containerFieldDocsA, ...containerFieldDocsB };
const enumDocs: EnumDocTable = { ...taskEnumDocs, ...containerEnumDocsA, ...containerEnumDocsB };

/** Which definition a document holds: a task definition or a service definition. */
export type DefinitionKind = 'task' | 'service';

const tables: Record<DefinitionKind, { fields: FieldDocTable; enums: EnumDocTable }> = {
  task: { fields: fieldDocs, enums: enumDocs },
  service: { fields: serviceFieldDocs, enums: serviceEnumDocs },
};

export function allFieldDocs(kind: DefinitionKind = 'task'): FieldDocTable {
  return tables[kind].fields;
}
export function allEnumDocs(kind: DefinitionKind = 'task'): EnumDocTable {
  return tables[kind].enums;
}
export function fieldDoc(key: string, kind: DefinitionKind = 'task'): FieldDoc | undefined {
  const t = tables[kind].fields;
  return Object.prototype.hasOwnProperty.call(t, key) ? t[key] : undefined;
}
export function enumDoc(key: string, value: string, kind: DefinitionKind = 'task'): Bilingual | undefined {
  const all = tables[kind].enums;
  const t = Object.prototype.hasOwnProperty.call(all, key) ? all[key] : undefined;
  return t && Object.prototype.hasOwnProperty.call(t, value) ? t[value] : undefined;
}
