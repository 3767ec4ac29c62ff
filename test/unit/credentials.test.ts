/**
 * ECS607: credentials recognised by their format (secretlint's recommended detectors), never echoed,
 * moved to `secrets` by the quick fixes. Every value here is a fake built in the vendor's documented
 * format (or the vendor's own documented example): none is a real credential.
 */
import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { detectCredential, detectorFindings, resetCredentialDetection } from '../../language-service/model/credentials';
import { applyEdits, applyFix, diagnose, doc, ec2, fargate, found, hoverText, service, settings } from '../support/harness';

type Json = Record<string, unknown>;
const parse = (text: string): Json => JSON.parse(text) as Json;
const containerOf = (text: string, i = 0): Json => (parse(text).containerDefinitions as Json[])[i];
const env = (vars: Array<[string, string]>, over: Json = {}): string => fargate(over, { environment: vars.map(([name, value]) => ({ name, value })) });
const q = (s: string): string => JSON.stringify(s);
/** Titles of the quick fixes for the ECS607 diagnostics of `text`. */
const fixTitles = (text: string): string[] => {
  const d = doc(text);
  return service.codeActions(d, service.diagnostics(d, settings(), ['en']).filter((x) => x.code === 'ECS607'), ['quickfix'], settings(), ['en']).map((a) => a.title);
};

// Fakes in the documented formats (FAKE/fake spelled out so that nobody mistakes them for real ones).
const F = {
  awsAccessKeyId: 'AKIA' + 'FAKE'.repeat(4),
  awsSecretKey: 'FAKEfake'.repeat(5),
  privateKey: `-----BEGIN RSA PRIVATE KEY-----\nMII${'FAKEfake'.repeat(20)}\n-----END RSA PRIVATE KEY-----\n`,
  github: 'ghp_' + 'FAKEfake'.repeat(4) + 'FAKE',
  githubFineGrained: 'github_pat_' + 'FAKE0fake1'.repeat(8) + 'FA',
  gitlab: 'glpat-' + 'FAKEfake'.repeat(3),
  slack: 'xoxb-000000000000-0000000000000-' + 'FAKEfake'.repeat(3),
  slackWebhook: 'https://hooks.slack.com/services/TFAKE0000/BFAKE0000/' + 'fake'.repeat(6),
  npm: 'npm_' + 'FAKEfake'.repeat(4) + 'FAKE',
  openai: 'sk-' + 'FAKEfake'.repeat(2) + 'FAKE' + 'T3BlbkFJ' + 'fakeFAKE'.repeat(2) + 'fake',
  // 69 characters: SG. + 22 + . + 43
  sendgrid: 'SG.' + 'FAKEfake'.repeat(3).slice(0, 22) + '.' + 'fakeFAKE'.repeat(6).slice(0, 43),
  basicAuthUrl: 'https://deploy:Fake0Pass0Word@registry.fake-corp.net/v2',
  postgres: 'postgres://app:Fake-0Pass-0Word@db.internal:5432/app',
  mysql: 'mysql://app:Fake-0Pass-0Word@db.internal:3306/app',
  mongodb: 'mongodb+srv://app:Fake-0Pass-0Word@cluster0.internal/app',
};

