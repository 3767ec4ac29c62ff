/**
 * "ECS: New task definition…": the questions (launch type, pattern, size, region, account) and the
 * pure builder that turns the answers into the text of a `task-definition.json` our validator accepts
 * with no error and no warning (test/unit/new-task-definition.test.ts checks every combination).
 */
import type { Lang } from '../../common/settings';
import type { Bilingual } from '../field-docs/types';
import { localize } from '../i18n/text';
import { FARGATE_LINUX } from '../model/cpu-memory';
import { plainGb, plainVcpu } from './task-size';

export type NewLaunchType = 'FARGATE' | 'EC2';
export type NewPattern = 'web' | 'worker' | 'efs' | 'firelens';

export interface NewTaskAnswers {
  launchType: NewLaunchType;
  pattern: NewPattern;
  /** CPU units, e.g. 512. */
  cpu: number;
  /** MiB, e.g. 1024. */
  memory: number;
  region: string;
  accountId: string;
  /** Defaults to a name for the pattern. */
  family?: string;
}

export interface ChoiceDef<T extends string> {
  id: T;
  label: Bilingual;
  detail: Bilingual;
}

export const LAUNCH_TYPE_CHOICES: readonly ChoiceDef<NewLaunchType>[] = [
  {
    id: 'FARGATE',
    label: { en: 'Fargate', vi: 'Fargate' },
    detail: { en: 'AWS runs the servers: you pay per task for the vCPU and memory you ask for.', vi: 'AWS lo phần server: bạn trả tiền theo từng task cho lượng vCPU và memory đã yêu cầu.' },
  },
  {
    id: 'EC2',
    label: { en: 'EC2', vi: 'EC2' },
    detail: { en: 'Tasks run on EC2 instances of your cluster (bridge mode, dynamic host ports).', vi: 'Task chạy trên các EC2 instance trong cluster của bạn (mode bridge, host port động).' },
  },
];

export const PATTERN_CHOICES: readonly ChoiceDef<NewPattern>[] = [
  {
    id: 'web',
    label: { en: 'Web service behind a load balancer', vi: 'Dịch vụ web sau load balancer' },
    detail: { en: 'One container with a port mapping and a health check, for an ALB or NLB target group.', vi: 'Một container có port mapping và health check, dùng với target group của ALB hoặc NLB.' },
  },
  {
    id: 'worker',
    label: { en: 'Worker (no ports)', vi: 'Worker (không mở port)' },
    detail: { en: 'A background job or queue consumer with a task role and no load balancer.', vi: 'Tác vụ chạy nền hoặc consumer đọc hàng đợi, có task role và không cần load balancer.' },
  },
  {
    id: 'efs',
    label: { en: 'With EFS storage', vi: 'Có lưu trữ EFS' },
    detail: { en: 'Shared persistent files on EFS through an access point, with IAM authorization and encryption in transit.', vi: 'File dùng chung, lưu lâu dài trên EFS qua access point, có IAM authorization và mã hóa khi truyền.' },
  },
  {
    id: 'firelens',
    label: { en: 'With a log router (FireLens)', vi: 'Có log router (FireLens)' },
    detail: { en: 'A Fluent Bit sidecar that routes the app logs; the app logs through awsfirelens.', vi: 'Sidecar Fluent Bit định tuyến log của ứng dụng; ứng dụng ghi log qua awsfirelens.' },
  },
];

