import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import type { Lang } from '../../common/settings';
import { enumDoc, fieldDoc } from '../field-docs';
import { fill, joinBlocks, localize, localizeBlocks } from '../i18n/text';
import { ui } from '../i18n/ui';
import { cpuOptionsFor, FARGATE_LINUX, FARGATE_WINDOWS, formatGb, formatVcpu, memoryOptionsFor } from '../model/cpu-memory';
import { definitionOf, docKey, nodeAtPath, offsetAt, propertyValue, stringValue, taskRelativePath, type JsonNode, type JsonPath, type ParsedDocument } from '../model/document';
import { taskFacts, type TaskFacts } from '../model/task-facts';
import { schemaAt, schemaFor, type SchemaNode } from '../schema';
import type { DefinitionKind } from '../field-docs';
import { isMapKey } from './context';
import { findAccountIds, findPartition } from '../model/accounts';
import { LOG_DRIVER_OPTIONS } from '../model/log-options';
import { completionExtensions } from './completion-extensions';
import { typedSlotAt } from './replace-range';
import { locationAt, nodeAtOffset } from '../model/location';

/** Snippet values for properties whose useful shape is more than their type. `$1`.. are tab stops. */
const VALUE_SNIPPETS: Record<string, string> = {
  'containerDefinitions': '[\n\t{\n\t\t"name": "${1:app}",\n\t\t"image": "${2:nginx:1.27}",\n\t\t"essential": true\n\t}\n]',
  'containerDefinitions[].portMappings': '[\n\t{ "containerPort": $1 }\n]',
  'containerDefinitions[].environment': '[\n\t{ "name": "$1", "value": "$2" }\n]',
  'containerDefinitions[].secrets': '[\n\t{ "name": "$1", "valueFrom": "$2" }\n]',
  'containerDefinitions[].mountPoints': '[\n\t{ "sourceVolume": "$1", "containerPath": "$2", "readOnly": ${3|false,true|} }\n]',
  'containerDefinitions[].dependsOn': '[\n\t{ "containerName": "$1", "condition": "${2|START,COMPLETE,SUCCESS,HEALTHY|}" }\n]',
  'containerDefinitions[].logConfiguration': '{\n\t"logDriver": "awslogs",\n\t"options": {\n\t\t"awslogs-group": "${1:/ecs/app}",\n\t\t"awslogs-region": "${2:us-east-1}",\n\t\t"awslogs-stream-prefix": "${3:ecs}"\n\t}\n}',
  'containerDefinitions[].healthCheck': '{\n\t"command": ["CMD-SHELL", "${1:curl -f http://localhost/ || exit 1}"],\n\t"interval": ${2:30},\n\t"timeout": ${3:5},\n\t"retries": ${4:3},\n\t"startPeriod": ${5:10}\n}',
  'containerDefinitions[].command': '["$1"]',
  'containerDefinitions[].entryPoint': '["$1"]',
  'containerDefinitions[].ulimits': '[\n\t{ "name": "${1:nofile}", "softLimit": ${2:65536}, "hardLimit": ${3:65536} }\n]',
  'containerDefinitions[].restartPolicy': '{\n\t"enabled": true,\n\t"ignoredExitCodes": [$1],\n\t"restartAttemptPeriod": ${2:300}\n}',
  'requiresCompatibilities': '["${1|FARGATE,EC2,EXTERNAL,MANAGED_INSTANCES|}"]',
  'volumes': '[\n\t{ "name": "$1" }\n]',
  'volumes[].efsVolumeConfiguration': '{\n\t"fileSystemId": "${1:fs-0123456789abcdef0}",\n\t"transitEncryption": "ENABLED",\n\t"authorizationConfig": { "accessPointId": "${2:fsap-0123456789abcdef0}", "iam": "ENABLED" }\n}',
  'runtimePlatform': '{\n\t"cpuArchitecture": "${1|X86_64,ARM64|}",\n\t"operatingSystemFamily": "${2:LINUX}"\n}',
  'ephemeralStorage': '{ "sizeInGiB": ${1:21} }',
  'cpu': '"${1:256}"',
  'memory': '"${1:512}"',
  'tags': '[\n\t{ "key": "$1", "value": "$2" }\n]',
};