describe('ECS607 credentials recognised by their format', () => {
  beforeEach(resetCredentialDetection);
  describe('one kind at a time, in `environment`, a warning on the value', () => {
    const cases: Array<[string, string, string, RegExp]> = [
      ['AWS secret access key', 'AWS_SECRET_ACCESS_KEY', F.awsSecretKey, /AWS secret access key/],
      ['AWS access key id', 'AWS_ACCESS_KEY_ID', F.awsAccessKeyId, /AWS access key ID/],
      ['private key (PEM)', 'TLS_KEY', F.privateKey, /private key/],
      ['GitHub classic token', 'GH', F.github, /GitHub token/],
      ['GitHub fine-grained token', 'GH', F.githubFineGrained, /GitHub token/],
      ['GitLab token', 'CI_JOB', F.gitlab, /GitLab/],
      ['Slack bot token', 'SLACK', F.slack, /Slack token/],
      ['Slack webhook URL', 'HOOK', F.slackWebhook, /Slack incoming webhook/],
      ['npm token', 'NPM', F.npm, /npm access token/],
      ['OpenAI key', 'OPENAI', F.openai, /OpenAI/],
      ['SendGrid key', 'MAIL', F.sendgrid, /SendGrid/],
      ['URL with user and password', 'REGISTRY_URL', F.basicAuthUrl, /user name and password/],
      ['PostgreSQL connection string', 'DATABASE_URL', F.postgres, /PostgreSQL connection string/],
      ['MySQL connection string', 'DATABASE_URL', F.mysql, /MySQL connection string/],
      ['MongoDB connection string', 'MONGO_URL', F.mongodb, /MongoDB connection string/],
    ];
    for (const [what, name, value, kind] of cases) {
      it(what, () => {
        const text = env([['LOG_LEVEL', 'info'], [name, value]]);
        assert.deepStrictEqual(found(text, 'ECS607'), [q(value)]);
        const d = diagnose(text, { langs: ['en'] }).find((x) => x.code === 'ECS607')!;
        assert.strictEqual(d.severity, DiagnosticSeverity.Warning);
        assert.match(d.message, kind);
        assert.ok(d.message.includes(`The environment variable \`${name}\``), 'names the variable');
        assert.match(d.message, /Move it to `secrets`, and rotate it/);
        // The name-only guess does not repeat it.
        assert.deepStrictEqual(found(text, 'ECS601'), []);
      });
    }
  });

  it('AWS\'s documented example keys are left to the name-only guess (secretlint ignores them on purpose)', () => {
    const text = env([['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'], ['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']]);
    assert.deepStrictEqual(found(text, 'ECS607'), []);
    assert.deepStrictEqual(found(text, 'ECS601'), [q('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')]);
  });

  it('a name-only guess with a literal value stays information (ECS601), and settings are not credentials', () => {
    const text = env([['DB_PASSWORD', 'hunter2-Sup3r'], ['PASSWORD_MIN_LENGTH', '8'], ['AWS_ACCOUNT_ID', '123456789012']]);
    assert.deepStrictEqual(found(text, 'ECS607'), []);
    const d = diagnose(text).filter((x) => x.code === 'ECS601');
    assert.deepStrictEqual(d.map((x) => x.severity), [DiagnosticSeverity.Information]);
  });

  it('a 40-character string is an AWS secret key only under an AWS secret key name', () => {
    assert.deepStrictEqual(found(env([['CACHE_BUSTER', F.awsSecretKey]]), 'ECS607'), []);
    assert.deepStrictEqual(found(env([['MY_APP_AWS_SECRET_ACCESS_KEY', F.awsSecretKey]]), 'ECS607'), [q(F.awsSecretKey)]);
  });

  it('placeholders and references are never flagged', () => {
    const vars: Array<[string, string]> = [
      ['AWS_SECRET_ACCESS_KEY', '${AWS_SECRET_ACCESS_KEY}'], ['GITHUB_TOKEN', '{{ secret }}'], ['GITHUB_TOKEN', '$GITHUB_TOKEN'],
      ['DATABASE_URL', 'postgres://app:${DB_PASSWORD}@db.internal:5432/app'], ['DATABASE_URL', 'postgres://app:{{ db_password }}@db.internal:5432/app'],
      ['DATABASE_URL', 'postgres://app:<DB_PASSWORD>@db.internal:5432/app'], ['REGISTRY_URL', 'https://deploy:%DEPLOY_PASSWORD%@registry.fake-corp.net'],
      ['DB_SECRET', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf'], ['TOKEN', 'arn:aws:ssm:us-east-1:123456789012:parameter/prod/token'],
      ['DB_PASSWORD', '{{resolve:secretsmanager:prod/db:SecretString:password}}'], ['DATABASE_URL', 'postgres://db.internal:5432/app'],
    ];
    const text = env(vars);
    assert.deepStrictEqual(found(text, 'ECS607'), []);
    assert.deepStrictEqual(found(fargate({}, { command: ['sh', '-c', 'curl -H "Authorization: token ${GITHUB_TOKEN}" https://api.github.com'] }), 'ECS607'), []);
  });

  describe('the other fields', () => {
    it('command, entryPoint and healthCheck.command: the argument that holds it', () => {
      const text = fargate({}, {
        entryPoint: ['sh', '-c'],
        command: ['deploy', '--token', F.github],
        healthCheck: { command: ['CMD-SHELL', `curl -f ${F.basicAuthUrl}/health || exit 1`], interval: 30 },
      });
      assert.deepStrictEqual(found(text, 'ECS607'), [q(F.github), q(`curl -f ${F.basicAuthUrl}/health || exit 1`)]);
      assert.deepStrictEqual(found(fargate({}, { entryPoint: ['/bin/agent', `--key=${F.npm}`] }), 'ECS607'), [q(`--key=${F.npm}`)]);
      const messages = diagnose(text, { langs: ['en'] }).filter((d) => d.code === 'ECS607').map((d) => d.message);
      assert.match(messages[0], /An argument of `command`.*GitHub token/);
      assert.match(messages[1], /The health check command/);
      // The advice fits the field: a command refers to a variable from `secrets`.
      for (const m of messages) assert.match(m, /Put it in `secrets` and refer to the variable in the command instead/);
      const [entry] = diagnose(fargate({}, { entryPoint: ['/bin/agent', `--key=${F.npm}`] }), { langs: ['en'] }).filter((d) => d.code === 'ECS607');
      assert.match(entry.message, /An argument of `entryPoint`.*refer to the variable in the command/);
    });

    it('dockerLabels, logConfiguration.options and firelensConfiguration.options: the value of the key', () => {
      const text = fargate({}, {
        dockerLabels: { 'traefik.http.middlewares.auth.basicauth.users': 'admin', 'ci.token': F.gitlab },
        logConfiguration: { logDriver: 'splunk', options: { 'splunk-url': 'https://splunk.internal:8088', 'splunk-token': F.slack } },
      });
      assert.deepStrictEqual(found(text, 'ECS607'), [q(F.gitlab), q(F.slack)]);
      const [label, log] = diagnose(text, { langs: ['en'] }).filter((d) => d.code === 'ECS607');
      assert.match(label.message, /Docker label `ci\.token`.*Remove it from the labels/);
      assert.doesNotMatch(label.message, /secrets/);
      assert.match(log.message, /log option `splunk-token`.*secretOptions/);
      const firelens = fargate({}, { firelensConfiguration: { type: 'fluentbit', options: { 'config-file-type': 'file', 'config-file-value': F.basicAuthUrl } } });
      assert.deepStrictEqual(found(firelens, 'ECS607'), [q(F.basicAuthUrl)]);
      const [fl] = diagnose(firelens, { langs: ['en'] }).filter((d) => d.code === 'ECS607');
      assert.match(fl.message, /FireLens option `config-file-value`.*Move it to `secrets`, and rotate it/);
      // Quick fixes are for `environment` only.
      const d = doc(text);
      const diags = service.diagnostics(d, settings(), ['en']).filter((x) => x.code === 'ECS607');
      assert.deepStrictEqual(service.codeActions(d, diags, ['quickfix'], settings(), ['en']), []);
    });
  });

  it('a variable or key without a name is called unnamed, never named by an empty name (no fix: nothing to name the secret)', () => {
    const text = fargate({}, {
      environment: [{ value: F.github }, { name: '', value: F.npm }],
      dockerLabels: { '': F.gitlab },
      logConfiguration: { logDriver: 'splunk', options: { '': F.slack } },
      firelensConfiguration: { type: 'fluentbit', options: { '': F.basicAuthUrl } },
    });
    const diags = diagnose(text, { langs: ['en'] }).filter((d) => d.code === 'ECS607');
    assert.deepStrictEqual(diags.map((d) => /^(.*?) of container `app` holds/.exec(d.message)?.[1]), ['An unnamed environment variable', 'An unnamed environment variable', 'An unnamed Docker label', 'An unnamed log option', 'An unnamed FireLens option']);
    const vi = diagnose(text, { langs: ['vi'] }).filter((d) => d.code === 'ECS607').map((d) => d.message);
    assert.match(vi[0], /^Một biến môi trường không tên của container `app`/);
    const d = doc(text);
    assert.deepStrictEqual(service.codeActions(d, service.diagnostics(d, settings(), ['en']).filter((x) => x.code === 'ECS607'), ['quickfix'], settings(), ['en']), []);
  });

  it('never echoes the value: messages in both languages, data, fix titles and the hover', () => {
    const values = [F.awsSecretKey, F.github, F.postgres];
    const text = env([['AWS_SECRET_ACCESS_KEY', F.awsSecretKey], ['GH', F.github], ['DATABASE_URL', F.postgres]]);
    const d = doc(text);
    const diags = service.diagnostics(d, settings(), ['vi', 'en']);
    assert.strictEqual(diags.filter((x) => x.code === 'ECS607').length, 3);
    const titles = service.codeActions(d, diags, undefined, settings(), ['vi', 'en']).map((a) => a.title);
    assert.ok(titles.length >= 6);
    const hovers = values.map((v) => hoverText(text.replace(q(v), `"${v.slice(0, 3)}|${v.slice(3)}"`), ['vi', 'en']) ?? '');
    const everything = JSON.stringify({ diags, titles, hovers });
    for (const v of values) {
      // Not the value, nor any long part of it.
      for (let i = 0; i + 8 <= v.length; i += 4) assert.ok(!everything.includes(v.slice(i, i + 8)), `part of a value is echoed: ${v.slice(i, i + 8)}`);
    }
  });

  it('the hover on the value says to create the secret and rotate the credential, in both languages', () => {
    const text = env([['GH', F.github]]).replace(q(F.github), `"ghp_|${F.github.slice(4)}"`);
    const en = hoverText(text, ['en'])!;
    assert.match(en, /GitHub token/);
    assert.match(en, /[Cc]reate the secret/);
    assert.match(en, /[Rr]otate/);
    const vi = hoverText(text, ['vi'])!;
    assert.match(vi, /Tạo secret/);
    assert.match(vi, /[Đđ]ổi/);
    // Not on a value without a credential.
    assert.doesNotMatch(hoverText(env([['LOG_LEVEL', 'in|fo']]), ['en']) ?? '', /[Rr]otate/);
  });

  it('the hover finds the credential in whichever container holds it (first, middle, last), and only on that value', () => {
    const sidecar = (name: string, vars: Array<[string, string]>): Json => ({ name, image: 'nginx:1.27', essential: false, environment: vars.map(([n, value]) => ({ name: n, value })) });
    const three = (where: number): string => fargate({
      containerDefinitions: [0, 1, 2].map((i) => sidecar(`c${i}`, i === where ? [['A', 'x'], ['GH', F.github]] : [['A', 'x'], ['B', 'info']])),
    });
    for (const where of [0, 1, 2]) {
      const text = three(where);
      assert.match(hoverText(text.replace(q(F.github), `"ghp_|${F.github.slice(4)}"`), ['en']) ?? '', /GitHub token/, `container ${where}`);
      // The plain value next to it, in the same container, has no credential hover.
      const plain = text.indexOf('"x"', text.indexOf(`"c${where}"`));
      assert.doesNotMatch(hoverText(`${text.slice(0, plain + 1)}|${text.slice(plain + 1)}`, ['en']) ?? '', /[Rr]otate/, `container ${where}`);
    }
  });

  describe('quick fixes: move to `secrets`', () => {
    it('Secrets Manager: removes the entry, adds the secret with the file\'s account and region, keeps the rest', () => {
      const text = env([['LOG_LEVEL', 'info'], ['GH', F.github]]);
      const fixed = applyFix(text, 'ECS607', { title: /Secrets Manager/ });
      assert.ok(!fixed.includes(F.github));
      const c = containerOf(fixed);
      assert.deepStrictEqual(c.environment, [{ name: 'LOG_LEVEL', value: 'info' }]);
      assert.deepStrictEqual(c.secrets, [{ name: 'GH', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:<GH>' }]);
      assert.deepStrictEqual(found(fixed, 'ECS607'), []);
      const rest = (t: Json): Json => ({ ...t, containerDefinitions: (t.containerDefinitions as Json[]).map((x) => ({ ...x, environment: undefined, secrets: undefined })) });
      assert.deepStrictEqual(rest(parse(fixed)), rest(parse(text)));
    });

    it('SSM Parameter Store as the second choice', () => {
      const fixed = applyFix(env([['GH', F.github]]), 'ECS607', { title: /SSM/ });
      assert.deepStrictEqual(containerOf(fixed).secrets, [{ name: 'GH', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/<GH>' }]);
    });

    it('adds executionRoleArn when the task has none, in the account of the file, or a placeholder', () => {
      const withAccount = ec2({ taskRoleArn: 'arn:aws:iam::210987654321:role/app' }, { environment: [{ name: 'NPM_TOKEN', value: F.npm }] });
      const fixed = applyFix(withAccount, 'ECS607');
      assert.strictEqual(parse(fixed).executionRoleArn, 'arn:aws:iam::210987654321:role/ecsTaskExecutionRole');
      assert.deepStrictEqual(containerOf(fixed).secrets, [{ name: 'NPM_TOKEN', valueFrom: 'arn:aws:secretsmanager:<REGION>:210987654321:secret:<NPM_TOKEN>' }]);
      assert.deepStrictEqual(Object.keys(parse(fixed)).slice(0, 5), ['family', 'requiresCompatibilities', 'networkMode', 'containerDefinitions', 'taskRoleArn', 'executionRoleArn'].slice(0, 5));
      const none = applyFix(ec2({}, { environment: [{ name: 'NPM_TOKEN', value: F.npm }] }), 'ECS607', { title: /SSM/ });
      assert.strictEqual(parse(none).executionRoleArn, 'arn:aws:iam::ACCOUNT_ID:role/ecsTaskExecutionRole');
      assert.deepStrictEqual(containerOf(none).secrets, [{ name: 'NPM_TOKEN', valueFrom: 'arn:aws:ssm:<REGION>:<ACCOUNT_ID>:parameter/<NPM_TOKEN>' }]);
    });

    it('works in the describe-task-definition shape and keeps an existing executionRoleArn', () => {
      const text = JSON.stringify({ taskDefinition: parse(env([['GH', F.github]])) }, null, 2);
      const fixed = applyFix(text, 'ECS607', { uri: 'file:///w/out.json' });
      const task = parse(fixed).taskDefinition as Json;
      assert.strictEqual(task.executionRoleArn, 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole');
      assert.deepStrictEqual(((task.containerDefinitions as Json[])[0]).secrets, [{ name: 'GH', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:<GH>' }]);
    });

    it('an existing secret of that name is not doubled; a new one goes after the last of several', () => {
      const arn = (n: string): string => `arn:aws:secretsmanager:us-east-1:123456789012:secret:${n}`;
      const same = fargate({}, { environment: [{ name: 'GH', value: F.github }], secrets: [{ name: 'GH', valueFrom: arn('gh') }] });
      const c = containerOf(applyFix(same, 'ECS607'));
      assert.deepStrictEqual(c.environment, []);
      assert.deepStrictEqual(c.secrets, [{ name: 'GH', valueFrom: arn('gh') }]);
      const several = fargate({}, { environment: [{ name: 'GH', value: F.github }], secrets: [{ name: 'A', valueFrom: arn('a') }, { name: 'B', valueFrom: arn('b') }] });
      assert.deepStrictEqual((containerOf(applyFix(several, 'ECS607')).secrets as Json[]).map((x) => x.name), ['A', 'B', 'GH']);
    });

    it('a blank executionRoleArn is filled in place; a new one goes after taskRoleArn, else after family; a non-string one is left alone', () => {
      const environment = [{ name: 'NPM_TOKEN', value: F.npm }];
      const blank = ec2({ executionRoleArn: ' ' }, { environment });
      const filled = parse(applyFix(blank, 'ECS607'));
      assert.strictEqual(filled.executionRoleArn, 'arn:aws:iam::ACCOUNT_ID:role/ecsTaskExecutionRole');
      assert.deepStrictEqual(Object.keys(filled), Object.keys(parse(blank)));
      const withTaskRole = ec2({ taskRoleArn: 'arn:aws:iam::210987654321:role/app', cpu: '256' }, { environment });
      assert.deepStrictEqual(Object.keys(parse(applyFix(withTaskRole, 'ECS607'))), ['family', 'requiresCompatibilities', 'networkMode', 'containerDefinitions', 'taskRoleArn', 'executionRoleArn', 'cpu']);
      assert.deepStrictEqual(Object.keys(parse(applyFix(ec2({}, { environment }), 'ECS607'))), ['family', 'executionRoleArn', 'requiresCompatibilities', 'networkMode', 'containerDefinitions']);
      assert.strictEqual(parse(applyFix(ec2({ executionRoleArn: 5 }, { environment }), 'ECS607')).executionRoleArn, 5);
    });

    it('no fix when secrets is not a list (ECS003), or for a stale diagnostic once the variable was renamed or removed', () => {
      assert.deepStrictEqual(fixTitles(fargate({}, { environment: [{ name: 'GH', value: F.github }], secrets: { GH: 'x' } })), []);
      const text = env([['GH', F.github]]);
      const diag = diagnose(text).find((d) => d.code === 'ECS607')!;
      for (const changed of [env([['GH2', F.github]]), fargate({}, { environment: [] }), fargate({ containerDefinitions: ['app'] })]) {
        assert.deepStrictEqual(service.codeActions(doc(changed), [diag], ['quickfix'], settings(), ['en']), [], changed);
      }
    });

    it('data rewritten by the client: paths that are not paths, or a container path to something else, offer nothing; a task path to something else adds no role', () => {
      const text = ec2({}, { environment: [{ name: 'GH', value: F.github }] });
      const d = doc(text);
      const diag = service.diagnostics(d, settings(), ['en']).find((x) => x.code === 'ECS607')!;
      const data = diag.data as Json;
      const withData = (over: Json): ReturnType<typeof service.codeActions> => service.codeActions(d, [{ ...diag, data: { ...data, fix: { ...(data.fix as Json), ...over } } }], ['quickfix'], settings(), ['en']);
      for (const over of [{ envPath: 5 }, { containerPath: 5 }, { taskPath: 5 }, { containerPath: ['family'] }, { containerPath: ['nowhere'] }]) assert.deepStrictEqual(withData(over), [], JSON.stringify(over));
      const [action] = withData({ taskPath: ['family'] });
      const fixed = parse(applyEdits(text, action.edit!.changes![d.uri]));
      assert.strictEqual(fixed.family, 'web');
      assert.strictEqual(fixed.executionRoleArn, undefined);
      assert.deepStrictEqual(containerOf(JSON.stringify(fixed)).secrets, [{ name: 'GH', valueFrom: 'arn:aws:secretsmanager:<REGION>:<ACCOUNT_ID>:secret:<GH>' }]);
    });

    it('data rewritten by the client: a task path that leads nowhere still moves the variable, and adds no role', () => {
      const text = ec2({}, { environment: [{ name: 'GH', value: F.github }] });
      const d = doc(text);
      const diag = service.diagnostics(d, settings(), ['en']).find((x) => x.code === 'ECS607')!;
      const data = diag.data as Json;
      const rewritten = { ...diag, data: { ...data, fix: { ...(data.fix as Json), taskPath: ['nowhere'] } } };
      const [action] = service.codeActions(d, [rewritten], ['quickfix'], settings(), ['en']);
      const fixed = parse(applyEdits(text, action.edit!.changes![d.uri]));
      assert.strictEqual(fixed.executionRoleArn, undefined);
      assert.deepStrictEqual(containerOf(JSON.stringify(fixed)).environment, []);
    });

    it('is never a safe fix: "fix all" leaves the credential where it is', () => {
      const text = env([['GH', F.github]]);
      const d = doc(text);
      const diags = service.diagnostics(d, settings(), ['en']).filter((x) => x.code === 'ECS607');
      const actions = service.codeActions(d, diags, ['quickfix'], settings(), ['en']);
      assert.deepStrictEqual(actions.map((a) => a.isPreferred), [false, false]);
      const all = service.fixAll(d, settings(), ['en']);
      assert.ok(all === undefined || all.includes(F.github));
    });
  });

  it('the detector itself: kinds by id, and nothing for short or empty values', () => {
    assert.strictEqual(detectCredential(F.github)?.id, 'GITHUB_TOKEN');
    assert.strictEqual(detectCredential(F.awsSecretKey, 'AWS_SECRET_ACCESS_KEY')?.id, 'AWSSecretAccessKey');
    assert.strictEqual(detectCredential(F.awsSecretKey), undefined);
    assert.strictEqual(detectCredential(''), undefined);
    assert.strictEqual(detectCredential('abc'), undefined);
    // A service account key file pasted into a variable.
    const keyFile = JSON.stringify({ type: 'service_account', project_id: 'fake', private_key_id: 'fake', private_key: F.privateKey, client_email: 'fake@fake.iam.gserviceaccount.com' });
    assert.ok(['PrivateKey', 'PrivateKeyJSON'].includes(detectCredential(keyFile, 'GOOGLE_CREDENTIALS')?.id ?? ''));
  });

  describe('what the detector leaves out, and what it keeps', () => {
    it('values of up to 16,384 characters are scanned, longer ones are not', () => {
      const padded = (n: number): string => F.privateKey + ' '.repeat(n - F.privateKey.length);
      assert.strictEqual(detectCredential(padded(16_384), 'TLS_KEY')?.id, 'PrivateKey');
      assert.strictEqual(detectCredential(padded(16_385), 'TLS_KEY'), undefined);
    });

    it('an eight-character value is scanned: the shortest token secretlint knows (Slack) is found', () => {
      assert.strictEqual(detectCredential('xoxb-1-a', 'SLACK')?.id, 'SLACK_TOKEN');
    });

    it('a reference (an ARN) is never a credential, even where a detector finds one in it; a credential before an ARN still is', () => {
      const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:' + F.awsAccessKeyId + '-AbCdEf';
      assert.deepStrictEqual(detectorFindings(`DB=${arn}`, '.txt'), ['AWSAccessKeyID']);
      assert.strictEqual(detectCredential(arn, 'DB'), undefined);
      assert.strictEqual(detectCredential(`key=${F.awsAccessKeyId};arn:aws:iam::123456789012:user/ci`, 'NOTE')?.id, 'AWSAccessKeyID');
    });

    it('an account ID is not a credential, though secretlint reports it', () => {
      assert.deepStrictEqual(detectorFindings('AWS_ACCOUNT_ID=123456789012', '.txt'), ['AWSAccountID']);
      assert.strictEqual(detectCredential('123456789012', 'AWS_ACCOUNT_ID'), undefined);
    });

    it('a token in the variable\'s name does not make its value a credential', () => {
      assert.deepStrictEqual(detectorFindings(`${F.github}=production`, '.txt'), ['GITHUB_TOKEN']);
      assert.strictEqual(detectCredential('production', F.github), undefined);
    });

    it('a token next to a template slot is still a credential: only the matched part is judged', () => {
      assert.strictEqual(detectCredential(`${F.github} \${SUFFIX}`, 'GH')?.id, 'GITHUB_TOKEN');
      assert.strictEqual(detectCredential(`\${PREFIX} ${F.github}`, 'GH')?.id, 'GITHUB_TOKEN');
      assert.strictEqual(detectCredential(`${F.github}\${X}`, 'G')?.id, 'GITHUB_TOKEN');
      assert.strictEqual(detectCredential('postgres://app:${DB_PASSWORD}@db.internal:5432/app', 'DATABASE_URL'), undefined);
    });
  });
});
