import type { Bilingual } from '../../field-docs/types';
import { fill } from '../../i18n/text';
import { detectCredential, type CredentialKind } from '../../model/credentials';
import { elements, properties, propertyValue, stringValue, type JsonNode } from '../../model/document';
import type { ContainerFacts, TaskFacts } from '../../model/task-facts';
import { DG } from '../containers/helpers';
import { containerLabel } from '../launch-types/support';
import { defineRule } from '../rule';
import { moveToSecretsData, moveToSecretsFix } from './move-to-secrets';

/** The container fields whose values are scanned, and how a finding in each names its place. */
export type CredentialField = 'environment' | 'command' | 'entryPoint' | 'healthCheck.command' | 'dockerLabels' | 'logConfiguration.options' | 'firelensConfiguration.options';

const WHERE: Record<CredentialField, Bilingual> = {
  environment: { en: 'The environment variable `{name}`', vi: 'Biến môi trường `{name}`' },
  command: { en: 'An argument of `command`', vi: 'Một tham số của `command`' },
  entryPoint: { en: 'An argument of `entryPoint`', vi: 'Một tham số của `entryPoint`' },
  'healthCheck.command': { en: 'The health check command', vi: 'Lệnh health check' },
  dockerLabels: { en: 'The Docker label `{name}`', vi: 'Docker label `{name}`' },
  'logConfiguration.options': { en: 'The log option `{name}`', vi: 'Tùy chọn log `{name}`' },
  'firelensConfiguration.options': { en: 'The FireLens option `{name}`', vi: 'Tùy chọn FireLens `{name}`' },
};

/** The same places when the variable or key has no name (an empty code span would name nothing). */
const WHERE_UNNAMED: Partial<Record<CredentialField, Bilingual>> = {
  environment: { en: 'An unnamed environment variable', vi: 'Một biến môi trường không tên' },
  dockerLabels: { en: 'An unnamed Docker label', vi: 'Một Docker label không tên' },
  'logConfiguration.options': { en: 'An unnamed log option', vi: 'Một tùy chọn log không tên' },
  'firelensConfiguration.options': { en: 'An unnamed FireLens option', vi: 'Một tùy chọn FireLens không tên' },
};

/** One string value of a container that may hold a credential. */
export interface CredentialSite {
  field: CredentialField;
  /** The string node (what is underlined). */
  node: JsonNode;
  value: string;
  /** The variable's name or the map key; none for command arguments. */
  name?: string;
  /** The `environment` entry (for the move to `secrets`). */
  entry?: JsonNode;
  container: ContainerFacts;
}

/**
 * Every scanned value of the task definition's containers; with `only`, of that container alone (the
 * hover asks about one value: walking every container on each hover cost 6 ms on a 1 MB file).
 */
export function credentialSites(facts: TaskFacts, only?: ContainerFacts): CredentialSite[] {
  const out: CredentialSite[] = [];
  const str = (field: CredentialField, node: JsonNode | undefined, container: ContainerFacts, name?: string, entry?: JsonNode): void => {
    const value = stringValue(node);
    if (value !== undefined) out.push({ field, node: node!, value, name, entry, container });
  };
  const map = (field: CredentialField, obj: JsonNode | undefined, c: ContainerFacts): void => {
    for (const [key, value] of properties(obj)) str(field, value, c, key);
  };
  for (const c of only ? [only] : facts.containers) {
    for (const e of elements(c.get('environment'))) {
      const name = stringValue(propertyValue(e, 'name'));
      str('environment', propertyValue(e, 'value'), c, name, e);
    }
    for (const a of elements(c.get('command'))) str('command', a, c);
    for (const a of elements(c.get('entryPoint'))) str('entryPoint', a, c);
    // The first element of a health check is CMD or CMD-SHELL, never a credential; scanning it costs nothing.
    for (const a of elements(propertyValue(c.get('healthCheck'), 'command'))) str('healthCheck.command', a, c);
    map('dockerLabels', c.get('dockerLabels'), c);
    map('logConfiguration.options', propertyValue(c.get('logConfiguration'), 'options'), c);
    map('firelensConfiguration.options', propertyValue(c.get('firelensConfiguration'), 'options'), c);
  }
  return out;
}

/** The kind of credential a site holds, if any (judged by format; never by name alone). */
export function credentialAt(site: CredentialSite): CredentialKind | undefined {
  return detectCredential(site.value, site.name);
}

/** `where` for the message: "The environment variable `DB_URL`". */
export function whereOf(site: CredentialSite): Bilingual {
  if (!site.name) return WHERE_UNNAMED[site.field] ?? WHERE[site.field];
  const args = { name: site.name };
  const w = WHERE[site.field];
  return { en: fill(w.en, args), vi: fill(w.vi, args) };
}

