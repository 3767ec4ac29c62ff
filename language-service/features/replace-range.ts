/**
 * What a completion replaces: the string or the bare word being typed at the cursor. Shared by property
 * names, values and snippets, so that accepting an item never leaves a stray quote behind.
 *
 * The positions follow VS Code's own JSON completion (vscode-json-languageservice): a string the cursor
 * is in is replaced whole, quotes included; otherwise the word before the cursor, together with the
 * quote that opens it when the string is not closed yet (`"ess|` on a new line, where the editor does not
 * auto-close the quote). test/unit/completion-ranges.test.ts compares both on the same documents.
 */
import * as jsonc from 'jsonc-parser';
import type { JsonNode } from '../model/document';

export interface TypedSlot {
  start: number;
  end: number;
  /** The slot begins with a `"` (a string, closed or not). */
  quoted: boolean;
  /** The slot is a string with both of its quotes. */
  closed: boolean;
}

function isWordChar(c: string | undefined): boolean {
  return !!c && /[\w$-]/.test(c);
}

/** The offset where the line holding `offset` begins (after `\n` or `\r`). */
function lineStartOf(text: string, offset: number): number {
  // A loop, not `lastIndexOf('\r')`: on a file without `\r` that one searches back to the start of
  // the file, on every completion request (it was a quarter of the server's time on a 1 MB file).
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/**
 * The string token that begins at `quote` (strings never span lines), or undefined. `tokenStart`: the
 * caller knows that a token begins at `quote` (a string node of the parse tree), so the line need not
 * be scanned from its start to find out.
 */
function stringTokenAt(text: string, quote: number, tokenStart = false): { end: number; closed: boolean } | undefined {
  if (text[quote] !== '"') return undefined;
  const scanner = jsonc.createScanner(text, false);
  scanner.setPosition(tokenStart ? quote : lineStartOf(text, quote));
  for (;;) {
    const token = scanner.scan();
    if (token === jsonc.SyntaxKind.EOF || token === jsonc.SyntaxKind.LineBreakTrivia) return undefined;
    const offset = scanner.getTokenOffset();
    if (offset > quote) return undefined;
    if (offset === quote) {
      if (token !== jsonc.SyntaxKind.StringLiteral) return undefined;
      return { end: offset + scanner.getTokenLength(), closed: scanner.getTokenError() !== jsonc.ScanError.UnexpectedEndOfString };
    }
  }
}

/**
 * The slot at `offset`. `node` is the scalar node the cursor is in or right after, when the caller found
 * one (a key or a value).
 */
export function typedSlotAt(text: string, offset: number, node?: JsonNode): TypedSlot {
  if (node && (node.type === 'string' || node.type === 'number' || node.type === 'boolean' || node.type === 'null') && offset >= node.offset && offset <= node.offset + node.length) {
    let end = node.offset + node.length;
    const token = node.type === 'string' ? stringTokenAt(text, node.offset, true) : undefined;
    const closed = !!token?.closed && token.end === end;
    if (node.type === 'string' && !closed) {
      // An unclosed string runs to the end of the line: replace only up to the end of the word typed.
      end = offset;
      while (end < text.length && isWordChar(text[end])) end++;
    }
    return { start: node.offset, end, quoted: node.type === 'string', closed };
  }
  let start = offset;
  while (start > 0 && isWordChar(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && isWordChar(text[end])) end++;
  const token = start > 0 ? stringTokenAt(text, start - 1) : undefined;
  if (token && token.end >= offset) {
    // `"ess|` or `"ess|"`: the quote belongs to what is replaced.
    return { start: start - 1, end: token.closed ? token.end : end, quoted: true, closed: token.closed };
  }
  return { start, end, quoted: false, closed: false };
}
