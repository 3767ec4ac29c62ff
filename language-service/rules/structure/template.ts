/**
 * What makes a file "not JSON" for the AWS CLI although the editor copes with it: placeholders
 * written outside quotes (a template), and, in `.json` files, comments and trailing commas.
 */
import * as jsonc from 'jsonc-parser';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../model/document';
import { defineRule } from '../rule';

export const unquotedPlaceholder = defineRule({
  code: 'ECS014',
  name: 'unquoted-placeholder',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'error',
  syntax: true,
  title: { en: 'Placeholder outside quotes', vi: 'Placeholder nằm ngoài dấu ngoặc kép' },
  message: {
    en: '`{token}` is a template placeholder outside quotes: this file is a template, not JSON yet, and the AWS CLI reads it only once the placeholder is filled in. The rest of the file is checked as if a value stood here.',
    vi: '`{token}` là placeholder của template nằm ngoài dấu ngoặc kép: file này là template, chưa phải JSON, và AWS CLI chỉ đọc được sau khi placeholder được thay bằng giá trị thật. Phần còn lại của file vẫn được kiểm tra như thể ở đây có một giá trị.',
  },
  description: {
    en: 'Deploy scripts (envsubst, sed, Terraform `templatefile`, Jinja, ecspresso) often put a placeholder where a number, a list or a whole container goes: `"containerPort": ${PORT}`. Such a file is a template: it becomes JSON only after the placeholder is replaced. The checker reports each token once, treats it as an unknown value and checks everything else. Turn this rule off (`"ECS014": "off"`) for files that are only ever used through their template engine.',
    vi: 'Script deploy (envsubst, sed, `templatefile` của Terraform, Jinja, ecspresso) thường đặt placeholder ở chỗ cần một số, một danh sách hay cả một container: `"containerPort": ${PORT}`. File như vậy là template: nó chỉ thành JSON sau khi placeholder được thay thế. Trình kiểm tra báo mỗi token một lần, coi nó là giá trị chưa biết và kiểm tra mọi phần còn lại. Hãy tắt quy tắc này (`"ECS014": "off"`) cho những file chỉ luôn được dùng qua template engine.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/create-task-definition.html',
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "portMappings": [{ "containerPort": ${PORT} }] }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "portMappings": [{ "containerPort": 8080 }] }] }',
  },
  check(ctx) {
    for (const t of ctx.doc.templateTokens) {
      // A Terraform interpolation in a templatefile() template: the engine fills it, nothing to report.
      if (t.filledBy) continue;
      const token = t.text.length > 48 ? t.text.slice(0, 45) + '...' : t.text;
      ctx.report({ node: t, args: { token } });
    }
  },
});

/** JSONC that strict JSON rejects, in the order it appears. */
export interface LaxSyntax {
  comments: Array<{ offset: number; length: number }>;
  /** A `,` right before `}` or `]`. */
  trailingCommas: Array<{ offset: number; length: number }>;
}

const laxCache = new WeakMap<ParsedDocument, LaxSyntax>();

/** The comments and trailing commas of a document (read once per parsed document). */
export function laxSyntax(doc: ParsedDocument): LaxSyntax {
  const out = laxCache.get(doc) ?? scanLaxSyntax(doc.text);
  laxCache.set(doc, out);
  return out;
}

function scanLaxSyntax(text: string): LaxSyntax {
  const out: LaxSyntax = { comments: [], trailingCommas: [] };
  const scanner = jsonc.createScanner(text, false);
  let comma = -1;
  for (let tok = scanner.scan(); tok !== jsonc.SyntaxKind.EOF; tok = scanner.scan()) {
    switch (tok) {
      case jsonc.SyntaxKind.LineCommentTrivia:
      case jsonc.SyntaxKind.BlockCommentTrivia:
        out.comments.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
        break;
      case jsonc.SyntaxKind.Trivia:
      case jsonc.SyntaxKind.LineBreakTrivia:
        break;
      case jsonc.SyntaxKind.CommaToken:
        comma = scanner.getTokenOffset();
        break;
      case jsonc.SyntaxKind.CloseBraceToken:
      case jsonc.SyntaxKind.CloseBracketToken:
        if (comma >= 0) out.trailingCommas.push({ offset: comma, length: 1 });
        comma = -1;
        break;
      default:
        comma = -1;
    }
  }
  return out;
}

