import type { Hover, Position } from 'vscode-languageserver-types';
import type { Lang } from '../../common/settings';
import { enumDoc, fieldDoc, type FieldDoc } from '../field-docs';
import { launchTypeNames, ui } from '../i18n/ui';
import { fill, joinBlocks, localize } from '../i18n/text';
import { cpuOptionsFor, formatGb, formatVcpu, memoryOptionsFor } from '../model/cpu-memory';
import { definitionOf, docKey, fieldName, findNodeAtOffset, pathOf, rangeOf, taskRelativePath, type JsonPath, type ParsedDocument } from '../model/document';
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
  const value = !onKey && node.type === 'string' ? (node.value as string) : undefined;
  const facts = kind === 'task' ? taskFacts(doc) : undefined;
  const ed = value !== undefined ? enumDoc(key, value, kind) : undefined;
  // Everything that is written in a language, once per chosen language: with both, the English
  // part stands after the Vietnamese one as a block of its own (see i18n/text.ts).
  const inLanguage = (lang: Lang): string => {
    const sections: string[] = [];
    if (ed) sections.push(`**${fieldName(key)}: \`${value}\`**\n\n${ed[lang]}`);
    sections.push(renderField(key, schema, doc0, lang));
    const extra = contextual(key, facts, lang);
    if (extra) sections.push(extra);
    for (const ext of hoverExtensions) {
      try {
        const s = ext(doc, key, [lang], onKey ? undefined : node);
        if (s) sections.push(s);
      } catch { /* an extension never breaks the hover */ }
    }
    return sections.join(SECTION_RULE);
  };
  const parts = [joinBlocks(langs, inLanguage)];
  // The example and the link are the same in every language: once, at the end.
  const refs = references(doc0, langs);
  if (refs) parts.push(refs);
  return { contents: { kind: 'markdown', value: parts.join(SECTION_RULE) }, range: rangeOf(doc, node) };
}

/** Between the sections of a hover. */
const SECTION_RULE = '\n\n---\n\n';

function typeLabel(s: SchemaNode | undefined): string | undefined {
  if (!s?.type) return undefined;
  const t = Array.isArray(s.type) ? s.type.join(' | ') : s.type;
  if (t === 'array' && s.items?.type) return `array<${Array.isArray(s.items.type) ? s.items.type.join(' | ') : s.items.type}>`;
  if (t === 'object' && !s.properties && s.additionalProperties) return 'map<string, string>';
  return t;
}

/** The docs of one field in one language: name and type, summary, facts, concept. */
export function renderField(key: string, schema: SchemaNode | undefined, d: FieldDoc | undefined, lang: Lang): string {
  const name = fieldName(key);
  const parts: string[] = [];
  const head: string[] = [`**${name}**`];
  const t = typeLabel(schema);
  if (t) head.push(`\`${t}\``);
  parts.push(head.join(' · '));
  const values = schema?.enum ?? schema?.items?.enum;
  if (d) {
    parts.push(d.summary[lang]);
    const facts: string[] = [];
    if (values) facts.push(`- ${ui.allowedValues[lang]}: ${values.map((v) => '`' + String(v) + '`').join(', ')}`);
    if (d.default) facts.push(`- ${ui.default[lang]}: ${d.default[lang]}`);
    if (d.limits) facts.push(`- ${ui.limits[lang]}: ${d.limits[lang]}`);
    const lt = d.launchTypes?.length ? d.launchTypes.map((l) => launchTypeNames[l][lang]).join(', ') : ui.allLaunchTypes[lang];
    facts.push(`- ${ui.launchTypes[lang]}: ${lt}${d.launchTypeNote ? ` — ${d.launchTypeNote[lang]}` : ''}`);
    parts.push(facts.join('\n'));
    if (d.concept) parts.push(d.concept[lang]);
  } else if (values) {
    parts.push(`- ${ui.allowedValues[lang]}: ${values.map((v) => '`' + String(v) + '`').join(', ')}`);
  }
  return parts.join('\n\n');
}

/** A field's example and its AWS documentation link (the same in every language; labels in the chosen ones). */
function references(d: FieldDoc | undefined, langs: readonly Lang[]): string | undefined {
  const parts: string[] = [];
  if (d?.example) parts.push(`${localize(ui.example, langs)}:\n\`\`\`json\n${d.example}\n\`\`\``);
  if (d?.link) parts.push(`[${localize(ui.awsDocs, langs)}](${d.link})`);
  return parts.length ? parts.join('\n\n') : undefined;
}

/** Context-aware additions: the Fargate sizes valid with the task's current cpu or memory. */
function contextual(key: string, facts: TaskFacts | undefined, lang: Lang): string | undefined {
  if (!facts || !facts.fargate) return undefined;
  if (key === 'cpu' && facts.cpu !== undefined) {
    const mem = memoryOptionsFor(facts.cpu, facts.windows);
    if (mem.length) return fill(ui.fargateMemoryForCpu[lang], { cpu: facts.cpu, vcpu: formatVcpu(facts.cpu), values: mem.map((m) => `${m} (${formatGb(m)})`).join(', ') });
  }
  if (key === 'memory' && facts.memory !== undefined) {
    const cpus = cpuOptionsFor(facts.memory, facts.windows);
    if (cpus.length) return fill(ui.fargateCpuForMemory[lang], { memory: facts.memory, gb: formatGb(facts.memory), values: cpus.map((c) => `${c} (${formatVcpu(c)})`).join(', ') });
  }
  return undefined;
}
