/**
 * All field documentation, Vietnamese and English side by side.
 * - task-level fields (executionRoleArn, taskRoleArn, cpu, memory, volumes, ...): task-definition.ts
 * - container fields A–L (name, image, portMappings, environment, mountPoints, linuxParameters, ...): container-definition-a.ts
 * - container fields M–Z (secrets, dependsOn, logConfiguration, healthCheck, ...): container-definition-b.ts
 */
import type { Bilingual, EnumDocTable, FieldDoc, FieldDocTable } from './types';
import { taskEnumDocs, taskFieldDocs } from './task-definition';
import { containerEnumDocsA, containerFieldDocsA } from './container-definition-a';
import { containerEnumDocsB, containerFieldDocsB } from './container-definition-b';

export type { Bilingual, EnumDocTable, FieldDoc, FieldDocTable, LaunchType } from './types';

const fieldDocs: FieldDocTable = { ...taskFieldDocs, ...containerFieldDocsA, ...containerFieldDocsB };
const enumDocs: EnumDocTable = { ...taskEnumDocs, ...containerEnumDocsA, ...containerEnumDocsB };

export function allFieldDocs(): FieldDocTable {
  return fieldDocs;
}
export function allEnumDocs(): EnumDocTable {
  return enumDocs;
}
export function fieldDoc(key: string): FieldDoc | undefined {
  return Object.prototype.hasOwnProperty.call(fieldDocs, key) ? fieldDocs[key] : undefined;
}
export function enumDoc(key: string, value: string): Bilingual | undefined {
  const t = Object.prototype.hasOwnProperty.call(enumDocs, key) ? enumDocs[key] : undefined;
  return t && Object.prototype.hasOwnProperty.call(t, value) ? t[value] : undefined;
}
