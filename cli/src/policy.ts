/** `ecs-taskdef policy <file>`: the IAM policies the roles need, derived exactly as the editor command does. */
import fs = require('fs');
import { pathToFileURL } from 'url';
import type { Lang } from '../../common/settings';
import { defaultSettings } from '../../common/settings';
import { EcsLanguageService, textDocument } from '../../language-service';
import { derivePolicies, documentTitles, policyText, type DerivedPolicies } from '../../language-service/iam';
import { localize } from '../../language-service/i18n/text';
import type { Format } from './args';
import { UsageError } from './args';
import type { Palette } from './color';
import { t } from './i18n';

export interface PolicyOptions {
  file: string;
  lang: Lang;
  format: Format;
  ecsExec: boolean;
  patterns: readonly string[];
}

/** Thrown for a file that cannot be read or is not a task definition (exit code 2). */
export class PolicyInputError extends Error {}

export function derive(o: PolicyOptions): DerivedPolicies {
  let text: string;
  try {
    text = fs.readFileSync(o.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new PolicyInputError(localize(t.cannotRead, [o.lang], { path: o.file, reason: code === 'ENOENT' ? localize(t.notFound, [o.lang]) : code }));
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const service = new EcsLanguageService();
  const settings = { ...defaultSettings, filePatterns: [...o.patterns] };
  const doc = textDocument(pathToFileURL(o.file).href, text);
  if (service.kindOf(doc, settings) !== 'task') throw new PolicyInputError(localize(t.policyNotTask, [o.lang], { path: o.file }));
  return derivePolicies(service.parse(doc, settings), { ecsExec: o.ecsExec });
}

export function formatPolicies(d: DerivedPolicies, o: PolicyOptions, c: Palette): string {
  const langs = [o.lang];
  if (o.format === 'sarif') throw new UsageError(t.badValue, { value: 'sarif', option: '--format', allowed: 'text, json' });
  if (o.format === 'json') {
    return JSON.stringify({
      executionRolePolicy: d.executionRolePolicy,
      taskRolePolicy: d.taskRolePolicy,
      trustPolicy: d.trustPolicy,
      notes: d.notes.map((n) => ({ message: n.message[o.lang], ...(n.field ? { field: n.field } : {}) })),
    }, null, 2) + '\n';
  }
  const section = (title: string, body: string): string => `${c.bold(title)}\n${body}`;
  // The three documents of the editor command, with its titles.
  const parts = (['executionRolePolicy', 'taskRolePolicy', 'trustPolicy'] as const).map((id) => section(localize(documentTitles[id], langs), policyText(d[id])));
  if (d.notes.length) parts.push(section(localize(t.policyNotes, langs), d.notes.map((n) => `- ${n.message[o.lang]}`).join('\n') + '\n'));
  return parts.join('\n');
}
