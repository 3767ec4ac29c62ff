import type { Lang } from '../../common/settings';
import type { JsonNode, ParsedDocument } from '../model/document';

/**
 * Extra hover sections computed from the whole document (for example the permissions a role needs).
 * Each receives the doc key under the cursor (and the value node under it, when the cursor is on a
 * value rather than a key) and returns Markdown, or undefined.
 */
export type HoverExtension = (doc: ParsedDocument, key: string, langs: readonly Lang[], value?: JsonNode) => string | undefined;

export const hoverExtensions: HoverExtension[] = [];
