import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Bilingual } from '../field-docs/types';
import type { Args } from '../i18n/text';
import type { JsonNode, ParsedDocument } from '../model/document';
import type { TaskFacts } from '../model/task-facts';
import type { SchemaIssue } from '../schema/validate';
import type { Indentation } from '../edits/json-edits';

/**
 * Where the missing thing of an absence finding would be:
 * - `here`: in the object (or list) the finding is underlined in;
 * - `task`: among the task-level fields (`executionRoleArn`, `cpu`, `requiresCompatibilities`...);
 * - `hereAndTask`: either (a container's memory, or the task's);
 * - `anywhere`: in any container or volume (the health check of the container depended on, a mount
 *   of the volume).
 */
export type Absence = 'here' | 'task' | 'hereAndTask' | 'anywhere';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Topics, in catalogue order. The folder of each rule is its topic. */
export type Topic = 'structure' | 'launch-types' | 'iam' | 'networking' | 'storage' | 'containers' | 'security' | 'service';

export interface Finding {
  /** What to underline: a node, or an explicit offset/length. */
  node: { offset: number; length: number };
  /** Values for the `{name}` slots of the rule's message. Never put a secret value here. */
  args?: Args;
  /** What the quick fix needs (JSON-serialisable). Sent as `Diagnostic.data.fix`. */
  data?: Record<string, unknown>;
  /** Extra related spans (e.g. the other duplicate). */
  related?: Array<{ node: { offset: number; length: number }; message: Bilingual; args?: Args }>;
  /** Mark as unnecessary (faded), e.g. an unused volume. */
  unnecessary?: boolean;
  /** Use `rule.variants[variant]` instead of `rule.message` (e.g. with and without "did you mean"). */
  variant?: string;
  /** Override the rule's default severity for this finding (before user settings apply). */
  severity?: Severity;
  /** This finding is about something missing: as `Rule.absence`, for rules that report both kinds. */
  absent?: Absence;
}

/** The other definitions of the workspace, for rules that check a service against its task definition. */
export interface WorkspaceView {
  /** The task definition a service definition points at, when it is in the workspace. */
  taskDefinitionFor(service: ParsedDocument): ParsedDocument | undefined;
  /** The service definitions that point at this task definition family. */
  servicesOf(family: string): ParsedDocument[];
  /** Every task definition of the service's family, when it was paired by family (not by the setting). */
  familyCandidates(service: ParsedDocument): ParsedDocument[];
  /** A file's path relative to its workspace folder, for messages. */
  relativePath(uri: string): string;
}

export interface RuleContext {
  readonly doc: ParsedDocument;
  /** Other definitions of the workspace (undefined when checking a lone document). */
  readonly workspace?: WorkspaceView;
  /** Undefined when the document has no task definition object. */
  readonly facts: TaskFacts | undefined;
  /** Schema issues, computed once and shared by the structural rules. */
  schemaIssues(): readonly SchemaIssue[];
  report(finding: Finding): void;
}

export interface FixContext {
  readonly doc: ParsedDocument;
  readonly facts: TaskFacts | undefined;
  readonly indent: Indentation;
  /** The diagnostic being fixed; its `data.fix` holds what `check` attached. */
  readonly diagnostic: Diagnostic;
  readonly data: Record<string, unknown>;
}

export interface Fix {
  /** Title template; may use `{name}` slots from the diagnostic data. */
  title: Bilingual;
  /** Safe to apply without looking (used by "Fix all" and `ecs-taskdef check --fix`). */
  safe: boolean;
  /** The edits, or undefined when the fix does not apply to this document any more. */
  edits(ctx: FixContext): TextEdit[] | undefined;
  /** Optional: title arguments taken from the data. */
  titleArgs?(data: Record<string, unknown>): Args;
}

export interface Rule {
  /** Stable code, e.g. `ECS101`. Never reused. */
  code: string;
  /** Short kebab-case name, e.g. `fargate-requires-awsvpc`. */
  name: string;
  topic: Topic;
  severity: Severity;
  /** One-line title for the catalogue. */
  title: Bilingual;
  /** The diagnostic message; `{slots}` are filled from the finding's args. */
  message: Bilingual;
  /** Alternative messages selected by `Finding.variant`. */
  variants?: Record<string, Bilingual>;
  /** A short explanation for the catalogue and `ecs-taskdef explain`. */
  description: Bilingual;
  /** AWS documentation page for the rule. */
  docs: string;
  /** Examples for the catalogue and a test that the rule fires on `bad` and not on `good` (full task definitions). */
  examples?: { bad: string; good: string };
  /** Which definitions the rule checks: task definitions (default), service definitions, or both. */
  appliesTo?: 'task' | 'service' | 'both';
  /**
   * The rule reports that the text is not (strict) JSON. While a document has a finding of such a
   * rule, "Fix all" and `ecs-taskdef check --fix` apply only the fixes of syntax rules: the other
   * fixes would work on a tree the AWS CLI would never see.
   */
  syntax?: boolean;
  /**
   * The rule reports something missing: a property, the container or volume a name refers to, or a
   * value it assumes because a field is absent. After a real syntax error such a finding is dropped
   * when what is missing could be in the part the parser could not read (model/damage.ts). Where the
   * rule looks for it decides when that is. Rules that report both kinds mark their absence findings
   * with `Finding.absent` instead.
   */
  absence?: Absence;
  /** The rule reads the text, not the parse tree (comments): a syntax error elsewhere cannot cause its findings. */
  fromText?: boolean;
  check(ctx: RuleContext): void;
  fix?: Fix;
  /**
   * Other quick fixes offered next to `fix` for the same diagnostic (for example "lower memory" and
   * "raise cpu"). Never applied by "Fix all" or `--fix`; each returns no edits where it does not apply.
   */
  alternatives?: Fix[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { JsonNode };
