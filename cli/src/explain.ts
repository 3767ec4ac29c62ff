/** `ecs-taskdef explain [CODE]`: a rule's documentation from the rule catalogue, or the list of rules. */
import type { Lang } from '../../common/settings';
import { localize } from '../../language-service/i18n/text';
import { allRules, ruleByCode } from '../../language-service/rules';
import type { Rule } from '../../language-service/rules/rule';
import { closest } from '../../language-service/model/strings';
import { UsageError } from './args';
import type { Palette } from './color';
import { severityNames, t } from './i18n';

function pretty(example: string): string {
  try {
    return JSON.stringify(JSON.parse(example), null, 2);
  } catch {
    return example; // JSONC or a deliberately broken example: shown as written
  }
}

function indent(text: string, by = '  '): string {
  return text.split('\n').map((l) => by + l).join('\n');
}

export function explainRule(rule: Rule, lang: Lang, c: Palette): string {
  const langs = [lang];
  const fix = rule.fix ? (rule.fix.safe ? t.fixSafe : t.fixUnsafe) : t.fixNone;
  const lines = [
    `${c.bold(rule.code)}  ${rule.name}`,
    c.bold(localize(rule.title, langs)),
    '',
    localize(rule.description, langs),
    '',
    `${localize(t.ruleTopic, langs)}: ${rule.topic}`,
    `${localize(t.ruleSeverity, langs)}: ${localize(severityNames[rule.severity], langs)}`,
    `${localize(t.ruleFix, langs)}: ${localize(fix, langs)}`,
    `${localize(t.ruleDocs, langs)}: ${c.underline(rule.docs)}`,
  ];
  if (rule.examples) {
    lines.push('', c.red(localize(t.exampleBad, langs) + ':'), indent(pretty(rule.examples.bad)), '', c.green(localize(t.exampleGood, langs) + ':'), indent(pretty(rule.examples.good)));
  }
  return lines.join('\n') + '\n';
}

export function listRules(lang: Lang, c: Palette): string {
  const langs = [lang];
  const w = Math.max(...allRules.map((r) => localize(severityNames[r.severity], langs).length));
  const lines = allRules.map((r) => `${c.bold(r.code)}  ${localize(severityNames[r.severity], langs).padEnd(w)}  ${localize(r.title, langs)}`);
  lines.push('', localize(t.rulesHeader, langs, { count: allRules.length }));
  return lines.join('\n') + '\n';
}

/** The documentation of `code`; a usage error (with a suggestion) when no rule has that code. */
export function explain(code: string | undefined, lang: Lang, c: Palette): string {
  if (code === undefined) return listRules(lang, c);
  const wanted = /^\d{1,3}$/.test(code.trim()) ? 'ECS' + code.trim().padStart(3, '0') : code.trim();
  const rule = ruleByCode(wanted);
  if (rule) return explainRule(rule, lang, c);
  const suggestion = closest(code.toUpperCase(), allRules.map((r) => r.code));
  throw new UsageError(suggestion ? { en: `${t.unknownRule.en} ${t.didYouMean.en}`, vi: `${t.unknownRule.vi} ${t.didYouMean.vi}` } : { en: `${t.unknownRule.en} ${t.listHint.en}`, vi: `${t.unknownRule.vi} ${t.listHint.vi}` }, { code, suggestion: suggestion ?? '' });
}
