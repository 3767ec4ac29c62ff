import * as assert from 'assert';
import { fargate, hoverText } from '../support/harness';
import { LEARNING_FIELDS, relatedRules, SERVICE_LEARNING_FIELDS } from '../../language-service/features/learning';
import { defineRule, type Rule, type Topic } from '../../language-service/rules/rule';
import { allRules } from '../../language-service/rules';

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
  { key: 'requiresCompatibilities', marker: 'requiresCompatibilities', en: ['| | Fargate | EC2 |', '| Servers |'], vi: ['| | Fargate | EC2 |', '| Server |'] },
  { key: 'executionRoleArn', marker: 'executionRoleArn', en: ['- Who uses it: ', '**EC2 instance profile**'], vi: ['- Ai dùng: ', '**EC2 instance profile**'] },
  { key: 'taskRoleArn', marker: 'taskRoleArn', en: ['- Who uses it: ', '- Trusted principal: '], vi: ['- Ai dùng: ', '- Principal được tin cậy: '] },
  { key: 'networkMode', marker: 'networkMode', en: ['- **`awsvpc`** — Network identity: '], vi: ['- **`awsvpc`** — Danh tính mạng: '] },
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

describe('what the hovers teach the learner of the study note', () => {
  const both = (marker: string): { en: string; vi: string } => ({ en: hoverText(at(marker), ['en'])!, vi: hoverText(at(marker), ['vi'])! });
  const has = (text: string, parts: string[]): void => { for (const p of parts) assert.ok(text.includes(p), `missing: ${p}\n${text}`); };

  it('the role hovers correct the two misconceptions: Fargate needs both roles; secrets never use the instance profile', () => {
    for (const marker of ['executionRoleArn', 'taskRoleArn']) {
      const h = both(marker);
      has(h.en, ['**Common misconceptions**', 'Most Fargate tasks therefore need **both** roles', 'always uses the **execution role**, on EC2 as on Fargate, never the instance profile']);
      has(h.vi, ['**Hiểu nhầm thường gặp**', 'phần lớn task Fargate cần **cả hai** role', 'luôn dùng **execution role**, trên EC2 cũng như trên Fargate, không bao giờ dùng instance profile']);
    }
    has(both('taskRoleArn').en, ['task A writes to S3 and task B queries DynamoDB']);
  });

  it('networkMode bridges to load balancers (CLB cannot serve awsvpc, hence not Fargate); secrets name the role that reads them; taskRoleArn says how to block IMDS', () => {
    const n = both('networkMode');
    has(n.en, ['A Classic Load Balancer registers instances, so it cannot serve `awsvpc` tasks, and therefore never Fargate.']);
    has(n.vi, ['Classic Load Balancer đăng ký theo instance, nên không phục vụ được task `awsvpc`, và vì vậy không bao giờ dùng được với Fargate.']);
    const text = fargate({}, { secrets: [{ name: 'DB', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/db' }] });
    const i = text.indexOf('"secrets"');
    const s = (langs: Array<'en' | 'vi'>) => hoverText(text.slice(0, i + 3) + '|' + text.slice(i + 3), langs)!;
    has(s(['en']), ['neither the task role nor the EC2 instance profile, that reads the values (on every launch type)']);
    has(s(['vi']), ['không phải task role cũng không phải EC2 instance profile']);
    has(both('taskRoleArn').en, ['`ECS_AWSVPC_BLOCK_IMDS=true`']);
    has(both('taskRoleArn').vi, ['`ECS_AWSVPC_BLOCK_IMDS=true`']);
  });

  it('requiresCompatibilities: agent and instance profile register the instance, what a cluster is, validation only', () => {
    const h = both('requiresCompatibilities');
    has(h.en, ['A **cluster** is a named pool of capacity', 'runs the **ECS agent**, which registers the instance into the cluster using the instance\'s IAM role (the **instance profile**)', '**This field only drives validation.**', '`launchType` or `capacityProviderStrategy`', '`compatibilities`']);
    has(h.vi, ['**Cluster** là một nhóm capacity có tên', 'agent dùng IAM role của instance (**instance profile**) để đăng ký instance vào cluster', '**Trường này chỉ dùng để kiểm tra.**', '`launchType` hoặc `capacityProviderStrategy`']);
  });

  it('family and containerDefinitions show the mental-model table in both languages', () => {
    for (const marker of ['family', 'containerDefinitions']) {
      const h = both(marker);
      has(h.en, ['| Image | What `docker build` makes from a Dockerfile', '| Task definition | A compose file: 1 to 10 containers', '| Task | One running copy', '| Service | Keeps N tasks running', '| Cluster | The pool of capacity']);
      has(h.vi, ['| Image | Thứ mà `docker build` tạo ra từ Dockerfile', '| Task definition | Một file compose: 1 đến 10 container', '| Task | Một bản đang chạy', '| Service | Giữ cho N task luôn chạy', '| Cluster | Nhóm capacity']);
    }
  });

  it('efsVolumeConfiguration: the mountPoints step, elastic pay-per-use, shared across tasks and AZs, higher latency', () => {
    const h = both('efsVolumeConfiguration');
    has(h.en, ['`mountPoints` (`sourceVolume` = this volume\'s `name`', 'billed for that use', 'by many tasks, and across Availability Zones', 'higher latency than a local or EBS disk']);
    has(h.vi, ['`mountPoints` (`sourceVolume` = `name` của volume này', 'tính tiền theo mức dùng đó', 'cho nhiều task và qua nhiều Availability Zone', 'độ trễ cao hơn ổ đĩa local hay EBS']);
  });

  describe('service definitions', () => {
    const SERVICE = JSON.stringify({ serviceName: 'web', taskDefinition: 'web', launchType: 'FARGATE', desiredCount: 2, loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'app', containerPort: 80 }] }, null, 2);
    const svcAt = (marker: string, langs: Array<'en' | 'vi'>): string => {
      const i = SERVICE.indexOf(`"${marker}"`);
      return hoverText(SERVICE.slice(0, i + 3) + '|' + SERVICE.slice(i + 3), langs, 'file:///work/service-definition.json')!;
    };

    it('loadBalancers says which load balancer to choose', () => {
      has(svcAt('loadBalancers', ['en']), ['ALB is the default choice for HTTP/HTTPS', 'NLB for TCP/UDP, when clients need static IP addresses, or to offer the service through PrivateLink', 'The Classic Load Balancer is the legacy generation: it cannot serve Fargate']);
      has(svcAt('loadBalancers', ['vi']), ['Với HTTP/HTTPS, ALB là lựa chọn mặc định', 'NLB cho TCP/UDP, khi client cần địa chỉ IP tĩnh, hoặc để cung cấp service qua PrivateLink', 'Classic Load Balancer là thế hệ cũ: nó không phục vụ được Fargate']);
    });

    it('service hovers show their related rules (ECS701–ECS711), as task hovers do', () => {
      const en = svcAt('loadBalancers', ['en']);
      const vi = svcAt('loadBalancers', ['vi']);
      const codes = relatedRules('loadBalancers', undefined, 'service').map((r) => r.code);
      for (const c of ['ECS701', 'ECS702', 'ECS703', 'ECS708', 'ECS709', 'ECS710', 'ECS711']) assert.ok(codes.includes(c), c);
      for (const r of relatedRules('loadBalancers', undefined, 'service')) {
        assert.ok(en.includes(`[${r.code}](${r.docs}) ${r.title.en}`), r.code);
        assert.ok(vi.includes(`[${r.code}](${r.docs}) ${r.title.vi}`), r.code);
      }
      assert.ok(en.includes('**Related rules**') && vi.includes('**Các rule liên quan**'));
      assert.ok(svcAt('launchType', ['en']).includes('[ECS706]'));
      // Every service rule is reachable from some service field.
      const linked = new Set(Object.keys(SERVICE_LEARNING_FIELDS).flatMap((k) => relatedRules(k, undefined, 'service').map((r) => r.code)));
      for (const r of allRules.filter((x) => x.topic === 'service')) assert.ok(linked.has(r.code), r.code);
      // A service field without an entry gets no section.
      assert.ok(!svcAt('desiredCount', ['en']).includes('Related rules'));
    });
  });
});

