/**
 * Generates `schemas/task-definition.schema.json` from the ECS API model
 * (`../shared/reference/ecs-2014-11-13.service-2.json`) and our bilingual field docs.
 *
 *   npm run generate -- [path/to/service-2.json]
 *
 * Structure, types, enums, required members, lengths and the model's patterns come from the model;
 * ranges the model leaves out but the ECS docs state (health check timings, ephemeral storage, ...)
 * come from EXTRA below; the English descriptions come from `language-service/field-docs`.
 * The model's own documentation strings are never copied.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { SchemaNode } from '../language-service/schema/schema-types';
import { allFieldDocs, type DefinitionKind } from '../language-service/field-docs';

interface ModelShape {
  type: string;
  members?: Record<string, { shape: string }>;
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  required?: string[];
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  sensitive?: boolean;
}

/** Documented constraints the model does not carry, keyed by doc key. */
const EXTRA: Record<string, Partial<SchemaNode>> = {
  family: { pattern: '^[a-zA-Z0-9_-]{1,255}$' },
  cpu: { type: ['string', 'integer'], pattern: '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)\\s*([vV][cC][pP][uU][sS]?)?\\s*$' },
  memory: { type: ['string', 'integer'], pattern: '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)\\s*([gGmM][iI]?[bB])?\\s*$' },
  containerDefinitions: { minItems: 1, maxItems: 10 },
  'containerDefinitions[].name': { pattern: '^[a-zA-Z0-9_-]{1,255}$' },
  'containerDefinitions[].cpu': { minimum: 0 },
  'containerDefinitions[].memory': { minimum: 1 },
  'containerDefinitions[].memoryReservation': { minimum: 1 },
  'containerDefinitions[].portMappings[].containerPort': { minimum: 1, maximum: 65535 },
  'containerDefinitions[].portMappings[].hostPort': { minimum: 0, maximum: 65535 },
  'containerDefinitions[].portMappings[].name': { pattern: '^[a-z0-9][a-z0-9_-]{0,63}$' },
  'containerDefinitions[].portMappings[].containerPortRange': { pattern: '^\\s*\\d{1,5}\\s*-\\s*\\d{1,5}\\s*$' },
  'containerDefinitions[].healthCheck.command': { minItems: 1 },
  'containerDefinitions[].healthCheck.interval': { minimum: 5, maximum: 300 },
  'containerDefinitions[].healthCheck.timeout': { minimum: 2, maximum: 60 },
  'containerDefinitions[].healthCheck.retries': { minimum: 1, maximum: 10 },
  'containerDefinitions[].healthCheck.startPeriod': { minimum: 0, maximum: 300 },
  'containerDefinitions[].restartPolicy.ignoredExitCodes': { maxItems: 50 },
  'containerDefinitions[].restartPolicy.restartAttemptPeriod': { minimum: 60, maximum: 1800 },
  'containerDefinitions[].startTimeout': { minimum: 2, maximum: 600 },
  'containerDefinitions[].stopTimeout': { minimum: 2, maximum: 120 },
  // -1 means unlimited (AWS's own FireLens examples set nofile/memlock to -1).
  'containerDefinitions[].ulimits[].softLimit': { minimum: -1 },
  'containerDefinitions[].ulimits[].hardLimit': { minimum: -1 },
  'containerDefinitions[].linuxParameters.swappiness': { minimum: 0, maximum: 100 },
  'containerDefinitions[].linuxParameters.maxSwap': { minimum: 0 },
  'ephemeralStorage.sizeInGiB': { minimum: 21, maximum: 200 },
  'volumes[].efsVolumeConfiguration.transitEncryptionPort': { minimum: 1, maximum: 65535 },
  'volumes[].s3filesVolumeConfiguration.transitEncryptionPort': { minimum: 1, maximum: 65535 },
  'volumes[].efsVolumeConfiguration.fileSystemId': { pattern: '^fs-[0-9a-f]{8,40}$' },
  'volumes[].name': { pattern: '^[a-zA-Z0-9_-]{1,255}$' },
};

/** Documented constraints of the service definition the model does not carry. */
const EXTRA_SERVICE: Record<string, Partial<SchemaNode>> = {
  serviceName: { pattern: '^[a-zA-Z0-9_-]{1,255}$' },
  'loadBalancers[].containerPort': { minimum: 1, maximum: 65535 },
  'deploymentConfiguration.maximumPercent': { minimum: 0 },
  'deploymentConfiguration.minimumHealthyPercent': { minimum: 0, maximum: 100 },
  desiredCount: { minimum: 0 },
  healthCheckGracePeriodSeconds: { minimum: 0, maximum: 2147483647 },
  'networkConfiguration.awsvpcConfiguration.subnets': { maxItems: 16 },
  'networkConfiguration.awsvpcConfiguration.securityGroups': { maxItems: 5 },
};

