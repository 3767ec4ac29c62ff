import type { CompletionItem } from 'vscode-languageserver-types';
import type { Lang } from '../../common/settings';
import type { ParsedDocument } from '../model/document';

/** Extra completion providers (for example whole-document snippets). */
export type CompletionExtension = (doc: ParsedDocument, offset: number, langs: readonly Lang[]) => CompletionItem[];

export const completionExtensions: CompletionExtension[] = [];
