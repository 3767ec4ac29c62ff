import { detectCredential } from '../../model/credentials';
import { elements, propertyValue, stringValue } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { DG } from '../containers/helpers';
import { defineRule } from '../rule';
import { moveToSecretsData, moveToSecretsFix } from './move-to-secrets';

/** Name parts that mark a credential. */
const SECRET_NAME = /(PASSWORD|PASSWD|PASSPHRASE|(^|_)PASS($|_)|(^|_)PWD($|_)|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY|AUTH_?KEY|MASTER_?KEY|CREDENTIAL|(^|_)CREDS($|_)|CONNECTION_?STRING|DSN$)/;
/** Name endings that describe a credential without holding it (a file, an id, a setting). */
const NOT_A_VALUE = /_(FILE|PATH|DIR|ARN|NAME|ID|KEY_ID|URL|URI|ENDPOINT|HOST|PORT|REGION|LENGTH|TTL|EXPIRY|EXPIRES|EXPIRATION|TIMEOUT|ENABLED|DISABLED|ENABLE|REQUIRED|HEADER|TYPE|PARAM|PARAMETER|VERSION|ALGORITHM|LIFETIME|DURATION|AGE|FIELD|ISSUER|AUDIENCE|SCOPE|SCOPES|COUNT|SIZE|MODE|POLICY|PROVIDER|STORE|LOCATION|PREFIX|SUFFIX|FORMAT|RESET|MIN|MAX|MIN_LENGTH|ROTATION|REFRESH_INTERVAL)$/;

/** A URL or connection string that carries a password (`scheme://user:pass@host`, `...;Password=...`). */
const CREDENTIALS_IN_URL = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:[^/@\s]+@/i;
const PASSWORD_FIELD = /(^|[;&?\s])(password|pwd)=[^;&\s]/i;

/** True when an environment variable looks like it holds a credential in plain text. Never logs the value. */
export function looksLikePlainSecret(name: string, value: string): boolean {
  const v = value.trim();
  if (!v || isPlaceholder(v)) return false;
  // Whatever the name (`DATABASE_URL`...), a URL with a password in it is a credential.
  if (CREDENTIALS_IN_URL.test(v) || PASSWORD_FIELD.test(v)) return true;
  const n = name.toUpperCase().replace(/[-.]/g, '_');
  if (n === 'PWD') return false; // the shell's working directory (OLDPWD does not match the patterns below)
  if (!SECRET_NAME.test(n) || NOT_A_VALUE.test(n)) return false;
  if (/CONNECTION_?STRING|DSN$/.test(n)) return false; // without a password (checked above) it is an address
  if (/^(true|false|yes|no|on|off|enabled|disabled|none|null)$/i.test(v)) return false;
  // A reference to where the secret lives, not the secret.
  if (/^(arn:|ssm:|secretsmanager:|\{\{resolve:|vault:|file:|[a-z][a-z0-9+.-]*:\/\/)/i.test(v) || v.startsWith('/')) return false;
  return true;
}

export const secretInEnvironment = defineRule({
  code: 'ECS601',
  name: 'secret-in-environment',
  topic: 'security',
  severity: 'information',
  title: { en: 'Credential in a plain environment variable', vi: 'Thông tin bí mật nằm trong biến môi trường thường' },
  message: {
    en: '`{name}` looks like a credential stored in plain text in `environment`: anyone who can read the task definition can read it. Move it to `secrets` (Secrets Manager or SSM Parameter Store).',
    vi: '`{name}` có vẻ là thông tin bí mật đang lưu dạng văn bản thường trong `environment`: ai đọc được task definition cũng đọc được nó. Hãy chuyển nó sang `secrets` (Secrets Manager hoặc SSM Parameter Store).',
  },
  description: {
    en: 'Values in `environment` are stored and shown in clear text by ECS (console, `describe-task-definition`, CI logs). Passwords, tokens and keys belong in `secrets`: the task definition then only holds a reference (`valueFrom`), and ECS injects the value when the container starts, using the execution role. This rule guesses from the name only, so it is information; a value in a recognised credential format is ECS607, a warning. The quick fixes move the variable to `secrets` with a placeholder ARN in Secrets Manager or SSM Parameter Store (adding `executionRoleArn` when missing); they deliberately drop the value, which you must store there yourself.',
    vi: 'Giá trị trong `environment` được ECS lưu và hiển thị ở dạng văn bản thường (console, `describe-task-definition`, log của CI). Mật khẩu, token và key nên nằm trong `secrets`: khi đó task definition chỉ giữ tham chiếu (`valueFrom`), còn ECS lấy giá trị và đưa vào container lúc khởi động, bằng execution role. Rule này chỉ đoán theo tên nên ở mức information; một giá trị có định dạng thông tin bí mật nhận ra được thuộc về ECS607, ở mức warning. Quick fix chuyển biến sang `secrets` với một ARN dạng placeholder trong Secrets Manager hoặc SSM Parameter Store (thêm `executionRoleArn` nếu thiếu); chúng cố ý bỏ giá trị đi, bạn phải tự lưu giá trị vào kho bí mật đó.',
  },
  docs: `${DG}/secrets-envvar-secrets-manager.html`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "environment": [{ "name": "DB_HOST", "value": "db.internal" }, { "name": "DB_PASSWORD", "value": "s3cr3t-Passw0rd" }] }] }',
    good: '{ "family": "web", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "environment": [{ "name": "DB_HOST", "value": "db.internal" }], "secrets": [{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password-AbCdEf" }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      for (const e of elements(c.get('environment'))) {
        const name = stringValue(propertyValue(e, 'name'));
        const valueNode = propertyValue(e, 'value');
        const value = stringValue(valueNode);
        if (name === undefined || value === undefined || !looksLikePlainSecret(name, value)) continue;
        // A value in a known credential format is ECS607's (a warning); this rule is the name-only guess.
        if (detectCredential(value, name)) continue;
        // Never put the value in args or data.
        ctx.report({ node: valueNode!, args: { name }, data: moveToSecretsData(e, c.node, name, ctx.doc.taskPath) });
      }
    }
  },
  fix: moveToSecretsFix('secretsmanager'),
  alternatives: [moveToSecretsFix('ssm')],
});
