/**
 * Role analysis and IAM policy derivation. `derivePolicies` is the API (the VS Code command, the
 * server's `ecsTaskDefinition.policies` command and the CLI's `ecs-taskdef policy` use it);
 * `roleNeedsMarkdown` renders the same analysis for the hover on `executionRoleArn` / `taskRoleArn`.
 */
import type { Lang } from '../../common/settings';
import { fill } from '../i18n/text';
import { ui } from '../i18n/ui';
import type { ParsedDocument } from '../model/document';
import { derivePolicies, type DerivedPolicies, type PolicyDocument, type RoleKind } from './derive';
import { hoverTexts, roleNames } from './texts';

export { documentTitles, notes as noteTexts } from './texts';

export { derivePolicies, pascal } from './derive';
export type { DeriveOptions, DerivedPolicies, PolicyDocument, PolicyNote, PolicyStatement, RoleKind, RoleNeed } from './derive';

/** "This task definition needs the execution role to allow: …" in each chosen language. */
export function roleNeedsMarkdown(doc: ParsedDocument, role: RoleKind, langs: readonly Lang[], derived: DerivedPolicies = derivePolicies(doc)): string {
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
        const fields = n.fields.map((f) => '`' + f + '`').join(', ');
        lines.push(`- ${n.actions.map((a) => '`' + a + '`').join(', ')}: ${n.reason[lang]} (${hoverTexts.forFields[lang]} ${fields})`);
      }
    }
    if (role === 'task') lines.push('', hoverTexts.execTip[lang]);
    lines.push('', hoverTexts.generate[lang]);
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

/** A policy document as the text of a JSON file. */
export function policyText(p: PolicyDocument): string {
  return JSON.stringify(p, null, 2) + '\n';
}
