/**
 * All field documentation, Vietnamese and English side by side.
 * - task-level fields (executionRoleArn, taskRoleArn, cpu, memory, volumes, ...): task-definition.ts
 * - container fields A–L (name, image, portMappings, environment, mountPoints, linuxParameters, ...): container-definition-a.ts
 * - container fields M–Z (secrets, dependsOn, logConfiguration, healthCheck, ...): container-definition-b.ts
 * - service definition fields (create-service input: loadBalancers, networkConfiguration, ...): service-definition.ts
 *
 * The four files are loaded lazily, each on the first lookup that needs it: they are most of the
 * server's code by size, and a hover on `cpu` only needs the task-level file. The bundles keep them
 * as separate files (`dist/field-docs/*.js`, see scripts/build.mjs), so starting the server or the
 * CLI neither reads nor compiles them.
 */
import type { Bilingual, EnumDocTable, FieldDoc, FieldDocTable } from './types';

export type { Bilingual, EnumDocTable, FieldDoc, FieldDocTable, LaunchType } from './types';

/** Which definition a document holds: a task definition or a service definition. */
export type DefinitionKind = 'task' | 'service';

type Section = 'task' | 'containerA' | 'containerB' | 'service';
interface Tables { fields: FieldDocTable; enums: EnumDocTable }

/* eslint-disable @typescript-eslint/no-require-imports -- lazy loading: each file is required on first use */
const loaders: Record<Section, () => Tables> = {
  task: () => {
    const m = require('./task-definition') as typeof import('./task-definition');
    return { fields: m.taskFieldDocs, enums: m.taskEnumDocs };
  },
  containerA: () => {
    const m = require('./container-definition-a') as typeof import('./container-definition-a');
    return { fields: m.containerFieldDocsA, enums: m.containerEnumDocsA };
  },
  containerB: () => {
    const m = require('./container-definition-b') as typeof import('./container-definition-b');
    return { fields: m.containerFieldDocsB, enums: m.containerEnumDocsB };
  },
  service: () => {
    const m = require('./service-definition') as typeof import('./service-definition');
    return { fields: m.serviceFieldDocs, enums: m.serviceEnumDocs };
  },
};
/* eslint-enable @typescript-eslint/no-require-imports */

const loaded: Partial<Record<Section, Tables>> = {};
function section(s: Section): Tables {
  return (loaded[s] ??= loaders[s]());
}

/**
 * The container fields documented in container-definition-a.ts, by their first segment after
 * `containerDefinitions[].` (`''` is the container itself); every other container field is in
 * container-definition-b.ts. test/unit/field-docs.test.ts checks that this matches the files.
 */
export const CONTAINER_FIELDS_IN_A: ReadonlySet<string> = new Set([
  '', 'name', 'image', 'repositoryCredentials', 'cpu', 'memory', 'memoryReservation', 'links', 'portMappings', 'essential',
  'restartPolicy', 'entryPoint', 'command', 'environment', 'environmentFiles', 'mountPoints', 'volumesFrom', 'linuxParameters',
]);

/** The file that documents `key`. */
export function sectionOf(key: string, kind: DefinitionKind): Section {
  if (kind === 'service') return 'service';
  const m = /^containerDefinitions\[\](?:\.([^.[{]*))?/.exec(key);
  if (!m) return 'task';
  return CONTAINER_FIELDS_IN_A.has(m[1] ?? '') ? 'containerA' : 'containerB';
}

/** Every field doc of a kind (loads all of that kind's files). */
export function allFieldDocs(kind: DefinitionKind = 'task'): FieldDocTable {
  if (kind === 'service') return section('service').fields;
  return { ...section('task').fields, ...section('containerA').fields, ...section('containerB').fields };
}
export function allEnumDocs(kind: DefinitionKind = 'task'): EnumDocTable {
  if (kind === 'service') return section('service').enums;
  return { ...section('task').enums, ...section('containerA').enums, ...section('containerB').enums };
}
export function fieldDoc(key: string, kind: DefinitionKind = 'task'): FieldDoc | undefined {
  const t = section(sectionOf(key, kind)).fields;
  return Object.prototype.hasOwnProperty.call(t, key) ? t[key] : undefined;
}
export function enumDoc(key: string, value: string, kind: DefinitionKind = 'task'): Bilingual | undefined {
  const all = section(sectionOf(key, kind)).enums;
  const t = Object.prototype.hasOwnProperty.call(all, key) ? all[key] : undefined;
  return t && Object.prototype.hasOwnProperty.call(t, value) ? t[value] : undefined;
}

/** Which files have been loaded so far (for tests of the lazy loading). */
export function loadedSections(): Section[] {
  return (Object.keys(loaded) as Section[]).filter((s) => loaded[s]);
}
