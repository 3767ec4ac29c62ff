import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { EcsSettings, Lang } from '../../common/settings';
import { localize } from '../i18n/text';
import { rangeOf, type ParsedDocument } from '../model/document';
import { taskFacts } from '../model/task-facts';
import { allRules } from '../rules';
import type { Finding, Rule, RuleContext, Severity, WorkspaceView } from '../rules/rule';
import { schemaFor } from '../schema';
import { definitionOf } from '../model/document';
import { withPlaceholders } from '../model/placeholders';
import { inOpen, inZone, syntaxDamage, type SyntaxDamage } from '../model/damage';
import { READ_ONLY_TASK_FIELDS, validateAgainstSchema, type SchemaIssue } from '../schema/validate';

export const DIAGNOSTIC_SOURCE = 'ecs-taskdef';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  /** The rule code again, so a code action never has to read the message. */
  code: string;
  /** What the rule's fix needs. */
  fix?: Record<string, unknown>;
}

export interface RawFinding {
  rule: Rule;
  finding: Finding;
}

/** Runs every rule that applies to the document and returns what they found. */
export function runRules(doc: ParsedDocument, rules: readonly Rule[] = allRules, onError?: (rule: Rule, e: unknown) => void, workspace?: WorkspaceView): RawFinding[] {
  // Every rule, the schema walk and the facts ask the document's own placeholder styles.
  return withPlaceholders(doc.placeholders, () => runRulesNow(doc, rules, onError, workspace));
}

function runRulesNow(doc: ParsedDocument, rules: readonly Rule[], onError: ((rule: Rule, e: unknown) => void) | undefined, workspace: WorkspaceView | undefined): RawFinding[] {
  const def = definitionOf(doc);
  const facts = def?.kind === 'task' ? taskFacts(doc) : undefined;
  let schemaIssues: SchemaIssue[] | undefined;
  const out: RawFinding[] = [];
  const damage = syntaxDamage(doc);
  for (const rule of rules) {
    const applies = rule.appliesTo ?? 'task';
    // Syntax errors are reported on any document we look at; the other rules need their kind of definition.
    if (!rule.syntax && (!def || (applies !== 'both' && applies !== def.kind))) continue;
    const ctx: RuleContext = {
      doc,
      workspace,
      facts,
      schemaIssues: () => (schemaIssues ??= def ? validateAgainstSchema(def.node, schemaFor(def.kind), def.kind === 'task' ? READ_ONLY_TASK_FIELDS : []) : []),
      report: (finding) => {
        // A variant the rule does not define would silently show its default message: say so loudly.
        if (finding.variant !== undefined && !rule.variants?.[finding.variant]) onError?.(rule, new Error(`${rule.code} reports the message variant "${finding.variant}", which it does not define`));
        // After a real syntax error, nothing that only follows from the broken part (model/damage.ts).
        if (damage.damaged && !rule.syntax && !rule.fromText && isCascade(rule, finding, damage)) return;
        out.push({ rule, finding });
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      // One broken rule must not hide the others.
      onError?.(rule, e);
    }
  }
  return out;
}

/**
 * A finding that may only follow from a real syntax error (model/damage.ts): it sits on, or points at,
 * a value the parser could not read as written; or it is about something missing that could be in
 * the part the parser could not read.
 */
function isCascade(rule: Rule, finding: Finding, damage: SyntaxDamage): boolean {
  if (inZone(damage, finding.node) || finding.related?.some((r) => inZone(damage, r.node))) return true;
  const absence = finding.absent ?? rule.absence;
  if (!absence) return false;
  if (absence === 'anywhere') return true;
  if (absence !== 'here' && damage.taskLevel) return true;
  return absence !== 'task' && inOpen(damage, finding.node);
}

/** Diagnostics of a task definition, in the chosen languages, with user severity overrides applied. */
export function computeDiagnostics(doc: ParsedDocument, settings: Pick<EcsSettings, 'rules' | 'editorReportsJsonSyntax'>, langs: readonly Lang[], onError?: (rule: Rule, e: unknown) => void, workspace?: WorkspaceView): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const editorLanguage = settings.editorReportsJsonSyntax ? doc.textDocument.languageId : undefined;
  for (const { rule, finding } of runRules(doc, allRules, onError, workspace)) {
    if (editorLanguage && repeatsEditor(editorLanguage, rule, finding)) continue;
    const d = toDiagnostic(doc, rule, finding, settings, langs);
    if (d) diags.push(d);
  }
  return diags;
}

/**
 * Whether the editor's own JSON validation already shows this finding (VS Code: syntax errors in
 * `json` and `jsonc`; comments and trailing commas as errors in `json` only).
 */
function repeatsEditor(languageId: string, rule: Rule, finding: Finding): boolean {
  if (languageId !== 'json' && languageId !== 'jsonc') return false;
  if (rule.code === 'ECS001') return finding.variant !== 'tooDeep';
  if (rule.code === 'ECS015' || rule.code === 'ECS016') return languageId === 'json';
  return false;
}

export function toDiagnostic(doc: ParsedDocument, rule: Rule, finding: Finding, settings: Pick<EcsSettings, 'rules'>, langs: readonly Lang[]): Diagnostic | undefined {
  const override = settings.rules[rule.code];
  if (override === 'off') return undefined;
  const severity: Severity = override ?? finding.severity ?? rule.severity;
  const template = (finding.variant && rule.variants?.[finding.variant]) || rule.message;
  const data: DiagnosticData = { code: rule.code };
  if (finding.data) data.fix = finding.data;
  const d: Diagnostic = {
    range: rangeOf(doc, finding.node),
    severity: SEVERITY[severity],
    code: rule.code,
    codeDescription: { href: rule.docs },
    source: DIAGNOSTIC_SOURCE,
    message: localize(template, langs, finding.args),
    data,
  };
  if (finding.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  if (finding.related?.length) {
    d.relatedInformation = finding.related.map((r) => ({ location: { uri: doc.uri, range: rangeOf(doc, r.node) }, message: localize(r.message, langs, r.args) }));
  }
  return d;
}