export const REGION_CHOICES: readonly { id: string; name: Bilingual }[] = [
  { id: 'us-east-1', name: { en: 'US East (N. Virginia)', vi: 'Miền Đông Hoa Kỳ (Bắc Virginia)' } },
  { id: 'us-east-2', name: { en: 'US East (Ohio)', vi: 'Miền Đông Hoa Kỳ (Ohio)' } },
  { id: 'us-west-1', name: { en: 'US West (N. California)', vi: 'Miền Tây Hoa Kỳ (Bắc California)' } },
  { id: 'us-west-2', name: { en: 'US West (Oregon)', vi: 'Miền Tây Hoa Kỳ (Oregon)' } },
  { id: 'ca-central-1', name: { en: 'Canada (Central)', vi: 'Canada (Miền Trung)' } },
  { id: 'sa-east-1', name: { en: 'South America (São Paulo)', vi: 'Nam Mỹ (São Paulo)' } },
  { id: 'eu-west-1', name: { en: 'Europe (Ireland)', vi: 'Châu Âu (Ireland)' } },
  { id: 'eu-west-2', name: { en: 'Europe (London)', vi: 'Châu Âu (Luân Đôn)' } },
  { id: 'eu-west-3', name: { en: 'Europe (Paris)', vi: 'Châu Âu (Paris)' } },
  { id: 'eu-central-1', name: { en: 'Europe (Frankfurt)', vi: 'Châu Âu (Frankfurt)' } },
  { id: 'eu-north-1', name: { en: 'Europe (Stockholm)', vi: 'Châu Âu (Stockholm)' } },
  { id: 'ap-southeast-1', name: { en: 'Asia Pacific (Singapore)', vi: 'Châu Á Thái Bình Dương (Singapore)' } },
  { id: 'ap-southeast-2', name: { en: 'Asia Pacific (Sydney)', vi: 'Châu Á Thái Bình Dương (Sydney)' } },
  { id: 'ap-southeast-3', name: { en: 'Asia Pacific (Jakarta)', vi: 'Châu Á Thái Bình Dương (Jakarta)' } },
  { id: 'ap-northeast-1', name: { en: 'Asia Pacific (Tokyo)', vi: 'Châu Á Thái Bình Dương (Tokyo)' } },
  { id: 'ap-northeast-2', name: { en: 'Asia Pacific (Seoul)', vi: 'Châu Á Thái Bình Dương (Seoul)' } },
  { id: 'ap-northeast-3', name: { en: 'Asia Pacific (Osaka)', vi: 'Châu Á Thái Bình Dương (Osaka)' } },
  { id: 'ap-east-1', name: { en: 'Asia Pacific (Hong Kong)', vi: 'Châu Á Thái Bình Dương (Hồng Kông)' } },
  { id: 'ap-south-1', name: { en: 'Asia Pacific (Mumbai)', vi: 'Châu Á Thái Bình Dương (Mumbai)' } },
];

export interface SizeChoice {
  cpu: number;
  memory: number;
  /** `0.5 vCPU · 1 GB` */
  label: string;
  /** `cpu "512" · memory "1024"` */
  detail: string;
}

/** The valid Fargate (Linux) pairs; EC2 tasks get the same list, every pair being a sensible task size there too. */
export function sizeChoices(): SizeChoice[] {
  const out: SizeChoice[] = [];
  for (const row of FARGATE_LINUX) {
    for (const memory of row.memory) out.push({ cpu: row.cpu, memory, label: `${plainVcpu(row.cpu)} · ${plainGb(memory)}`, detail: `cpu "${row.cpu}" · memory "${memory}"` });
  }
  return out;
}

/** A region code (`ap-southeast-1`); the wizard checks the typed region with the same pattern. */
export const REGION_PATTERN = '^(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-[a-z]+-\\d{1,2}$';

export function isValidRegion(region: string): boolean {
  return new RegExp(REGION_PATTERN).test(region);
}

export function isValidAccountId(account: string): boolean {
  return /^\d{12}$/.test(account);
}

/** Problems with the answers (empty when they can be built). */
export function answerProblems(a: NewTaskAnswers): string[] {
  const out: string[] = [];
  if (!LAUNCH_TYPE_CHOICES.some((c) => c.id === a.launchType)) out.push(`launchType: ${String(a.launchType)}`);
  if (!PATTERN_CHOICES.some((c) => c.id === a.pattern)) out.push(`pattern: ${String(a.pattern)}`);
  if (!sizeChoices().some((s) => s.cpu === a.cpu && s.memory === a.memory)) out.push(`cpu/memory: ${a.cpu}/${a.memory}`);
  if (!isValidRegion(a.region)) out.push(`region: ${a.region}`);
  if (!isValidAccountId(a.accountId)) out.push(`accountId: ${a.accountId}`);
  if (a.family !== undefined && !/^[A-Za-z0-9_-]{1,255}$/.test(a.family)) out.push(`family: ${a.family}`);
  return out;
}

