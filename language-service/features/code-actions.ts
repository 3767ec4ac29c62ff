import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { EcsSettings, Lang } from '../../common/settings';
import { applyTextEdits, detectIndentation, minimalEdit, type Indentation } from '../edits/json-edits';
import { localize } from '../i18n/text';
import { ui } from '../i18n/ui';
import { parseDocument, type ParsedDocument } from '../model/document';
import { taskFacts } from '../model/task-facts';
import { ruleByCode } from '../rules';
import type { Fix, FixContext, Rule } from '../rules/rule';
import { computeDiagnostics, DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';
import { FIX_ALL_KIND } from './code-action-kinds';

export { FIX_ALL_KIND };

function dataOf(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as DiagnosticData | undefined;
  if (data && typeof data === 'object' && typeof data.code === 'string') return data;
  return typeof d.code === 'string' ? { code: d.code } : undefined;
}

/** The fixes a rule offers: its main fix first, then its alternatives. */
export function fixesOf(rule: Rule | undefined): Fix[] {
  if (!rule) return [];
  return [...(rule.fix ? [rule.fix] : []), ...(rule.alternatives ?? [])];
}

/**
 * The fix edits of one diagnostic (reads only `code` and `data`, never the message). `which` picks
 * the rule's main fix (0) or one of its alternatives (1, 2...).
 */
export function fixEdits(doc: ParsedDocument, d: Diagnostic, indent?: Indentation, which = 0): { rule: Rule; fix: Fix; edits: TextEdit[] } | undefined {
  if (d.source !== undefined && d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = dataOf(d);
  const rule = data && ruleByCode(data.code);
  const fix = fixesOf(rule)[which];
  if (!rule || !fix) return undefined;
  const ctx: FixContext = { doc, facts: taskFacts(doc), indent: indent ?? detectIndentation(doc.text), diagnostic: d, data: data?.fix ?? {} };
  const edits = fix.edits(ctx);
  if (!edits || !edits.length) return undefined;
  // jsonc-parser's modify re-formats around the change; reduce the edit to what really changes, so
  // that unrelated text (and other fixes of a "fix all" round) is not touched.
  const minimal = minimalEdit(doc, applyTextEdits(doc, edits));
  return minimal.length ? { rule, fix, edits: minimal } : undefined;
}

/** What a lazily offered quick fix carries until `codeAction/resolve` computes its edit. */
export interface LazyFixData {
  ecsLazyFix: { uri: string; version: number; diagnostic: Diagnostic };
}

export interface CodeActionOptions {
  /**
   * Offer quick fixes that carry data (`Diagnostic.data.fix`) without their edit, to be computed by
   * `resolveCodeAction` when one is chosen. For clients with `codeAction/resolve` support: a request
   * covering many diagnostics of a large document then costs no edit computation at all.
   */
  lazy?: boolean;
}

/**
 * A fix title as the quick fix menu shows it: plain text, so the Markdown backticks of the bilingual
 * titles (which the docs render) are dropped.
 */
export function menuTitle(title: string): string {
  return title.replace(/`([^`]*)`/g, '$1');
}

/** Quick fixes for the diagnostics in the request, plus the "fix all" source action. */
export function codeActions(doc: ParsedDocument, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, settings: EcsSettings, langs: readonly Lang[], onError?: FixError, options: CodeActionOptions = {}): CodeAction[] {
  const actions: CodeAction[] = [];
  const wantQuick = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
  // "Fix all" re-validates the document several times: only when the editor asks for source actions
  // (the source action menu, code actions on save, the CLI), not for every lightbulb request.
  const wantFixAll = !!only && only.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source);
  if (wantQuick) {
    const indent = detectIndentation(doc.text, settings.editorIndent);
    for (const d of diagnostics) {
      try {
        const lazyRule = options.lazy ? lazyFixRule(d) : undefined;
        const data = dataOf(d)?.fix ?? {};
        const fixes = fixesOf(d.source === undefined || d.source === DIAGNOSTIC_SOURCE ? ruleByCode(dataOf(d)?.code ?? '') : undefined);
        fixes.forEach((fix, which) => {
          if (lazyRule && which === 0) {
            // The main fix is offered without its edit, to be computed by codeAction/resolve.
            const lazyData: LazyFixData = { ecsLazyFix: { uri: doc.uri, version: doc.version, diagnostic: d } };
            actions.push({ title: menuTitle(localize(fix.title, langs, fix.titleArgs?.(data))), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.safe, data: lazyData });
            return;
          }
          const f = fixEdits(doc, d, indent, which);
          if (!f) return;
          actions.push({
            title: menuTitle(localize(fix.title, langs, fix.titleArgs?.(data))),
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            // Only the main fix can be the preferred one (applied by a single keystroke, "Fix all" and --fix).
            isPreferred: which === 0 && fix.safe,
            edit: { changes: { [doc.uri]: f.edits } },
          });
        });
      } catch (e) {
        onError?.(`fix ${String(d.code)}`, e);
      }
    }
  }
  if (wantFixAll && (doc.task || doc.service)) {
    const all = fixAllText(doc, settings, langs, onError);
    if (all !== undefined && all !== doc.text) {
      actions.push({ title: menuTitle(localize(ui.fixAllTitle, langs, undefined)), kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: minimalEdit(doc, all) } } });
    }
  }
  return actions;
}

/** The rule of a diagnostic whose fix can be offered before its edit is computed: it has a fix and the data for it. */
function lazyFixRule(d: Diagnostic): Rule | undefined {
  if (d.source !== undefined && d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = dataOf(d);
  const rule = data && ruleByCode(data.code);
  // A rule with alternatives decides between its fixes from the document: computed now, never lazily
  // (a lazily offered main fix could resolve to nothing).
  return rule?.fix && !rule.alternatives?.length && data?.fix && Object.keys(data.fix).length ? rule : undefined;
}

/** Fills in the edit of a lazily offered quick fix; without one when the fix no longer applies. */
export function resolveCodeAction(doc: ParsedDocument, action: CodeAction, settings?: Pick<EcsSettings, 'editorIndent'>): CodeAction {
  const lazy = (action.data as LazyFixData | undefined)?.ecsLazyFix;
  // A fix computed on another version of the text could land in the wrong place: offer nothing.
  if (!lazy || action.edit || lazy.uri !== doc.uri || lazy.version !== doc.version) return action;
  const f = fixEdits(doc, lazy.diagnostic, detectIndentation(doc.text, settings?.editorIndent));
  return f ? { ...action, edit: { changes: { [doc.uri]: f.edits } } } : action;
}

/** Where a fix or a rule threw (`fix ECS005`, `rule ECS005`), and what. */
export type FixError = (where: string, e: unknown) => void;

/**
 * Applies every safe fix until none is left. Each round takes the fixes of the current text whose
 * edits do not overlap, applies them together, re-parses and re-validates; a round whose result
 * would stop parsing falls back to its first fix alone. A fix that throws is skipped and a rule that
 * throws on an intermediate text is left out of that round, both reported through `onError`.
 *
 * While the text does not parse (a JSON syntax error, or a finding of a rule marked `syntax`), only
 * the fixes of syntax rules are applied: any other fix would work on a tree guessed from broken
 * text. Without such a fix, a document that does not parse is left as it is.
 */
export function fixAllText(doc: ParsedDocument, settings: EcsSettings, langs: readonly Lang[], onError?: FixError, maxRounds = 50, editable?: (start: number, end: number, textLength: number) => boolean): string | undefined {
  let cur = doc;
  const indent = detectIndentation(doc.text, settings.editorIndent);
  const hint = doc.shape === 'service' ? 'service' : doc.shape !== 'other' ? 'task' : undefined;
  const tried = new Set<string>();
  // The same failure in several rounds is reported once.
  const reported = new Set<string>();
  const report = (where: string, e: unknown): void => {
    const key = `${where}\n${e instanceof Error ? e.message : String(e)}`;
    if (!reported.has(key)) onError?.(where, e);
    reported.add(key);
  };
  for (let round = 0; round < maxRounds; round++) {
    const batch: Array<{ start: number; end: number; edits: TextEdit[] }> = [];
    const ruleError = (rule: Rule, e: unknown): void => report(`rule ${rule.code}${cur === doc ? '' : ' (on the text after fixes)'}`, e);
    // Every finding counts here, even of a rule the user turned off: a document either parses or not.
    const diagnostics = computeDiagnostics(cur, { rules: {} }, langs, ruleError);
    const broken = cur.tooDeep || cur.syntaxErrors.length > 0 || diagnostics.some((d) => ruleByCode(String(d.code))?.syntax);
    for (const d of diagnostics) {
      const rule = ruleByCode(String(d.code));
      if (!rule?.fix?.safe || (broken && !rule.syntax) || settings.rules[rule.code] === 'off') continue;
      const sig = `${d.code}:${JSON.stringify(dataOf(d)?.fix ?? {})}:${cur.text.length}`;
      if (tried.has(sig)) continue;
      tried.add(sig);
      try {
        const f = fixEdits(cur, d, indent);
        if (!f) continue;
        const offsets = f.edits.map((e) => [cur.textDocument.offsetAt(e.range.start), cur.textDocument.offsetAt(e.range.end)]);
        const start = Math.min(...offsets.map((o) => o[0]));
        const end = Math.max(...offsets.map((o) => o[1]));
        if (editable && !editable(start, end, cur.text.length)) continue;
        // Keep only fixes that touch a region no other fix of this round touches.
        if (batch.some((b) => start < b.end && b.start < end) || batch.some((b) => start === b.start && end === b.end)) continue;
        batch.push({ start, end, edits: f.edits });
      } catch (e) {
        report(`fix ${String(d.code)}`, e);
      }
    }
    if (!batch.length) break;
    const attempt = (items: typeof batch): ParsedDocument | undefined => {
      const text = applyTextEdits(cur, items.flatMap((b) => b.edits));
      const next = parseDocument(TextDocument.create(doc.uri, 'json', cur.version + 1, text), hint, doc.placeholders);
      if (doc.containerArray) next.containerArray = doc.containerArray;
      // A fix must never make a parsable document unparsable.
      return cur.syntaxErrors.length === 0 && next.syntaxErrors.length > 0 ? undefined : next;
    };
    let next: ParsedDocument | undefined;
    try {
      next = attempt(batch) ?? attempt(batch.slice(0, 1));
    } catch (e) {
      report('fix-all (applying the edits)', e);
      next = undefined;
    }
    if (!next) break;
    cur = next;
  }
  return cur.text === doc.text ? undefined : cur.text;
}
