import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadHclParser } from '../../common/hcl-loader';
import type { Lang } from '../../common/settings';
import { EcsLanguageService } from '../../language-service';
import { applyEdits, applyFix, codes, diagnose, doc, ec2, fargate, found, service, settings, syntaxErrorsOf, textAt } from '../support/harness';

/** The titles of the quick fixes offered for the first `code` diagnostic. */
function quickFixTitles(text: string, code: string, langs: Lang[] = ['en']): string[] {
  const d = doc(text);
  const diag = service.diagnostics(d, settings(), langs).find((x) => x.code === code);
  assert.ok(diag, `a ${code} diagnostic`);
  return service.codeActions(d, [diag], ['quickfix'], settings(), langs).map((a) => a.title);
}

describe('structural diagnostics', () => {
  it('a valid Fargate task definition has no problems', () => {
    assert.deepStrictEqual(diagnose(fargate()).filter((d) => d.severity! <= 2).map((d) => d.code), []);
  });

  it('reports JSON syntax errors (ECS001)', () => {
    assert.ok(codes('{ "family": "web" "containerDefinitions": [] }').includes('ECS001'));
  });

  it('plain text being typed is a syntax error, not a nesting problem (ECS001)', () => {
    const d = diagnose('ecs-fargate-web');
    assert.ok(d.length >= 1 && d.every((x) => x.code === 'ECS001'));
    assert.ok(d.every((x) => (x.data as { fix?: { error?: string } }).fix?.error), 'each names its parse error');
    const deep = diagnose('['.repeat(3000) + ']'.repeat(3000));
    assert.deepStrictEqual(deep.map((x) => [x.code, x.range.start.character, x.range.end.character]), [['ECS001', 0, 1]]);
    assert.strictEqual((deep[0].data as { fix?: unknown }).fix, undefined);
  });

  it('unknown property with "did you mean" and a rename fix (ECS002)', () => {
    const text = '{\n  "family": "web",\n  "containerDefinition": []\n}';
    assert.deepStrictEqual(found(text, 'ECS002'), ['"containerDefinition"']);
    assert.strictEqual(applyFix(text, 'ECS002'), '{\n  "family": "web",\n  "containerDefinitions": []\n}');
  });

  it('wrong type, fixed by converting (ECS003)', () => {
    const text = ec2({}, { portMappings: [{ containerPort: '8080' }] });
    assert.deepStrictEqual(found(text, 'ECS003'), ['"8080"']);
    const fixed = applyFix(text, 'ECS003');
    assert.ok(fixed.includes('"containerPort": 8080'));
    assert.deepStrictEqual(found(fixed, 'ECS003'), []);
  });

  it('missing required members (ECS004)', () => {
    assert.deepStrictEqual(found('{ "containerDefinitions": [] }', 'ECS004', { uri: 'file:///x/task-definition.json' }), ['{']);
  });

  it('networkMode "default": suggests bridge or removing the field, never host (ECS005)', () => {
    const text = ec2({ networkMode: 'default' });
    assert.deepStrictEqual(found(text, 'ECS005'), ['"default"']);
    const titles = quickFixTitles(text, 'ECS005');
    assert.deepStrictEqual(titles, ['Change to bridge', 'Remove networkMode (use the default network mode)']);
    assert.deepStrictEqual(quickFixTitles(text, 'ECS005', ['vi']), ['Đổi thành bridge', 'Xóa networkMode (dùng network mode mặc định)']);
    const d = diagnose(text).find((x) => x.code === 'ECS005')!;
    assert.doesNotMatch(d.message, /Did you mean `host`/);
    assert.ok(applyFix(text, 'ECS005').includes('"networkMode": "bridge"'));
    const removed = applyFix(text, 'ECS005', { title: /^Remove/ });
    assert.ok(!removed.includes('networkMode'));
    assert.deepStrictEqual(codes(removed).filter((c) => c === 'ECS005'), []);
    // Neither is preferred (applied without looking).
    const dd = doc(text);
    const actions = service.codeActions(dd, service.diagnostics(dd, settings(), ['en']).filter((x) => x.code === 'ECS005'), ['quickfix'], settings(), ['en']);
    assert.deepStrictEqual(actions.map((a) => a.isPreferred), [false, false]);
    // On Windows, bridge does not exist: only removing the field is offered.
    const windows = ec2({ networkMode: 'default', runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } });
    assert.deepStrictEqual(quickFixTitles(windows, 'ECS005'), ['Remove networkMode (use the default network mode)']);
  });

  describe('an empty string in an enum field (ecspresso writes "" for unset fields; issue 11)', () => {
    const severities = (text: string): string[] => diagnose(text).filter((d) => d.severity! <= 2).map((d) => `${d.code}:${d.severity === 1 ? 'error' : 'warning'}`).sort();

    it('is a warning, not an error (ECS005 "empty"); a wrong non-empty value stays an error', () => {
      const text = ec2({ ipcMode: '', pidMode: '' });
      assert.deepStrictEqual(found(text, 'ECS005'), ['""', '""']);
      assert.deepStrictEqual(severities(text), ['ECS005:warning', 'ECS005:warning']);
      const d = diagnose(text).find((x) => x.code === 'ECS005')!;
      assert.strictEqual((d.data as { fix?: { field?: string } }).fix?.field, 'ipcMode');
      assert.deepStrictEqual(severities(ec2({ ipcMode: 'hots' })), ['ECS005:error']);
    });

    it('counts as not set for the other rules: no Fargate error for ipcMode/pidMode (ECS105), no missing port name (ECS304)', () => {
      assert.deepStrictEqual(severities(fargate({ ipcMode: '', pidMode: '' })), ['ECS005:warning', 'ECS005:warning']);
      assert.deepStrictEqual(found(fargate({ ipcMode: 'host' }), 'ECS105'), ['"host"'], 'control: a real ipcMode on Fargate is an error');
      const ports = (appProtocol: string): string => fargate({}, { portMappings: [{ containerPort: 80, protocol: 'tcp', appProtocol }] });
      assert.deepStrictEqual(found(ports(''), 'ECS304'), []);
      assert.deepStrictEqual(found(ports('http'), 'ECS304'), ['"appProtocol"'], 'control: appProtocol without a port name');
      assert.deepStrictEqual(severities(ports('')), ['ECS005:warning']);
    });

    it('the quick fix removes the empty field (offered, not safe), in both languages', () => {
      const text = ec2({ ipcMode: '' });
      assert.deepStrictEqual(quickFixTitles(text, 'ECS005'), ['Remove the empty ipcMode']);
      assert.deepStrictEqual(quickFixTitles(text, 'ECS005', ['vi']), ['Xóa trường ipcMode đang để trống']);
      const out = applyFix(text, 'ECS005');
      assert.ok(!out.includes('ipcMode'), out);
      assert.deepStrictEqual(diagnose(out).filter((d) => d.severity! <= 2).map((d) => d.code), []);
      const dd = doc(text);
      const actions = service.codeActions(dd, service.diagnostics(dd, settings(), ['en']).filter((x) => x.code === 'ECS005'), ['quickfix'], settings(), ['en']);
      assert.deepStrictEqual(actions.map((a) => a.isPreferred), [false]);
    });
  });

  it('enum mismatch with the closest value as fix (ECS005)', () => {
    const text = fargate({ networkMode: 'awsvpn' });
    assert.deepStrictEqual(found(text, 'ECS005'), ['"awsvpn"']);
    assert.ok(applyFix(text, 'ECS005').includes('"networkMode": "awsvpc"'));
  });

  it('out of range (ECS006): ephemeral storage 21..200, health check interval', () => {
    assert.deepStrictEqual(found(fargate({ ephemeralStorage: { sizeInGiB: 10 } }), 'ECS006'), ['10']);
    assert.deepStrictEqual(found(fargate({}, { healthCheck: { command: ['CMD-SHELL', 'true'], interval: 400 } }), 'ECS006'), ['400']);
    assert.deepStrictEqual(found(fargate({ ephemeralStorage: { sizeInGiB: 200 } }), 'ECS006'), []);
  });

  it('pattern violations (ECS007)', () => {
    assert.deepStrictEqual(found(fargate({ family: 'my web app' }), 'ECS007'), ['"my web app"']);
  });

  it('null values warn and are removed (ECS008)', () => {
    const text = fargate({ taskRoleArn: null });
    assert.deepStrictEqual(found(text, 'ECS008'), ['null']);
    const fixed = applyFix(text, 'ECS008');
    assert.ok(!fixed.includes('taskRoleArn'));
    assert.ok(fixed.includes('"executionRoleArn"'));
  });

  it('read-only fields are removed all at once (ECS009)', () => {
    const text = fargate({ taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3', revision: 3, status: 'ACTIVE', compatibilities: ['EC2', 'FARGATE'] });
    assert.strictEqual(found(text, 'ECS009').length, 4);
    const fixed = applyFix(text, 'ECS009');
    assert.deepStrictEqual(found(fixed, 'ECS009'), []);
    assert.strictEqual(fixed, fargate());
  });

  it('the describe wrapper is reported, its content analysed, and the fix unwraps it keeping tags (ECS010)', () => {
    const inner = JSON.parse(fargate({ networkMode: 'bridge' })) as Record<string, unknown>;
    const text = JSON.stringify({ taskDefinition: inner, tags: [{ key: 'team', value: 'web' }] }, null, 2);
    assert.deepStrictEqual(found(text, 'ECS010'), ['"taskDefinition"']);
    const fixed = applyFix(text, 'ECS010');
    const parsed = JSON.parse(fixed) as Record<string, unknown>;
    assert.strictEqual(parsed.family, 'web');
    assert.deepStrictEqual(parsed.tags, [{ key: 'team', value: 'web' }]);
    assert.deepStrictEqual(found(fixed, 'ECS010'), []);
    assert.ok(fixed.startsWith('{\n  "family": "web"'), fixed.slice(0, 40));
  });

  it('placeholders skip format checks and only get a hint (ECS011)', () => {
    const text = fargate({ cpu: '${CPU}', executionRoleArn: 'arn:aws:iam::${ACCOUNT_ID}:role/exec' }, { image: '{{ image }}', memory: '${MEMORY}' });
    const c = codes(text);
    assert.ok(!c.includes('ECS003') && !c.includes('ECS007'), c.join(','));
    assert.ok(c.includes('ECS011'));
  });

  it('task cpu as a number warns, fixed by quoting (ECS012)', () => {
    const text = fargate({ cpu: 256 });
    assert.deepStrictEqual(found(text, 'ECS012'), ['256']);
    assert.ok(applyFix(text, 'ECS012').includes('"cpu": "256"'));
  });

  it('unit strings are accepted for task cpu and memory', () => {
    for (const [cpu, memory] of [['1 vCPU', '2 GB'], ['.25 vcpu', '512'], ['0.5 vCPU', '1gb']]) {
      assert.deepStrictEqual(found(fargate({ cpu, memory }), 'ECS007'), [], `${cpu} / ${memory}`);
    }
  });

  it('repeated keys are reported in small and large objects (ECS013)', () => {
    // The first `family` is the one the AWS CLI drops: it is the one underlined.
    const two = '{ "family": "a", "family": "b", "containerDefinitions": [] }';
    assert.deepStrictEqual(diagnose(two).filter((d) => d.code === 'ECS013').map((d) => [d.range.start.character, d.range.end.character]), [[2, 10]]);
    const many = Array.from({ length: 12 }, (_, i) => `"k${i}": "v"`).join(', ');
    const text = `{ "family": "a", "containerDefinitions": [{ "name": "app", "dockerLabels": { ${many}, "k3": "again" } }] }`;
    assert.deepStrictEqual(found(text, 'ECS013'), ['"k3"']);
  });

  it('comments in a JSONC task definition survive a fix', () => {
    const text = '{\n  // my service\n  "family": "web",\n  "containerDefinition": [] /* todo */\n}';
    const fixed = applyFix(text, 'ECS002');
    assert.ok(fixed.includes('// my service') && fixed.includes('/* todo */'));
  });
});

/** The diagnostics with `code`, as [underlined text, severity] pairs. */
function withSeverity(text: string, code: string, uri?: string): Array<[string, number | undefined]> {
  return diagnose(text, { uri }).filter((d) => d.code === code).map((d) => [textAt(text, d.range), d.severity]);
}

/** The first `code` diagnostic of `text`. */
function first(text: string, code: string, uri?: string): Diagnostic {
  const d = diagnose(text, { uri }).find((x) => x.code === code);
  assert.ok(d, `a ${code} diagnostic in ${text}`);
  return d;
}

/** The fix data of the first `code` diagnostic. */
function fixData(text: string, code: string, uri?: string): Record<string, unknown> | undefined {
  return (first(text, code, uri).data as { fix?: Record<string, unknown> }).fix;
}

/**
 * The texts the quick fixes of `diag` (a diagnostic of an earlier text) produce on `now`: an editor
 * asks with the diagnostics it last received, which may be older than the text.
 */
function fixesOn(now: string, diag: Diagnostic, uri = 'file:///work/task-definition.json'): string[] {
  const d = doc(now, uri);
  return service.codeActions(d, [diag], ['quickfix'], settings(), ['en']).map((a) => applyEdits(now, a.edit!.changes![uri]));
}

/** A container-definitions array (Terraform's `container_definitions` file) without any Terraform beside it. */
const ARRAY_URI = 'file:///nowhere/container-definitions.json';

describe('ECS001: where a syntax error is underlined', () => {
  it('on the whole token the parser stopped at', () => {
    const text = '{ "family": "web" "containerDefinitions": [] }';
    assert.deepStrictEqual(found(text, 'ECS001'), ['"containerDefinitions"']);
    assert.deepStrictEqual(found('{ "family" "web", "containerDefinitions": [] }', 'ECS001'), ['"web"']);
  });

  it('an object nested past the limit: one diagnostic on its first character', () => {
    const deep = '{"a":'.repeat(1100) + '1' + '}'.repeat(1100);
    assert.deepStrictEqual(diagnose(deep).map((d) => [d.code, textAt(deep, d.range)]), [['ECS001', '{']]);
  });
});

describe('ECS001 in a container-definitions array file', () => {
  const uri = 'file:///m/container-definitions.json';
  const app = '{ "name": "app", "image": "nginx:1.27", "essential": true }';
  const syntaxErrors = (text: string): Array<[string, number, unknown]> => syntaxErrorsOf(text, uri);

  it('text after the array\'s `]` is one error where that text starts, as for any JSON file that goes on after its end', () => {
    const stray = `[\n  ${app}\n]\n]\n`;
    assert.deepStrictEqual(syntaxErrors(stray), [[']', stray.lastIndexOf(']'), 'EndOfFileExpected']]);
    const second = `[\n  ${app}\n]\n[ { "name": "b" } ]\n`;
    assert.deepStrictEqual(syntaxErrors(second), [['[', second.indexOf('\n[') + 1, 'EndOfFileExpected']]);
    // An error inside the array is still shown where it is, before the one after the array.
    const both = `[\n  ${app.replace('"image"', '"image" "x",')}\n]\n]`;
    const errors = syntaxErrors(both);
    assert.ok(errors.length > 1);
    assert.ok(errors.slice(0, -1).every(([, offset]) => offset > 2 && offset < both.indexOf('\n]')), JSON.stringify(errors));
    assert.deepStrictEqual(errors[errors.length - 1], [']', both.length - 1, 'EndOfFileExpected']);
    // Task fields written after the array: the virtual task definition parses them, the file does not.
    const fields = `[\n  ${app}\n], "family": "x"\n`;
    assert.deepStrictEqual(diagnose(fields, { uri }).filter((d) => d.severity! <= 2).map((d) => [d.code, textAt(fields, d.range)]), [['ECS001', ',']]);
    // Nothing after the array but blanks and comments: no error.
    assert.deepStrictEqual(syntaxErrors(`[\n  ${app}\n]\n// end\n`), []);
  });
});

describe('ECS002 in a container-definitions array (Terraform reads it)', () => {
  const text = '[\n  { "name": "app", "image": "nginx:1.27", "memory": 512, "Essential": true, "foo": 1, "portMappings": [{ "containerPort": 80, "protocl": "tcp" }] }\n]';

  it('a key in another letter case is a hint, an unknown key a warning (Terraform drops it), not an error', () => {
    assert.deepStrictEqual(withSeverity(text, 'ECS002', ARRAY_URI), [['"Essential"', 4], ['"foo"', 2], ['"protocl"', 2]]);
    const [essential, foo, protocl] = diagnose(text, { uri: ARRAY_URI }).filter((d) => d.code === 'ECS002');
    assert.match(essential.message, /`Essential`.*`essential`/);
    assert.match(foo.message, /`foo`/);
    assert.match(protocl.message, /`protocl`.*`protocol`/);
  });

  it('the rename fix is offered for a likely name and edits the array file itself', () => {
    const [essential, foo, protocl] = diagnose(text, { uri: ARRAY_URI }).filter((d) => d.code === 'ECS002');
    assert.deepStrictEqual(fixesOn(text, essential, ARRAY_URI), [text.replace('"Essential"', '"essential"')]);
    assert.deepStrictEqual(fixesOn(text, protocl, ARRAY_URI), [text.replace('"protocl"', '"protocol"')]);
    assert.deepStrictEqual(fixesOn(text, foo, ARRAY_URI), []);
  });

  describe('with the Terraform resource beside it', () => {
    let s: EcsLanguageService;
    before(async () => {
      s = new EcsLanguageService({ onError: (where, e) => { throw new Error(`${where}: ${e instanceof Error ? e.stack : String(e)}`); } });
      s.setHclParser(await loadHclParser((e) => { throw e; }));
    });

    it('an unknown argument of a `volume` block is an error, pointing at the .tf file (Terraform rejects it)', () => {
      const tf = ['resource "aws_ecs_task_definition" "t" {', '  family = "t"', '  requires_compatibilities = ["EC2"]', '  network_mode = "bridge"',
        '  container_definitions = file("${path.module}/c.json")', '  volume {', '    name = "data"', '    foo_bar = 1', '  }', '}'].join('\n');
      s.setTerraformFiles('file:///m/c.json', [{ uri: 'file:///m/main.tf', text: tf }]);
      const text = '[\n  { "name": "app", "image": "nginx:1.27", "memory": 256, "essential": true, "readonlyRootFilesystem": true, "mountPoints": [{ "sourceVolume": "data", "containerPath": "/d" }], "fooBar": 1 }\n]';
      const diags = s.diagnostics(TextDocument.create('file:///m/c.json', 'json', 1, text), settings(), ['en']).filter((d) => d.code === 'ECS002');
      assert.deepStrictEqual(diags.map((d) => [textAt(text, d.range), d.severity, d.relatedInformation?.[0]?.location.uri]), [['"fooBar"', 2, undefined], ['[', 1, 'file:///m/main.tf']]);
    });
  });
});

describe('ECS002 rename fix', () => {
  it('renames a nested key in place', () => {
    const text = fargate({}, { portMappings: [{ containerPort: 80, protocl: 'tcp' }] });
    assert.strictEqual(applyFix(text, 'ECS002'), text.replace('"protocl"', '"protocol"'));
  });

  it('is not offered when the suggested name is already there, nor for a name without a suggestion', () => {
    const both = '{\n  "family": "web",\n  "containerDefinitions": [],\n  "containerDefinition": []\n}';
    assert.deepStrictEqual(fixesOn(both, first(both, 'ECS002')), []);
    const unknown = fargate({ zzzzzz: 1 });
    assert.deepStrictEqual(found(unknown, 'ECS002'), ['"zzzzzz"']);
    assert.deepStrictEqual(fixesOn(unknown, first(unknown, 'ECS002')), []);
  });
});

describe('ECS003: the message and the conversion offered', () => {
  it('names the expected and the actual type', () => {
    const d = first(ec2({}, { portMappings: [{ containerPort: '8080' }] }), 'ECS003');
    assert.ok(d.message.includes('`containerPort`') && d.message.includes('`integer`') && d.message.includes('`string`'), d.message);
    const union = first(fargate({ cpu: true }), 'ECS003');
    assert.ok(union.message.includes('`string` | `integer`') && union.message.includes('`boolean`'), union.message);
  });

  /** The fix titles for a container field of an EC2 task definition. */
  const offered = (container: Record<string, unknown>): string[] => quickFixTitles(ec2({}, container), 'ECS003');

  it('a number written as a string becomes the number (trimmed); a fraction or a word in an integer field does not', () => {
    assert.deepStrictEqual(offered({ portMappings: [{ containerPort: ' 8080 ' }] }), ['Convert to 8080']);
    for (const bad of ['80.5', 'abc', '8080x', 'x8080', 'true']) {
      const text = ec2({}, { portMappings: [{ containerPort: bad }] });
      assert.deepStrictEqual(quickFixTitles(text, 'ECS003'), [], bad);
      assert.strictEqual(fixData(text, 'ECS003'), undefined, `${bad}: no conversion data`);
    }
  });

  it('a boolean written as a string becomes the boolean, in any case; other words do not', () => {
    assert.deepStrictEqual(offered({ essential: 'true' }), ['Convert to true']);
    assert.deepStrictEqual(offered({ essential: 'FALSE' }), ['Convert to false']);
    assert.strictEqual(applyFix(ec2({}, { essential: 'True' }), 'ECS003'), ec2({}, { essential: true }));
    for (const bad of ['yes', '1', 'not true', 'trueish']) assert.deepStrictEqual(offered({ essential: bad }), [], bad);
  });

  it('a single string where a list goes becomes a list of it', () => {
    const text = fargate({ requiresCompatibilities: 'FARGATE' });
    assert.strictEqual(applyFix(text, 'ECS003'), fargate().replace('[\n    "FARGATE"\n  ]', '["FARGATE"]'));
  });

  it('a number or a boolean where a string goes becomes the string; where a list goes, nothing', () => {
    const env = (value: unknown): string[] => offered({ environment: [{ name: 'A', value }] });
    assert.deepStrictEqual(env(8080), ['Convert to "8080"']);
    assert.deepStrictEqual(env(1.5), ['Convert to "1.5"']);
    assert.deepStrictEqual(env(true), ['Convert to "true"']);
    assert.deepStrictEqual(offered({ command: 5 }), []);
    const object = ec2({}, { image: { name: 'nginx' } });
    assert.deepStrictEqual(found(object, 'ECS003'), ['{\n        "name": "nginx"\n      }']);
    assert.deepStrictEqual(quickFixTitles(object, 'ECS003'), []);
    assert.strictEqual(fixData(object, 'ECS003'), undefined);
  });

  it('a fraction in a number field of a service definition (canaryPercent) is converted; a string with more than a number is not', () => {
    const uri = 'file:///work/service-definition.json';
    const service = (canaryPercent: unknown): string => JSON.stringify({ serviceName: 'web', taskDefinition: 'web:1', deploymentConfiguration: { strategy: 'CANARY', canaryConfiguration: { canaryPercent, canaryBakeTimeInMinutes: 5 } } }, null, 2);
    assert.strictEqual(applyFix(service('12.25'), 'ECS003', { uri }), service(12.25));
    assert.strictEqual(applyFix(service('-3'), 'ECS003', { uri }), service(-3));
    for (const bad of ['12.5x', 'x12.5', '12.', '1e3']) {
      assert.strictEqual(fixData(service(bad), 'ECS003', uri), undefined, bad);
    }
  });
});

describe('ECS004 and key case in a container-definitions array', () => {
  it('Terraform reads `Name` as `name`: not missing there, but missing in a plain task definition', () => {
    const secrets = '"secrets": [{ "Name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db" }]';
    const arr = `[\n  { "name": "app", "image": "nginx:1.27", "memory": 256, "essential": true, ${secrets} }\n]`;
    assert.deepStrictEqual(found(arr, 'ECS004', { uri: ARRAY_URI }), []);
    assert.deepStrictEqual(found(arr.replace('"Name"', '"Id"'), 'ECS004', { uri: ARRAY_URI }), ['{']);
    const plain = `{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "essential": true, ${secrets} }] }`;
    assert.deepStrictEqual(found(plain, 'ECS004'), ['{']);
  });
});

describe('ECS005: what the message says', () => {
  it('lists the allowed values and the closest one', () => {
    const d = first(fargate({}, { portMappings: [{ containerPort: 80, protocol: 'TCP' }] }), 'ECS005');
    assert.ok(d.message.includes('`tcp`, `udp`') && d.message.includes('`TCP`'), d.message);
    assert.deepStrictEqual(fixData(fargate({}, { portMappings: [{ containerPort: 80, protocol: 'TCP' }] }), 'ECS005')?.suggestion, 'tcp');
  });

  it('a value too long to compare (over 200 characters): no suggestion and no fix', () => {
    const text = fargate({}, { logConfiguration: { logDriver: 'q'.repeat(201) } });
    const d = first(text, 'ECS005');
    assert.ok(d.message.includes('`' + 'q'.repeat(57) + '...`') && d.message.includes('`awslogs`'), d.message);
    assert.strictEqual(fixData(text, 'ECS005'), undefined);
    assert.deepStrictEqual(fixesOn(text, d), []);
  });

  it('shows a value of up to 60 characters whole, a longer one cut to 57 and "..."', () => {
    const v60 = 'q'.repeat(60);
    assert.ok(first(fargate({}, { logConfiguration: { logDriver: v60 } }), 'ECS005').message.includes('`' + v60 + '`'));
    const v61 = 'r'.repeat(61);
    const m = first(fargate({}, { logConfiguration: { logDriver: v61 } }), 'ECS005').message;
    assert.ok(m.includes('`' + 'r'.repeat(57) + '...`') && !m.includes('r'.repeat(58)), m);
  });

  it('"default" is explained for networkMode only (any case, blanks around), not for another field', () => {
    assert.ok(Array.isArray(fixData(ec2({ networkMode: ' Default ' }), 'ECS005')?.removePath));
    const pid = ec2({ pidMode: 'default' });
    assert.deepStrictEqual(found(pid, 'ECS005'), ['"default"']);
    assert.strictEqual(fixData(pid, 'ECS005')?.removePath, undefined);
  });

  it('"default" in describe output: the remove fix names the field and removes it inside the wrapper', () => {
    const text = JSON.stringify({ taskDefinition: JSON.parse(ec2({ networkMode: 'default' })) }, null, 2);
    assert.deepStrictEqual(quickFixTitles(text, 'ECS005'), ['Change to bridge', 'Remove networkMode (use the default network mode)']);
    assert.strictEqual(applyFix(text, 'ECS005', { title: /^Remove/ }), text.replace('\n    "networkMode": "default",', ''));
  });

  it('removing an empty value: nothing once the field holds a value or is gone', () => {
    const diag = first(ec2({ ipcMode: '' }), 'ECS005');
    assert.deepStrictEqual(fixesOn(ec2({ ipcMode: 'host' }), diag), []);
    assert.deepStrictEqual(fixesOn(ec2(), diag), []);
    assert.deepStrictEqual(fixesOn(ec2({ ipcMode: '' }), diag), [ec2()]);
  });
});

describe('ECS006: the bounds in the message and the value the fix offers', () => {
  const one = (text: string): [string, string, string[]] => {
    const d = first(text, 'ECS006');
    return [textAt(text, d.range), d.message, quickFixTitles(text, 'ECS006')];
  };

  it('below the minimum: the minimum; above the maximum: the maximum', () => {
    const [, low, lowFix] = one(fargate({ ephemeralStorage: { sizeInGiB: 10 } }));
    assert.ok(low.includes('21–200'), low);
    assert.deepStrictEqual(lowFix, ['Change to 21']);
    const [, high, highFix] = one(fargate({}, { healthCheck: { command: ['CMD', 'true'], interval: 400 } }));
    assert.ok(high.includes('5–300'), high);
    assert.deepStrictEqual(highFix, ['Change to 300']);
  });

  it('without a maximum: "∞", and the minimum as the fix', () => {
    const [at, m, fix] = one(ec2({}, { cpu: -5 }));
    assert.strictEqual(at, '-5');
    assert.ok(m.includes('0–∞'), m);
    assert.deepStrictEqual(fix, ['Change to 0']);
    assert.deepStrictEqual(one(ec2({}, { memory: 0 }))[2], ['Change to 1']);
  });

  it('a ulimit below -1: -1 means unlimited, so the message says so and the fix offers 0', () => {
    const [, m, fix] = one(ec2({}, { ulimits: [{ name: 'nofile', softLimit: -5, hardLimit: 10 }] }));
    assert.ok(m.includes('-1') && !m.includes('∞'), m);
    assert.deepStrictEqual(fix, ['Change to 0']);
  });

  it('too many items or too long a text: the count in the message, no fix', () => {
    const containers = Array.from({ length: 11 }, (_, i) => ({ name: `c${i}`, image: 'nginx:1.27', memory: 128 }));
    const [at, m, fix] = one(ec2({ containerDefinitions: containers }));
    assert.strictEqual(at, '"containerDefinitions"');
    assert.ok(m.includes('11') && m.includes('1–10'), m);
    assert.deepStrictEqual(fix, []);
    const [, long, longFix] = one(fargate({ tags: [{ key: 'a', value: 'v'.repeat(300) }] }));
    assert.ok(long.includes('300') && long.includes('0–256'), long);
    assert.deepStrictEqual(longFix, []);
  });
});

describe('ECS008 and ECS012 fixes with a diagnostic of an earlier text', () => {
  it('ECS008 removes nothing once the value is no longer null', () => {
    const diag = first(fargate({ taskRoleArn: null }), 'ECS008');
    assert.deepStrictEqual(fixesOn(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/app' }), diag), []);
  });

  it('ECS008: Terraform reads null as "not set" in a container-definitions array', () => {
    assert.deepStrictEqual(found('[\n  { "name": "app", "image": "nginx:1.27", "memory": 256, "essential": true, "memoryReservation": null }\n]', 'ECS008', { uri: ARRAY_URI }), []);
  });

  it('ECS012 rewrites nothing once cpu is no longer a number', () => {
    const diag = first(fargate({ cpu: 256 }), 'ECS012');
    assert.deepStrictEqual(fixesOn(fargate({ cpu: null }), diag), []);
    assert.deepStrictEqual(fixesOn(fargate(), diag), []);
  });
});

describe('ECS009 and ECS010 on describe-task-definition output', () => {
  it('ECS009 removes the read-only fields inside the wrapper too', () => {
    const inner = JSON.parse(fargate({ revision: 3, status: 'ACTIVE' })) as Record<string, unknown>;
    const text = JSON.stringify({ taskDefinition: inner }, null, 2);
    assert.deepStrictEqual(found(text, 'ECS009'), ['"revision"', '"status"']);
    assert.strictEqual(applyFix(text, 'ECS009'), JSON.stringify({ taskDefinition: JSON.parse(fargate()) }, null, 2));
  });

  it('ECS010 only for the wrapper shape: a `taskDefinition` object beside `containerDefinitions` is not one', () => {
    const text = JSON.stringify({ ...JSON.parse(fargate()), taskDefinition: { family: 'x' } }, null, 2);
    assert.deepStrictEqual(found(text, 'ECS010'), []);
    const wrapped = JSON.stringify({ taskDefinition: JSON.parse(fargate()) }, null, 2);
    assert.deepStrictEqual(fixesOn(text, first(wrapped, 'ECS010')), []);
  });

  it('the unwrapped text keeps the file\'s indentation (2 or 4 spaces, tabs) and gets the tags at the end', () => {
    const task = { family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 512 }] };
    const tags = [{ key: 'team', value: 'web' }];
    for (const indent of ['  ', '    ', '\t']) {
      const text = JSON.stringify({ taskDefinition: task, tags }, null, indent);
      assert.strictEqual(applyFix(text, 'ECS010'), JSON.stringify({ ...task, tags }, null, indent), JSON.stringify(indent));
    }
  });

  it('a line indented less than one level loses only its blanks', () => {
    const text = '{\n  "taskDefinition": {\n    "family": "web",\n "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }]\n  }\n}';
    assert.strictEqual(applyFix(text, 'ECS010'), '{\n  "family": "web",\n"containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }]\n}');
  });

  it('tags already inside the task are kept, the outer ones dropped', () => {
    const task = { family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 512 }], tags: [{ key: 'inner', value: '1' }] };
    const text = JSON.stringify({ taskDefinition: task, tags: [{ key: 'outer', value: '2' }] }, null, 2);
    assert.strictEqual(applyFix(text, 'ECS010'), JSON.stringify(task, null, 2));
  });
});