export function generateSchema(model: { shapes: Record<string, ModelShape> }, rootShape: string, id: string, title: string, kind: DefinitionKind = 'task'): SchemaNode & Record<string, unknown> {
  const shapes = model.shapes;
  const seen = new Set<string>();
  const docs = allFieldDocs(kind);
  const extra = kind === 'task' ? EXTRA : EXTRA_SERVICE;

  function build(shapeName: string, key: string): SchemaNode {
    const shape = shapes[shapeName];
    if (!shape) throw new Error(`unknown shape ${shapeName}`);
    if (seen.has(shapeName) && shape.type === 'structure') throw new Error(`recursive shape ${shapeName} at ${key}`);
    const node: SchemaNode = {};
    const doc = docs[key];
    if (doc && key) node.description = stripMarkdown(doc.summary.en);
    if (key) node['x-doc-key'] = key;
    switch (shape.type) {
      case 'structure': {
        seen.add(shapeName);
        node.type = 'object';
        node.properties = {};
        for (const [name, m] of Object.entries(shape.members ?? {})) {
          node.properties[name] = build(m.shape, key ? `${key}.${name}` : name);
        }
        if (shape.required?.length) node.required = [...shape.required];
        node.additionalProperties = false;
        seen.delete(shapeName);
        break;
      }
      case 'list':
        node.type = 'array';
        node.items = build(shape.member!.shape, `${key}[]`);
        break;
      case 'map':
        node.type = 'object';
        node.propertyNames = { ...build(shape.key!.shape, `${key}{key}`), type: 'string' };
        node.additionalProperties = build(shape.value!.shape, `${key}{}`);
        break;
      case 'string':
        node.type = 'string';
        if (shape.enum) node.enum = [...shape.enum];
        break;
      case 'integer':
      case 'long':
        node.type = 'integer';
        break;
      case 'double':
      case 'float':
        node.type = 'number';
        break;
      case 'boolean':
        node.type = 'boolean';
        break;
      case 'timestamp':
        node.type = ['string', 'number'];
        break;
      default:
        throw new Error(`unhandled shape type ${shape.type}`);
    }
    if (shape.type === 'list') {
      if (shape.min !== undefined && shape.min > 0) node.minItems = shape.min;
      if (shape.max !== undefined) node.maxItems = shape.max;
    } else if (shape.type === 'string') {
      if (shape.min !== undefined && shape.min > 0) node.minLength = shape.min;
      if (shape.max !== undefined) node.maxLength = shape.max;
      if (shape.pattern) node.pattern = shape.pattern;
    } else if (shape.type === 'integer' || shape.type === 'long') {
      if (shape.min !== undefined) node.minimum = shape.min;
      if (shape.max !== undefined) node.maximum = shape.max;
    }
    if (shape.sensitive) node['x-sensitive'] = true;
    Object.assign(node, extra[key] ?? {});
    return node;
  }

  const body = build(rootShape, '');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title,
    ...body,
  };
}

function stripMarkdown(s: string): string {
  return s.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1').replace(/\*([^*]*)\*/g, '$1').replace(/\s+/g, ' ').trim();
}

function main(): void {
  const root = path.resolve(__dirname, '..', '..');
  const modelPath = process.argv[2] ?? path.resolve(root, '..', 'shared', 'reference', 'ecs-2014-11-13.service-2.json');
  if (!fs.existsSync(modelPath)) {
    console.error(`ECS API model not found at ${modelPath}; pass its path as the first argument.`);
    process.exit(2);
  }
  const model = JSON.parse(fs.readFileSync(modelPath, 'utf8')) as { shapes: Record<string, ModelShape> };
  const outputs: Array<[string, string, string, string, DefinitionKind]> = [
    ['RegisterTaskDefinitionRequest', 'task-definition.schema.json', 'https://ecs-taskdef.invalid/schemas/task-definition.schema.json', 'Amazon ECS task definition (register-task-definition input)', 'task'],
    ['CreateServiceRequest', 'service-definition.schema.json', 'https://ecs-taskdef.invalid/schemas/service-definition.schema.json', 'Amazon ECS service definition (create-service input)', 'service'],
  ];
  for (const [shape, file, id, title, kind] of outputs) {
    const schema = generateSchema(model, shape, id, title, kind);
    const out = path.join(root, 'schemas', file);
    fs.writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
    console.log(`wrote ${path.relative(root, out)}`);
  }
}

if (require.main === module) main();
