/** Every user-facing string of the CLI, in both languages side by side. */
import type { Lang } from '../../common/settings';
import type { Bilingual } from '../../language-service/field-docs/types';

export const t = {
  usage: {
    en: [
      'Usage: ecs-taskdef <command> [options]',
      '',
      'Commands:',
      '  check [files, folders or globs...]   Check task and service definitions and container-definitions arrays (default: all of them under the current folder)',
      '  explain [CODE]                       Print a rule\'s documentation (without CODE: list every rule)',
      '  policy <file>                        Print the IAM policies the task definition\'s roles need',
      '  diff <A> <B>                         Print what changes from task definition A to B, by meaning (A or B may be',
      '                                       describe-task-definition output); exit 0 equivalent, 1 different',
      '',
      'Options for check:',
      '  --format text|json|sarif   Output format (default: text; sarif is SARIF 2.1.0 for GitHub code scanning)',
      '  --severity error|warning|info|hint',
      '                             Minimum severity shown and counted (default: warning)',
      '  --fix                      Apply the safe fixes in place, keeping the file\'s formatting',
      '  --strict                   Report a credential in a known format (ECS607) as an error, not a warning',
      '  --pattern GLOB             Also treat files matching GLOB as task definitions (repeatable; matched against the path)',
      '  --placeholder REGEX        Also treat text matching REGEX as a template placeholder, e.g. \'==[A-Z_]+==\' (repeatable;',
      '                             built in: ${VAR}, $VAR, {{ var }}, <VAR>, %VAR%, @@VAR@@, __VAR__, #{VAR}#, IMAGE1_NAME...)',
      '  --launch-type FARGATE|EC2|EXTERNAL|MANAGED_INSTANCES',
      '                             Launch type of container-definitions arrays (Terraform) whose aws_ecs_task_definition is not found beside them',
      '  --color, --no-color        Force coloured or plain text output (default: coloured on a terminal)',
      '',
      'Options for policy and diff:',
      '  --format text|json         Output format (default: text)',
      '  --ecs-exec                 Include the permissions ECS Exec needs in the task role policy',
      '',
      'Common options:',
      '  --lang vi|en               Language of the messages (default: from LANG, else English)',
      '  -h, --help                 Show this help',
      '  -v, --version              Show the version',
      '',
      'Exit codes: 0 clean, 1 problems found, 2 usage error or unreadable file.',
    ].join('\n'),
    vi: [
      'Cách dùng: ecs-taskdef <lệnh> [tùy chọn]',
      '',
      'Các lệnh:',
      '  check [file, thư mục hoặc glob...]   Kiểm tra task definition, service definition và mảng container definitions (mặc định: mọi file như vậy trong thư mục hiện tại)',
      '  explain [MÃ]                         In tài liệu của một rule (không có MÃ: liệt kê mọi rule)',
      '  policy <file>                        In các IAM policy mà các role của task definition cần',
      '  diff <A> <B>                         In những gì thay đổi về ý nghĩa từ task definition A sang B (A hoặc B có thể',
      '                                       là output của describe-task-definition); mã thoát 0 tương đương, 1 khác nhau',
      '',
      'Tùy chọn của check:',
      '  --format text|json|sarif   Định dạng kết quả (mặc định: text; sarif là SARIF 2.1.0 cho GitHub code scanning)',
      '  --severity error|warning|info|hint',
      '                             Mức độ nghiêm trọng thấp nhất được hiển thị và tính (mặc định: warning)',
      '  --fix                      Tự sửa các lỗi sửa được an toàn ngay trong file, giữ nguyên định dạng',
      '  --strict                   Báo thông tin bí mật có định dạng nhận ra được (ECS607) là lỗi (error) thay vì cảnh báo',
      '  --pattern GLOB             Coi cả các file khớp GLOB là task definition (dùng được nhiều lần)',
      '  --placeholder REGEX        Coi cả đoạn văn bản khớp REGEX là placeholder của template, ví dụ \'==[A-Z_]+==\' (dùng được nhiều lần;',
      '                             có sẵn: ${VAR}, $VAR, {{ var }}, <VAR>, %VAR%, @@VAR@@, __VAR__, #{VAR}#, IMAGE1_NAME...)',
      '  --launch-type FARGATE|EC2|EXTERNAL|MANAGED_INSTANCES',
      '                             Launch type của các mảng container definitions (Terraform) khi không tìm thấy aws_ecs_task_definition cạnh chúng',
      '  --color, --no-color        Bắt buộc có màu hoặc không màu (mặc định: có màu khi in ra terminal)',
      '',
      'Tùy chọn của policy và diff:',
      '  --format text|json         Định dạng kết quả (mặc định: text)',
      '  --ecs-exec                 Thêm các quyền ECS Exec cần vào policy của task role',
      '',
      'Tùy chọn chung:',
      '  --lang vi|en               Ngôn ngữ của thông báo (mặc định: theo biến LANG, nếu không thì tiếng Anh)',
      '  -h, --help                 Hiện hướng dẫn này',
      '  -v, --version              Hiện phiên bản',
      '',
      'Mã thoát: 0 không có vấn đề, 1 có vấn đề, 2 dùng sai lệnh hoặc không đọc được file.',
    ].join('\n'),
  },
  unknownCommand: { en: 'Unknown command `{command}`.', vi: 'Không có lệnh `{command}`.' },
  unknownOption: { en: 'Unknown option `{option}`.', vi: 'Không có tùy chọn `{option}`.' },
  missingValue: { en: 'Option `{option}` needs a value.', vi: 'Tùy chọn `{option}` cần một giá trị.' },
  badValue: { en: 'Invalid value `{value}` for `{option}`; expected one of: {allowed}.', vi: 'Giá trị `{value}` không hợp lệ cho `{option}`; cần một trong: {allowed}.' },
  badRegex: { en: 'Invalid regular expression `{value}` for `{option}`: {reason}', vi: 'Biểu thức chính quy `{value}` không hợp lệ cho `{option}`: {reason}' },
  tooManyArgs: { en: '`{command}` takes at most one argument.', vi: '`{command}` nhận tối đa một tham số.' },
  seeHelp: { en: 'Run `ecs-taskdef --help` for usage.', vi: 'Chạy `ecs-taskdef --help` để xem cách dùng.' },
  cannotRead: { en: 'Cannot read {path}: {reason}', vi: 'Không đọc được {path}: {reason}' },
  cannotWrite: { en: 'Cannot write {path}: {reason}', vi: 'Không ghi được {path}: {reason}' },
  notFound: { en: 'no such file or folder', vi: 'không có file hoặc thư mục này' },
  noGlobMatch: { en: 'No file matches `{pattern}`.', vi: 'Không có file nào khớp `{pattern}`.' },
  notATaskDefinition: {
    en: 'Skipped {path}: neither a task definition nor a service definition (no `containerDefinitions`, and not named like one; add --pattern to check it anyway).',
    vi: 'Bỏ qua {path}: không phải task definition cũng không phải service definition (không có `containerDefinitions`, và tên file không giống tên của chúng; thêm --pattern để vẫn kiểm tra).',
  },
  noTaskDefinitions: { en: 'No task or service definition found under {path}.', vi: 'Không tìm thấy task definition hay service definition nào trong {path}.' },
  fixed: { en: 'fixed', vi: 'đã sửa' },
  summaryClean: { en: 'Checked {files}: no problems.', vi: 'Đã kiểm tra {files}: không có vấn đề nào.' },
  summaryProblems: { en: '{problems} ({details}) in {files}.', vi: '{problems} ({details}) trong {files}.' },
  summaryFixable: { en: '{count} of them can be fixed automatically with --fix.', vi: 'Có {count} vấn đề sửa tự động được bằng --fix.' },
  summaryFixedFiles: { en: 'Applied safe fixes to {files}.', vi: 'Đã áp dụng các bản sửa an toàn cho {files}.' },
  unknownRule: { en: 'Unknown rule code `{code}`.', vi: 'Không có rule nào mang mã `{code}`.' },
  didYouMean: { en: 'Did you mean `{suggestion}`?', vi: 'Có phải bạn muốn `{suggestion}`?' },
  listHint: { en: 'Run `ecs-taskdef explain` to list every rule.', vi: 'Chạy `ecs-taskdef explain` để xem danh sách mọi rule.' },
  ruleTopic: { en: 'Topic', vi: 'Chủ đề' },
  ruleSeverity: { en: 'Default severity', vi: 'Mức độ mặc định' },
  ruleFix: { en: 'Quick fix', vi: 'Sửa nhanh' },
  fixSafe: { en: 'yes, safe: applied by `ecs-taskdef check --fix` and "Fix all"', vi: 'có, an toàn: được áp dụng bởi `ecs-taskdef check --fix` và "Fix all"' },
  fixUnsafe: { en: 'yes, offered in the editor only (review it before applying)', vi: 'có, chỉ đề xuất trong editor (cần xem lại trước khi áp dụng)' },
  fixNone: { en: 'none', vi: 'không có' },
  ruleDocs: { en: 'Documentation', vi: 'Tài liệu' },
  exampleBad: { en: 'Example with the problem', vi: 'Ví dụ có vấn đề' },
  exampleGood: { en: 'Corrected example', vi: 'Ví dụ đã sửa' },
  rulesHeader: { en: '{count} rules. Run `ecs-taskdef explain CODE` for one rule\'s documentation.', vi: '{count} rule. Chạy `ecs-taskdef explain MÃ` để xem tài liệu của một rule.' },
  policyUsage: { en: '`policy` needs exactly one task definition file.', vi: '`policy` cần đúng một file task definition.' },
  diffUsage: { en: '`diff` needs exactly two task definition files: `ecs-taskdef diff A B`.', vi: '`diff` cần đúng hai file task definition: `ecs-taskdef diff A B`.' },
  isFolder: { en: 'it is a folder, not a file', vi: 'đây là thư mục, không phải file' },
  policyNotTask: { en: '{path} is not a task definition.', vi: '{path} không phải là task definition.' },
  policyNotes: { en: 'Notes', vi: 'Ghi chú' },
  internalError: { en: 'Internal error: {message}', vi: 'Lỗi nội bộ: {message}' },
} satisfies Record<string, Bilingual>;

