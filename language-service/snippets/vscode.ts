/**
 * The VS Code snippet file, generated from the catalogue (`npm run generate:snippets`). A snippet
 * file has one description per snippet and no localisation, so it carries both languages: Vietnamese
 * first, then English.
 */
import { snippetCatalogue } from './catalogue';

export const VSCODE_SNIPPET_FILE = 'snippets/ecs-task-definition.code-snippets';

export interface VsCodeSnippet {
  prefix: string;
  body: string[];
  description: string;
}

export function vscodeSnippets(): Record<string, VsCodeSnippet> {
  const out: Record<string, VsCodeSnippet> = {};
  for (const s of snippetCatalogue) {
    out[s.title.en] = { prefix: s.prefix, body: [...s.body], description: `${s.title.vi}: ${s.description.vi}\n${s.title.en}: ${s.description.en}` };
  }
  return out;
}

/** The file content, stable across runs. */
export function vscodeSnippetFileText(): string {
  return JSON.stringify(vscodeSnippets(), null, 2) + '\n';
}
