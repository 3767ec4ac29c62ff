/**
 * The client's own texts in the languages of `ecsTaskDefinition.docsLanguage` (`auto` follows VS
 * Code's display language), composed as the server composes its texts (language-service/i18n/text.ts):
 * with `both`, Vietnamese ‖ English.
 */
import * as vscode from 'vscode';
import { normalizeSettings, resolveLanguages, SETTINGS_SECTION, type Lang } from '../../common/settings';
import { localize, type Args } from '../../language-service/i18n/text';
import { clientTexts, type ClientText } from './texts';

/** The languages chosen for `scope` (a document or folder; by default the active editor's document). */
export function clientLanguages(scope?: vscode.Uri): Lang[] {
  const uri = scope ?? vscode.window.activeTextEditor?.document.uri;
  const setting = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri).get<unknown>('docsLanguage');
  return resolveLanguages(normalizeSettings({ docsLanguage: setting }).docsLanguage, vscode.env.language);
}

/** One of the client's texts, filled and in the chosen languages. */
export function say(id: ClientText, args?: Args, scope?: vscode.Uri): string {
  return localize(clientTexts[id], clientLanguages(scope), args);
}
