import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EcsSettings, Lang } from '../../common/settings';
import type { EcsLanguageService } from '../../language-service';

/** What the extra handlers (navigation, commands) get from the server. */
export interface HandlerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: EcsLanguageService;
  settingsFor(uri: string): Promise<EcsSettings>;
  langsOf(settings: EcsSettings): Lang[];
  runSafe<T>(where: string, fallback: T, fn: () => T): T;
  runSafeAsync<T>(where: string, fallback: T, fn: () => Promise<T>): Promise<T>;
  log(msg: string): void;
}

/** Navigation (definition, references, rename) and commands. */
export function registerExtraHandlers(ctx: HandlerContext): void {
  void ctx;
}
