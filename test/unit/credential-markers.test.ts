/**
 * ECS607 sends a value to secretlint's detectors only when it holds one of the markers the detectors
 * need (`mayHoldCredential`, model/credentials.ts): a value without one is never a finding. Checked
 * here against the detectors themselves, on a fake of every kind they know (built in each vendor's
 * documented format; none is a real credential) and on random text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { credentialKinds, detectCredential, detectorFindings, mayHoldCredential, PRESET_RULES, resetCredentialDetection } from '../../language-service/model/credentials';

const PRESET = path.dirname(require.resolve('@secretlint/secretlint-rule-preset-recommend/package.json'));

/** A base64 1Password service account token body: JSON, so it starts with `ey` and ends with `fQ`. */
function onePasswordToken(): string {
  for (let n = 100; ; n++) {
    const b64 = Buffer.from(JSON.stringify({ signInAddress: 'fake.1password.example', email: 'fake@example.com', secret: 'f'.repeat(n) })).toString('base64');
    if (/fQ={0,2}$/.test(b64)) return 'ops_' + b64;
  }
}

const hex = (n: number): string => 'fa0e'.repeat(n).slice(0, n);
const alnum = (n: number): string => 'FAKE0fake1'.repeat(n).slice(0, n);
const pem = `-----BEGIN RSA PRIVATE KEY-----\nMII${'FAKEfake'.repeat(20)}\n-----END RSA PRIVATE KEY-----\n`;

