/**
 * Role analysis and IAM policy derivation. `derivePolicies` is the API (the VS Code command, the
 * server's `ecsTaskDefinition.policies` command and the CLI's `ecs-taskdef policy` use it);
 * `roleNeedsMarkdown` renders the same analysis for the hover on `executionRoleArn` / `taskRoleArn`.
 */
import type { Lang } from '../../common/settings';
import { fill, joinBlocks } from '../i18n/text';
import { ui } from '../i18n/ui';
import type { ParsedDocument } from '../model/document';
import { derivePolicies, type DerivedPolicies, type PolicyDocument, type RoleKind } from './derive';
import { documentTitles, hoverTexts, notes as noteTexts, reportTexts, roleNames } from './texts';
import { propertyValue, stringValue } from '../model/document';

export { documentTitles, notes as noteTexts, questionTexts } from './texts';

export { derivePolicies, pascal } from './derive';
export type { DeriveOptions, DerivedPolicies, PolicyDocument, PolicyNote, PolicyStatement, RoleKind, RoleNeed } from './derive';

const derivedCache = new WeakMap<ParsedDocument, DerivedPolicies>();

/** `derivePolicies(doc)` with the default options, once per parsed document version (the role hovers ask again and again). */
export function derivedPoliciesOf(doc: ParsedDocument): DerivedPolicies {
  let d = derivedCache.get(doc);
  if (!d) {
    d = derivePolicies(doc);
    derivedCache.set(doc, d);
  }
  return d;
}

/**
 * How many fields a need of the role hover names before "and N more": a task definition with 200
 * containers would otherwise list 200 paths per permission (a 40 KB hover on a 1 MB file, unreadable
 * and sent again at each hover). The policy command lists everything.
 */
export const HOVER_FIELDS_SHOWN = 5;

/** The fields of a need as the hover names them: all of them, or the first few and how many more. */
function fieldList(fields: readonly string[], lang: Lang): string {
  const shown = fields.length > HOVER_FIELDS_SHOWN + 1 ? fields.slice(0, HOVER_FIELDS_SHOWN) : fields;
  const list = shown.map((f) => '`' + f + '`').join(', ');
  return shown.length < fields.length ? `${list} ${fill(hoverTexts.moreFields[lang], { count: fields.length - shown.length })}` : list;
}

/** "This task definition needs the execution role to allow: …" in each chosen language. */
export function roleNeedsMarkdown(doc: ParsedDocument, role: RoleKind, langs: readonly Lang[], derived: DerivedPolicies = derivedPoliciesOf(doc)): string {
  const needs = derived.needs.filter((n) => n.role === role);
  const blocks: string[] = [];
  for (const lang of langs) {
    const roleName = roleNames[role][lang];
    const lines: string[] = [];
    if (!needs.length) {
      lines.push(fill(hoverTexts.nothing[lang], { role: roleName }));
    } else {
      lines.push(`**${fill(ui.roleNeeds[lang], { role: roleName })}**`, '');
      for (const n of needs) {
        lines.push(`- ${n.actions.map((a) => '`' + a + '`').join(', ')}: ${n.reason[lang]} (${hoverTexts.forFields[lang]} ${fieldList(n.fields, lang)})`);
      }
    }
    if (role === 'task') lines.push('', hoverTexts.execTip[lang]);
    lines.push('', hoverTexts.generate[lang]);
    blocks.push(lines.join('\n'));
  }
  return joinBlocks(langs, (_, i) => blocks[i]);
}

/** A policy document as the text of a JSON file. */
export function policyText(p: PolicyDocument): string {
  return JSON.stringify(p, null, 2) + '\n';
}

/**
 * All the policies of one task definition as one Markdown document: a titled section per policy that
 * says which role it belongs to (with the role ARN from the file), the policy as a JSON block, and the
 * notes. One block per chosen language, Vietnamese first, separated by a rule.
 */
export function renderPolicies(doc: ParsedDocument, derived: DerivedPolicies, langs: readonly Lang[]): string {
  const family = stringValue(propertyValue(doc.task, 'family')) ?? 'task-definition';
  const arnOf = (field: string): string | undefined => stringValue(propertyValue(doc.task, field));
  const blocks: string[] = [];
  for (const l of langs) {
    const lines: string[] = [`# ${fill(reportTexts.title[l], { family })}`, '', reportTexts.intro[l], ''];
    const role = (field: 'executionRoleArn' | 'taskRoleArn'): string => {
      const arn = arnOf(field);
      return arn ? fill(reportTexts.roleIn[l], { field, arn }) : fill(reportTexts.roleMissing[l], { field });
    };
    const sections: Array<[keyof typeof documentTitles, string, string]> = [
      ['executionRolePolicy', role('executionRoleArn'), noteTexts.executionRoleEmpty.en],
      ['taskRolePolicy', role('taskRoleArn'), noteTexts.taskRoleEmpty.en],
      ['trustPolicy', reportTexts.trustBoth[l], ''],
    ];
    // The note that says a role needs nothing goes into that role's section.
    const shown = new Set<string>();
    for (const [id, target, emptyNote] of sections) {
      lines.push(`## ${documentTitles[id][l]}`, '', fill(reportTexts.attachTo[l], { role: target }), '');
      if (derived[id].Statement.length) {
        lines.push('```json', policyText(derived[id]).trimEnd(), '```', '');
      } else {
        const note = derived.notes.find((n) => n.message.en === emptyNote);
        if (note) shown.add(note.message.en);
        lines.push(note ? note.message[l] : reportTexts.empty[l], '');
      }
    }
    const rest = derived.notes.filter((n) => !shown.has(n.message.en));
    if (rest.length) {
      lines.push(`## ${reportTexts.notes[l]}`, '');
      for (const n of rest) lines.push(`- ${n.message[l]}`);
      lines.push('');
    }
    blocks.push(lines.join('\n'));
  }
  return joinBlocks(langs, (_, i) => blocks[i]);
}