export const credentialInPlainText = defineRule({
  code: 'ECS607',
  name: 'credential-in-plain-text',
  topic: 'security',
  severity: 'warning',
  title: { en: 'A credential, recognised by its format, in plain text', vi: 'Một thông tin bí mật (nhận ra theo định dạng) nằm ở dạng văn bản thường' },
  message: {
    en: '{where} of container `{container}` holds {kind} in plain text: anyone who can read the task definition can use it. Move it to `secrets`, and rotate it.',
    vi: '{where} của container `{container}` chứa {kind} ở dạng văn bản thường: ai đọc được task definition cũng dùng được nó. Hãy chuyển nó sang `secrets` và đổi (rotate) nó.',
  },
  variants: {
    logOption: {
      en: '{where} of container `{container}` holds {kind} in plain text: anyone who can read the task definition can use it. Pass it through `logConfiguration.secretOptions` instead, and rotate it.',
      vi: '{where} của container `{container}` chứa {kind} ở dạng văn bản thường: ai đọc được task definition cũng dùng được nó. Hãy truyền nó qua `logConfiguration.secretOptions` và đổi (rotate) nó.',
    },
    argument: {
      en: '{where} of container `{container}` holds {kind} in plain text: anyone who can read the task definition can use it. Put it in `secrets` and refer to the variable in the command instead, and rotate it.',
      vi: '{where} của container `{container}` chứa {kind} ở dạng văn bản thường: ai đọc được task definition cũng dùng được nó. Hãy đưa nó vào `secrets` rồi dùng biến đó trong lệnh, và đổi (rotate) nó.',
    },
    label: {
      en: '{where} of container `{container}` holds {kind} in plain text: anyone who can read the task definition, or inspect the container, can use it. Remove it from the labels, and rotate it.',
      vi: '{where} của container `{container}` chứa {kind} ở dạng văn bản thường: ai đọc được task definition hoặc xem được container cũng dùng được nó. Hãy bỏ nó khỏi label, và đổi (rotate) nó.',
    },
  },
  description: {
    en: 'A value in the format of a real credential (an AWS secret access key, a private key, a GitHub, Slack, npm or cloud token, a URL or connection string with a password…) sits in clear text in `environment`, `command`, `entryPoint`, `healthCheck.command`, `dockerLabels` or the log options. A task definition is kept in git, printed by `describe-task-definition` and readable by anyone allowed `ecs:Describe*`: such a value is an exposed credential. Formats are recognised by secretlint\'s maintained detectors (documented example values such as AWS\'s `AKIAIOSFODNN7EXAMPLE` are left alone), and placeholders (`${DB_PASSWORD}`, `{{ secret }}`) and ARNs never count. The message names the field and the kind of credential, never the value. For an environment variable, the quick fixes move it to `secrets` with a placeholder ARN in Secrets Manager or SSM Parameter Store (adding `executionRoleArn` when missing); they drop the value, which you store in the secret yourself. Then rotate the credential: it stays readable in older revisions and in git history. `ecs-taskdef check --strict` reports it as an error.',
    vi: 'Một giá trị có định dạng của thông tin bí mật thật (AWS secret access key, private key, token GitHub, Slack, npm hay của dịch vụ đám mây, URL hoặc chuỗi kết nối có mật khẩu…) nằm dạng văn bản thường trong `environment`, `command`, `entryPoint`, `healthCheck.command`, `dockerLabels` hay tùy chọn log. Task definition được lưu trong git, được `describe-task-definition` in ra và ai có quyền `ecs:Describe*` cũng đọc được: giá trị như vậy là thông tin bí mật đã bị lộ. Định dạng được nhận ra bằng các bộ dò được duy trì của secretlint (các giá trị ví dụ trong tài liệu, như `AKIAIOSFODNN7EXAMPLE` của AWS, được bỏ qua), còn placeholder (`${DB_PASSWORD}`, `{{ secret }}`) và ARN không bao giờ bị tính. Thông báo chỉ nêu trường và loại thông tin bí mật, không bao giờ nêu giá trị. Với biến môi trường, quick fix chuyển nó sang `secrets` với một ARN placeholder trong Secrets Manager hoặc SSM Parameter Store (thêm `executionRoleArn` nếu thiếu); giá trị bị bỏ đi, bạn tự lưu nó vào secret. Sau đó hãy đổi (rotate) thông tin này: nó vẫn đọc được trong các revision cũ và lịch sử git. `ecs-taskdef check --strict` báo nó là lỗi (error).',
  },
  docs: `${DG}/specifying-sensitive-data.html`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "environment": [{ "name": "AWS_ACCESS_KEY_ID", "value": "AKIAFAKEFAKEFAKEFAKE" }, { "name": "AWS_SECRET_ACCESS_KEY", "value": "FAKEfakeFAKEfakeFAKEfakeFAKEfakeFAKEfake" }] }] }',
    good: '{ "family": "web", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "environment": [{ "name": "AWS_REGION", "value": "us-east-1" }], "secrets": [{ "name": "AWS_SECRET_ACCESS_KEY", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:ci/aws-key-AbCdEf" }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const site of credentialSites(f)) {
      const kind = credentialAt(site);
      if (!kind) continue;
      // Never put the value in args or data: only where it is and what kind it is.
      const args = { where: whereOf(site), container: containerLabel(site.container), kind: kind.label };
      const variant = site.field === 'logConfiguration.options' ? 'logOption' : site.field === 'dockerLabels' ? 'label' : site.field === 'environment' || site.field === 'firelensConfiguration.options' ? undefined : 'argument';
      // Only an `environment` site has an entry to move.
      const data = site.entry && site.name ? moveToSecretsData(site.entry, site.container.node, site.name, ctx.doc.taskPath) : undefined;
      ctx.report({ node: site.node, args, variant, data });
    }
  },
  fix: moveToSecretsFix('secretsmanager'),
  alternatives: [moveToSecretsFix('ssm')],
});
