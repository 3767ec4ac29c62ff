import type { Hover, Position } from 'vscode-languageserver-types';
import type { Lang } from '../../common/settings';
import { enumDoc, fieldDoc, type FieldDoc } from '../field-docs';
import { launchTypeNames, ui } from '../i18n/ui';
import { fill, localize } from '../i18n/text';
import { cpuOptionsFor, formatGb, formatVcpu, memoryOptionsFor } from '../model/cpu-memory';
import { definitionOf, docKey, fieldName, findNodeAtOffset, pathOf, rangeOf, taskRelativePath, type JsonNode, type JsonPath, type ParsedDocument } from '../model/document';
import { taskFacts, type TaskFacts } from '../model/task-facts';
import { schemaAt, schemaFor, type SchemaNode } from '../schema';
import { isMapKey } from './context';
import { offsetAt } from '../model/document';
import { hoverExtensions } from './hover-extensions';

/** Hover: the field's docs (and the enum value's, on a value) in the chosen languages, with type, allowed values and default. */
export function hover(doc: ParsedDocument, position: Position, langs: readonly Lang[]): Hover | undefined {
  const def = definitionOf(doc);
  if (!doc.root || !def) return undefined;
  const kind = def.kind;
  const rootSchema = schemaFor(kind);
  const offset = offsetAt(doc, position);
  const node = findNodeAtOffset(doc.root, offset);
  if (!node) return undefined;
  let path: JsonPath;
  let onKey = false;
  let target: JsonNode = node;
  const parent = node.parent;
  if (parent?.type === 'property' && parent.children?.[0] === node) {
    onKey = true;
    path = [...pathOf(parent.parent!), node.value as string];
  } else if (node.type === 'string' || node.type === 'number' || node.type === 'boolean' || node.type === 'null') {
    path = pathOf(node);
  } else return undefined;
  const rel = taskRelativePath(doc, path);
  if (!rel || !rel.length) return undefined;
  const schema = schemaAt(rel, rootSchema);
  const key = docKey(rel, isMapKey(rootSchema));
  const doc0 = fieldDoc(key, kind);
  if (!schema && !doc0) return undefined;
  const sections: string[] = [];
  const value = !onKey && node.type === 'string' ? (node.value as string) : undefined;
  const facts = kind === 'task' ? taskFacts(doc) : undefined;
  if (value !== undefined) {
    const ed = enumDoc(key, value, kind);
    if (ed) sections.push(`**${fieldName(key)}: \`${value}\`**\n\n${localize(ed, langs, undefined, '\n\n')}`);
  }
  sections.push(renderField(key, schema, doc0, langs));
  const extra = contextual(key, facts, langs);
  if (extra) sections.push(extra);
  for (const ext of hoverExtensions) {
    try {
      const s = ext(doc, key, langs, onKey ? undefined : node);
      if (s) sections.push(s);
    } catch { /* an extension never breaks the hover */ }
  }
  target = onKey ? node : node;
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, range: rangeOf(doc, target) };
}

function typeLabel(s: SchemaNode | undefined): string | undefined {
  if (!s?.type) return undefined;
  const t = Array.isArray(s.type) ? s.type.join(' | ') : s.type;
  if (t === 'array' && s.items?.type) return `array<${Array.isArray(s.items.type) ? s.items.type.join(' | ') : s.items.type}>`;
  if (t === 'object' && !s.properties && s.additionalProperties) return 'map<string, string>';
  return t;
}

/** The docs of one field, Vietnamese first when both are shown. */
export function renderField(key: string, schema: SchemaNode | undefined, d: FieldDoc | undefined, langs: readonly Lang[]): string {
  const name = fieldName(key);
  const parts: string[] = [];
  const head: string[] = [`**${name}**`];
  const t = typeLabel(schema);
  if (t) head.push(`\`${t}\``);
  parts.push(head.join(' · '));
  const values = schema?.enum ?? schema?.items?.enum;
  for (const lang of langs) {
    const block: string[] = [];
    if (d) {
      block.push(d.summary[lang]);
      const facts: string[] = [];
      if (values) facts.push(`- ${ui.allowedValues[lang]}: ${values.map((v) => '`' + String(v) + '`').join(', ')}`);
      if (d.default) facts.push(`- ${ui.default[lang]}: ${d.default[lang]}`);
      if (d.limits) facts.push(`- ${ui.limits[lang]}: ${d.limits[lang]}`);
      const lt = d.launchTypes?.length ? d.launchTypes.map((l) => launchTypeNames[l][lang]).join(', ') : ui.allLaunchTypes[lang];
      facts.push(`- ${ui.launchTypes[lang]}: ${lt}${d.launchTypeNote ? ` — ${d.launchTypeNote[lang]}` : ''}`);
      block.push(facts.join('\n'));
      if (d.concept) block.push(d.concept[lang]);
    } else if (values) {
      block.push(`- ${ui.allowedValues[lang]}: ${values.map((v) => '`' + String(v) + '`').join(', ')}`);
    }
    if (block.length) parts.push(block.join('\n\n'));
  }
  if (d?.example) parts.push(`${langs.map((l) => ui.example[l]).join(' / ')}:\n\`\`\`json\n${d.example}\n\`\`\``);
  if (d?.link) parts.push(`[${langs.map((l) => ui.awsDocs[l]).join(' / ')}](${d.link})`);
  return parts.join('\n\n');
}

/** Context-aware additions: the Fargate sizes valid with the task's current cpu or memory. */
function contextual(key: string, facts: TaskFacts | undefined, langs: readonly Lang[]): string | undefined {
  if (!facts || !facts.fargate) return undefined;
  if (key === 'cpu' && facts.cpu !== undefined) {
    const mem = memoryOptionsFor(facts.cpu, facts.windows);
    if (mem.length) return langs.map((l) => fill(ui.fargateMemoryForCpu[l], { cpu: facts.cpu!, vcpu: formatVcpu(facts.cpu!), values: mem.map((m) => `${m} (${formatGb(m)})`).join(', ') })).join('\n\n');
  }
  if (key === 'memory' && facts.memory !== undefined) {
    const cpus = cpuOptionsFor(facts.memory, facts.windows);
    if (cpus.length) return langs.map((l) => fill(ui.fargateCpuForMemory[l], { memory: facts.memory!, gb: formatGb(facts.memory!), values: cpus.map((c) => `${c} (${formatVcpu(c)})`).join(', ') })).join('\n\n');
  }
  return undefined;
}
