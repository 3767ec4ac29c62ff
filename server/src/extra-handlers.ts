import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EcsSettings, Lang } from '../../common/settings';
import type { EcsLanguageService } from '../../language-service';
import { localize } from '../../language-service/i18n/text';
import { derivePolicies, documentTitles, policyText } from '../../language-service/iam';
import { renderTaskSize, taskSize, taskSizeSummary, sizeTexts } from '../../language-service/features/task-size';
import { answerProblems, buildTaskDefinition, newTaskDefinitionChoices, type NewTaskAnswers, type NewTaskDefinitionChoices } from '../../language-service/features/new-task-definition';

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
  registerCommandHandlers(ctx);
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
} as const;

export const SERVER_COMMAND_NAMES: string[] = Object.values(SERVER_COMMANDS);

export interface PolicyDocumentResult {
  id: 'executionRolePolicy' | 'taskRolePolicy' | 'trustPolicy';
  title: string;
  /** The policy as JSON text, ready to be opened as a document. */
  content: string;
  statements: number;
}

export interface PoliciesResult {
  documents: PolicyDocumentResult[];
  /** Notes in the chosen languages (placeholders, assumptions, optional kms:Decrypt, ...). */
  notes: string[];
}

export interface TaskSizeResult {
  title: string;
  markdown: string;
  summary: string;
}

export type NewTaskDefinitionResult = { text: string; fileName: string } | { problems: string[] };

function registerCommandHandlers(ctx: HandlerContext): void {
  const parsedTask = async (uri: unknown) => {
    if (typeof uri !== 'string') return undefined;
    const doc = ctx.documents.get(uri);
    if (!doc) return undefined;
    const settings = await ctx.settingsFor(uri);
    if (ctx.service.kindOf(doc, settings) !== 'task') return undefined;
    return { parsed: ctx.service.parse(doc, settings), langs: ctx.langsOf(settings) };
  };
  const langsFor = async (uri: unknown) => ctx.langsOf(await ctx.settingsFor(typeof uri === 'string' ? uri : ''));

  ctx.connection.onExecuteCommand((params) =>
    ctx.runSafeAsync<unknown>(`executeCommand ${params.command}`, null, async () => {
      const args = params.arguments ?? [];
      switch (params.command) {
        case SERVER_COMMANDS.policies: {
          const t = await parsedTask(args[0]);
          if (!t) return null;
          const opts = (args[1] && typeof args[1] === 'object' ? args[1] : {}) as { ecsExec?: unknown };
          const p = derivePolicies(t.parsed, { ecsExec: opts.ecsExec === true });
          const result: PoliciesResult = {
            documents: (['executionRolePolicy', 'taskRolePolicy', 'trustPolicy'] as const).map((id) => ({
              id,
              title: localize(documentTitles[id], t.langs, undefined, ' / '),
              content: policyText(p[id]),
              statements: p[id].Statement.length,
            })),
            notes: p.notes.map((n) => localize(n.message, t.langs, undefined, ' / ')),
          };
          return result;
        }
        case SERVER_COMMANDS.taskSize: {
          const t = await parsedTask(args[0]);
          const size = t && taskSize(t.parsed);
          if (!t || !size) return null;
          const result: TaskSizeResult = {
            title: localize(sizeTexts.title, t.langs, { family: size.family ?? 'task-definition' }, ' / '),
            markdown: renderTaskSize(size, t.langs),
            summary: taskSizeSummary(size, t.langs),
          };
          return result;
        }
        case SERVER_COMMANDS.newTaskDefinitionChoices: {
          const choices: NewTaskDefinitionChoices = newTaskDefinitionChoices(await langsFor(args[0]));
          return choices;
        }
        case SERVER_COMMANDS.newTaskDefinitionBuild: {
          const answers = (args[0] ?? {}) as NewTaskAnswers;
          const problems = answerProblems(answers);
          const result: NewTaskDefinitionResult = problems.length ? { problems } : { text: buildTaskDefinition(answers), fileName: 'task-definition.json' };
          return result;
        }
        default:
          ctx.log(`unknown command ${params.command}`);
          return null;
      }
    }),
  );
}