/** Files the AWS CLI reads as strict JSON: everything but `.jsonc` (and `.json5`). */
export function isStrictJsonFile(uri: string): boolean {
  const path = uri.replace(/[?#].*/, '').toLowerCase();
  return !path.endsWith('.jsonc') && !path.endsWith('.json5');
}

const STRICT_DESCRIPTION = {
  en: '`aws ecs register-task-definition --cli-input-json` parses the file with a strict JSON parser: a comment or a comma after the last item makes it fail before anything reaches ECS. The editor tolerates both; `.jsonc` files keep them allowed (they are not meant for the AWS CLI).',
  vi: '`aws ecs register-task-definition --cli-input-json` đọc file bằng trình phân tích JSON chuẩn: một comment hay một dấu phẩy sau phần tử cuối cùng làm lệnh thất bại trước khi tới được ECS. Trình soạn thảo chấp nhận cả hai; file `.jsonc` vẫn được phép có chúng (vì không dành cho AWS CLI).',
};
const CLI_INPUT_DOCS = 'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html';

/** The comment or trailing comma the diagnostic saw, when it is still there. */
function laxAt(doc: ParsedDocument, data: Record<string, unknown>, kind: keyof LaxSyntax): { offset: number; length: number } | undefined {
  return laxSyntax(doc)[kind].find((l) => l.offset === data.offset);
}

function removal(doc: ParsedDocument, start: number, end: number): TextEdit[] {
  return [{ range: { start: doc.textDocument.positionAt(start), end: doc.textDocument.positionAt(end) }, newText: '' }];
}

export const trailingComma = defineRule({
  code: 'ECS015',
  name: 'trailing-comma',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'error',
  syntax: true,
  title: { en: 'Trailing comma in a JSON file', vi: 'Dấu phẩy thừa trong file JSON' },
  message: { en: 'Trailing comma: the AWS CLI reads task definitions as strict JSON and rejects a `,` before `}` or `]`.', vi: 'Dấu phẩy thừa: AWS CLI đọc task definition như JSON chuẩn và từ chối dấu `,` đứng trước `}` hoặc `]`.' },
  description: STRICT_DESCRIPTION,
  docs: CLI_INPUT_DOCS,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }',
  },
  check(ctx) {
    if (!isStrictJsonFile(ctx.doc.uri)) return;
    for (const l of laxSyntax(ctx.doc).trailingCommas) ctx.report({ node: l, data: { offset: l.offset } });
  },
  fix: {
    title: { en: 'Remove the trailing comma', vi: 'Xóa dấu phẩy thừa' },
    safe: true,
    edits(ctx) {
      const l = laxAt(ctx.doc, ctx.data, 'trailingCommas');
      return l && removal(ctx.doc, l.offset, l.offset + 1);
    },
  },
});

export const jsonComment = defineRule({
  code: 'ECS016',
  name: 'json-comment',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'error',
  fromText: true,
  title: { en: 'Comment in a JSON file', vi: 'Comment trong file JSON' },
  message: { en: 'Comment: the AWS CLI reads task definitions as strict JSON, which has no comments. Rename the file to `.jsonc` if it is not meant for the AWS CLI.', vi: 'Comment: AWS CLI đọc task definition như JSON chuẩn, mà JSON chuẩn không có comment. Hãy đổi đuôi file thành `.jsonc` nếu file không dành cho AWS CLI.' },
  description: STRICT_DESCRIPTION,
  docs: CLI_INPUT_DOCS,
  examples: {
    bad: '{\n  // the web tier\n  "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }',
    good: '{\n  "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }',
  },
  check(ctx) {
    if (!isStrictJsonFile(ctx.doc.uri)) return;
    for (const l of laxSyntax(ctx.doc).comments) ctx.report({ node: l, data: { offset: l.offset } });
  },
  fix: {
    title: { en: 'Remove the comment', vi: 'Xóa comment' },
    // The comment is the author's own text: removed only when the user picks this fix.
    safe: false,
    edits(ctx) {
      const l = laxAt(ctx.doc, ctx.data, 'comments');
      if (!l) return undefined;
      const text = ctx.doc.text;
      // The blanks after the comment go with it; at the end of a line, the blanks before it too; a
      // comment alone on its line takes its line break too. (Outside the text, `text[i]` is undefined.)
      let start = l.offset;
      let end = l.offset + l.length;
      while (text[end] === ' ' || text[end] === '\t') end++;
      if (end === text.length || text[end] === '\n' || text[end] === '\r') {
        while (text[start - 1] === ' ' || text[start - 1] === '\t') start--;
        if (start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r') {
          if (text[end] === '\r') end++;
          if (text[end] === '\n') end++;
        }
      }
      return removal(ctx.doc, start, end);
    },
  },
});

export const templateRules = [unquotedPlaceholder, trailingComma, jsonComment];
