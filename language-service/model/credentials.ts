/**
 * Credentials recognised by their format (an AWS secret access key, a GitHub token, a private key, a
 * connection string with a password…), with secretlint's maintained detectors
 * (`@secretlint/secretlint-rule-preset-recommend`), run through secretlint's rule API.
 *
 * Synchronous on purpose: the diagnostics pipeline (rules, hover, fix-all) is synchronous. The
 * preset's detectors for text are plain functions that call `context.report` as they find; we call
 * them directly with a minimal rule context, not through `@secretlint/core`'s `lintSource`, whose
 * profiler records ~100 performance marks per call in Node's global timeline and never clears them
 * (the server ran out of memory in the benchmark) and which is asynchronous. A detector that became
 * asynchronous would only be missed (never a false report); the per-kind unit tests would then fail.
 * See docs/ARCHITECTURE.md.
 *
 * secretlint's own messages contain the secret: they are never even built (our translator returns
 * only the message id). We describe the kind in our words ({@link CredentialKind}). Nothing here logs.
 *
 * Loaded lazily (first value to scan): the server starts and the CLI's `explain` runs without it.
 */
import type { Bilingual } from '../field-docs/types';
import { isPlaceholder } from './placeholders';

/** One kind of credential, named without its value. */
export interface CredentialKind {
  /** Stable identifier, e.g. `AWSSecretAccessKey` (secretlint's message id). */
  id: string;
  /** "an AWS secret access key", with its article, for the middle of a sentence. */
  label: Bilingual;
}

const k = (en: string, vi: string): Bilingual => ({ en, vi });

/** Our names for secretlint's findings (message ids of the recommended preset, version 12). */
const KINDS: Record<string, Bilingual> = {
  AWSSecretAccessKey: k('an AWS secret access key', 'một AWS secret access key (khóa bí mật truy cập AWS)'),
  AWSAccessKeyID: k('an AWS access key ID (half of an access key pair)', 'một AWS access key ID (một nửa của cặp access key)'),
  PrivateKey: k('a private key', 'một private key (khóa riêng)'),
  PrivateKeyJSON: k('a Google Cloud service account key', 'một key của service account Google Cloud'),
  NPM_ACCESS_TOKEN: k('an npm access token', 'một access token của npm'),
  Npmrc_authToken: k('an npm access token', 'một access token của npm'),
  PackageJSON_xOauthToken: k('a GitHub token in a URL', 'một GitHub token nằm trong URL'),
  SLACK_TOKEN: k('a Slack token', 'một Slack token'),
  IncomingWebhook: k('a Slack incoming webhook URL', 'một URL incoming webhook của Slack'),
  BasicAuth: k('a URL with a user name and password', 'một URL chứa tên người dùng và mật khẩu'),
  MongoDBConnection: k('a MongoDB connection string with a password', 'một chuỗi kết nối MongoDB có mật khẩu'),
  MySQLConnection: k('a MySQL connection string with a password', 'một chuỗi kết nối MySQL có mật khẩu'),
  PostgreSQLConnection: k('a PostgreSQL connection string with a password', 'một chuỗi kết nối PostgreSQL có mật khẩu'),
  OPENAI_TOKEN: k('an OpenAI API key', 'một API key của OpenAI'),
  ANTHROPIC_API_KEY: k('an Anthropic API key', 'một API key của Anthropic'),
  GROQ_API_KEY: k('a Groq API key', 'một API key của Groq'),
  HUGGINGFACE_USER_ACCESS_TOKEN: k('a Hugging Face access token', 'một access token của Hugging Face'),
  LINEAR_API_TOKEN: k('a Linear API key', 'một API key của Linear'),
  NOTION_INTEGRATION_TOKEN: k('a Notion integration token', 'một integration token của Notion'),
  SENDGRID_KEY: k('a SendGrid API key', 'một API key của SendGrid'),
  SHOPIFY_KEY: k('a Shopify access token', 'một access token của Shopify'),
  GITHUB_TOKEN: k('a GitHub token', 'một GitHub token'),
  GITLAB_PERSONAL_ACCESS_TOKEN: k('a GitLab personal access token', 'một personal access token của GitLab'),
  GRAFANA_CLOUD_API_TOKEN: k('a Grafana Cloud API token', 'một API token của Grafana Cloud'),
  GRAFANA_SERVICE_ACCOUNT_TOKEN: k('a Grafana service account token', 'một token service account của Grafana'),
  OPS_TOKEN: k('a 1Password service account token', 'một token service account của 1Password'),
  HASHICORP_VAULT_SERVICE_TOKEN: k('a HashiCorp Vault token', 'một token của HashiCorp Vault'),
  HASHICORP_VAULT_BATCH_TOKEN: k('a HashiCorp Vault token', 'một token của HashiCorp Vault'),
  HASHICORP_VAULT_RECOVERY_TOKEN: k('a HashiCorp Vault recovery token', 'một recovery token của HashiCorp Vault'),
  VERCEL_PERSONAL_ACCESS_TOKEN: k('a Vercel token', 'một Vercel token'),
  VERCEL_INTEGRATION_TOKEN: k('a Vercel token', 'một Vercel token'),
  VERCEL_APP_ACCESS_TOKEN: k('a Vercel token', 'một Vercel token'),
  VERCEL_APP_REFRESH_TOKEN: k('a Vercel token', 'một Vercel token'),
  VERCEL_AI_GATEWAY_API_KEY: k('a Vercel AI Gateway API key', 'một API key của Vercel AI Gateway'),
  DATABRICKS_PERSONAL_ACCESS_TOKEN: k('a Databricks access token', 'một access token của Databricks'),
  DOCKER_PERSONAL_ACCESS_TOKEN: k('a Docker Hub access token', 'một access token của Docker Hub'),
  FIGMA_PERSONAL_ACCESS_TOKEN: k('a Figma access token', 'một access token của Figma'),
};
/** A finding of a detector we have no name for yet (a newer preset): still a credential. */
const UNKNOWN_KIND = k('a credential', 'một thông tin bí mật');
/** Not a credential: an account id is printed in every ARN of the file. */
const NOT_SECRET = new Set(['AWSAccountID']);