describe('ECS011: one hint per placeholder, or one summary for many', () => {
  const container = { image: '{{ image }}' };

  it('three placeholders: three hints; four: one summary on the definition\'s first character', () => {
    const three = fargate({ family: 'web-${ENV}', executionRoleArn: '${EXEC}' }, container);
    assert.deepStrictEqual(found(three, 'ECS011'), ['"web-${ENV}"', '"${EXEC}"', '"{{ image }}"']);
    const four = fargate({ family: 'web-${ENV}', executionRoleArn: '${EXEC}', taskRoleArn: '${ROLE}' }, container);
    assert.deepStrictEqual(found(four, 'ECS011'), ['{']);
    const m = first(four, 'ECS011').message;
    // The example is the placeholder itself, not the whole value around it.
    assert.ok(m.includes('4') && m.includes('`${ENV}`') && m.includes('`family`') && !m.includes('web-'), m);
  });

  it('the summary sits on the task of describe output, and on the `{` after leading blank lines', () => {
    const four = JSON.parse(fargate({ family: '${FAMILY}', executionRoleArn: '${EXEC}', taskRoleArn: '${ROLE}' }, container)) as Record<string, unknown>;
    const wrapped = JSON.stringify({ taskDefinition: four }, null, 2);
    const d = first(wrapped, 'ECS011');
    assert.deepStrictEqual([d.range.start, d.range.end], [{ line: 1, character: 20 }, { line: 1, character: 21 }]);
    const padded = '\n\n' + JSON.stringify(four, null, 2);
    assert.deepStrictEqual(first(padded, 'ECS011').range.start, { line: 2, character: 0 });
  });

  it('shows an example of up to 40 characters whole, a longer one cut to 37 and "..."', () => {
    const many = (family: string): string => fargate({ family, executionRoleArn: '${EXEC}', taskRoleArn: '${ROLE}' }, container);
    const p40 = '${' + 'E'.repeat(37) + '}';
    assert.ok(first(many(p40), 'ECS011').message.includes('`' + p40 + '`'));
    const p41 = '${' + 'F'.repeat(38) + '}';
    const m = first(many(p41), 'ECS011').message;
    assert.ok(m.includes('`' + p41.slice(0, 37) + '...`'), m);
  });

  it('a token outside quotes is ECS014\'s, not a placeholder hint; the unknown task-level values of an array are not the user\'s', () => {
    const raw = fargate({}, { memory: 4321 }).replace('4321', '${MEMORY}');
    assert.deepStrictEqual(found(raw, 'ECS014'), ['${MEMORY}']);
    assert.deepStrictEqual(found(raw, 'ECS011'), []);
    assert.deepStrictEqual(found('[\n  { "name": "app", "image": "nginx:1.27", "memory": 256, "essential": true }\n]', 'ECS011', { uri: ARRAY_URI }), []);
  });
});