const DEFAULT_FAMILY: Record<NewPattern, string> = { web: 'web-app', worker: 'worker', efs: 'efs-app', firelens: 'app-with-firelens' };
const CONTAINER: Record<NewPattern, string> = { web: 'web', worker: 'worker', efs: 'app', firelens: 'app' };
const APP_PORT = 8080;

function partitionOf(region: string): { partition: string; suffix: string } {
  if (region.startsWith('cn-')) return { partition: 'aws-cn', suffix: '.cn' };
  if (region.startsWith('us-gov-')) return { partition: 'aws-us-gov', suffix: '' };
  return { partition: 'aws', suffix: '' };
}

function awslogs(group: string, region: string, prefix: string): Record<string, unknown> {
  return { logDriver: 'awslogs', options: { 'awslogs-group': group, 'awslogs-region': region, 'awslogs-stream-prefix': prefix } };
}

/** The task definition as a plain object. Throws on invalid answers (see `answerProblems`). */
export function buildTaskDefinitionObject(a: NewTaskAnswers): Record<string, unknown> {
  const problems = answerProblems(a);
  if (problems.length) throw new Error(`invalid answers: ${problems.join(', ')}`);
  const { partition, suffix } = partitionOf(a.region);
  const family = a.family ?? DEFAULT_FAMILY[a.pattern];
  const name = CONTAINER[a.pattern];
  const fargate = a.launchType === 'FARGATE';
  const role = (r: string): string => `arn:${partition}:iam::${a.accountId}:role/${r}`;
  const needsTaskRole = a.pattern !== 'web';

  const app: Record<string, unknown> = {
    name,
    image: `${a.accountId}.dkr.ecr.${a.region}.amazonaws.com${suffix}/${family}:1.0.0`,
    essential: true,
  };
  if (a.pattern !== 'worker') {
    app.portMappings = [fargate ? { containerPort: APP_PORT, protocol: 'tcp' } : { containerPort: APP_PORT, hostPort: 0, protocol: 'tcp' }];
  }
  if (a.pattern === 'web') {
    app.healthCheck = { command: ['CMD-SHELL', `curl -f http://localhost:${APP_PORT}/health || exit 1`], interval: 30, timeout: 5, retries: 3, startPeriod: 15 };
  }
  if (a.pattern === 'worker') app.stopTimeout = 60;
  if (a.pattern === 'efs') app.mountPoints = [{ sourceVolume: 'shared-data', containerPath: '/mnt/shared', readOnly: false }];

  const containers: Record<string, unknown>[] = [];
  if (a.pattern === 'firelens') {
    containers.push({
      name: 'log_router',
      image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
      essential: true,
      memoryReservation: 50,
      firelensConfiguration: { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } },
      logConfiguration: awslogs(`/ecs/${family}/firelens`, a.region, 'log-router'),
    });
    app.dependsOn = [{ containerName: 'log_router', condition: 'START' }];
    app.logConfiguration = { logDriver: 'awsfirelens', options: { Name: 'cloudwatch_logs', region: a.region, log_group_name: `/ecs/${family}`, log_stream_prefix: `${name}/` } };
  } else {
    app.logConfiguration = awslogs(`/ecs/${family}`, a.region, name);
  }
  containers.push(app);

  const task: Record<string, unknown> = {
    family,
    requiresCompatibilities: [a.launchType],
    networkMode: fargate ? 'awsvpc' : 'bridge',
    cpu: String(a.cpu),
    memory: String(a.memory),
    executionRoleArn: role('ecsTaskExecutionRole'),
  };
  if (needsTaskRole) task.taskRoleArn = role(`${family}-task-role`);
  task.containerDefinitions = containers;
  if (a.pattern === 'efs') {
    task.volumes = [
      {
        name: 'shared-data',
        efsVolumeConfiguration: {
          fileSystemId: 'fs-0123456789abcdef0',
          transitEncryption: 'ENABLED',
          authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0', iam: 'ENABLED' },
        },
      },
    ];
  }
  return task;
}

