import * as jsonc from 'jsonc-parser';
import type { TextEdit } from 'vscode-languageserver-types';
import type { JsonNode, JsonPath, ParsedDocument } from '../model/document';

export interface Indentation {
  tabSize: number;
  insertSpaces: boolean;
  eol: string;
}

/** The document's own indentation and line ending, so that edits look as if the user typed them. */
export function detectIndentation(text: string, fallback?: Partial<Indentation>): Indentation {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let tabs = 0;
  const spaceCounts = new Map<number, number>();
  const lines = text.length > 200_000 ? text.slice(0, 200_000).split(/\r?\n/) : text.split(/\r?\n/);
  let prev = 0;
  for (const line of lines) {
    const m = /^([ \t]*)\S/.exec(line);
    if (!m) continue;
    if (m[1].startsWith('\t')) { tabs++; continue; }
    const n = m[1].length;
    const d = Math.abs(n - prev);
    if (d > 0 && d <= 8) spaceCounts.set(d, (spaceCounts.get(d) ?? 0) + 1);
    prev = n;
  }
  let best = 0;
  let bestCount = 0;
  for (const [d, c] of spaceCounts) if (c > bestCount) { best = d; bestCount = c; }
  if (tabs > bestCount) return { tabSize: fallback?.tabSize ?? 4, insertSpaces: false, eol };
  if (best) return { tabSize: best, insertSpaces: true, eol };
  return { tabSize: fallback?.tabSize ?? 2, insertSpaces: fallback?.insertSpaces ?? true, eol };
}

function options(doc: ParsedDocument, indent?: Indentation): jsonc.ModificationOptions {
  const i = indent ?? detectIndentation(doc.text);
  return { formattingOptions: { tabSize: i.tabSize, insertSpaces: i.insertSpaces, eol: i.eol }, getInsertionIndex: undefined };
}

function toTextEdits(doc: ParsedDocument, edits: jsonc.Edit[]): TextEdit[] {
  return edits.map((e) => ({
    range: { start: doc.textDocument.positionAt(e.offset), end: doc.textDocument.positionAt(e.offset + e.length) },
    newText: e.content,
  }));
}

/** Sets (or inserts) the value at `path` (from the document root). */
export function setValue(doc: ParsedDocument, path: JsonPath, value: unknown, indent?: Indentation): TextEdit[] {
  return toTextEdits(doc, jsonc.modify(doc.text, path, value, options(doc, indent)));
}

/** Inserts a property at the given position among its siblings (e.g. right after `family`). */
export function insertProperty(doc: ParsedDocument, objectPath: JsonPath, key: string, value: unknown, afterKey?: string, indent?: Indentation): TextEdit[] {
  const o = options(doc, indent);
  o.getInsertionIndex = (props: string[]) => {
    if (afterKey) {
      const i = props.indexOf(afterKey);
      if (i >= 0) return i + 1;
    }
    return props.length;
  };
  return toTextEdits(doc, jsonc.modify(doc.text, [...objectPath, key], value, o));
}

/** Removes the property or array element at `path`, with its separator. */
export function remove(doc: ParsedDocument, path: JsonPath, indent?: Indentation): TextEdit[] {
  return toTextEdits(doc, jsonc.modify(doc.text, path, undefined, options(doc, indent)));
}

/** Replaces a node's text verbatim (a string value keeps its quotes when `text` is JSON). */
export function replaceNode(doc: ParsedDocument, node: { offset: number; length: number }, text: string): TextEdit[] {
  return [{ range: { start: doc.textDocument.positionAt(node.offset), end: doc.textDocument.positionAt(node.offset + node.length) }, newText: text }];
}

/** Renames a property key in place (keeps the value and everything around it). */
export function renameKey(doc: ParsedDocument, keyNode: JsonNode, newKey: string): TextEdit[] {
  return replaceNode(doc, keyNode, JSON.stringify(newKey));
}

/** Applies text edits to a text (edits must not overlap). */
export function applyTextEdits(doc: ParsedDocument, edits: readonly TextEdit[]): string {
  const withOffsets = edits.map((e) => ({ start: doc.textDocument.offsetAt(e.range.start), end: doc.textDocument.offsetAt(e.range.end), text: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start || b.end - a.end);
  let text = doc.text;
  let lastStart = Infinity;
  for (const e of withOffsets) {
    if (e.end > lastStart) throw new Error('overlapping edits');
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
    lastStart = e.start;
  }
  return text;
}

/** One edit that turns `before` into `after`, trimmed to the changed region. */
export function minimalEdit(doc: ParsedDocument, after: string): TextEdit[] {
  const before = doc.text;
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) { endB--; endA--; }
  return [{ range: { start: doc.textDocument.positionAt(start), end: doc.textDocument.positionAt(endB) }, newText: after.slice(start, endA) }];
}