describe('ECS013: what the repeated-key warning points at', () => {
  it('the related information points at the key that wins, in each language; the message names its line', () => {
    const text = '{\n  "family": "a",\n  "containerDefinitions": [],\n  "family": "b"\n}';
    const [en] = diagnose(text, { langs: ['en'] }).filter((d) => d.code === 'ECS013');
    assert.strictEqual(textAt(text, en.range), '"family"');
    assert.strictEqual(en.range.start.line, 1);
    assert.match(en.message, /\b4\b/);
    assert.deepStrictEqual(en.relatedInformation?.map((r) => [r.location.range.start.line, textAt(text, r.location.range), r.message]), [[3, '"family"', 'This later value replaces it.']]);
    const [vi] = diagnose(text, { langs: ['vi'] }).filter((d) => d.code === 'ECS013');
    assert.deepStrictEqual(vi.relatedInformation?.map((r) => r.message), ['Giá trị sau này thay thế nó.']);
  });

  it('a key written three times: the first two are each replaced by the next', () => {
    const text = '{ "family": "a", "family": "b", "family": "c", "containerDefinitions": [] }';
    const ds = diagnose(text).filter((d) => d.code === 'ECS013');
    assert.deepStrictEqual(ds.map((d) => [d.range.start.character, d.relatedInformation?.[0]?.location.range.start.character]), [[2, 17], [17, 32]]);
  });

  it('inside arrays of arrays, and in service definitions', () => {
    assert.deepStrictEqual(found(fargate({ x: [[{ k: 1, j: 2 }]] }).replace('"j"', '"k"'), 'ECS013'), ['"k"']);
    const svc = '{ "serviceName": "a", "serviceName": "b", "taskDefinition": "web:1" }';
    assert.deepStrictEqual(found(svc, 'ECS013', { uri: 'file:///work/service-definition.json' }), ['"serviceName"']);
  });

  it('looks 64 levels deep (objects and arrays alike), not deeper', () => {
    /** A repeated key in an object `levels` objects and arrays below the task. */
    const nested = (levels: number): string => {
      let inner = '{ "k": 1, "k": 2 }';
      for (let i = 1; i < levels; i++) inner = i % 2 ? `[${inner}]` : `{ "x": ${inner} }`;
      return `{ "family": "a", "containerDefinitions": [], "x": ${inner} }`;
    };
    assert.deepStrictEqual(found(nested(64), 'ECS013'), ['"k"']);
    assert.deepStrictEqual(found(nested(65), 'ECS013'), []);
  });

  it('a property still without a value does not stop the check', () => {
    const text = '{ "family": "a", "family": "b", "containerDefinitions": [], "x": }';
    assert.ok(codes(text).includes('ECS001'));
    assert.deepStrictEqual(found(text, 'ECS013'), ['"family"']);
  });
});

