import type { Lang } from '../../common/settings';
import type { ParsedDocument } from '../model/document';

/**
 * Extra hover sections computed from the whole document (for example the permissions a role needs).
 * Each receives the doc key under the cursor and returns Markdown, or undefined.
 */
export type HoverExtension = (doc: ParsedDocument, key: string, langs: readonly Lang[]) => string | undefined;

export const hoverExtensions: HoverExtension[] = [];
