import { ParseErrorCode, printParseErrorCode } from 'jsonc-parser';
import { defineRule } from '../rule';

export const jsonSyntax = defineRule({
  code: 'ECS001',
  name: 'json-syntax',
  topic: 'structure',
  severity: 'error',
  syntax: true,
  title: { en: 'JSON syntax error', vi: 'Lỗi cú pháp JSON' },
  message: { en: 'JSON syntax error.', vi: 'Lỗi cú pháp JSON.' },
  variants: {
    [ParseErrorCode.InvalidSymbol]: { en: 'JSON syntax error: unexpected character.', vi: 'Lỗi cú pháp JSON: ký tự không hợp lệ.' },
    [ParseErrorCode.InvalidNumberFormat]: { en: 'JSON syntax error: invalid number.', vi: 'Lỗi cú pháp JSON: số không hợp lệ.' },
    [ParseErrorCode.PropertyNameExpected]: { en: 'JSON syntax error: a property name in double quotes is expected.', vi: 'Lỗi cú pháp JSON: cần tên thuộc tính đặt trong dấu ngoặc kép.' },
    [ParseErrorCode.ValueExpected]: { en: 'JSON syntax error: a value is expected.', vi: 'Lỗi cú pháp JSON: thiếu giá trị.' },
    [ParseErrorCode.ColonExpected]: { en: 'JSON syntax error: `:` is expected.', vi: 'Lỗi cú pháp JSON: thiếu dấu `:`.' },
    [ParseErrorCode.CommaExpected]: { en: 'JSON syntax error: `,` is expected.', vi: 'Lỗi cú pháp JSON: thiếu dấu `,`.' },
    [ParseErrorCode.CloseBraceExpected]: { en: 'JSON syntax error: `}` is expected.', vi: 'Lỗi cú pháp JSON: thiếu dấu `}`.' },
    [ParseErrorCode.CloseBracketExpected]: { en: 'JSON syntax error: `]` is expected.', vi: 'Lỗi cú pháp JSON: thiếu dấu `]`.' },
    [ParseErrorCode.EndOfFileExpected]: { en: 'JSON syntax error: text after the end of the document.', vi: 'Lỗi cú pháp JSON: có nội dung thừa sau khi tài liệu đã kết thúc.' },
    [ParseErrorCode.InvalidCommentToken]: { en: 'JSON syntax error: invalid comment.', vi: 'Lỗi cú pháp JSON: comment không hợp lệ.' },
    [ParseErrorCode.UnexpectedEndOfComment]: { en: 'JSON syntax error: unterminated comment.', vi: 'Lỗi cú pháp JSON: comment chưa được đóng.' },
    [ParseErrorCode.UnexpectedEndOfString]: { en: 'JSON syntax error: unterminated string.', vi: 'Lỗi cú pháp JSON: chuỗi chưa được đóng.' },
    [ParseErrorCode.UnexpectedEndOfNumber]: { en: 'JSON syntax error: unterminated number.', vi: 'Lỗi cú pháp JSON: số bị cắt ngang.' },
    [ParseErrorCode.InvalidUnicode]: { en: 'JSON syntax error: invalid unicode escape.', vi: 'Lỗi cú pháp JSON: mã unicode escape không hợp lệ.' },
    [ParseErrorCode.InvalidEscapeCharacter]: { en: 'JSON syntax error: invalid escape character.', vi: 'Lỗi cú pháp JSON: ký tự escape không hợp lệ.' },
    [ParseErrorCode.InvalidCharacter]: { en: 'JSON syntax error: invalid character in a string.', vi: 'Lỗi cú pháp JSON: chuỗi chứa ký tự không hợp lệ.' },
    tooDeep: { en: 'The document nests too deeply to analyse (over 1000 levels).', vi: 'Tài liệu lồng nhau quá sâu để phân tích (hơn 1000 cấp).' },
  },
  description: {
    en: 'The file must be valid JSON before `aws ecs register-task-definition --cli-input-json` can read it. Comments are tolerated while editing, but the AWS CLI itself rejects them.',
    vi: 'File phải là JSON hợp lệ thì `aws ecs register-task-definition --cli-input-json` mới đọc được. Khi soạn thảo, comment vẫn được chấp nhận, nhưng chính AWS CLI sẽ từ chối chúng.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/create-task-definition.html',
  examples: { bad: '{ "family": "web" "containerDefinitions": [] }', good: '{ "family": "web", "containerDefinitions": [] }' },
  check(ctx) {
    if (ctx.doc.tooDeep) ctx.report({ node: { offset: 0, length: Math.min(1, ctx.doc.text.length) }, variant: 'tooDeep' });
    for (const e of ctx.doc.syntaxErrors) {
      ctx.report({ node: { offset: e.offset, length: Math.max(e.length, 1) }, variant: String(e.error), data: { error: printParseErrorCode(e.error) } });
    }
    // A container-definitions array's file ends at the array's `]`; the virtual task definition goes on (model/container-array.ts).
    const after = ctx.doc.textAfterArray;
    if (after) ctx.report({ node: after, variant: String(ParseErrorCode.EndOfFileExpected), data: { error: printParseErrorCode(ParseErrorCode.EndOfFileExpected) } });
  },
});
