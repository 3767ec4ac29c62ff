import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { EcsSettings, Lang } from '../../common/settings';
import { applyTextEdits, detectIndentation, minimalEdit, type Indentation } from '../edits/json-edits';
import { localize } from '../i18n/text';
import { ui } from '../i18n/ui';
import { parseDocument, type ParsedDocument } from '../model/document';
import { taskFacts } from '../model/task-facts';
import { ruleByCode } from '../rules';
import type { FixContext, Rule } from '../rules/rule';
import { computeDiagnostics, DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.ecsTaskDefinition';

function dataOf(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as DiagnosticData | undefined;
  if (data && typeof data === 'object' && typeof data.code === 'string') return data;
  return typeof d.code === 'string' ? { code: d.code } : undefined;
}

/** The fix edits of one diagnostic (reads only `code` and `data`, never the message). */
export function fixEdits(doc: ParsedDocument, d: Diagnostic, indent?: Indentation): { rule: Rule; edits: TextEdit[] } | undefined {
  if (d.source !== undefined && d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = dataOf(d);
  const rule = data && ruleByCode(data.code);
  if (!rule?.fix) return undefined;
  const ctx: FixContext = { doc, facts: taskFacts(doc), indent: indent ?? detectIndentation(doc.text), diagnostic: d, data: data?.fix ?? {} };
  const edits = rule.fix.edits(ctx);
  return edits && edits.length ? { rule, edits } : undefined;
}

/** Quick fixes for the diagnostics in the request, plus the "fix all" source action. */
export function codeActions(doc: ParsedDocument, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, settings: EcsSettings, langs: readonly Lang[], onError?: (e: unknown) => void): CodeAction[] {
  const actions: CodeAction[] = [];
  const wantQuick = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
  const wantFixAll = !only || only.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source);
  if (wantQuick) {
    for (const d of diagnostics) {
      try {
        const f = fixEdits(doc, d);
        if (!f) continue;
        const fix = f.rule.fix!;
        const data = dataOf(d)?.fix ?? {};
        actions.push({
          title: localize(fix.title, langs, fix.titleArgs?.(data), ' / '),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.safe,
          edit: { changes: { [doc.uri]: f.edits } },
        });
      } catch (e) {
        onError?.(e);
      }
    }
  }
  if (wantFixAll && (doc.task || doc.service)) {
    const all = fixAllText(doc, settings, langs, onError);
    if (all !== undefined && all !== doc.text) {
      actions.push({ title: localize(ui.fixAllTitle, langs, undefined, ' / '), kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: minimalEdit(doc, all) } } });
    }
  }
  return actions;
}

/**
 * Applies every safe fix, one at a time (each on the text the previous one produced, re-validated),
 * until none is left. Returns the new text, or undefined when nothing changed.
 */
export function fixAllText(doc: ParsedDocument, settings: EcsSettings, langs: readonly Lang[], onError?: (e: unknown) => void, maxRounds = 50): string | undefined {
  let cur = doc;
  const indent = detectIndentation(doc.text);
  const tried = new Set<string>();
  for (let round = 0; round < maxRounds; round++) {
    const diags = computeDiagnostics(cur, settings, langs);
    let applied = false;
    for (const d of diags) {
      const rule = ruleByCode(String(d.code));
      if (!rule?.fix?.safe) continue;
      const sig = `${d.code}:${JSON.stringify(dataOf(d)?.fix ?? {})}:${cur.text.length}`;
      if (tried.has(sig)) continue;
      tried.add(sig);
      try {
        const f = fixEdits(cur, d, indent);
        if (!f) continue;
        const text = applyTextEdits(cur, f.edits);
        const next = parseDocument(TextDocument.create(doc.uri, 'json', cur.version + 1, text), doc.shape === 'service' ? 'service' : doc.shape !== 'other' ? 'task' : undefined);
        // A fix must never make a parsable document unparsable.
        if (cur.syntaxErrors.length === 0 && next.syntaxErrors.length > 0) continue;
        cur = next;
        applied = true;
        break;
      } catch (e) {
        onError?.(e);
      }
    }
    if (!applied) break;
  }
  return cur.text === doc.text ? undefined : cur.text;
}