export const severityNames: Record<'error' | 'warning' | 'information' | 'hint', Bilingual> = {
  error: { en: 'error', vi: 'lỗi' },
  warning: { en: 'warning', vi: 'cảnh báo' },
  information: { en: 'info', vi: 'thông tin' },
  hint: { en: 'hint', vi: 'gợi ý' },
};

/**
 * Counted nouns. English has a singular and a plural form, written `singular|plural`; Vietnamese
 * nouns do not change with the number ("1 vấn đề", "2 vấn đề"), so its text has one form.
 */
export const counted = {
  files: { en: '{n} file|{n} files', vi: '{n} file' },
  checkedFiles: { en: '{n} checked file|{n} checked files', vi: '{n} file đã kiểm tra' },
  problems: { en: '{n} problem|{n} problems', vi: '{n} vấn đề' },
} satisfies Record<string, Bilingual>;

/** A counted text in one language: the singular form for 1, the plural form otherwise. */
export function plural(text: Bilingual, lang: Lang, n: number): string {
  const forms = text[lang].split('|');
  const form = n === 1 || forms.length === 1 ? forms[0] : forms[1];
  return form.replace(/\{n\}/g, String(n));
}

export const severityPlural: Record<'error' | 'warning' | 'information' | 'hint', Bilingual> = {
  error: { en: '{n} error|{n} errors', vi: '{n} lỗi' },
  warning: { en: '{n} warning|{n} warnings', vi: '{n} cảnh báo' },
  information: { en: '{n} info|{n} info', vi: '{n} thông tin' },
  hint: { en: '{n} hint|{n} hints', vi: '{n} gợi ý' },
};
