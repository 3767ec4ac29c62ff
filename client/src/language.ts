/**
 * The client's own texts in the languages of `ecsTaskDefinition.docsLanguage` (`auto` follows VS
 * Code's display language), composed as the server composes its texts (language-service/i18n/text.ts):
 * with `both`, Vietnamese ‖ English.
 */
import * as vscode from 'vscode';
import { DOCS_LANGUAGES, resolveLanguages, SETTINGS_SECTION, type DocsLanguage, type Lang } from '../../common/settings';
import { localize, type Args } from '../../language-service/i18n/text';
import { clientTexts, type ClientText } from './texts';

/** The languages chosen for `scope` (a document or folder; by default the active editor's document). */
export function clientLanguages(scope?: vscode.Uri): Lang[] {
  const uri = scope ?? vscode.window.activeTextEditor?.document.uri;
  const setting = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri).get<DocsLanguage>('docsLanguage');
  return resolveLanguages(setting && DOCS_LANGUAGES.includes(setting) ? setting : 'auto', vscode.env.language);
}

/** One of the client's texts, filled and in the chosen languages. */
export function say(id: ClientText, args?: Args, scope?: vscode.Uri): string {
  return localize(clientTexts[id], clientLanguages(scope), args);
}
