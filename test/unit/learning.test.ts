import * as assert from 'assert';
import { fargate, hoverText } from '../support/harness';
import { LEARNING_FIELDS, relatedRules } from '../../language-service/features/learning';
import { defineRule, type Rule, type Topic } from '../../language-service/rules/rule';

/** A task definition with every learning field, and the cursor on `marker`. */
function at(marker: string): string {
  const text = fargate(
    {
      taskRoleArn: 'arn:aws:iam::123456789012:role/app-task-role',
      volumes: [{ name: 'shared', efsVolumeConfiguration: { fileSystemId: 'fs-0abc1234', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123abcd', iam: 'ENABLED' } } }],
    },
    { mountPoints: [{ sourceVolume: 'shared', containerPath: '/data' }] },
  );
  const i = text.indexOf(`"${marker}"`);
  assert.ok(i >= 0, marker);
  return text.slice(0, i + 3) + '|' + text.slice(i + 3);
}

const FIELDS: Array<{ key: string; marker: string; en: string[]; vi: string[] }> = [
  { key: 'requiresCompatibilities', marker: 'requiresCompatibilities', en: ['| | Fargate | EC2 |', '| Servers |'], vi: ['| | Fargate | EC2 |', '| Máy chủ |'] },
  { key: 'executionRoleArn', marker: 'executionRoleArn', en: ['| Who uses it |', 'EC2 instance profile'], vi: ['| Ai dùng |', 'EC2 instance profile'] },
  { key: 'taskRoleArn', marker: 'taskRoleArn', en: ['| Who uses it |', '| Trusted principal |'], vi: ['| Ai dùng |', '| Principal được tin cậy |'] },
  { key: 'networkMode', marker: 'networkMode', en: ['| Mode | Network identity |'], vi: ['| Mode | Danh tính mạng |'] },
  { key: 'containerDefinitions[].portMappings', marker: 'portMappings', en: ['| | ALB (Application) | NLB (Network) | CLB (Classic, legacy) |'], vi: ['| | ALB (Application) | NLB (Network) | CLB (Classic, đời cũ) |'] },
  { key: 'volumes[].efsVolumeConfiguration', marker: 'efsVolumeConfiguration', en: ['**When EFS fits:**'], vi: ['**Khi nào EFS phù hợp:**'] },
];

describe('learning aids in the hover', () => {
  for (const f of FIELDS) {
    it(`${f.key}: the comparison shows in the chosen language, with links to the related rules`, () => {
      const en = hoverText(at(f.marker), ['en'])!;
      const vi = hoverText(at(f.marker), ['vi'])!;
      const both = hoverText(at(f.marker), ['vi', 'en'])!;
      for (const m of f.en) assert.ok(en.includes(m) && both.includes(m), `en: ${m}\n${en}`);
      for (const m of f.vi) assert.ok(vi.includes(m) && both.includes(m), `vi: ${m}\n${vi}`);
      assert.ok(!vi.includes('Related rules') && !en.includes('Các rule liên quan'));
      const rules = relatedRules(f.key);
      assert.ok(rules.length > 0, `no rule relates to ${f.key}`);
      for (const r of rules) {
        assert.ok(en.includes(`[${r.code}](${r.docs}) ${r.title.en}`), `${r.code} missing in\n${en}`);
        assert.ok(vi.includes(`[${r.code}](${r.docs}) ${r.title.vi}`), `${r.code} missing in vi`);
      }
      assert.ok(en.includes('**Related rules**') && vi.includes('**Các rule liên quan**'));
    });
  }

  it('the role fields link the IAM rules and show the role analysis', () => {
    const codes = relatedRules('executionRoleArn').map((r) => r.code);
    assert.ok(codes.length && codes.every((c) => /^ECS2\d\d$/.test(c)), codes.join(','));
    const h = hoverText(at('taskRoleArn'), ['en'])!;
    assert.ok(h.includes('This task definition needs the task role to allow:') && h.includes('elasticfilesystem:ClientMount'));
  });

  it('other fields get no learning section', () => {
    const h = hoverText(at('family'), ['en'])!;
    assert.ok(h && !h.includes('Related rules') && !h.includes('needs the'));
    assert.strictEqual(Object.keys(LEARNING_FIELDS).length, 6);
  });
});

describe('related rules are found by topic at run time', () => {
  const fake = (code: string, topic: Topic, name: string, title = name): Rule =>
    defineRule({ code, name, topic, severity: 'warning', title: { en: title, vi: title }, message: { en: 'm', vi: 'm' }, description: { en: 'd', vi: 'd' }, docs: `https://example.invalid/${code}`, check: () => undefined });
  const rules = [
    fake('ECS299', 'iam', 'some-iam-rule'),
    fake('ECS201', 'iam', 'other-iam-rule'),
    fake('ECS450', 'storage', 'efs-thing'),
    fake('ECS451', 'storage', 'host-path'),
    fake('ECS905', 'containers', 'needs-execution-role'),
    fake('ECS390', 'networking', 'dns', 'DNS servers'),
  ];

  it('by topic, sorted by code, plus rules of other topics named after the field', () => {
    assert.deepStrictEqual(relatedRules('executionRoleArn', rules).map((r) => r.code), ['ECS201', 'ECS299', 'ECS905']);
    assert.deepStrictEqual(relatedRules('taskRoleArn', rules).map((r) => r.code), ['ECS201', 'ECS299']);
  });

  it('narrowed by keyword when the topic has matching rules, the whole topic otherwise', () => {
    assert.deepStrictEqual(relatedRules('volumes[].efsVolumeConfiguration', rules).map((r) => r.code), ['ECS450']);
    assert.deepStrictEqual(relatedRules('containerDefinitions[].portMappings', rules).map((r) => r.code), ['ECS390']);
    assert.deepStrictEqual(relatedRules('family', rules), []);
  });
});
