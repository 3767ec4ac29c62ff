/**
 * Human output: one line per problem, `path:line:column  severity  CODE  message`, which terminals
 * and editors turn into links. Only positions and messages are printed, never the file's text, so a
 * secret value in the file never reaches a CI log.
 */
import { fileURLToPath } from 'url';
import type { Lang } from '../../common/settings';
import type { TfLocation } from '../../language-service';
import { localize } from '../../language-service/i18n/text';
import type { CheckResult, SeverityName } from './check';
import { SEVERITY_NAMES } from './check';
import type { Palette } from './color';
import { displayPath } from './files';
import { counted, plural, severityNames, severityPlural, t } from './i18n';

export function formatText(result: CheckResult, cwd: string, lang: Lang, c: Palette): string {
  const langs = [lang];
  const lines: string[] = [];
  const colorOf: Record<SeverityName, (s: string) => string> = { error: c.red, warning: c.yellow, information: c.blue, hint: c.gray };
  const counts: Record<SeverityName, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixable = 0;
  for (const f of result.files) {
    const shown = displayPath(f.path, cwd);
    if (f.fixed) lines.push(`${c.underline(shown)}: ${c.green(localize(t.fixed, langs))}`);
    if (!f.problems.length) continue;
    const rows = f.problems.map((p) => {
      counts[p.severity]++;
      if (p.fixable) fixable++;
      // A task-level problem of a container-definitions array found in the Terraform code: its .tf line.
      const tf = (p.diagnostic.data as { tfLocation?: TfLocation } | undefined)?.tfLocation;
      const start = tf ? tf.range.start : p.diagnostic.range.start;
      const file = tf ? displayPath(fileURLToPath(tf.uri), cwd) : shown;
      return {
        where: `${file}:${start.line + 1}:${start.character + 1}`,
        sev: localize(severityNames[p.severity], langs),
        color: colorOf[p.severity],
        code: String(p.diagnostic.code ?? ''),
        message: p.diagnostic.message.replace(/\s*\n\s*/g, ' '),
      };
    });
    const w1 = Math.max(...rows.map((r) => r.where.length));
    const w2 = Math.max(...rows.map((r) => r.sev.length));
    const w3 = Math.max(...rows.map((r) => r.code.length));
    for (const r of rows) {
      lines.push(`${r.where.padEnd(w1)}  ${r.color(r.sev.padEnd(w2))}  ${c.gray(r.code.padEnd(w3))}  ${r.message}`);
    }
  }
  const total = SEVERITY_NAMES.reduce((n, s) => n + counts[s], 0);
  if (lines.length) lines.push('');
  if (total === 0) {
    lines.push(c.green(localize(t.summaryClean, langs, { files: plural(counted.files, lang, result.files.length) })));
  } else {
    const details = SEVERITY_NAMES.filter((s) => counts[s] > 0).map((s) => plural(severityPlural[s], lang, counts[s])).join(', ');
    const summary = localize(t.summaryProblems, langs, { problems: plural(counted.problems, lang, total), details, files: plural(counted.checkedFiles, lang, result.files.length) });
    lines.push(c.bold(counts.error ? c.red(summary) : counts.warning ? c.yellow(summary) : summary));
    if (fixable) lines.push(localize(t.summaryFixable, langs, { count: fixable }));
  }
  const fixedFiles = result.files.filter((f) => f.fixed).length;
  if (fixedFiles) lines.push(localize(t.summaryFixedFiles, langs, { files: plural(counted.files, lang, fixedFiles) }));
  return lines.join('\n') + '\n';
}
