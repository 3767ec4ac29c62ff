/**
 * Offers the snippet catalogue in completion, where each snippet fits:
 * - whole task definitions in an empty document (or inside an empty root object `{}`);
 * - an array element (`containerDefinitions[]`, `secrets[]`, `volumes[]`, ...) between the elements of
 *   that array, or as a new array property of the parent object when the array is missing;
 * - a property value (`logConfiguration`, `healthCheck`, ...) as a new property of the container
 *   object, or as the missing value after the key.
 * Registered in `completionExtensions`, so it runs before the completion checks that the document has
 * a task object (an empty `task-definition.json` has none yet).
 */
import * as jsonc from 'jsonc-parser';
import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { Lang } from '../../common/settings';
import { matchesServiceDefinitionName } from '../../common/file-patterns';
import { localize, localizeBlocks } from '../i18n/text';
import { docKey, propertyValue, taskRelativePath, type JsonNode, type JsonPath, type ParsedDocument } from '../model/document';
import { completionExtensions } from '../features/completion-extensions';
import { locationAt, nodeAtOffset } from '../model/location';
import { bodyText, snippetCatalogue, type SnippetDef } from './catalogue';
import { expandSnippet } from './expand';
import { typedSlotAt } from '../features/replace-range';

/** `data` of a snippet completion item (clients that have the snippets from elsewhere may drop these items by it). */
export interface SnippetItemData {
  ecsSnippet: string;
}

interface Slot {
  range: Range;
  /** The replaced text is a quoted string (its filter text needs the quote). */
  quoted: boolean;
  /** Offset of a significant character before the slot that needs a comma after it. */
  commaAfter?: number;
  /** A comma must follow the inserted text. */
  commaBefore: boolean;
}

/** The significant character before `from` (skips whitespace and comments), with its offset. */
function previousSignificant(text: string, from: number): { char: string; offset: number } | undefined {
  let i = from - 1;
  while (i >= 0) {
    const c = text[i];
    if (/\s/.test(c)) { i--; continue; }
    // Skip a block comment ending here.
    if (c === '/' && text[i - 1] === '*') {
      const start = text.lastIndexOf('/*', i - 2);
      if (start >= 0) { i = start - 1; continue; }
    }
    // A line comment: only when the line holds `//` outside of strings; keep it simple and check the line.
    const lineStart = text.lastIndexOf('\n', i) + 1;
    const line = text.slice(lineStart, i + 1);
    const comment = lineCommentStart(line);
    if (comment >= 0) { i = lineStart + comment - 1; continue; }
    return { char: c, offset: i };
  }
  return undefined;
}

/** Index of `//` starting a comment in a line (outside strings), or -1. */
function lineCommentStart(line: string): number {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '/' && line[i + 1] === '/') return i;
  }
  return -1;
}

function nextSignificant(text: string, from: number): string {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i])) return text[i];
  return '';
}

/** The slot to replace: the string being typed (with quotes) or the bare word at the cursor. */
function slotAt(doc: ParsedDocument, offset: number, node: JsonNode | undefined, needsCommaBefore: boolean): Slot {
  const { start, end, quoted } = typedSlotAt(doc.text, offset, node && node.type === 'string' && offset > node.offset ? node : undefined);
  const prev = previousSignificant(doc.text, start);
  const next = nextSignificant(doc.text, end);
  const commaAfter = needsCommaBefore && prev && !'{[,'.includes(prev.char) ? prev.offset + 1 : undefined;
  return {
    range: { start: doc.textDocument.positionAt(start), end: doc.textDocument.positionAt(end) },
    quoted,
    commaAfter,
    commaBefore: next === '"' || next === '{',
  };
}

/** Indents every line after the first by `depth` tabs. */
function indentTail(text: string, depth: number): string {
  return text.replace(/\n/g, '\n' + '\t'.repeat(depth));
}

/** A document snippet's members without the enclosing braces (for an existing empty root object). */
function innerMembers(s: SnippetDef): string {
  return s.body.slice(1, -1).map((l) => l.replace(/^\t/, '')).join('\n');
}

function item(doc: ParsedDocument, s: SnippetDef, slot: Slot, newText: string, langs: readonly Lang[], sortGroup: string): CompletionItem {
  const preview = expandSnippet(bodyText(s)).replace(/\t/g, '  ');
  const additionalTextEdits: TextEdit[] | undefined = slot.commaAfter !== undefined
    ? [{ range: { start: doc.textDocument.positionAt(slot.commaAfter), end: doc.textDocument.positionAt(slot.commaAfter) }, newText: ',' }]
    : undefined;
  const data: SnippetItemData = { ecsSnippet: s.prefix };
  return {
    label: s.prefix,
    kind: CompletionItemKind.Snippet,
    detail: localize(s.title, langs, undefined),
    documentation: { kind: MarkupKind.Markdown, value: `${localizeBlocks(s.description, langs)}\n\n\`\`\`json\n${preview}\n\`\`\`` },
    textEdit: { range: slot.range, newText: newText + (slot.commaBefore ? ',' : '') },
    additionalTextEdits,
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.adjustIndentation,
    filterText: slot.quoted ? `"${s.prefix}"` : s.prefix,
    sortText: `${sortGroup}${s.prefix}`,
    data,
  };
}

/** True when nothing but `exceptFrom..exceptTo`, whitespace and comments is in the text. */
function blankExcept(text: string, exceptFrom: number, exceptTo: number): boolean {
  const rest = text.slice(0, exceptFrom) + ' ' + text.slice(exceptTo);
  return rest.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '';
}

