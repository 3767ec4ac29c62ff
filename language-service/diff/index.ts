/**
 * Semantic diff of two task definitions: the CLI's `ecs-taskdef diff A B` and the editor's
 * "Compare with task definition…" both call `compareDocuments` and render its result here.
 */
import type { Lang } from '../../common/settings';
import type { ParsedDocument } from '../model/document';
import { localize, type Args } from '../i18n/text';
import type { Bilingual } from '../field-docs/types';
import { diffTaskDefinitions, HIDDEN, pathText, shownValue, type Change } from './diff';
import { normalizeDocument, type Json, type Normalized, type NotNormalizable } from './normalize';
import { diffTexts } from './texts';

export { diffTaskDefinitions, pathText, isSensitive, type Change, type Step } from './diff';
export { normalizeDocument, normalizeTaskDefinition, canonicalText, type Normalized } from './normalize';
export { diffTexts } from './texts';

export type CompareResult =
  | { ok: true; left: Normalized; right: Normalized; changes: Change[] }
  | { ok: false; side: 'left' | 'right'; reason: NotNormalizable };

/** Normalizes both documents and lists what changes from `left` to `right`. */
export function compareDocuments(left: ParsedDocument, right: ParsedDocument): CompareResult {
  const l = normalizeDocument(left);
  if ('error' in l) return { ok: false, side: 'left', reason: l.error };
  const r = normalizeDocument(right);
  if ('error' in r) return { ok: false, side: 'right', reason: r.error };
  return { ok: true, left: l, right: r, changes: diffTaskDefinitions(l.value, r.value) };
}

/** The message for a document that cannot be compared, naming the file. */
export function compareErrorMessage(reason: NotNormalizable, file: string, langs: readonly Lang[]): string {
  return localize(reason === 'syntax' ? diffTexts.badSyntax : diffTexts.notATaskDefinition, langs, { file });
}

const MAX_VALUE = 120;

/** A value on one line, shortened; masked secrets read "(hidden)" in the chosen language. */
function valueText(v: Json | undefined, langs: readonly Lang[]): string {
  const hidden = localize(diffTexts.hidden, langs, undefined);
  if (v === HIDDEN) return hidden;
  const s = (JSON.stringify(v) ?? '').split(JSON.stringify(HIDDEN)).join(JSON.stringify(hidden));
  return s.length > MAX_VALUE ? s.slice(0, MAX_VALUE - 1) + '…' : s;
}

function l(text: Bilingual, langs: readonly Lang[], args?: Args): string {
  return localize(text, langs, args);
}

/** Changes grouped for display: the task first, then each container in name order. */
export function groupChanges(changes: readonly Change[]): Array<{ container?: string; changes: Change[] }> {
  const groups = new Map<string, { container?: string; changes: Change[] }>();
  for (const c of changes) {
    const id = c.container === undefined ? '' : `c:${c.container}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { container: c.container, changes: [] }));
    g.changes.push(c);
  }
  return [...groups.values()].sort((a, b) => (a.container === undefined ? -1 : b.container === undefined ? 1 : a.container.localeCompare(b.container, 'en', { numeric: true })));
}

function groupTitle(g: { container?: string; changes: Change[] }, langs: readonly Lang[]): string {
  if (g.container === undefined) return l(diffTexts.task, langs);
  const whole = g.changes.length === 1 && g.changes[0].path.length === 0 ? g.changes[0].kind : undefined;
  return l(whole === 'added' ? diffTexts.containerAdded : whole === 'removed' ? diffTexts.containerRemoved : diffTexts.container, langs, { name: g.container });
}

function changeLine(c: Change, langs: readonly Lang[]): string {
  const where = pathText(c.path);
  const before = valueText(shownValue(c, 'before'), langs);
  const after = valueText(shownValue(c, 'after'), langs);
  if (c.path.length === 0) return c.kind === 'added' ? `+ ${l(diffTexts.added, langs)}: ${after}` : `- ${l(diffTexts.removed, langs)}: ${before}`;
  if (c.kind === 'added') return `+ ${where}: ${after}`;
  if (c.kind === 'removed') return `- ${where}: ${before}`;
  return `~ ${where}: ${before} → ${after}`;
}

export interface RenderNames {
  left: string;
  right: string;
}

/** Plain text for a terminal: a summary line, then the changes by container, then by field. */
export function renderChangesText(changes: readonly Change[], names: RenderNames, langs: readonly Lang[]): string {
  if (!changes.length) return l(diffTexts.equivalent, langs, { left: names.left, right: names.right }) + '\n';
  const out: string[] = [l(changes.length === 1 ? diffTexts.summaryOne : diffTexts.summaryMany, langs, { left: names.left, right: names.right, count: changes.length })];
  for (const g of groupChanges(changes)) {
    out.push('', groupTitle(g, langs).replace(/`/g, ''));
    for (const c of g.changes) {
      out.push(`  ${changeLine(c, langs)}`);
      if (c.note) out.push(`      ${l(c.note.text, langs, c.note.args).replace(/`/g, '')}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Markdown for the editor's report next to the diff editor. */
export function renderChangesMarkdown(changes: readonly Change[], names: RenderNames, langs: readonly Lang[]): string {
  const title = `# ${l(diffTexts.reportTitle, langs, { left: names.left, right: names.right })}`;
  if (!changes.length) return `${title}\n\n${l(diffTexts.equivalent, langs, { left: `\`${names.left}\``, right: `\`${names.right}\`` })}\n`;
  const out: string[] = [title, '', l(changes.length === 1 ? diffTexts.summaryOne : diffTexts.summaryMany, langs, { left: `\`${names.left}\``, right: `\`${names.right}\``, count: changes.length })];
  for (const g of groupChanges(changes)) {
    out.push('', `## ${groupTitle(g, langs)}`, '');
    for (const c of g.changes) {
      out.push(`- \`${changeLine(c, langs).replace(/`/g, "'")}\``);
      if (c.note) out.push(`  - ${l(c.note.text, langs, c.note.args)}`);
    }
  }
  return out.join('\n') + '\n';
}

/** JSON for tools: each change with its container, path, kind, values (secrets masked) and note. */
export function changesJson(changes: readonly Change[], lang: Lang): Array<Record<string, unknown>> {
  return changes.map((c) => {
    const o: Record<string, unknown> = { container: c.container ?? null, path: pathText(c.path), kind: c.kind };
    if (c.before !== undefined) o.before = shownValue(c, 'before');
    if (c.after !== undefined) o.after = shownValue(c, 'after');
    if (c.note) o.note = localize(c.note.text, [lang], c.note.args);
    return o;
  });
}
