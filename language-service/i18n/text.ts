import type { Lang } from '../../common/settings';
import type { Bilingual } from '../field-docs/types';

export type { Bilingual };
/**
 * Values for the `{name}` slots of a template. A value that is prose (not a code name or a number) is
 * itself bilingual, so a Vietnamese message never carries an English fragment.
 */
export type Args = Record<string, string | number | Bilingual>;

/** Replaces `{name}` in a template with args[name] (its `lang` text when bilingual). Unknown names are left as they are. */
export function fill(template: string, args: Args = {}, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (!Object.prototype.hasOwnProperty.call(args, k)) return m;
    const v = args[k];
    return typeof v === 'object' ? v[lang] : String(v);
  });
}

// ---- two languages side by side (docsLanguage `both`) ----------------------------------------
//
// The one place that decides how the two languages stand next to each other, for every surface:
// Vietnamese first, then English, with a visible boundary between them.
// - On one line (diagnostic messages and their related information, which the Problems panel shows
//   on one line; quick-fix titles; completion details; command titles, questions and messages):
//   `tiếng Việt ‖ English`.
// - In Markdown (hovers, completion documentation, reports): the English block starts after a rule,
//   with its language named, so that it cannot be read as one more paragraph of the Vietnamese text.

/** The boundary between the languages of a one-line text. */
export const INLINE_SEPARATOR = ' ‖ ';
/** The names the Markdown separator gives each language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

/** Texts of the chosen languages (in that order) on one line. */
export function joinInline(texts: readonly string[]): string {
  return texts.join(INLINE_SEPARATOR);
}

/** The Markdown separator before the block of `lang` (a rule, then the language's name). */
export function blockSeparator(lang: Lang): string {
  return `\n\n---\n\n*${LANGUAGE_NAMES[lang]}*\n\n`;
}

/** Markdown blocks, one per chosen language (in the order of `langs`), as one Markdown text. */
export function joinBlocks(langs: readonly Lang[], block: (lang: Lang, index: number) => string): string {
  return langs.map((l, i) => (i ? blockSeparator(l) : '') + block(l, i)).join('');
}

/** One bilingual text in the chosen languages, on one line (Vietnamese first). */
export function localize(text: Bilingual, langs: readonly Lang[], args?: Args): string {
  return joinInline(langs.map((l) => fill(text[l], args, l)));
}

/** One bilingual Markdown text in the chosen languages, as blocks (Vietnamese first). */
export function localizeBlocks(text: Bilingual, langs: readonly Lang[], args?: Args): string {
  return joinBlocks(langs, (l) => fill(text[l], args, l));
}
