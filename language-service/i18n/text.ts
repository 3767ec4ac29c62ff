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

/** One bilingual text in the chosen languages; two languages are joined by `sep` (Vietnamese first). */
export function localize(text: Bilingual, langs: readonly Lang[], args?: Args, sep = '\n'): string {
  return langs.map((l) => fill(text[l], args, l)).join(sep);
}
