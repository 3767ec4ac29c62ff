import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { securityRules } from '../../language-service/rules/security';
import { applyFix, codes, diagnose, doc, ec2, fargate, found, messagesOf, service, settings } from '../support/harness';

type Json = Record<string, unknown>;
const parse = (text: string): Json => JSON.parse(text) as Json;
const OUR_CODES = /^ECS6\d\d$/;
/** ECS607 (a credential recognised by its format) is a warning by design: an exposed credential is an incident, not a hint. */
const WARNING_BY_DESIGN = new Set(['ECS607']);
const severityOf = (text: string, code: string): DiagnosticSeverity | undefined => diagnose(text).find((d) => d.code === code)?.severity;
const windowsEc2 = (over: Json = {}, container: Json = {}): string => ec2({ runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' }, ...over }, { image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022', ...container });
const containerOf = (text: string, i = 0): Json => (parse(text).containerDefinitions as Json[])[i];
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');

describe('security hints (ECS6xx)', () => {
  describe('catalogue examples', () => {
    for (const rule of securityRules) {
      it(`${rule.code} ${rule.name}: bad raises it, good does not`, () => {
        assert.ok(rule.examples, `${rule.code} has examples`);
        assert.ok(codes(rule.examples.bad).includes(rule.code), `bad example of ${rule.code}: ${codes(rule.examples.bad).join(',')}`);
        assert.ok(!codes(rule.examples.good).includes(rule.code), `good example of ${rule.code}`);
      });
    }
    it('every rule is information or hint by default, with bilingual texts and a docs link', () => {
      const list = securityRules.map((r) => r.code);
      assert.deepStrictEqual(list, [...list].sort());
      for (const r of securityRules) {
        assert.ok(r.severity === 'information' || r.severity === 'hint' || (WARNING_BY_DESIGN.has(r.code) && r.severity === 'warning'), `${r.code} is ${r.severity}`);
        for (const t of [r.title, r.message, r.description, ...Object.values(r.variants ?? {})]) assert.ok(t.en.trim() && t.vi.trim(), r.code);
        assert.match(r.docs, /^https:\/\/docs\.aws\.amazon\.com\//);
      }
    });
  });

  it('never turns a file yellow: no security diagnostic is an error or a warning (but a credential in a known format)', () => {
    const texts = [fargate(), ec2(), ...securityRules.filter((r) => !WARNING_BY_DESIGN.has(r.code)).map((r) => r.examples!.bad)];
    for (const text of texts) {
      const serious = diagnose(text).filter((d) => OUR_CODES.test(String(d.code)) && d.severity! <= DiagnosticSeverity.Warning);
      assert.deepStrictEqual(serious.map((d) => d.code), []);
    }
  });

  it('on the corpus of real files too (skipped when ../shared/corpus is absent)', function () {
    if (!fs.existsSync(CORPUS)) {
      this.skip();
      return;
    }
    let files = 0;
    for (const dir of ['real', 'docs']) {
      const base = path.join(CORPUS, dir);
      if (!fs.existsSync(base)) continue;
      for (const f of fs.readdirSync(base).filter((n) => n.endsWith('.json'))) {
        files++;
        const text = fs.readFileSync(path.join(base, f), 'utf8');
        const serious = diagnose(text, { uri: 'file:///w/task-definition.json' }).filter((d) => OUR_CODES.test(String(d.code)) && d.severity! <= DiagnosticSeverity.Warning);
        assert.deepStrictEqual(serious.map((d) => d.code), [], f);
      }
    }
    assert.ok(files > 0);
  });

  describe('ECS601 credentials in plain environment variables', () => {
    const SECRET = 'hunter2-Sup3rSecret';
    const env = (vars: Array<[string, string]>, over: Json = {}): string => fargate(over, { environment: vars.map(([name, value]) => ({ name, value })) });

    it('underlines the value and never echoes it (messages, titles, data)', () => {
      const text = env([['DB_HOST', 'db.internal'], ['DB_PASSWORD', SECRET]]);
      assert.deepStrictEqual(found(text, 'ECS601'), [JSON.stringify(SECRET)]);
      const d = doc(text);
      const diags = service.diagnostics(d, settings(), ['en', 'vi']);
      const diag = diags.find((x) => x.code === 'ECS601')!;
      assert.strictEqual(diag.severity, DiagnosticSeverity.Information);
      assert.ok(diag.message.includes('DB_PASSWORD'));
      for (const x of diags) {
        assert.ok(!x.message.includes(SECRET), `message of ${String(x.code)} echoes the secret`);
        assert.ok(!JSON.stringify(x.data ?? {}).includes(SECRET), `data of ${String(x.code)} holds the secret`);
      }
      for (const a of service.codeActions(d, diags, undefined, settings(), ['en', 'vi'])) assert.ok(!a.title.includes(SECRET));
    });

    it('catches the usual names', () => {
      for (const name of ['PASSWORD', 'MYSQL_ROOT_PASSWORD', 'db_passwd', 'API_KEY', 'STRIPE_APIKEY', 'GITHUB_TOKEN', 'JWT_SECRET', 'AWS_SECRET_ACCESS_KEY', 'PRIVATE_KEY', 'GOOGLE_CREDENTIALS', 'REDIS_PASS']) {
        assert.deepStrictEqual(found(env([[name, 'x9f8e7d6c5']]), 'ECS601'), ['"x9f8e7d6c5"'], name);
      }
    });

    it('a URL with a password is a credential whatever its name (ECS607 when secretlint knows the format, else ECS601)', () => {
      assert.deepStrictEqual(found(env([['DATABASE_URL', 'postgres://app:pa55word@db:5432/app']]), 'ECS601'), []);
      assert.deepStrictEqual(found(env([['DATABASE_URL', 'postgres://app:pa55word@db:5432/app']]), 'ECS607'), ['"postgres://app:pa55word@db:5432/app"']);
      assert.deepStrictEqual(found(env([['DB', 'Server=db;Database=app;User Id=app;Password=pa55word;']]), 'ECS601'), ['"Server=db;Database=app;User Id=app;Password=pa55word;"']);
      assert.deepStrictEqual(found(env([['DATABASE_URL', 'postgres://db:5432/app'], ['REDIS_CONNECTION_STRING', 'redis.internal:6379']]), 'ECS601'), []);
    });

    it('skips empty values, placeholders, references, settings and look-alikes', () => {
      const vars: Array<[string, string]> = [
        ['DB_PASSWORD', ''], ['API_KEY', '${API_KEY}'], ['TOKEN', '{{ token }}'], ['SECRET_ARN', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x'],
        ['JWT_SECRET', 'arn:aws:ssm:us-east-1:123456789012:parameter/jwt'], ['DB_PASSWORD_FILE', '/run/secrets/db'], ['AWS_ACCESS_KEY_ID', 'AKIAEXAMPLE'],
        ['TOKEN_URL', 'https://auth.example.com/token'], ['TOKEN_TTL', '3600'], ['PWD', '/app'], ['SECRETS_ENABLED', 'true'], ['PASSWORD_MIN_LENGTH', '12'],
      ];
      assert.deepStrictEqual(found(env(vars), 'ECS601'), []);
    });

    it('the fix moves it to `secrets` with a placeholder ARN from the file\'s account and region, dropping the value', () => {
      const text = env([['DB_HOST', 'db.internal'], ['DB_PASSWORD', SECRET]]);
      const d = doc(text);
      const diag = service.diagnostics(d, settings(), ['en']).filter((x) => x.code === 'ECS601');
      const [action] = service.codeActions(d, diag, ['quickfix'], settings(), ['en']);
      assert.match(action.title, /Secrets Manager/);
      const fixed = applyFix(text, 'ECS601');
      assert.ok(!fixed.includes(SECRET), 'the value is gone');
      const c = containerOf(fixed);
      assert.deepStrictEqual(c.environment, [{ name: 'DB_HOST', value: 'db.internal' }]);
      assert.deepStrictEqual(c.secrets, [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:<DB_PASSWORD>' }]);
      assert.deepStrictEqual(found(fixed, 'ECS601'), []);
      // Nothing else changed.
      const rest = (t: Json): Json => ({ ...t, containerDefinitions: (t.containerDefinitions as Json[]).map((x) => ({ ...x, environment: undefined, secrets: undefined })) });
      assert.deepStrictEqual(rest(parse(fixed)), rest(parse(text)));
    });

    it('the fix appends to existing secrets and uses placeholders when the file has no account or region', () => {
      const text = ec2({}, { environment: [{ name: 'API_TOKEN', value: 'abc123def' }], secrets: [{ name: 'OTHER', valueFrom: 'other' }] });
      const c = containerOf(applyFix(text, 'ECS601'));
      assert.deepStrictEqual(c.environment, []);
      assert.deepStrictEqual(c.secrets, [{ name: 'OTHER', valueFrom: 'other' }, { name: 'API_TOKEN', valueFrom: 'arn:aws:secretsmanager:<REGION>:<ACCOUNT_ID>:secret:<API_TOKEN>' }]);
    });

    it('reads the name with `-` and `.` as `_`, and the value without the blanks around it', () => {
      assert.deepStrictEqual(found(env([['db.pass', 'x9f8e7d6c5']]), 'ECS601'), ['"x9f8e7d6c5"']);
      assert.deepStrictEqual(found(env([['DB-PASSWORD-FILE', 'x9f8e7d6c5']]), 'ECS601'), []);
      assert.deepStrictEqual(found(env([['DB_PASSWORD', '   '], ['API_TOKEN', ' disabled ']]), 'ECS601'), []);
    });

    it('the shell\'s PWD and OLDPWD are directories, not passwords; a PWD part of a longer name is one', () => {
      assert.deepStrictEqual(found(env([['PWD', 'srv'], ['OLDPWD', 'srv'], ['pwd', 'srv']]), 'ECS601'), []);
      assert.deepStrictEqual(found(env([['DB_PWD', 'x9f8e7d6c5']]), 'ECS601'), ['"x9f8e7d6c5"']);
    });

    it('a connection string or a DSN without a password is an address; DSN counts only at the end of the name', () => {
      assert.deepStrictEqual(found(env([['DBCONNECTIONSTRING', 'db.internal:1433'], ['SENTRY_DSN', 'sentry.internal']]), 'ECS601'), []);
      assert.deepStrictEqual(found(env([['DSN_PASSWORD', 'x9f8e7d6c5']]), 'ECS601'), ['"x9f8e7d6c5"']);
    });

    it('a URL without a password is where the secret lives, not the secret', () => {
      assert.deepStrictEqual(found(env([['API_TOKEN', 'https://vault.internal/v1/token'], ['DB_PASSWORD', 'git+ssh://vault.internal/db']]), 'ECS601'), []);
    });

    it('a setting is the whole value; a reference or a path starts the value', () => {
      assert.deepStrictEqual(found(env([['API_TOKEN', 'disabled'], ['AUTH_TOKEN', 'None'], ['JWT_SECRET', '/run/secrets/jwt']]), 'ECS601'), []);
      const vars: Array<[string, string]> = [['API_TOKEN', 'offset9f8e7'], ['AUTH_TOKEN', 'x9f-none'], ['SECRET_KEY', 'x9f8arn:abc'], ['JWT_SECRET', 'x9f8e7d6c5/']];
      assert.deepStrictEqual(found(env(vars), 'ECS601'), vars.map(([, v]) => JSON.stringify(v)));
    });
  });

  describe('ECS602–ECS605 container hardening hints', () => {
    it('ECS602 privileged on EC2 is information; not on Fargate (ECS106 says it) nor Windows', () => {
      const text = ec2({}, { privileged: true });
      assert.deepStrictEqual(found(text, 'ECS602'), ['true']);
      assert.strictEqual(severityOf(text, 'ECS602'), DiagnosticSeverity.Information);
      assert.deepStrictEqual(found(fargate({}, { privileged: true }), 'ECS602'), []);
      assert.deepStrictEqual(found(windowsEc2({}, { privileged: true }), 'ECS602'), []);
      assert.deepStrictEqual(found(ec2({}, { privileged: false }), 'ECS602'), []);
    });

    it('ECS603 root user: root, 0, 0:0, root:group; not other users, placeholders or Windows', () => {
      for (const user of ['root', '0', '0:0', 'root:staff']) assert.deepStrictEqual(found(ec2({}, { user }), 'ECS603'), [JSON.stringify(user)], user);
      for (const user of ['1000', 'nginx', '1000:0', '${USER}']) assert.deepStrictEqual(found(ec2({}, { user }), 'ECS603'), [], user);
      assert.deepStrictEqual(found(windowsEc2({}, { user: 'root' }), 'ECS603'), []);
    });

    it('ECS604 writable root file system is a hint on the container name, or on `false`; the fix sets true', () => {
      const text = fargate();
      assert.deepStrictEqual(found(text, 'ECS604'), ['"app"']);
      assert.strictEqual(severityOf(text, 'ECS604'), DiagnosticSeverity.Hint);
      assert.deepStrictEqual(found(fargate({}, { readonlyRootFilesystem: false }), 'ECS604'), ['false']);
      const fixed = applyFix(text, 'ECS604');
      assert.deepStrictEqual(parse(fixed), parse(fargate({}, { readonlyRootFilesystem: true })));
      assert.deepStrictEqual(found(fixed, 'ECS604'), []);
      assert.deepStrictEqual(found(windowsEc2(), 'ECS604'), []);
    });

    it('ECS604 stays off for Windows containers, also on EC2 without `runtimePlatform` (known by their image)', () => {
      for (const image of ['mcr.microsoft.com/windows/servercore/iis', 'mcr.microsoft.com/windows/nanoserver:ltsc2022', 'mcr.microsoft.com/dotnet/framework/aspnet:4.8', 'public.ecr.aws/aws-observability/aws-for-fluent-bit:windowsservercore-latest']) {
        assert.deepStrictEqual(found(ec2({ networkMode: undefined }, { image }), 'ECS604'), [], image);
      }
      assert.deepStrictEqual(found(windowsEc2({}, { readonlyRootFilesystem: false }), 'ECS604'), []);
      // A Linux image next to it is still hinted.
      const mixed = ec2({ containerDefinitions: [{ name: 'win', image: 'mcr.microsoft.com/windows/servercore/iis', memory: 512 }, { name: 'linux', image: 'nginx:1.27', memory: 256 }] });
      assert.deepStrictEqual(found(mixed, 'ECS604'), ['"linux"']);
    });

    it('ECS605 pidMode/ipcMode host on EC2; not on Fargate or Windows', () => {
      const text = ec2({ pidMode: 'host', ipcMode: 'host' });
      assert.deepStrictEqual(found(text, 'ECS605'), ['"host"', '"host"']);
      assert.strictEqual(severityOf(text, 'ECS605'), DiagnosticSeverity.Information);
      assert.deepStrictEqual(found(ec2({ pidMode: 'task', ipcMode: 'none' }), 'ECS605'), []);
      assert.deepStrictEqual(found(fargate({ pidMode: 'host' }), 'ECS605'), []);
      assert.deepStrictEqual(found(windowsEc2({ ipcMode: 'host' }), 'ECS605'), []);
    });

    it('messages name a container by its trimmed name, shortened past 60 characters, else by its position', () => {
      const messages = (containers: Json[]): string[] => diagnose(ec2({ containerDefinitions: containers })).filter((d) => d.code === 'ECS602').map((d) => d.message);
      const c = (name: unknown): Json => ({ ...(name === undefined ? {} : { name }), image: 'nginx:1.27', memory: 256, privileged: true });
      const long = 'a'.repeat(70);
      const [named, trimmed, shortened, unnamed, empty, placeholder] = messages([c('web'), c('  api  '), c(long), c(undefined), c(''), c('${NAME}')]);
      assert.match(named, /^`web` runs privileged/);
      assert.match(trimmed, /^`api` runs privileged/);
      assert.match(shortened, new RegExp(`^\`${'a'.repeat(57)}\\.\\.\\.\` runs privileged`));
      assert.match(unnamed, /^`#4` runs privileged/);
      assert.match(empty, /^`#5` runs privileged/);
      assert.match(placeholder, /^`\$\{NAME\}` runs privileged/);
    });

    it('ECS605 names the field and what the containers share with the instance, in both languages', () => {
      for (const [field, what] of [['pidMode', 'PID namespace'], ['ipcMode', 'IPC namespace']]) {
        const [en, vi] = (['en', 'vi'] as const).map((lang) => diagnose(ec2({ [field]: 'host' }), { langs: [lang] }).filter((d) => d.code === 'ECS605').map((d) => d.message));
        assert.strictEqual(en.length, 1, field);
        assert.match(en[0], new RegExp(`^\`${field}: "host"\` shares the instance's ${what} with`), field);
        assert.match(vi[0], new RegExp(`^\`${field}: "host"\` .* chung ${what} với instance`), field);
      }
    });

    it('ECS603 reads the user part before the colon, without blanks; a uid of zeros only is root', () => {
      for (const user of [' root ', 'root :staff', '00', '000:0']) assert.deepStrictEqual(found(ec2({}, { user }), 'ECS603'), [JSON.stringify(user)], user);
      for (const user of ['0100', '10', 'rooter']) assert.deepStrictEqual(found(ec2({}, { user }), 'ECS603'), [], user);
      assert.deepStrictEqual(messagesOf(ec2({}, { user: 'root' }), 'ECS603'), ['`app` explicitly runs as root. Prefer an unprivileged user (for example `"1000:1000"`) if the image allows it.']);
    });

    it('ECS604: a value that is not a boolean is ECS003\'s; after a syntax error inside the container it says nothing', () => {
      assert.deepStrictEqual(found(ec2({}, { readonlyRootFilesystem: 'true' }), 'ECS604'), []);
      // Cut inside the container: readonlyRootFilesystem may be in the part the parser could not read.
      assert.deepStrictEqual(found('{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, ', 'ECS604'), []);
    });

    it('ECS604: fix data a client rewrote (a path that is not a path) offers nothing', () => {
      const d = doc(ec2());
      const diag = service.diagnostics(d, settings(), ['en']).find((x) => x.code === 'ECS604')!;
      const data = diag.data as Json;
      assert.deepStrictEqual(service.codeActions(d, [{ ...diag, data: { ...data, fix: { ...(data.fix as Json), path: 5 } } }], ['quickfix'], settings(), ['en']), []);
    });

    it('ECS604: a stale diagnostic gets no fix once the container is gone or no longer an object', () => {
      const text = ec2();
      const diag = diagnose(text).find((d) => d.code === 'ECS604')!;
      for (const changed of [ec2({ containerDefinitions: [] }), ec2({ containerDefinitions: ['app'] })]) {
        assert.deepStrictEqual(service.codeActions(doc(changed), [diag], ['quickfix'], settings(), ['en']), [], changed);
      }
    });
  });

  describe('ECS606 image without a fixed version', () => {
    it('untagged and latest are hints; tags, digests and placeholders are fine', () => {
      for (const image of ['nginx', 'nginx:latest', '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest', '127.0.0.1:5000/busybox']) {
        assert.deepStrictEqual(found(ec2({}, { image }), 'ECS606'), [JSON.stringify(image)], image);
        assert.strictEqual(severityOf(ec2({}, { image }), 'ECS606'), DiagnosticSeverity.Hint);
      }
      for (const image of ['nginx:1.27', 'localhost:5000/busybox:1.36', 'nginx@sha256:' + 'a'.repeat(64), 'app:windowsservercore-latest', '${IMAGE}', '<IMAGE1_NAME>', '{{ must_env `IMAGE` }}']) {
        assert.deepStrictEqual(found(ec2({}, { image }), 'ECS606'), [], image);
      }
    });

    it('each case has its message; a long image is shown cut to 79 characters and an ellipsis', () => {
      assert.deepStrictEqual(messagesOf(ec2({}, { image: 'nginx' }), 'ECS606'), ['Image `nginx` has no tag, so it means `latest`: each new task may run different code. Pin a version tag or a digest (`@sha256:…`).']);
      assert.match(messagesOf(ec2({}, { image: 'nginx:latest' }), 'ECS606')[0], /^Image `nginx:latest` uses the `latest` tag: /);
      const shown = (image: string): string => /^Image `(.*)` has no tag/.exec(messagesOf(ec2({}, { image }), 'ECS606')[0])![1];
      assert.strictEqual(shown('r'.repeat(80)), 'r'.repeat(80));
      assert.strictEqual(shown('r'.repeat(81)), `${'r'.repeat(79)}…`);
    });

    it('blanks around the image are ignored, a blank image is not judged, a digest pins even `latest`, a registry port is no tag', () => {
      assert.match(messagesOf(ec2({}, { image: 'nginx:latest ' }), 'ECS606')[0], /uses the `latest` tag/);
      assert.deepStrictEqual(found(ec2({}, { image: '   ' }), 'ECS606'), []);
      assert.deepStrictEqual(found(ec2({}, { image: 'nginx:latest@sha256:' + 'a'.repeat(64) }), 'ECS606'), []);
      assert.match(messagesOf(ec2({}, { image: 'registry.internal:5000/team/app' }), 'ECS606')[0], /has no tag/);
    });
  });

  it('never throws on broken trees', () => {
    const broken: Json[] = [
      { containerDefinitions: [null, { environment: 'x', user: 5, privileged: 'yes', image: null, readonlyRootFilesystem: 'true' }] },
      { pidMode: 7, ipcMode: null, containerDefinitions: [{ name: 'a', environment: [null, { name: 'PASSWORD' }, { name: 1, value: 'x' }, { name: 'TOKEN', value: 5 }], secrets: 'x' }] },
      { runtimePlatform: 'x', containerDefinitions: {} },
    ];
    for (const text of [...broken.map((o) => ec2(o)), '{"containerDefinitions": [{"environment": [{"name": "DB_PASSWORD", "value": "x', ...securityRules.map((r) => r.examples!.bad)]) {
      const d = doc(text, 'file:///w/task-definition.json');
      const diags = service.diagnostics(d, settings(), ['en', 'vi']);
      service.codeActions(d, diags, undefined, settings(), ['en', 'vi']);
    }
  });
});
