/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, the whole
 * rule catalogue as `tool.driver.rules`, results with paths relative to the working folder
 * (`%SRCROOT%`). Regions are 1-based, columns in UTF-16 code units (`columnKind`), as LSP counts them.
 * No `snippet` is emitted: the file's text (and so a secret value in it) never leaves the machine.
 */
import path = require('path');
import { pathToFileURL } from 'url';
import type { Lang } from '../../common/settings';
import { localize } from '../../language-service/i18n/text';
import { allRules } from '../../language-service/rules';
import type { Severity } from '../../language-service/rules/rule';
import type { CheckResult, SeverityName } from './check';
import { displayPath } from './files';
import { t } from './i18n';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<SeverityName | Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A SARIF log as a plain object (its schema is checked by the CLI tests). */
export type SarifLog = Record<string, unknown>;

function artifactUri(abs: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(abs).href };
}

export function sarifReport(result: CheckResult, cwd: string, lang: Lang, version: string): SarifLog {
  const langs = [lang];
  const ruleIndex = new Map(allRules.map((r, i) => [r.code, i]));
  const rules = allRules.map((r) => {
    const examples = r.examples ? `\n\n${localize(t.exampleBad, langs)}:\n\n\`\`\`json\n${r.examples.bad}\n\`\`\`\n\n${localize(t.exampleGood, langs)}:\n\n\`\`\`json\n${r.examples.good}\n\`\`\`` : '';
    return {
      id: r.code,
      name: r.name,
      shortDescription: { text: localize(r.title, langs) },
      fullDescription: { text: localize(r.description, langs) },
      helpUri: r.docs,
      help: { text: `${localize(r.description, langs)}\n${r.docs}`, markdown: `${localize(r.description, langs)}${examples}\n\n[${localize(t.ruleDocs, langs)}](${r.docs})` },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { tags: ['ecs', 'task-definition', r.topic] },
    };
  });
  const results = result.files.flatMap((f) =>
    f.problems.map((p) => {
      const code = String(p.diagnostic.code ?? '');
      const { start, end } = p.diagnostic.range;
      const region = { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
      const res: Record<string, unknown> = {
        ruleId: code,
        level: LEVEL[p.severity],
        message: { text: p.diagnostic.message },
        locations: [{ physicalLocation: { artifactLocation: artifactUri(f.path, cwd), region } }],
      };
      const idx = ruleIndex.get(code);
      if (idx !== undefined) res.ruleIndex = idx;
      return res;
    }),
  );
  const notifications = result.errors.map((e) => ({
    level: 'error',
    message: { text: `${displayPath(e.path, cwd)}: ${e.kind}${e.reason ? ` (${e.reason})` : ''}` },
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ecs-taskdef', semanticVersion: version, version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        language: lang,
        invocations: [{ executionSuccessful: result.errors.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}