describe('ECS014: the token in the message', () => {
  it('whole up to 48 characters, cut to 45 and "..." beyond', () => {
    const raw = (token: string): string => fargate({}, { memory: 4321 }).replace('4321', token);
    const t48 = '${' + 'M'.repeat(45) + '}';
    assert.ok(first(raw(t48), 'ECS014').message.includes('`' + t48 + '`'));
    const t49 = '${' + 'N'.repeat(46) + '}';
    const m = first(raw(t49), 'ECS014').message;
    assert.ok(m.includes('`' + t49.slice(0, 45) + '...`'), m);
  });

  it('not in a Terraform template (.tftpl), whose engine fills `${...}` itself', () => {
    const text = '[\n  { "name": "app", "image": "nginx:1.27", "essential": true, "portMappings": [{ "containerPort": ${port} }] }\n]';
    assert.deepStrictEqual(found(text, 'ECS014', { uri: 'file:///m/app.json.tftpl' }), []);
    assert.deepStrictEqual(found(text, 'ECS014', { uri: ARRAY_URI }), ['${port}']);
  });
});

describe('ECS015 and ECS016: strict JSON', () => {
  it('which files are strict: not .jsonc or .json5, whatever query or fragment the URI has', () => {
    const text = '{\n  // note\n  "family": "web",\n  "containerDefinitions": [],\n}';
    for (const uri of ['file:///w/task-definition.jsonc', 'file:///w/task-definition.json5', 'git:/w/task-definition.jsonc?ref=HEAD', 'file:///w/task-definition.jsonc#L2']) {
      assert.deepStrictEqual([...found(text, 'ECS015', { uri }), ...found(text, 'ECS016', { uri })], [], uri);
    }
    assert.deepStrictEqual([...found(text, 'ECS015'), ...found(text, 'ECS016')], [',', '// note']);
  });

  it('a comma with no blank before the bracket, and a comma at the very start; a stray closer is no trailing comma', () => {
    const text = '{"family":"web","containerDefinitions":[],}';
    assert.deepStrictEqual(found(text, 'ECS015'), [',']);
    assert.strictEqual(applyFix(text, 'ECS015'), '{"family":"web","containerDefinitions":[]}');
    assert.deepStrictEqual(diagnose(',]').filter((d) => d.code === 'ECS015').map((d) => d.range.start.character), [0]);
    assert.deepStrictEqual(codes('}'), ['ECS001']);
  });

  it('each fix removes the comma or comment its diagnostic saw, and nothing once it is gone', () => {
    const text = '{\n  "family": "web",\n  "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, }],\n}';
    assert.strictEqual(applyFix(text, 'ECS015', { index: 1 }), text.replace('}],\n}', '}]\n}'));
    const comma = first(text, 'ECS015');
    // The comma's place now holds a comment.
    const moved = text.replace('512, }', '512/**/ }');
    assert.deepStrictEqual(fixesOn(moved, comma), []);
    const comment = first(moved, 'ECS016');
    assert.deepStrictEqual(fixesOn(text.replace('512, }', '512,/**/ }'), comment), []);
  });
});

