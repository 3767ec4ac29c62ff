/**
 * The VS Code snippet file, generated from the catalogue (`npm run generate:snippets`). A snippet
 * file has one description per snippet and no localisation, so it carries both languages: Vietnamese
 * first, then English.
 */
import { snippetCatalogue, type SnippetDef } from './catalogue';
import { joinInline } from '../i18n/text';

export const VSCODE_SNIPPET_FILE = 'snippets/ecs-task-definition.code-snippets';

export interface VsCodeSnippet {
  prefix: string;
  body: string[];
  description: string;
}

/**
 * A VS Code snippet knows nothing of the JSON around the cursor, so it holds what the user types at
 * the place it is meant for: a whole document, an array element (typed inside the array), or a
 * `"key": value` property (typed inside the object).
 */
export function vscodeBody(s: SnippetDef): string[] {
  if (s.target === 'document' || s.target.endsWith('[]')) return [...s.body];
  const name = s.target.slice(s.target.lastIndexOf('.') + 1);
  return [`"${name}": ${s.body[0]}`, ...s.body.slice(1)];
}

export function vscodeSnippets(): Record<string, VsCodeSnippet> {
  const out: Record<string, VsCodeSnippet> = {};
  for (const s of snippetCatalogue) {
    out[s.title.en] = { prefix: s.prefix, body: vscodeBody(s), description: joinInline([`${s.title.vi} — ${s.description.vi}`, `${s.title.en} — ${s.description.en}`]) };
  }
  return out;
}

/** The file content, stable across runs. */
export function vscodeSnippetFileText(): string {
  return JSON.stringify(vscodeSnippets(), null, 2) + '\n';
}
