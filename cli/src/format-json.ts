import { fileURLToPath } from 'url';
import type { TfLocation } from '../../language-service';
/**
 * Machine output: a stable JSON document. Lines and columns are 1-based (columns in UTF-16 code
 * units, as in LSP). The diagnostics' `data` is left out: it is what a fix needs, not a report.
 */
import type { CheckResult, SeverityName } from './check';
import { SEVERITY_NAMES } from './check';
import { displayPath } from './files';

export interface JsonProblem {
  code: string;
  severity: SeverityName;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docs?: string;
  fixable: boolean;
  /** For a container-definitions array: the problem is in the Terraform code, at this file and line. */
  terraform?: { file: string; line: number; column: number; resource: string };
}

export interface JsonReport {
  tool: { name: string; version: string };
  files: Array<{ path: string; kind: 'task' | 'service' | 'containers'; fixed: boolean; problems: JsonProblem[] }>;
  errors: Array<{ path: string; kind: string; reason: string }>;
  summary: { files: number; problems: number; fixable: number; fixedFiles: number } & Record<SeverityName, number>;
}

export function jsonReport(result: CheckResult, cwd: string, version: string): JsonReport {
  const counts: Record<SeverityName, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixable = 0;
  const files = result.files.map((f) => ({
    path: displayPath(f.path, cwd),
    kind: f.kind,
    fixed: f.fixed,
    problems: f.problems.map((p): JsonProblem => {
      counts[p.severity]++;
      if (p.fixable) fixable++;
      const { start, end } = p.diagnostic.range;
      return {
        code: String(p.diagnostic.code ?? ''),
        severity: p.severity,
        message: p.diagnostic.message,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        docs: p.diagnostic.codeDescription?.href,
        ...terraformOf(p.diagnostic.data, cwd),
        fixable: p.fixable,
      };
    }),
  }));
  const problems = SEVERITY_NAMES.reduce((n, s) => n + counts[s], 0);
  return {
    tool: { name: 'ecs-taskdef', version },
    files,
    errors: result.errors.map((e) => ({ path: displayPath(e.path, cwd), kind: e.kind, reason: e.reason })),
    summary: { files: result.files.length, problems, ...counts, fixable, fixedFiles: result.files.filter((f) => f.fixed).length },
  };
}

function terraformOf(data: unknown, cwd: string): Pick<JsonProblem, 'terraform'> {
  const tf = (data as { tfLocation?: TfLocation } | undefined)?.tfLocation;
  if (!tf) return {};
  return { terraform: { file: displayPath(fileURLToPath(tf.uri), cwd), line: tf.range.start.line + 1, column: tf.range.start.character + 1, resource: tf.label } };
}
