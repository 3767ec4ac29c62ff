/**
 * Learning aids in the hover of the key fields. The concept texts with their comparison tables live in
 * the field docs (`concept`, rendered by hover.ts); this module adds what they cannot know:
 * - the rules of the catalogue related to the field, found at run time by topic (and keyword), each
 *   linked to its documentation;
 * - on `executionRoleArn` / `taskRoleArn`, the role analysis of this very document: what the role must
 *   allow, and for which field.
 */
import type { Lang } from '../../common/settings';
import type { Bilingual } from '../field-docs/types';
import { roleNeedsMarkdown, type RoleKind } from '../iam';
import { joinBlocks } from '../i18n/text';
import type { ParsedDocument } from '../model/document';
import { allRules } from '../rules';
import type { Rule, Topic } from '../rules/rule';
import { hoverExtensions } from './hover-extensions';

interface LearningEntry {
  /** Topics whose rules relate to the field. */
  topics: Topic[];
  /** Narrows the topic's rules (matched on the rule name and English title); all of them when nothing matches. */
  match?: RegExp;
  /** Rules of any topic whose name matches are related too. */
  alsoNamed?: RegExp;
  role?: RoleKind;
}

/** The fields with a learning aid, by doc key. */
export const LEARNING_FIELDS: Record<string, LearningEntry> = {
  requiresCompatibilities: { topics: ['launch-types'], alsoNamed: /launch-type/i },
  executionRoleArn: { topics: ['iam'], alsoNamed: /execution-role/i, role: 'execution' },
  taskRoleArn: { topics: ['iam'], alsoNamed: /task-role/i, role: 'task' },
  networkMode: { topics: ['networking'], alsoNamed: /network-mode|awsvpc/i },
  'containerDefinitions[].portMappings': { topics: ['networking'], match: /port/i, alsoNamed: /load-balancer|target-type/i },
  'volumes[].efsVolumeConfiguration': { topics: ['storage'], match: /efs|access.point/i, alsoNamed: /efs/i },
};

/**
 * The fields of a service definition with a learning aid: their related rules (ECS701–ECS711), as the
 * task fields above show theirs.
 */
export const SERVICE_LEARNING_FIELDS: Record<string, LearningEntry> = {
  loadBalancers: { topics: ['service'], match: /load-balancer|target-type/i },
  'loadBalancers[]': { topics: ['service'], match: /load-balancer|target-type/i },
  'loadBalancers[].targetGroupArn': { topics: ['service'], match: /load-balancer-target|classic|target-type/i },
  'loadBalancers[].loadBalancerName': { topics: ['service'], match: /load-balancer-target|classic/i },
  'loadBalancers[].containerName': { topics: ['service'], match: /load-balancer-(container|unknown-container)|service-load-balancer/i },
  'loadBalancers[].containerPort': { topics: ['service'], match: /load-balancer-(container|unknown-port)|service-load-balancer/i },
  launchType: { topics: ['service'], match: /launch-type|awsvpc|classic/i },
  capacityProviderStrategy: { topics: ['service'], match: /launch-type-with-capacity/i },
  networkConfiguration: { topics: ['service'], match: /awsvpc/i },
  'networkConfiguration.awsvpcConfiguration': { topics: ['service'], match: /awsvpc/i },
  taskDefinition: { topics: ['service'], match: /launch-type-mismatch|unknown-container|unknown-port|service-load-balancer|task-definition-ambiguous/i },
  deploymentConfiguration: { topics: ['service'], match: /deployment/i },
};

export const learningTexts = {
  relatedRules: { en: 'Related rules', vi: 'Các rule liên quan' },
} satisfies Record<string, Bilingual>;

/** The rules related to a field, in code order. */
export function relatedRules(key: string, rules: readonly Rule[] = allRules, kind: 'task' | 'service' = 'task'): Rule[] {
  const table = kind === 'service' ? SERVICE_LEARNING_FIELDS : LEARNING_FIELDS;
  const entry = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  if (!entry) return [];
  const inTopic = rules.filter((r) => entry.topics.includes(r.topic));
  const narrowed = entry.match ? inTopic.filter((r) => entry.match!.test(`${r.name} ${r.title.en}`)) : inTopic;
  const picked = new Set<Rule>(narrowed.length ? narrowed : inTopic);
  if (entry.alsoNamed) for (const r of rules) if (entry.alsoNamed.test(r.name)) picked.add(r);
  // Codes are `ECS` and three digits: plain order. (`localeCompare` set up ICU's collator on the first
  // hover, 6 ms of the first hover after start.)
  return [...picked].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** "Related rules" with links to each rule's documentation, per language. */
export function relatedRulesMarkdown(key: string, langs: readonly Lang[], rules: readonly Rule[] = allRules, kind: 'task' | 'service' = 'task'): string | undefined {
  const list = relatedRules(key, rules, kind);
  if (!list.length) return undefined;
  return joinBlocks(langs, (l) => [`**${learningTexts.relatedRules[l]}**`, '', ...list.map((r) => `- [${r.code}](${r.docs}) ${r.title[l]}`)].join('\n'));
}

/** The hover section of a learning field, or undefined for other fields. */
export function learningHover(doc: ParsedDocument, key: string, langs: readonly Lang[]): string | undefined {
  const kind = doc.service ? 'service' : doc.task ? 'task' : undefined;
  if (!kind) return undefined;
  const table = kind === 'service' ? SERVICE_LEARNING_FIELDS : LEARNING_FIELDS;
  const entry = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  if (!entry) return undefined;
  const cacheKey = `${key}\u0000${langs.join(',')}`;
  let cached = hoverCache.get(doc);
  if (!cached) hoverCache.set(doc, (cached = new Map()));
  if (cached.has(cacheKey)) return cached.get(cacheKey);
  const parts: string[] = [];
  if (entry.role && kind === 'task') parts.push(roleNeedsMarkdown(doc, entry.role, langs));
  const rules = relatedRulesMarkdown(key, langs, allRules, kind);
  if (rules) parts.push(rules);
  const text = parts.length ? parts.join('\n\n') : undefined;
  cached.set(cacheKey, text);
  return text;
}

/** The learning sections already rendered for a document version (the role analysis reads the whole document). */
const hoverCache = new WeakMap<ParsedDocument, Map<string, string | undefined>>();

hoverExtensions.push(learningHover);
