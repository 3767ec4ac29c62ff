import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { diagnose, doc, service } from '../support/harness';
import {
  answerProblems,
  buildTaskDefinition,
  LAUNCH_TYPE_CHOICES,
  newTaskDefinitionChoices,
  PATTERN_CHOICES,
  REGION_CHOICES,
  sizeChoices,
  isValidRegion,
  wizardTexts,
  type NewLaunchType,
  type NewPattern,
  type NewTaskAnswers,
} from '../../language-service/features/new-task-definition';
import { FARGATE_LINUX, isValidFargatePair } from '../../language-service/model/cpu-memory';
import { derivePolicies } from '../../language-service/iam';
import { INLINE_SEPARATOR } from '../../language-service/i18n/text';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const LAUNCH: NewLaunchType[] = ['FARGATE', 'EC2'];
const PATTERNS: NewPattern[] = ['web', 'worker', 'efs', 'firelens'];

function answers(over: Partial<NewTaskAnswers> = {}): NewTaskAnswers {
  return { launchType: 'FARGATE', pattern: 'web', cpu: 512, memory: 1024, region: 'ap-southeast-1', accountId: '210987654321', ...over };
}

function problems(text: string): string[] {
  return diagnose(text, { uri: 'file:///work/task-definition.json' })
    .filter((d) => d.severity !== undefined && d.severity <= 2)
    .map((d) => `${String(d.code)} ${d.message}`);
}

type Task = {
  networkMode: string;
  cpu: string;
  memory: string;
  taskRoleArn?: string;
  executionRoleArn: string;
  volumes?: unknown[];
  containerDefinitions: Array<Record<string, unknown> & { name: string; image: string }>;
};

describe('new task definition: the builder', () => {
  it('every launch type × pattern × valid size validates with no error and no warning', () => {
    const sizes = sizeChoices();
    assert.strictEqual(sizes.length, FARGATE_LINUX.reduce((n, r) => n + r.memory.length, 0));
    let count = 0;
    for (const launchType of LAUNCH) {
      for (const pattern of PATTERNS) {
        for (const s of sizes) {
          const text = buildTaskDefinition(answers({ launchType, pattern, cpu: s.cpu, memory: s.memory }));
          assert.deepStrictEqual(problems(text), [], `${launchType} ${pattern} ${s.cpu}/${s.memory}:\n${text}`);
          count++;
        }
      }
    }
    assert.strictEqual(count, 2 * 4 * sizes.length);
  });

  it('validates in other partitions and regions too', () => {
    for (const region of ['us-east-1', 'eu-central-1', 'cn-north-1', 'us-gov-west-1']) {
      for (const launchType of LAUNCH) {
        for (const pattern of PATTERNS) {
          const text = buildTaskDefinition(answers({ launchType, pattern, region }));
          assert.deepStrictEqual(problems(text), [], `${region} ${launchType} ${pattern}:\n${text}`);
        }
      }
    }
    const cn = JSON.parse(buildTaskDefinition(answers({ region: 'cn-north-1' }))) as Task;
    assert.ok(cn.executionRoleArn.startsWith('arn:aws-cn:iam::210987654321:role/'));
    assert.ok(cn.containerDefinitions[0].image.startsWith('210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/'));
  });

  it('writes what each answer asks for', () => {
    const web = JSON.parse(buildTaskDefinition(answers({ cpu: 1024, memory: 3072 }))) as Task;
    assert.deepStrictEqual([web.networkMode, web.cpu, web.memory], ['awsvpc', '1024', '3072']);
    assert.strictEqual(web.containerDefinitions[0].image, '210987654321.dkr.ecr.ap-southeast-1.amazonaws.com/web-app:1.0.0');
    assert.ok(web.containerDefinitions[0].healthCheck && web.containerDefinitions[0].portMappings);
    assert.strictEqual(web.taskRoleArn, undefined);

    const ec2Web = JSON.parse(buildTaskDefinition(answers({ launchType: 'EC2' }))) as Task;
    assert.strictEqual(ec2Web.networkMode, 'bridge');
    assert.deepStrictEqual(ec2Web.containerDefinitions[0].portMappings, [{ containerPort: 8080, hostPort: 0, protocol: 'tcp' }]);

    const worker = JSON.parse(buildTaskDefinition(answers({ pattern: 'worker' }))) as Task;
    assert.strictEqual(worker.containerDefinitions[0].portMappings, undefined);
    assert.ok(worker.taskRoleArn);

    const efs = JSON.parse(buildTaskDefinition(answers({ pattern: 'efs' }))) as Task;
    assert.strictEqual(efs.volumes?.length, 1);
    assert.ok(efs.containerDefinitions[0].mountPoints && efs.taskRoleArn);

    const firelens = JSON.parse(buildTaskDefinition(answers({ pattern: 'firelens' }))) as Task;
    assert.deepStrictEqual(firelens.containerDefinitions.map((c) => c.name), ['log_router', 'app']);
    assert.strictEqual((firelens.containerDefinitions[1].logConfiguration as { logDriver: string }).logDriver, 'awsfirelens');
  });

  it('the generated file feeds the IAM policy derivation with its region and account', () => {
    const text = buildTaskDefinition(answers({ pattern: 'efs' }));
    const p = derivePolicies(service.parse(doc(text)));
    const pull = p.executionRolePolicy.Statement.find((s) => s.Sid === 'ContainerDefinitionsImageEcrPull');
    assert.strictEqual(pull?.Resource, 'arn:aws:ecr:ap-southeast-1:210987654321:repository/efs-app');
    assert.ok(p.taskRolePolicy.Statement.some((s) => String(s.Resource).includes('file-system/fs-0123456789abcdef0')));
  });

  it('rejects answers it cannot build', () => {
    assert.deepStrictEqual(answerProblems(answers()), []);
    assert.strictEqual(answerProblems(answers({ cpu: 256, memory: 4096 })).length, 1);
    assert.strictEqual(answerProblems(answers({ accountId: '1234' })).length, 1);
    assert.strictEqual(answerProblems(answers({ region: 'mars-1' })).length, 1);
    assert.strictEqual(answerProblems(answers({ pattern: 'cron' as NewPattern })).length, 1);
    assert.throws(() => buildTaskDefinition(answers({ accountId: 'x' })));
  });
});

