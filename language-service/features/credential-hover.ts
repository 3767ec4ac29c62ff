/**
 * The hover on a value ECS607 flags (a credential recognised by its format): what to do now. Names the
 * kind of credential, never the value.
 */
import type { Lang } from '../../common/settings';
import type { Bilingual } from '../field-docs/types';
import { localizeBlocks } from '../i18n/text';
import type { JsonNode, ParsedDocument } from '../model/document';
import { taskFacts } from '../model/task-facts';
import { credentialAt, credentialSites, whereOf } from '../rules/security/credential-in-plain-text';
import { hoverExtensions } from './hover-extensions';

export const credentialHoverTexts = {
  body: {
    en: '**⚠ {where} holds {kind} in plain text (ECS607)**\n\n1. Create the secret: store the value in Secrets Manager (a secret) or SSM Parameter Store (a `SecureString` parameter).\n2. Reference it from `secrets` (`name` + `valueFrom`, the ARN of the secret); the quick fix writes this with a placeholder ARN. The task execution role needs permission to read it (`secretsmanager:GetSecretValue` or `ssm:GetParameters`).\n3. Rotate the exposed credential at its provider: it stays readable in older revisions of the task definition and in git history, so removing it here does not make it secret again.',
    vi: '**⚠ {where} chứa {kind} ở dạng văn bản thường (ECS607)**\n\n1. Tạo secret: lưu giá trị vào Secrets Manager (một secret) hoặc SSM Parameter Store (một parameter kiểu `SecureString`).\n2. Tham chiếu tới nó trong `secrets` (`name` + `valueFrom` là ARN của secret); quick fix viết sẵn phần này với một ARN placeholder. Task execution role cần quyền đọc nó (`secretsmanager:GetSecretValue` hoặc `ssm:GetParameters`).\n3. Đổi (rotate) thông tin bí mật đã lộ ngay tại nơi cấp nó: nó vẫn đọc được trong các revision cũ của task definition và trong lịch sử git, nên xóa ở đây không làm nó bí mật trở lại.',
  },
} satisfies Record<string, Bilingual>;

function credentialHover(doc: ParsedDocument, _key: string, langs: readonly Lang[], value?: JsonNode): string | undefined {
  if (!value || value.type !== 'string') return undefined;
  const facts = taskFacts(doc);
  if (!facts) return undefined;
  // Only the container that holds the value (containers are in text order: a binary search).
  const cs = facts.containers;
  let lo = 0;
  let hi = cs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cs[mid].node.offset <= value.offset) lo = mid;
    else hi = mid - 1;
  }
  const c = cs[lo];
  if (!c || value.offset < c.node.offset || value.offset >= c.node.offset + c.node.length) return undefined;
  const site = credentialSites(facts, c).find((s) => s.node === value);
  const kind = site && credentialAt(site);
  if (!site || !kind) return undefined;
  return localizeBlocks(credentialHoverTexts.body, langs, { where: whereOf(site), kind: kind.label });
}

hoverExtensions.push(credentialHover);