/** [detector, environment variable name, value, how it is scanned]: at least one fake per detector of the preset. */
const FAKES: Array<[string, string, string, '.txt' | '.json']> = [
  // Every prefix of an access key ID the detector knows (`A3T` takes one more character).
  ...['A3TX', 'AKIA', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA', 'ASIA'].map((p): [string, string, string, '.txt'] => ['aws', 'AWS_ACCESS_KEY_ID', p + 'FAKE'.repeat(4), '.txt']),
  ['aws', 'AWS_SECRET_ACCESS_KEY', 'FAKEfake'.repeat(5), '.txt'],
  ['aws', 'CONFIG', 'aws_secret_access_key = ' + 'FAKEfake'.repeat(5), '.txt'],
  ['gcp', 'GOOGLE_CREDENTIALS', JSON.stringify({ type: 'service_account', private_key_id: hex(40), private_key: pem }), '.json'],
  // The same key file with the B of BEGIN written as a JSON escape: the detector parses the JSON and
  // still finds it; only the backslash marker sends it there.
  ['gcp', 'GOOGLE_CREDENTIALS', JSON.stringify({ type: 'service_account', private_key_id: hex(40), private_key: pem }).replace('-----BEGIN', '-----\\u0042EGIN'), '.json'],
  ['npm', 'NPM', 'npm_' + alnum(36), '.txt'],
  ...['xoxb', 'xoxp', 'xapp', 'xoxa', 'xoxo', 'xoxr'].map((p): [string, string, string, '.txt'] => ['slack', 'SLACK', p + '-000000000000-0000000000000-' + alnum(24), '.txt']),
  ['slack', 'HOOK', 'https://hooks.slack.com/services/TFAKE0000/BFAKE0000/' + 'fake'.repeat(6), '.txt'],
  ['basicauth', 'REGISTRY', 'https://deploy:Fake0Pass0Word@registry.fake-corp.net/v2', '.txt'],
  ['openai', 'OPENAI', 'sk-' + alnum(20) + 'T3BlbkFJ' + alnum(20), '.txt'],
  ['anthropic', 'ANTHROPIC', 'sk-ant-api03-' + alnum(93) + 'AA', '.txt'],
  ['groq', 'GROQ', 'gsk_' + alnum(52), '.txt'],
  ['huggingface', 'HF', 'hf_' + 'FAKEfake'.repeat(5).slice(0, 34), '.txt'],
  ['linear', 'LINEAR', 'lin_api_' + alnum(40), '.txt'],
  ['notion', 'NOTION', 'ntn_' + '01234567890' + alnum(35), '.txt'],
  ['privatekey', 'TLS_KEY', pem, '.txt'],
  ['sendgrid', 'MAIL', 'SG.' + alnum(22) + '.' + alnum(43), '.txt'],
  ...['shppa', 'shpca', 'shpat', 'shpss'].map((p): [string, string, string, '.txt'] => ['shopify', 'SHOP', p + '_' + alnum(32), '.txt']),
  ...['ghp', 'gho', 'ghu', 'ghs', 'ghr'].map((p): [string, string, string, '.txt'] => ['github', 'GH', p + '_' + alnum(36), '.txt']),
  ['github', 'GH', 'github_pat_' + alnum(82), '.txt'],
  ['gitlab', 'GL', 'glpat-' + alnum(20), '.txt'],
  ['grafana', 'GRAFANA', 'glc_' + alnum(40), '.txt'],
  ['grafana', 'GRAFANA', 'glsa_' + alnum(32) + '_' + hex(8), '.txt'],
  ['1password', 'OP', onePasswordToken(), '.txt'],
  ['database-connection-string', 'DATABASE_URL', 'postgres://app:Fake-0Pass-0Word@db.internal:5432/app', '.txt'],
  ['database-connection-string', 'DATABASE_URL', 'mysql://app:Fake-0Pass-0Word@db.internal:3306/app', '.txt'],
  ['database-connection-string', 'MONGO_URL', 'mongodb+srv://app:Fake-0Pass-0Word@cluster0.internal/app', '.txt'],
  ['hashicorp-vault', 'VAULT', 'hvs.' + alnum(95), '.txt'],
  ['hashicorp-vault', 'VAULT', 'hvb.' + alnum(140), '.txt'],
  ['hashicorp-vault', 'VAULT', 'hvr.' + alnum(95), '.txt'],
  ...['vcp', 'vci', 'vca', 'vcr', 'vck'].map((p): [string, string, string, '.txt'] => ['vercel', 'VERCEL', p + '_' + alnum(24), '.txt']),
  ['databricks', 'DATABRICKS', 'dapi' + hex(32), '.txt'],
  ['docker', 'DOCKER', 'dckr_pat_' + alnum(27), '.txt'],
  ['figma', 'FIGMA', 'figd_' + alnum(40), '.txt'],
];

/** What the detectors find in an environment variable, as ECS607 scans it (account IDs aside: never credentials). */
const findings = (name: string, value: string, ext: '.txt' | '.json'): string[] =>
  detectorFindings(ext === '.json' ? value : `${name}=${value}`, ext).filter((id) => id !== 'AWSAccountID');

describe('ECS607: only values with a marker are sent to the detectors', () => {
  beforeEach(resetCredentialDetection);
  it('the installed secretlint preset is the version and the rules the markers were written for', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(PRESET, 'package.json'), 'utf8')) as { version: string };
    assert.strictEqual(pkg.version, '12.0.0', 'a new preset: check MARKERS in language-service/model/credentials.ts against its detectors, then change this version');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rules } = require('@secretlint/secretlint-rule-preset-recommend') as { rules: Array<{ meta: { id: string } }> };
    assert.deepStrictEqual(rules.map((r) => r.meta.id).sort(), [...PRESET_RULES].sort());
  });

  it('every detector of the preset has a fake here that it finds', () => {
    const covered = new Set(FAKES.map(([rule]) => `@secretlint/secretlint-rule-${rule}`));
    assert.deepStrictEqual(PRESET_RULES.filter((r) => !covered.has(r) && !r.endsWith('filter-comments')), []);
    for (const [rule, name, value, ext] of FAKES) {
      const ids = findings(name, value, ext);
      assert.notDeepStrictEqual(ids, [], `${rule}: ${name}`);
      // Message ids ECS607 has a name for (a finding without one would still be reported, as "a credential").
      for (const id of ids) assert.ok(id in credentialKinds, `${rule}: ${id}`);
    }
  });

  it('each fake has a marker, and is still found by ECS607', () => {
    for (const [rule, name, value] of FAKES) {
      assert.ok(mayHoldCredential(`${name}=${value}`), `${rule}: ${name}`);
      assert.ok(detectCredential(value, name), `${rule}: ${name}`);
    }
  });

  it('the fakes changed at random: whatever the detectors still find has a marker', () => {
    // Each fake with a few random edits (a character replaced, the case of a run flipped, text put
    // before or after, two fakes joined): many are still findings, some no longer are.
    const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:@= \n';
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    let found = 0;
    let lost = 0;
    for (let i = 0; i < 600; i++) {
      const [, name, value, ext] = FAKES[rand(FAKES.length)];
      let text = ext === '.json' ? value : `${name}=${value}`;
      for (let k = rand(4); k > 0; k--) {
        const at = rand(text.length);
        const edit = rand(5);
        if (edit === 0) text = text.slice(0, at) + ALPHABET[rand(ALPHABET.length)] + text.slice(at + 1);
        else if (edit === 1) text = text.slice(0, at) + text.slice(at, at + 6).toUpperCase() + text.slice(at + 6);
        else if (edit === 2) text = text.slice(0, at) + text.slice(at, at + 6).toLowerCase() + text.slice(at + 6);
        else if (edit === 3) text = ALPHABET[rand(ALPHABET.length)].repeat(1 + rand(3)) + text + ALPHABET[rand(ALPHABET.length)];
        else text += ' ' + FAKES[rand(FAKES.length)][2];
      }
      if (detectorFindings(text, ext).some((id) => id !== 'AWSAccountID')) {
        found++;
        assert.ok(mayHoldCredential(text), JSON.stringify(text));
      } else lost++;
    }
    assert.ok(found > 200 && lost > 20, `${found} still findings, ${lost} not`);
  });

  it('the usual values of a task definition have no marker', () => {
    for (const v of ['eu-west-1', '/ecs/web', 'awslogs-stream-prefix=app', 'PORT=8080', 'LOG_LEVEL=information', '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2', 'nginx:1.27', 'production']) {
      assert.strictEqual(mayHoldCredential(v), false, v);
    }
  });
});