describe('ECS016 fix: the blanks and line break around a comment', () => {
  const fix = (text: string, index = 0): string => applyFix(text, 'ECS016', { index });
  const task = '"family": "web", "containerDefinitions": []';

  it('alone on its line (spaces or tabs before, blanks after): the whole line goes, with LF, CRLF or CR', () => {
    assert.strictEqual(fix(`{\n  // note  \n  ${task}\n}`), `{\n  ${task}\n}`);
    assert.strictEqual(fix(`{\r\n\t// note\r\n\t${task}\r\n}`), `{\r\n\t${task}\r\n}`);
    assert.strictEqual(fix(`{\r  // note\r  ${task}\r}`), `{\r  ${task}\r}`);
    assert.strictEqual(fix(`// note\n{ ${task} }`), `{ ${task} }`);
    // Only its own line: an empty line after it stays.
    assert.strictEqual(fix(`{\n  // note\n\n  ${task}\n}`), `{\n\n  ${task}\n}`);
  });

  it('at the end of a line: the comment and the blanks before it; the line break stays', () => {
    assert.strictEqual(fix(`{\n  "family": "web", \t// note\n  "containerDefinitions": []\n}`), `{\n  "family": "web",\n  "containerDefinitions": []\n}`);
    assert.strictEqual(fix(`{\r\n  "family": "web", /* note */ \t\r\n  "containerDefinitions": []\r\n}`), `{\r\n  "family": "web",\r\n  "containerDefinitions": []\r\n}`);
    assert.strictEqual(fix(`{ ${task} }\n  // end`), `{ ${task} }\n`);
    assert.strictEqual(fix(`{ ${task} } // end`), `{ ${task} }`);
  });

  it('before code on the same line: the comment and the blanks after it', () => {
    assert.strictEqual(fix(`{ /* note */ \t${task} }`), `{ ${task} }`);
    assert.strictEqual(fix(`{ /* note */${task} }`), `{ ${task} }`);
  });
});