/** Snippets at the position of a new property of the object at `objectPath`. */
function propertySnippets(doc: ParsedDocument, root: JsonNode, offset: number, objectPath: JsonPath, at: JsonNode | undefined, langs: readonly Lang[]): CompletionItem[] {
  const out: CompletionItem[] = [];
  const text = doc.text;
  const wholeDocs = snippetCatalogue.filter((s) => s.target === 'document');
  const keyNode = at && at.type === 'string' && at.parent?.type === 'property' && at.parent.children?.[0] === at ? at : undefined;
  const slot = slotAt(doc, offset, keyNode, true);
  // A key followed by `:` is being renamed, not added.
  if (nextSignificant(text, doc.textDocument.offsetAt(slot.range.end)) === ':') return out;
  const obj = objectPath.length ? jsonc.findNodeAtLocation(root, objectPath) : root;
  const present = new Set<string>();
  for (const p of obj?.children ?? []) {
    const k = p.children?.[0];
    if (k && typeof k.value === 'string' && k !== keyNode) present.add(k.value);
  }
  // 2. Inside an empty root object: the members of a whole task definition.
  if (objectPath.length === 0 && present.size === 0) {
    for (const s of wholeDocs) out.push(item(doc, s, slot, innerMembers(s), langs, '0'));
    return out;
  }
  // 3. A missing property of this object: `"key": value` (an element target gets its array around it).
  const rel = taskRelativePath(doc, objectPath);
  if (!rel) return out;
  const parentKey = docKey(rel);
  for (const s of snippetCatalogue) {
    if (s.target === 'document') continue;
    const element = s.target.endsWith('[]');
    const valueKey = element ? s.target.slice(0, -2) : s.target;
    const cut = valueKey.lastIndexOf('.');
    const owner = cut < 0 ? '' : valueKey.slice(0, cut);
    const name = cut < 0 ? valueKey : valueKey.slice(cut + 1);
    if (owner !== parentKey || present.has(name)) continue;
    const value = element ? `[\n\t${indentTail(bodyText(s), 1)}\n]` : bodyText(s);
    out.push(item(doc, s, slot, `"${name}": ${value}`, langs, '2'));
  }
  return out;
}

/** Completion items for the snippets that fit at `offset`. */
export function snippetCompletions(doc: ParsedDocument, offset: number, langs: readonly Lang[]): CompletionItem[] {
  const text = doc.text;
  const out: CompletionItem[] = [];
  // Task definition snippets only: never in a service definition.
  if (doc.service || doc.shape === 'service' || matchesServiceDefinitionName(doc.uri)) return out;
  const wholeDocs = snippetCatalogue.filter((s) => s.target === 'document');

  // 1. An empty document (or one holding only the word being typed).
  if (!doc.root || (doc.root.type !== 'object' && doc.root.type !== 'array')) {
    // `"ecs-fa|"` (a quote typed first) replaces the whole string.
    const slot = slotAt(doc, offset, doc.root?.type === 'string' ? doc.root : undefined, false);
    const from = doc.textDocument.offsetAt(slot.range.start);
    const to = doc.textDocument.offsetAt(slot.range.end);
    if (!blankExcept(text, from, to)) return out;
    for (const s of wholeDocs) out.push(item(doc, s, slot, bodyText(s), langs, '0'));
    return out;
  }
  if (doc.root.type !== 'object') return out;

  const loc = locationAt(doc, offset);
  const path = loc.path as JsonPath;
  const at = nodeAtOffset(doc.root, offset, true);

  if (loc.isAtPropertyKey) return propertySnippets(doc, doc.root, offset, path.slice(0, -1), at, langs);
  // A word typed after a complete value with no comma in between reads as that property's value:
  // `"image": "nginx"⏎ ecs-health|` is really a new property of the same object.
  if (typeof path[path.length - 1] === 'string') {
    const wordStart = doc.textDocument.offsetAt(slotAt(doc, offset, at?.type === 'string' ? at : undefined, false).range.start);
    const prev = previousSignificant(text, wordStart);
    if (prev && !':[{,'.includes(prev.char)) return propertySnippets(doc, doc.root, offset, path.slice(0, -1), at, langs);
  }

  const rel = taskRelativePath(doc, path);
  if (!rel || !rel.length) return out;
  const key = docKey(rel);
  const last = rel[rel.length - 1];
  if (typeof last === 'number') {
    // 4. Between the elements of an array (not inside one).
    if (at && at.type !== 'array') return out;
    const slot = slotAt(doc, offset, undefined, true);
    for (const s of snippetCatalogue) if (s.target === key) out.push(item(doc, s, slot, bodyText(s), langs, '1'));
    return out;
  }
  // 5. The missing value of a property: `"healthCheck": |`.
  const prop = at?.type === 'property' ? at : at?.parent?.type === 'property' ? at.parent : undefined;
  const existing = prop?.children?.[1];
  if (existing && (existing.type === 'object' || existing.type === 'array' || existing.type === 'string')) return out;
  const owner = jsonc.findNodeAtLocation(doc.root, path.slice(0, -1));
  if (owner && propertyValue(owner, String(last)) && propertyValue(owner, String(last)) !== existing) return out;
  const slot = slotAt(doc, offset, undefined, false);
  for (const s of snippetCatalogue) if (s.target === key && !s.target.endsWith('[]')) out.push(item(doc, s, slot, bodyText(s), langs, '1'));
  return out;
}

completionExtensions.push(snippetCompletions);

/**
 * True when the document holds nothing but whitespace, comments and the word or string being typed at
 * `offset`: a whole task definition can go there, whatever the file is called.
 */
export function blankForDocumentSnippet(text: string, offset: number): boolean {
  if (text.length > 10_000) return false;
  const slot = typedSlotAt(text, offset);
  return blankExcept(text, slot.start, slot.end);
}
