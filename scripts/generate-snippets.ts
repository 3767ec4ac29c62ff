/**
 * Writes the VS Code snippet file from the bilingual snippet catalogue
 * (language-service/snippets/catalogue.ts). Run with `npm run generate:snippets`; a unit test fails
 * when the committed file is out of date.
 */
import * as fs from 'fs';
import * as path from 'path';
import { VSCODE_SNIPPET_FILE, vscodeSnippetFileText } from '../language-service/snippets/vscode';

const root = path.resolve(__dirname, '..', '..');
const target = path.join(root, VSCODE_SNIPPET_FILE);
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, vscodeSnippetFileText());
console.log(`wrote ${path.relative(root, target)}`);