function placeholderValue(s: SchemaNode | undefined, key: string, stop = 1): string {
  if (VALUE_SNIPPETS[key]) return VALUE_SNIPPETS[key];
  const t = Array.isArray(s?.type) ? s?.type[0] : s?.type;
  switch (t) {
    case 'string':
      return s?.enum ? `"\${${stop}|${s.enum.join(',')}|}"` : `"$${stop}"`;
    case 'integer':
    case 'number':
      return `$${stop}`;
    case 'boolean':
      return `\${${stop}|true,false|}`;
    case 'array': {
      const it = s?.items;
      if (it?.type === 'object' && it.properties) return `[\n\t${objectSnippet(it, `${key}[]`, stop).replace(/\n/g, '\n\t')}\n]`;
      if (it?.type === 'string' && it.enum) return `["\${${stop}|${it.enum.join(',')}|}"]`;
      if (it?.type === 'string') return `["$${stop}"]`;
      return `[$${stop}]`;
    }
    case 'object':
      return s?.properties ? objectSnippet(s, key, stop) : `{\n\t"$${stop}": "$${stop + 1}"\n}`;
    default:
      return `$${stop}`;
  }
}

/** `{ ... }` with the required members as tab stops. */
function objectSnippet(s: SchemaNode, key: string, stop: number): string {
  const req = s.required ?? [];
  if (!req.length) return `{\n\t$${stop}\n}`;
  const lines = req.map((r, i) => `"${r}": ${placeholderValue(s.properties?.[r], `${key}.${r}`, stop + i).replace(/\n/g, '\n\t')}`);
  return `{\n\t${lines.join(',\n\t')}\n}`;
}

function docMarkdown(key: string, langs: readonly Lang[], kind: DefinitionKind): { kind: 'markdown'; value: string } | undefined {
  const d = fieldDoc(key, kind);
  if (!d) return undefined;
  return { kind: MarkupKind.Markdown, value: joinBlocks(langs, (l) => d.summary[l]) };
}

interface Replace {
  range: Range;
  /** True when the text being replaced is a string (it starts with a quote). */
  quoted: boolean;
  /** The content of the closed string the cursor is in (its quotes excluded), for string values. */
  inner?: Range;
}

function replaceRange(doc: ParsedDocument, node: JsonNode | undefined, offset: number): Replace {
  const slot = typedSlotAt(doc.text, offset, node);
  const range = { start: doc.textDocument.positionAt(slot.start), end: doc.textDocument.positionAt(slot.end) };
  // Inside a closed string, a string value replaces the content only, so that a snippet placeholder
  // around the content (`"cpu": "${2:512}"`) survives the edit and Tab still moves to the next one.
  const inner = slot.closed && offset > slot.start && offset < slot.end
    ? { start: doc.textDocument.positionAt(slot.start + 1), end: doc.textDocument.positionAt(slot.end - 1) }
    : undefined;
  return { range, quoted: slot.quoted, inner };
}

function nextSignificantChar(text: string, from: number): string {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (!/\s/.test(c)) return c;
  }
  return '';
}