/** The text of `task-definition.json` for the answers (2-space indent, final newline). */
export function buildTaskDefinition(a: NewTaskAnswers): string {
  return JSON.stringify(buildTaskDefinitionObject(a), null, 2) + '\n';
}

export interface RenderedChoice {
  id: string;
  label: string;
  detail?: string;
}

/** The wizard's own words (step titles, questions, checks), in the languages of `docsLanguage`. */
export const wizardTexts = {
  step: { en: 'New ECS task definition ({step}/5)', vi: 'Task definition ECS mới ({step}/5)' },
  launchType: { en: 'Where will the task run?', vi: 'Task sẽ chạy ở đâu?' },
  pattern: { en: 'What kind of task is it?', vi: 'Đây là loại task nào?' },
  sizeFargate: { en: 'Task size (only the combinations Fargate accepts)', vi: 'Kích thước task (chỉ các cặp mà Fargate chấp nhận)' },
  sizeEc2: { en: 'Task size: the CPU and memory the task reserves on its instance', vi: 'Kích thước task: CPU và memory mà task giữ trên instance' },
  region: { en: 'AWS region of the task', vi: 'AWS region của task' },
  otherRegion: { en: 'Other region…', vi: 'Region khác…' },
  regionPrompt: { en: 'Region code, for example ap-southeast-1', vi: 'Mã region, ví dụ ap-southeast-1' },
  regionInvalid: { en: 'A region code looks like ap-southeast-1 (us-, eu-, ap-, sa-, ca-, me-, af-, il-, mx-, cn- or us-gov-).', vi: 'Mã region có dạng ap-southeast-1 (us-, eu-, ap-, sa-, ca-, me-, af-, il-, mx-, cn- hoặc us-gov-).' },
  accountPrompt: { en: 'AWS account id (12 digits), used in the role ARNs and the ECR image', vi: 'AWS account id (12 chữ số), dùng trong ARN của role và image ECR' },
  accountInvalid: { en: 'An account id has exactly 12 digits.', vi: 'Account id phải có đúng 12 chữ số.' },
} satisfies Record<string, Bilingual>;

export type WizardTexts = Record<keyof typeof wizardTexts, string>;

export interface NewTaskDefinitionChoices {
  launchTypes: RenderedChoice[];
  patterns: RenderedChoice[];
  sizes: SizeChoice[];
  regions: RenderedChoice[];
  /** The pattern a typed region must match (the same check as the build). */
  regionPattern: string;
  /** The wizard's texts; `step` holds `{step}`. */
  texts: WizardTexts;
}

/** The questions' choices in the chosen languages (for the client's quick picks). */
export function newTaskDefinitionChoices(langs: readonly Lang[]): NewTaskDefinitionChoices {
  const render = <T extends string>(c: ChoiceDef<T>): RenderedChoice => ({ id: c.id, label: localize(c.label, langs, undefined), detail: localize(c.detail, langs, undefined) });
  return {
    launchTypes: LAUNCH_TYPE_CHOICES.map(render),
    patterns: PATTERN_CHOICES.map(render),
    sizes: sizeChoices(),
    regions: REGION_CHOICES.map((r) => ({ id: r.id, label: r.id, detail: localize(r.name, langs, undefined) })),
    regionPattern: REGION_PATTERN,
    texts: Object.fromEntries(Object.entries(wizardTexts).map(([k, t]) => [k, localize(t, langs, undefined)])) as WizardTexts,
  };
}
