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

/**
 * Lines longer than this (a minified file) get compact edits without formatting: jsonc-parser
 * reformats the whole line of an insertion, which in a one-line file is the whole file, in time
 * quadratic in its length (2 s for a 110 KB minified task definition; found by the fuzz suite).
 */
const LONG_LINE = 1000;

function lineLengthAt(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  let end = offset;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end - start;
}

function hasLongLine(text: string): boolean {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (i - start > LONG_LINE) return true;
      start = i + 1;
    }
  }
  return false;
}

/**
 * `jsonc.modify`, formatted like the document. Compact (unformatted) where the edit lands on a very
 * long line; and unformatted too when jsonc-parser 3.3's formatter throws (a TypeError when a line
 * it formats is indented by exactly 200 spaces: an off-by-one in its cache of indentations).
 */
export function modifyFormatted(text: string, path: JsonPath, value: unknown, o: jsonc.ModificationOptions): jsonc.Edit[] {
  const raw = jsonc.modify(text, path, value, { ...o, formattingOptions: undefined });
  if (!o.formattingOptions || !raw.length) return raw;
  if (hasLongLine(text) && raw.some((e) => lineLengthAt(text, e.offset) > LONG_LINE)) return raw;
  // Format only the text the edit brings in. jsonc-parser's own formatting of an insertion covers
  // the whole line around it, which re-lays out what the user wrote there (an inline array
  // `["FARGATE"]` becomes three lines).
  try {
    let next = text;
    const spans: Array<{ offset: number; length: number }> = [];
    for (const e of [...raw].sort((a, b) => b.offset - a.offset)) {
      next = next.slice(0, e.offset) + e.content + next.slice(e.offset + e.length);
      for (const sp of spans) sp.offset += e.content.length - e.length;
      spans.push({ offset: e.offset, length: e.content.length });
    }
    let formatted = next;
    for (const sp of [...spans].sort((a, b) => b.offset - a.offset)) {
      if (!sp.length) continue;
      formatted = jsonc.applyEdits(formatted, jsonc.format(formatted, sp, { ...o.formattingOptions, keepLines: false }));
    }
    return diffEdit(text, formatted);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    return raw;
  }
}

/** The single edit that turns `before` into `after` (common prefix and suffix left alone). */
function diffEdit(before: string, after: string): jsonc.Edit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) { endB--; endA--; }
  return [{ offset: start, length: endB - start, content: after.slice(start, endA) }];
}

/** Sets (or inserts) the value at `path` (from the document root). */
export function setValue(doc: ParsedDocument, path: JsonPath, value: unknown, indent?: Indentation): TextEdit[] {
  return toTextEdits(doc, modifyFormatted(doc.text, path, value, options(doc, indent)));
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
  return toTextEdits(doc, modifyFormatted(doc.text, [...objectPath, key], value, o));
}

/**
 * Removes the property or array element at `path`, with its separator, and nothing else: comments
 * around it stay, and so does the layout of the neighbours (jsonc-parser's own removal would take
 * comments between the element and its neighbour with it).
 */
export function remove(doc: ParsedDocument, path: JsonPath, indent?: Indentation): TextEdit[] {
  void indent;
  const value = doc.root ? jsonc.findNodeAtLocation(doc.root, path) : undefined;
  if (!value) return [];
  const node = value.parent?.type === 'property' ? value.parent : value;
  const container = node.parent;
  if (!container || (container.type !== 'object' && container.type !== 'array')) return [];
  const siblings = container.children ?? [];
  const i = siblings.indexOf(node);
  const text = doc.text;
  let start = node.offset;
  let end = node.offset + node.length;
  const edits: Array<{ start: number; end: number }> = [];
  const commaAfter = nextToken(text, end, container.offset + container.length);
  if (commaAfter && commaAfter.kind === jsonc.SyntaxKind.CommaToken) {
    end = commaAfter.offset + 1;
  } else if (i > 0) {
    // The last element: its separator is the comma after the previous one.
    const prev = siblings[i - 1];
    const comma = nextToken(text, prev.offset + prev.length, node.offset);
    if (comma && comma.kind === jsonc.SyntaxKind.CommaToken) edits.push({ start: comma.offset, end: comma.offset + 1 });
  }
  // Take the whole line when the element stood alone on it.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t\r]*$/.test(text.slice(end, lineEnd))) {
    start = lineStart;
    end = Math.min(text.length, lineEnd + 1);
  } else {
    // Inline: also drop the spaces that followed the separator.
    let before = start - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
    if (/[,{[]/.test(text[before] ?? '')) while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  }
  edits.push({ start, end });
  return edits.map((e) => ({ range: { start: doc.textDocument.positionAt(e.start), end: doc.textDocument.positionAt(e.end) }, newText: '' }));
}

/** The first token after `from` that is not whitespace or a comment, if it starts before `limit`. */
function nextToken(text: string, from: number, limit: number): { kind: jsonc.SyntaxKind; offset: number } | undefined {
  const scanner = jsonc.createScanner(text.slice(from, limit), false);
  for (let k = scanner.scan(); k !== jsonc.SyntaxKind.EOF; k = scanner.scan()) {
    if (k === jsonc.SyntaxKind.Trivia || k === jsonc.SyntaxKind.LineBreakTrivia || k === jsonc.SyntaxKind.LineCommentTrivia || k === jsonc.SyntaxKind.BlockCommentTrivia) continue;
    return { kind: k, offset: from + scanner.getTokenOffset() };
  }
  return undefined;
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
