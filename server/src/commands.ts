/**
 * The implementation of the server's commands (names and result types: extra-handlers.ts), loaded
 * on the first command.
 */
import { localize } from '../../language-service/i18n/text';
import { familyFileName as fileNamePart } from '../../language-service/model/document';
import { derivePolicies, documentTitles, policyText, questionTexts, renderPolicies } from '../../language-service/iam';
import { renderTaskSize, taskSize, taskSizeSummary, sizeTexts } from '../../language-service/features/task-size';
import { compareDocuments, compareErrorMessage, diffTexts, renderChangesMarkdown } from '../../language-service/diff';
import { parseDocument } from '../../language-service/model/document';
import { textDocument } from '../../language-service';
import { learnPage, type LearnPage } from '../../language-service/features/learn';
import { answerProblems, buildTaskDefinition, newTaskDefinitionChoices, type NewTaskAnswers, type NewTaskDefinitionChoices } from '../../language-service/features/new-task-definition';
import { SERVER_COMMANDS, type CompareCommandResult, type CompareSide, type HandlerContext, type NewTaskDefinitionResult, type PoliciesResult, type TaskSizeResult } from './extra-handlers';

export async function executeCommand(ctx: HandlerContext, command: string, args: unknown[]): Promise<unknown> {
  const parsedTask = async (uri: unknown) => {
    if (typeof uri !== 'string') return undefined;
    const doc = ctx.documents.get(uri);
    if (!doc) return undefined;
    const settings = await ctx.settingsFor(uri);
    if (ctx.service.kindOf(doc, settings) !== 'task') return undefined;
    return { parsed: ctx.service.parse(doc, settings), langs: ctx.langsOf(settings) };
  };
  const langsFor = async (uri: unknown) => ctx.langsOf(await ctx.settingsFor(typeof uri === 'string' ? uri : ''));

  switch (command) {
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
      ctx.log(`unknown command ${command}`);
      return null;
  }
}
