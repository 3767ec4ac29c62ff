import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { EcsSettings, Lang } from '../../common/settings';
import { localize } from '../i18n/text';
import { rangeOf, type ParsedDocument } from '../model/document';
import { taskFacts } from '../model/task-facts';
import { allRules } from '../rules';
import type { Finding, Rule, RuleContext, Severity, WorkspaceView } from '../rules/rule';
import { schemaFor } from '../schema';
import { definitionOf } from '../model/document';
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
  const def = definitionOf(doc);
  const facts = def?.kind === 'task' ? taskFacts(doc) : undefined;
  let schemaIssues: SchemaIssue[] | undefined;
  const out: RawFinding[] = [];
  for (const rule of rules) {
    const applies = rule.appliesTo ?? 'task';
    // Syntax errors are reported on any document we look at; the other rules need their kind of definition.
    if (!rule.syntax && (!def || (applies !== 'both' && applies !== def.kind))) continue;
    const ctx: RuleContext = {
      doc,
      workspace,
      facts,
      schemaIssues: () => (schemaIssues ??= def ? validateAgainstSchema(def.node, schemaFor(def.kind), def.kind === 'task' ? READ_ONLY_TASK_FIELDS : []) : []),
      report: (finding) => out.push({ rule, finding }),
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

/** Diagnostics of a task definition, in the chosen languages, with user severity overrides applied. */
export function computeDiagnostics(doc: ParsedDocument, settings: Pick<EcsSettings, 'rules'>, langs: readonly Lang[], onError?: (rule: Rule, e: unknown) => void, workspace?: WorkspaceView): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const { rule, finding } of runRules(doc, allRules, onError, workspace)) {
    const d = toDiagnostic(doc, rule, finding, settings, langs);
    if (d) diags.push(d);
  }
  return diags;
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
