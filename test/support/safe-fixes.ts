/**
 * The property behind "a safe fix is safe": applying any fix marked safe (alone, as a quick fix, and
 * all together, as "Fix all" and `ecs-taskdef check --fix` do) never introduces an error or a warning
 * the document did not have, and never leaves a document that does not parse.
 */
import { parseTree, type ParseError } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { defaultSettings } from '../../common/settings';
import { EcsLanguageService } from '../../language-service';

const service = new EcsLanguageService({ onError: (where, e) => { throw new Error(`${where}: ${e instanceof Error ? e.stack : String(e)}`); } });
let version = 1;

function syntaxErrors(text: string): number {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  return errors.length;
}

/** Error and warning counts by code. */
function serious(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === 1 || d.severity === 2) out.set(String(d.code), (out.get(String(d.code)) ?? 0) + 1);
  return out;
}

function diagnose(uri: string, text: string): Diagnostic[] {
  return service.diagnostics(TextDocument.create(uri, 'json', version++, text), defaultSettings, ['en']);
}

/** What is wrong with `after` compared with `before`: new error/warning codes, or a text that stopped parsing. */
function regressions(uri: string, before: string, beforeDiagnostics: readonly Diagnostic[], after: string): string[] {
  const problems: string[] = [];
  const errorsBefore = syntaxErrors(before);
  const errorsAfter = syntaxErrors(after);
  if (errorsBefore === 0 ? errorsAfter > 0 : errorsAfter > errorsBefore) problems.push(`the result does not parse (${errorsAfter} syntax errors, ${errorsBefore} before)`);
  const was = serious(beforeDiagnostics);
  for (const [code, n] of serious(diagnose(uri, after))) {
    if (n > (was.get(code) ?? 0)) problems.push(`${code}: ${n} after, ${was.get(code) ?? 0} before`);
  }
  return problems;
}

export interface SafeFixReport {
  /** How many safe fixes were applied one by one (so a test can check it checked something). */
  applied: number;
  /** One line per regression. */
  failures: string[];
}

/** Applies each safe quick fix of the document alone, then "Fix all", and reports every regression. */
export function checkSafeFixes(uri: string, text: string): SafeFixReport {
  const report: SafeFixReport = { applied: 0, failures: [] };
  const doc = TextDocument.create(uri, 'json', version++, text);
  if (service.kindOf(doc, defaultSettings) === 'none') return report;
  const diagnostics = service.diagnostics(doc, defaultSettings, ['en']);
  for (const action of service.codeActions(doc, diagnostics, ['quickfix'], defaultSettings, ['en'])) {
    // isPreferred marks the main fix of a rule whose fix is safe: what fix-all and --fix apply.
    if (!action.isPreferred || !action.edit?.changes?.[uri]) continue;
    report.applied++;
    const after = TextDocument.applyEdits(doc, action.edit.changes[uri]);
    for (const p of regressions(uri, text, diagnostics, after)) report.failures.push(`${action.diagnostics?.[0]?.code} "${action.title}": ${p}`);
  }
  const all = service.fixAll(doc, defaultSettings, ['en']);
  if (all !== undefined) for (const p of regressions(uri, text, diagnostics, all)) report.failures.push(`fix all: ${p}`);
  return report;
}
