import type { Lang } from '../../common/settings';
import type { Bilingual } from '../field-docs/types';

export type { Bilingual };
export type Args = Record<string, string | number>;

/** Replaces `{name}` in a template with args[name]. Unknown names are left as they are. */
export function fill(template: string, args: Args = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(args, k) ? String(args[k]) : m));
}

/** One bilingual text in the chosen languages; two languages are joined by `sep` (Vietnamese first). */
export function localize(text: Bilingual, langs: readonly Lang[], args?: Args, sep = '\n'): string {
  return langs.map((l) => fill(text[l], args)).join(sep);
}
