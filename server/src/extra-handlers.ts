import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EcsSettings, Lang } from '../../common/settings';
import type { EcsLanguageService } from '../../language-service';
import { localize } from '../../language-service/i18n/text';
import { familyFileName as fileNamePart } from '../../language-service/model/document';
import { derivePolicies, documentTitles, policyText, questionTexts, renderPolicies } from '../../language-service/iam';
import { renderTaskSize, taskSize, taskSizeSummary, sizeTexts } from '../../language-service/features/task-size';
import { compareDocuments, compareErrorMessage, diffTexts, renderChangesMarkdown } from '../../language-service/diff';
import { parseDocument } from '../../language-service/model/document';
import { textDocument } from '../../language-service';
import { learnPage, type LearnPage } from '../../language-service/features/learn';
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
            name: `${fileNamePart(t.parsed)}.iam-policies.md`,
            markdown: renderPolicies(t.parsed, p, t.langs),
            question: Object.fromEntries(Object.entries(questionTexts).map(([k, q]) => [k, localize(q, t.langs, undefined)])) as Record<keyof typeof questionTexts, string>,
            documents: (['executionRolePolicy', 'taskRolePolicy', 'trustPolicy'] as const).map((id) => ({
              id,
              title: localize(documentTitles[id], t.langs, undefined),
              content: policyText(p[id]),
              statements: p[id].Statement.length,
            })),
            notes: p.notes.map((n) => localize(n.message, t.langs, undefined)),
          };
          return result;
        }
        case SERVER_COMMANDS.taskSize: {
          const t = await parsedTask(args[0]);
          const size = t && taskSize(t.parsed);
          if (!t || !size) return null;
          const result: TaskSizeResult = {
            name: `${fileNamePart(t.parsed)}.task-size.md`,
            title: localize(sizeTexts.title, t.langs, { family: size.family ?? 'task-definition' }),
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
        case SERVER_COMMANDS.compare: {
          const sides = [args[0], args[1]] as Array<Partial<CompareSide> | undefined>;
          const langs = await langsFor(sides[0]?.uri);
          const docs = sides.map((s) => {
            if (!s || typeof s.uri !== 'string') return undefined;
            const open = ctx.documents.get(s.uri);
            const text = typeof s.text === 'string' ? s.text : open?.getText();
            return text === undefined ? undefined : parseDocument(textDocument(s.uri, text.startsWith('\uFEFF') ? text.slice(1) : text, 0));
          });
          const names = sides.map((s) => (typeof s?.name === 'string' && s.name ? s.name : (s?.uri ?? '').split('/').pop() ?? '')) as [string, string];
          if (!docs[0] || !docs[1]) return { ok: false, message: compareErrorMessage('not-a-task-definition', names[docs[0] ? 1 : 0], langs) } satisfies CompareCommandResult;
          const r = compareDocuments(docs[0], docs[1]);
          if (!r.ok) return { ok: false, message: compareErrorMessage(r.reason, names[r.side === 'left' ? 0 : 1], langs) } satisfies CompareCommandResult;
          const result: CompareCommandResult = {
            ok: true,
            left: { title: localize(diffTexts.normalizedTitle, langs, { file: names[0] }), text: r.left.text },
            right: { title: localize(diffTexts.normalizedTitle, langs, { file: names[1] }), text: r.right.text },
            changes: r.changes.length,
            markdown: renderChangesMarkdown(r.changes, { left: names[0], right: names[1] }, langs),
            title: localize(diffTexts.reportTitle, langs, { left: names[0], right: names[1] }),
          };
          return result;
        }
        case SERVER_COMMANDS.learn: {
          const page: LearnPage = learnPage(await langsFor(args[0]));
          return page;
        }
        default:
          ctx.log(`unknown command ${params.command}`);
          return null;
      }
    }),
  );
}