/** Completion: property names with ready-to-edit values, and values that fit the position. */
export function complete(doc: ParsedDocument, position: Position, langs: readonly Lang[]): CompletionItem[] {
  const offset = offsetAt(doc, position);
  const items: CompletionItem[] = [];
  for (const ext of completionExtensions) {
    try { items.push(...ext(doc, offset, langs)); } catch { /* never break completion */ }
  }
  const def = definitionOf(doc);
  if (!doc.root || !def) return items;
  const kind = def.kind;
  const taskSchema = schemaFor(kind);
  const loc = locationAt(doc, offset);
  const facts = kind === 'task' ? taskFacts(doc) : undefined;
  const isMap = isMapKey(taskSchema);
  if (loc.isAtPropertyKey) {
    const objectPath = loc.path.slice(0, -1) as JsonPath;
    const rel = taskRelativePath(doc, objectPath);
    if (!rel) return items;
    const schema = schemaAt(rel, taskSchema);
    const obj = objectPath.length ? nodeAtPath(doc.root, objectPath) : doc.root;
    // The key being typed, also with the cursor at its end (`"ess|` with no closing quote yet).
    const atNode = nodeAtOffset(doc.root, offset, true);
    const prev = atNode && atNode.type === 'string' && atNode.parent?.type === 'property' && atNode.parent.children?.[0] === atNode && offset > atNode.offset ? atNode : undefined;
    const r = replaceRange(doc, prev, offset);
    const end = doc.textDocument.offsetAt(r.range.end);
    const hasColon = nextSignificantChar(doc.text, end) === ':';
    const needsComma = !hasColon && /^["{[]/.test(nextSignificantChar(doc.text, end));
    const present = new Set<string>();
    for (const p of obj?.children ?? []) {
      const k = p.children?.[0];
      if (k && typeof k.value === 'string' && k !== prev) present.add(k.value);
    }
    const parentKey = docKey(rel, isMap);
    if (schema?.properties) {
      for (const [name, ps] of Object.entries(schema.properties)) {
        if (present.has(name)) continue;
        const key = parentKey ? `${parentKey}.${name}` : name;
        const insert = hasColon ? `"${name}"` : `"${name}": ${placeholderValue(ps, key)}${needsComma ? ',' : ''}`;
        items.push({
          label: name,
          kind: CompletionItemKind.Property,
          detail: typeDetail(ps, (schema.required ?? []).includes(name), langs),
          documentation: docMarkdown(key, langs, kind),
          textEdit: { range: r.range, newText: insert },
          insertTextFormat: InsertTextFormat.Snippet,
          filterText: `"${name}"`,
          sortText: ((schema.required ?? []).includes(name) ? '0' : '1') + name,
        });
      }
    } else if (parentKey === 'containerDefinitions[].logConfiguration.options' && facts) {
      const container = nodeAtPath(doc.root, objectPath.slice(0, -2));
      const driver = stringValue(propertyValue(propertyValue(container, 'logConfiguration'), 'logDriver')) ?? 'awslogs';
      for (const opt of LOG_DRIVER_OPTIONS[driver] ?? []) {
        if (present.has(opt.name)) continue;
        const insert = hasColon ? `"${opt.name}"` : `"${opt.name}": "${opt.snippet ?? '$1'}"${needsComma ? ',' : ''}`;
        items.push({
          label: opt.name,
          kind: CompletionItemKind.Property,
          detail: localize(ui.logOptionDetail, langs, { driver }),
          documentation: { kind: MarkupKind.Markdown, value: localizeBlocks(opt.doc, langs) },
          textEdit: { range: r.range, newText: insert },
          insertTextFormat: InsertTextFormat.Snippet,
          filterText: `"${opt.name}"`,
          sortText: (opt.required ? '0' : '1') + opt.name,
        });
      }
    }
    return items;
  }
  // Value position.
  const path = loc.path as JsonPath;
  const rel = taskRelativePath(doc, path);
  if (!rel || !rel.length) return items;
  const key = docKey(rel, isMap);
  const schema = schemaAt(rel, taskSchema);
  const atNode = nodeAtOffset(doc.root, offset, false);
  const node = atNode && atNode.type !== 'object' && atNode.type !== 'array' && atNode.type !== 'property' && offset > atNode.offset ? atNode : loc.previousNode;
  const r = replaceRange(doc, node, offset);
  const add = (value: string | number | boolean, detail?: string, documentation?: string, sort?: string): void => {
    const json = typeof value === 'string' ? JSON.stringify(value) : String(value);
    // Inside a closed string, a string value replaces its content only (the quotes stay).
    const inner = typeof value === 'string' ? r.inner : undefined;
    const text = inner ? json.slice(1, -1) : json;
    items.push({
      label: typeof value === 'string' && r.quoted ? value : json,
      kind: CompletionItemKind.Value,
      detail,
      documentation: documentation ? { kind: MarkupKind.Markdown, value: documentation } : undefined,
      textEdit: { range: inner ?? r.range, newText: text },
      // The filter text starts like the replaced text: with its quote when it has one.
      filterText: r.quoted && !inner && !text.startsWith('"') ? `"${text}"` : text,
      sortText: sort,
    });
  };
  const dynamic = dynamicValues(doc, key, rel, facts, langs);
  if (dynamic) {
    dynamic.forEach((v, i) => add(v.value, v.detail, v.doc, String(i).padStart(3, '0')));
    return items;
  }
  const values = schema?.enum;
  if (values) {
    for (const v of values) {
      const ed = enumDoc(key, String(v), kind);
      add(v, undefined, ed ? localizeBlocks(ed, langs) : undefined);
    }
  } else if (schema?.type === 'boolean') {
    add(true);
    add(false);
  }
  return items;
}

function typeDetail(s: SchemaNode | undefined, required: boolean, langs: readonly Lang[]): string | undefined {
  if (!s?.type) return undefined;
  const t = Array.isArray(s.type) ? s.type.join(' | ') : s.type;
  return required ? `${t} (${localize(ui.required, langs)})` : t;
}

interface DynamicValue {
  value: string | number;
  detail?: string;
  doc?: string;
}

/** Values computed from the rest of the document. */
function dynamicValues(doc: ParsedDocument, key: string, rel: JsonPath, facts: TaskFacts | undefined, langs: readonly Lang[]): DynamicValue[] | undefined {
  if (!facts) return undefined;
  switch (key) {
    case 'memory':
      if (!facts.fargate) return undefined;
      if (facts.cpu !== undefined && memoryOptionsFor(facts.cpu, facts.windows).length) {
        return memoryOptionsFor(facts.cpu, facts.windows).map((m) => ({ value: String(m), detail: localize(ui.memoryCompletionDetail, langs, { gb: formatGb(m), cpu: `${facts.cpu} (${formatVcpu(facts.cpu!)})` }) }));
      }
      return [...new Set((facts.windows ? FARGATE_WINDOWS : FARGATE_LINUX).flatMap((r) => r.memory))].sort((a, b) => a - b).map((m) => ({ value: String(m), detail: formatGb(m) }));
    case 'cpu':
      if (!facts.fargate) return undefined;
      if (facts.memory !== undefined && cpuOptionsFor(facts.memory, facts.windows).length) {
        return cpuOptionsFor(facts.memory, facts.windows).map((c) => ({ value: String(c), detail: localize(ui.cpuCompletionDetail, langs, { vcpu: formatVcpu(c), memory: `${facts.memory} (${formatGb(facts.memory!)})` }) }));
      }
      return (facts.windows ? FARGATE_WINDOWS : FARGATE_LINUX).map((r) => ({ value: String(r.cpu), detail: formatVcpu(r.cpu) }));
    case 'containerDefinitions[].dependsOn[].containerName':
    case 'containerDefinitions[].volumesFrom[].sourceContainer': {
      const self = typeof rel[1] === 'number' ? rel[1] : -1;
      return facts.containers.filter((c) => c.name && c.index !== self).map((c) => ({ value: c.name!, detail: localize(ui.containerNameDetail, langs, undefined) }));
    }
    case 'containerDefinitions[].links[]': {
      const self = typeof rel[1] === 'number' ? rel[1] : -1;
      return facts.containers.filter((c) => c.name && c.index !== self).map((c) => ({ value: c.name!, detail: localize(ui.containerNameDetail, langs, undefined) }));
    }
    case 'proxyConfiguration.containerName':
      return facts.containers.filter((c) => c.name).map((c) => ({ value: c.name!, detail: localize(ui.containerNameDetail, langs, undefined) }));
    case 'containerDefinitions[].mountPoints[].sourceVolume':
      return facts.volumes.filter((v) => v.name).map((v) => ({ value: v.name!, detail: localize(ui.volumeNameDetail, langs, undefined) }));
    case 'taskRoleArn':
    case 'executionRoleArn': {
      const accounts = findAccountIds(doc.text);
      const partition = findPartition(doc.text);
      const account = accounts[0] ?? '123456789012';
      const names = key === 'executionRoleArn' ? ['ecsTaskExecutionRole'] : [`${familyName(facts) ?? 'app'}-task-role`, 'ecsTaskRole'];
      return names.map((n) => ({ value: `arn:${partition}:iam::${account}:role/${n}`, detail: localize(ui.roleTemplateDetail, langs, undefined) }));
    }
    default:
      return undefined;
  }
}

function familyName(facts: TaskFacts): string | undefined {
  return stringValue(facts.get('family'));
}

export { fill };
