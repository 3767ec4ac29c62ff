/**
 * The server's commands (workspace/executeCommand): their names and result types, and the handler,
 * which gets their implementation (server/src/commands.ts: IAM policies, task size, new task
 * definition, compare, learn) with the language service (server/src/lazy.ts). Nothing of the language service is loaded here:
 * the server announces the command names before it loads the language service (server.ts).
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EcsSettings, Lang } from '../../common/settings';
import type { EcsLanguageService } from '../../language-service';
import type { questionTexts } from '../../language-service/iam';

/** What the extra handlers (navigation, commands) get from the server. */
export interface HandlerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: EcsLanguageService;
  /** The commands' implementation (loaded with the language service). */
  commands(): { executeCommand: typeof import('./commands').executeCommand };
  settingsFor(uri: string): Promise<EcsSettings>;
  langsOf(settings: EcsSettings): Lang[];
  runSafe<T>(where: string, fallback: T, fn: () => T): T;
  runSafeAsync<T>(where: string, fallback: T, fn: () => Promise<T>): Promise<T>;
  log(msg: string): void;
}

/** The commands, implemented in commands.ts (loaded with the language service). */
export function registerExtraHandlers(ctx: HandlerContext): void {
  ctx.connection.onExecuteCommand((params) =>
    ctx.runSafeAsync<unknown>(`executeCommand ${params.command}`, null, () => ctx.commands().executeCommand(ctx, params.command, params.arguments ?? [])),
  );
}

// ---------------------------------------------------------------------------------------------
// workspace/executeCommand: IAM policies, task size, new task definition
// ---------------------------------------------------------------------------------------------

/** The commands the server executes (announced in `executeCommandProvider`). */
export const SERVER_COMMANDS = {
  /** `[uri: string, options?: { ecsExec?: boolean }]` → `PoliciesResult | null` */
  policies: 'ecsTaskDefinition.policies',
  /** `[uri: string]` → `TaskSizeResult | null` */
  taskSize: 'ecsTaskDefinition.taskSize',
  /** `[uri?: string]` (for the language settings) → `NewTaskDefinitionChoices` */
  newTaskDefinitionChoices: 'ecsTaskDefinition.newTaskDefinition.choices',
  /** `[answers: NewTaskAnswers, uri?: string]` → `{ text, fileName } | { problems }` */
  newTaskDefinitionBuild: 'ecsTaskDefinition.newTaskDefinition.build',
  /** `[left: CompareSide, right: CompareSide]` → `CompareCommandResult` (the semantic diff) */
  compare: 'ecsTaskDefinition.compare',
  /** `[uri?: string]` (for the language settings) → `LearnPage` (`{ title, markdown }`): the Learn the concepts page */
  learn: 'ecsTaskDefinition.learn.page',
} as const;

/** One side of a comparison: an open document (by uri), or a file's text sent by the client. */
export interface CompareSide {
  uri: string;
  /** The text, when the document is not open in the editor (the client read the file). */
  text?: string;
  /** How to name the file to the user (workspace-relative path). */
  name: string;
}

export type CompareCommandResult =
  | { ok: true; left: { title: string; text: string }; right: { title: string; text: string }; changes: number; markdown: string; title: string }
  | { ok: false; message: string };

export const SERVER_COMMAND_NAMES: string[] = Object.values(SERVER_COMMANDS);

export interface PolicyDocumentResult {
  id: 'executionRolePolicy' | 'taskRolePolicy' | 'trustPolicy';
  title: string;
  /** The policy as JSON text, ready to be opened as a document. */
  content: string;
  statements: number;
}

export interface PoliciesResult {
  /** A file name for the report, from the family: `<family>.iam-policies.md`. */
  name: string;
  /** All the policies in one Markdown document, a titled section per role (see `renderPolicies`). */
  markdown: string;
  /** The ECS Exec question the command asks, in the languages of docsLanguage. */
  question: Record<keyof typeof questionTexts, string>;
  documents: PolicyDocumentResult[];
  /** Notes in the chosen languages (placeholders, assumptions, optional kms:Decrypt, ...). */
  notes: string[];
}

export interface TaskSizeResult {
  /** A file name for the report, from the family: `<family>.task-size.md`. */
  name: string;
  title: string;
  markdown: string;
  summary: string;
}

export type NewTaskDefinitionResult = { text: string; fileName: string } | { problems: string[] };