describe('new task definition: the questions', () => {
  it('offers only valid Fargate cpu/memory pairs', () => {
    for (const s of sizeChoices()) assert.ok(isValidFargatePair(s.cpu, s.memory, false), `${s.cpu}/${s.memory}`);
    assert.ok(sizeChoices().some((s) => s.label === '0.25 vCPU · 0.5 GB'));
  });

  it('labels and details exist in both languages and follow the chosen language', () => {
    for (const c of [...LAUNCH_TYPE_CHOICES, ...PATTERN_CHOICES]) {
      assert.ok(c.label.en && c.label.vi && c.detail.en && c.detail.vi, c.id);
      assert.notStrictEqual(c.detail.vi, c.detail.en, `${c.id}: detail not translated`);
    }
    for (const r of REGION_CHOICES) assert.ok(r.name.en && r.name.vi, r.id);
    const vi = newTaskDefinitionChoices(['vi']);
    const en = newTaskDefinitionChoices(['en']);
    assert.strictEqual(vi.patterns.find((p) => p.id === 'web')?.label, 'Dịch vụ web sau load balancer');
    assert.strictEqual(en.patterns.find((p) => p.id === 'web')?.label, 'Web service behind a load balancer');
    assert.deepStrictEqual(vi.launchTypes.map((l) => l.id), ['FARGATE', 'EC2']);
    assert.ok(newTaskDefinitionChoices(['vi', 'en']).regions[0].detail!.includes(INLINE_SEPARATOR));
  });
});

describe('new task definition: the wizard\'s own words come from the server', () => {
  const VI = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

  it('every text in both languages; with docsLanguage vi the questions are Vietnamese', () => {
    for (const [k, t] of Object.entries(wizardTexts)) {
      assert.ok(t.en && t.vi && t.en !== t.vi && VI.test(t.vi), `${k}: ${JSON.stringify(t)}`);
    }
    const vi = newTaskDefinitionChoices(['vi']).texts;
    assert.strictEqual(vi.pattern, 'Đây là loại task nào?');
    assert.strictEqual(vi.step.replace('{step}', '3'), 'Task definition ECS mới (3/5)');
  });

  it('the EC2 size step does not talk about Fargate', () => {
    const t = newTaskDefinitionChoices(['en']).texts;
    assert.ok(/Fargate/.test(t.sizeFargate) && !/Fargate/.test(t.sizeEc2), t.sizeEc2);
  });

  it('a typed region is checked with the pattern the build uses', () => {
    const pattern = new RegExp(newTaskDefinitionChoices(['en']).regionPattern);
    for (const r of ['ap-southeast-1', 'us-gov-west-1', 'eu-central-2', 'zz-north-1', 'ap-southeast', 'AP-SOUTHEAST-1']) {
      assert.strictEqual(pattern.test(r), isValidRegion(r), r);
    }
    assert.ok(!pattern.test('zz-north-1') && pattern.test('ap-southeast-1'));
  });
});

describe('commands: translations of the VS Code client', () => {
  it('every %key% of package.json has an English and a Vietnamese text, including the new commands', () => {
    const pkgText = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const vi = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.vi.json'), 'utf8')) as Record<string, string>;
    const keys = [...pkgText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    for (const k of keys) assert.ok(en[k]?.trim() && vi[k]?.trim(), `${k} misses a translation`);
    const pkg = JSON.parse(pkgText) as { contributes: { commands: Array<{ command: string; title: string }> } };
    for (const id of ['ecsTaskDefinition.newTaskDefinition', 'ecsTaskDefinition.generatePolicies', 'ecsTaskDefinition.showTaskSize']) {
      const c = pkg.contributes.commands.find((x) => x.command === id);
      assert.ok(c, `${id} is not contributed`);
      const key = c.title.replace(/%/g, '');
      assert.notStrictEqual(vi[key], en[key], `${key}: not translated`);
    }
  });
});
