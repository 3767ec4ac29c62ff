import type { TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument, type ParsedDocument } from '../model/document';
import { applyTextEdits, minimalEdit } from './json-edits';

/**
 * Applies several edit steps one after another, each computed on the result of the previous one,
 * and returns a single minimal edit against the original document. Use it when edits would overlap
 * if computed on the same text (removing neighbouring properties, for instance).
 */
export function sequentialEdits(doc: ParsedDocument, steps: Array<(d: ParsedDocument) => TextEdit[] | undefined>): TextEdit[] | undefined {
  let cur = doc;
  let changed = false;
  for (const step of steps) {
    const edits = step(cur);
    if (!edits || !edits.length) continue;
    const text = applyTextEdits(cur, edits);
    cur = parseDocument(TextDocument.create(doc.uri, 'json', cur.version + 1, text), undefined, doc.placeholders);
    changed = true;
  }
  return changed ? minimalEdit(doc, cur.text) : undefined;
}
