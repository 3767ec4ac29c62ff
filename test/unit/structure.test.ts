import * as assert from 'assert';
import type { Lang } from '../../common/settings';
import { applyFix, codes, diagnose, doc, ec2, fargate, found, service, settings } from '../support/harness';

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
