/**
 * Every text the VS Code client writes itself (notifications, quick picks, the output channel), in
 * both languages: shown in the languages of `ecsTaskDefinition.docsLanguage`, like everything the
 * server writes (see language.ts). No `vscode` import, so the tests read it as it is.
 */
import type { Bilingual } from '../../language-service/i18n/text';

export const clientTexts = {
  restarting: {
    en: 'Restarting the ECS task definition language server…',
    vi: 'Đang khởi động lại language server cho task definition ECS…',
  },
  notRunning: {
    en: 'The ECS task definition language server is not running.',
    vi: 'Language server cho task definition ECS chưa chạy.',
  },
  openTaskDefinition: {
    en: 'Open an ECS task definition (a JSON file) first.',
    vi: 'Hãy mở một task definition ECS (file JSON) trước.',
  },
  notATaskDefinition: {
    en: 'This file is not an ECS task definition.',
    vi: 'File này không phải task definition ECS.',
  },
  buildFailed: {
    en: 'Could not build the task definition: {problems}',
    vi: 'Không tạo được task definition: {problems}',
  },
  overwrite: { en: 'Overwrite', vi: 'Ghi đè' },
  saveAs: { en: 'Save as…', vi: 'Lưu thành…' },
  exists: { en: '{file} already exists.', vi: '{file} đã tồn tại.' },
  commandFailed: { en: 'The command failed: {message}', vi: 'Lệnh bị lỗi: {message}' },
  browse: { en: 'Browse…', vi: 'Chọn file khác…' },
  pickAnyFile: { en: 'Pick any file', vi: 'Chọn bất kỳ file nào' },
  compareWith: { en: 'Compare {file} with…', vi: 'So sánh {file} với…' },
  compareHint: {
    en: 'Another task definition, or a saved describe-task-definition output',
    vi: 'Một task definition khác, hoặc output của describe-task-definition đã lưu thành file',
  },
  reportGone: {
    en: 'The task definition this report was made from is closed or is no longer a task definition: run the command again on it.',
    vi: 'Task definition dùng để tạo báo cáo này đã đóng hoặc không còn là task definition: hãy chạy lại lệnh trên file đó.',
  },
} satisfies Record<string, Bilingual>;

export type ClientText = keyof typeof clientTexts;