export const credentialKinds: Readonly<Record<string, Bilingual>> = KINDS;

// The secretlint rule API we use (its types package is not a direct dependency): a rule creator
// returns handlers; `file(source)` calls `context.report` for each finding.
interface Report { message: { messageId?: string }; range: readonly number[] }
interface RuleContext {
  sharedOptions: Record<string, unknown>;
  createTranslator(messages: unknown): (messageId: string, data?: unknown) => { message: string; messageId: string; data?: unknown };
  report(d: Report): void;
  ignore(d: unknown): void;
}
interface RuleCreator { meta: { id: string; supportedContentTypes?: string[] }; create(context: RuleContext, options: unknown): { file?(source: unknown): unknown } }

interface Finding { messageId: string; start: number; end: number }
interface Engine { scan(content: string, ext: string): Finding[] }

let engine: Engine | undefined;

function loadEngine(): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rules } = require('@secretlint/secretlint-rule-preset-recommend') as { rules: RuleCreator[] };
  let sink: Finding[] = [];
  const context: RuleContext = {
    sharedOptions: {},
    // secretlint's messages contain the secret: never built. Only the message id is kept.
    createTranslator: () => (messageId) => ({ message: '', messageId }),
    report: (d) => void sink.push({ messageId: d.message.messageId ?? '', start: d.range[0], end: d.range[1] }),
    ignore: () => undefined,
  };
  // Access key ids too (off by default in secretlint); the account-id findings it also enables are dropped.
  // Not the comment filter (`secretlint-disable` comments in a file): we scan values, not files.
  const handlers = rules.filter((r) => r.meta.id !== '@secretlint/secretlint-rule-filter-comments').map((r) => r.create(context, r.meta.id === '@secretlint/secretlint-rule-aws' ? { enableIDScanRule: true } : {}));
  return {
    scan(content, ext) {
      const found: Finding[] = [];
      sink = found;
      const source = { content, ext, filePath: undefined, contentType: 'text' };
      for (const h of handlers) {
        try {
          // Synchronous for text (only the `.p12` file check awaits, and we never pass one).
          const r = h.file?.(source) as Promise<unknown> | undefined;
          if (r && typeof r.then === 'function') r.then(undefined, () => undefined);
        } catch {
          // One detector failing must not hide the others.
        }
      }
      sink = [];
      return found;
    },
  };
}

/**
 * The message ids of everything secretlint's detectors find in `content` (`ext`: '.txt' or '.json'),
 * without the `MARKERS` look-up in front of them: what `mayHoldCredential` is checked against
 * (test/unit/credential-markers.test.ts).
 */
export function detectorFindings(content: string, ext: string): string[] {
  engine ??= loadEngine();
  return engine.scan(content, ext).map((f) => f.messageId);
}

/** Bounded memo of scans: a document is re-validated on every keystroke with mostly the same values. */
const memo = new Map<string, CredentialKind | null>();
const MEMO_MAX = 20_000;
/** Values longer than this are not scanned (a credential is far shorter; a private key is a few KB). */
const MAX_VALUE = 16_384;

/**
 * Forgets every scan and the detectors' set-up, so that the next scan builds them again (secretlint's
 * module stays loaded). `npm run bench:credentials` measures first scans with it; the unit tests start
 * from it, so that each test runs the code it is about (the mutation run of this file switches its
 * mutants on between tests, after the first scan of the process).
 */
export function resetCredentialDetection(): void {
  memo.clear();
  engine = undefined;
}

/**
 * The kind of credential a value holds, judged by its format, or undefined. `name` (an environment
 * variable's name, a label or option key) gives secretlint the context some formats need
 * (`AWS_SECRET_ACCESS_KEY=…`); only findings that fall in the value count. Placeholders
 * (`${DB_PASSWORD}`, `{{ secret }}`) and references (ARNs) are never credentials.
 */
export function detectCredential(value: string, name?: string): CredentialKind | undefined {
  if (value.length < 8 || value.length > MAX_VALUE || !/[A-Za-z0-9]/.test(value)) return undefined;
  const key = `${name ?? ''}\u0000${value}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const kind = scan(value, name);
  if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value!);
  memo.set(key, kind ?? null);
  return kind;
}

/**
 * What each detector of the preset (version 12.0, listed by `PRESET_RULES`) needs in the text before
 * it can report anything: a literal part of its pattern, written here in lower case and looked for in
 * the lower-cased text, so that every upper- and mixed-case spelling passes too. One marker per
 * detector, or more when its patterns start differently:
 * - aws: an access key ID's prefix (A3T…, AKIA, AGPA, AIDA, AROA, AIPA, ANPA, ANVA, ASIA), or "secret"
 *   (`AWS_SECRET_ACCESS_KEY=…`; the account-ID finding is never a credential here, `NOT_SECRET`);
 * - gcp (a service account key file) and privatekey: "begin" (`-----BEGIN … PRIVATE KEY`);
 * - npm: "npm_" (the `.npmrc` and `package.json` checks need a file name, which we never pass);
 * - slack: "xox", "xapp", "hooks.slack.com"; basicauth and database-connection-string: "://";
 * - openai and anthropic: "sk-"; groq "gsk_"; huggingface "hf_"; linear "lin_api_"; notion "ntn_";
 *   sendgrid "sg."; shopify "shp"; github "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_";
 *   gitlab "glpat-"; grafana "glc_", "glsa_"; 1password "ops_"; hashicorp-vault "hvs.", "hvb.",
 *   "hvr."; vercel "vcp_", "vci_", "vca_", "vcr_", "vck_"; databricks "dapi"; docker "dckr_pat_";
 *   figma "figd_".
 * A backslash also sends the text to the detectors: in a JSON value (`.json` scan) an escape such as
 * `\u0042EGIN` would hide a marker from this look-up but not from the detector that parses the JSON.
 */
const MARKERS = /a3t|akia|agpa|aida|aroa|aipa|anpa|anva|asia|secret|begin|npm_|xox|xapp|hooks\.slack\.com|:\/\/|sk-|gsk_|hf_|lin_api_|ntn_|sg\.|shp|gh[pousr]_|github_pat_|glpat-|glc_|glsa_|ops_|hv[sbr]\.|vc[piark]_|dapi|dckr_pat_|figd_|\\/;

/** The preset's rules that `MARKERS` was written for (test/unit/credential-markers.test.ts checks the installed preset against this list). */
export const PRESET_RULES: readonly string[] = [
  'aws', 'gcp', 'npm', 'slack', 'basicauth', 'openai', 'anthropic', 'groq', 'huggingface', 'linear', 'notion', 'privatekey',
  'sendgrid', 'shopify', 'github', 'gitlab', 'grafana', '1password', 'database-connection-string', 'hashicorp-vault',
  'vercel', 'databricks', 'docker', 'figma', 'filter-comments',
].map((r) => `@secretlint/secretlint-rule-${r}`);

/**
 * Whether secretlint's detectors could find anything in `text` (see `MARKERS`). Most values of a task
 * definition (a region, a log group, a port) have none of the markers: they are then not scanned,
 * and a check of such a file does not load the detectors at all (about 10 ms of `ecs-taskdef check`
 * on a small file: docs/PERFORMANCE.md).
 */
export function mayHoldCredential(text: string): boolean {
  return MARKERS.test(text.toLowerCase());
}

function scan(value: string, name: string | undefined): CredentialKind | undefined {
  if (/^\s*(arn:|ssm:|secretsmanager:|\{\{resolve:)/i.test(value)) return undefined;
  const prefix = name ? `${name}=` : '';
  if (!mayHoldCredential(prefix + value)) return undefined;
  engine ??= loadEngine();
  const candidates = engine.scan(prefix + value, '.txt');
  // A JSON document in a value (a service account key file pasted into a variable).
  if (/^\s*\{/.test(value)) candidates.push(...engine.scan(value, '.json').map((c) => ({ ...c, start: c.start + prefix.length, end: c.end + prefix.length })));
  for (const c of candidates) {
    if (NOT_SECRET.has(c.messageId) || c.end <= prefix.length) continue;
    // The part of the value the detector matched: a template slot in it (`postgres://app:${PW}@db`) is not a credential.
    const matched = value.slice(Math.max(0, c.start - prefix.length), Math.max(0, c.end - prefix.length));
    if (isPlaceholder(matched)) continue;
    return { id: c.messageId, label: KINDS[c.messageId] ?? UNKNOWN_KIND };
  }
  return undefined;
}
