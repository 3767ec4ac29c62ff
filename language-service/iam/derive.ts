/**
 * Role analysis: what the execution role and the task role must allow for this task definition to
 * start and run, derived from its fields, as IAM policy documents (plain JSON) plus the trust policy
 * both roles need. Every statement has a `Sid` naming the field that needs it. Pure: no network, no
 * AWS calls; region and account come from the document itself (`*` with a note when absent).
 */
import type { Bilingual } from '../field-docs/types';
import { fill, type Args } from '../i18n/text';
import { findAccountIds, findPartition, findRegion } from '../model/accounts';
import { booleanValue, elements, propertyValue, stringValue, type JsonNode, type ParsedDocument } from '../model/document';
import { placeholderIn } from '../model/placeholders';
import { taskFacts } from '../model/task-facts';
import { notes as noteTexts, reasons } from './texts';

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Principal?: { Service: string };
  Action: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

export type RoleKind = 'execution' | 'task';

/** One statement, explained: which fields need it and why. */
export interface RoleNeed {
  role: RoleKind;
  sid: string;
  actions: string[];
  resources: string[];
  /** JSON paths inside the task definition, e.g. `containerDefinitions[0].secrets[1].valueFrom`. */
  fields: string[];
  reason: Bilingual;
  condition?: Record<string, Record<string, string>>;
}

export interface PolicyNote {
  /** Already filled in; both languages. */
  message: Bilingual;
  field?: string;
}

export interface DerivedPolicies {
  /** Permissions policy for the role in `executionRoleArn`. */
  executionRolePolicy: PolicyDocument;
  /** Permissions policy for the role in `taskRoleArn`. */
  taskRolePolicy: PolicyDocument;
  /** Trust policy for both roles: `ecs-tasks.amazonaws.com` may assume them. */
  trustPolicy: PolicyDocument;
  /** The statements with the fields that need them (for hovers and reports). */
  needs: RoleNeed[];
  notes: PolicyNote[];
  context: { partition: string; region: string | undefined; account: string | undefined };
}

export interface DeriveOptions {
  /** The user wants ECS Exec (`aws ecs execute-command`): the task role then needs the ssmmessages actions. */
  ecsExec?: boolean;
}

const ECR_PULL = ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'];
const SSM_MESSAGES = ['ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel'];

/** `a b-c` → `ABC`, for the Sid (IAM allows only letters and digits there). */
export function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** Replaces template placeholders by `*` (a template cannot be narrowed yet). */
function wildcard(value: string): { value: string; templated: boolean } {
  let out = value;
  let templated = false;
  for (let i = 0; i < 20; i++) {
    const p = placeholderIn(out) ?? /\$\([^)]*\)/.exec(out)?.[0];
    if (!p) break;
    templated = true;
    out = out.replace(p, '*');
  }
  return { value: out, templated };
}

class Collector {
  readonly needs: RoleNeed[] = [];
  readonly notes: PolicyNote[] = [];
  private readonly noteKeys = new Set<string>();

  add(role: RoleKind, sid: string, actions: string[], resources: string[], field: string, reason: Bilingual, condition?: Record<string, Record<string, string>>): void {
    let need = this.needs.find((n) => n.role === role && n.sid === sid);
    if (!need) {
      need = { role, sid, actions: [], resources: [], fields: [], reason, condition };
      this.needs.push(need);
    }
    for (const a of actions) if (!need.actions.includes(a)) need.actions.push(a);
    for (const r of resources) if (!need.resources.includes(r)) need.resources.push(r);
    if (!need.fields.includes(field)) need.fields.push(field);
  }

  note(text: Bilingual, args?: Args, field?: string): void {
    const message = { en: fill(text.en, args), vi: fill(text.vi, args, 'vi') };
    const key = message.en;
    if (this.noteKeys.has(key)) return;
    this.noteKeys.add(key);
    this.notes.push({ message, field });
  }
}

interface Ctx {
  partition: string;
  region: string | undefined;
  account: string | undefined;
  c: Collector;
  usedAccount: boolean;
  usedRegion: boolean;
}

function accountOf(ctx: Ctx): string {
  if (ctx.account) return ctx.account;
  ctx.usedAccount = true;
  return '*';
}
function regionOf(ctx: Ctx, explicit?: string): string {
  if (explicit) return explicit;
  if (ctx.region) return ctx.region;
  ctx.usedRegion = true;
  return '*';
}

/** A resource string with placeholders replaced by `*` (and a note). */
function resource(ctx: Ctx, value: string, field: string): string {
  const w = wildcard(value);
  if (w.templated) ctx.c.note(noteTexts.template, { value }, field);
  return w.value;
}

const ECR_IMAGE = /^([^/]+?)\.dkr\.ecr(?:-fips)?\.([^/.]+)\.amazonaws\.com(\.cn)?\/([^:@]+)/;

function deriveImage(ctx: Ctx, image: string, field: string): void {
  const m = ECR_IMAGE.exec(image);
  if (!m) return;
  const partition = m[3] ? 'aws-cn' : ctx.partition;
  const arn = resource(ctx, `arn:${partition}:ecr:${m[2]}:${m[1]}:repository/${m[4]}`, field);
  ctx.c.add('execution', 'ContainerDefinitionsImageEcrAuth', ['ecr:GetAuthorizationToken'], ['*'], field, reasons.ecrAuth);
  ctx.c.add('execution', 'ContainerDefinitionsImageEcrPull', ECR_PULL, [arn], field, reasons.ecrPull);
}

function logGroupArn(ctx: Ctx, region: string | undefined, group: string, field: string): string {
  return resource(ctx, `arn:${ctx.partition}:logs:${regionOf(ctx, region)}:${accountOf(ctx)}:log-group:${group}`, field);
}

type SecretKind = 'secretsmanager' | 'ssm';

/** The resource ARN a `valueFrom` needs, or undefined (with a note) when it is neither kind. */
function secretResource(ctx: Ctx, valueFrom: string, field: string): { kind: SecretKind; arn: string } | undefined {
  const parts = valueFrom.split(':');
  if (valueFrom.startsWith('arn:') && parts[2] === 'secretsmanager') {
    // arn:partition:secretsmanager:region:account:secret:name[:json-key:version-stage:version-id]
    let arn = parts.slice(0, 7).join(':');
    const name = parts[6] ?? '';
    if (name && !/-[A-Za-z0-9]{6}$/.test(name) && !placeholderIn(name)) {
      ctx.c.note(noteTexts.partialSecretArn, { arn }, field);
      arn += '-??????';
    }
    return { kind: 'secretsmanager', arn: resource(ctx, arn, field) };
  }
  if (valueFrom.startsWith('arn:') && parts[2] === 'ssm') return { kind: 'ssm', arn: resource(ctx, valueFrom, field) };
  if (valueFrom.startsWith('arn:')) {
    ctx.c.note(noteTexts.unknownSecret, { value: valueFrom }, field);
    return undefined;
  }
  if (!valueFrom.trim()) return undefined;
  // An SSM parameter name (`db-password` or `/prod/db/password`): same region and account as the task.
  const name = valueFrom.replace(/^\//, '');
  const arn = resource(ctx, `arn:${ctx.partition}:ssm:${regionOf(ctx)}:${accountOf(ctx)}:parameter/${name}`, field);
  ctx.c.note(noteTexts.ssmName, { name: valueFrom, arn }, field);
  return { kind: 'ssm', arn };
}

function deriveSecretList(ctx: Ctx, list: JsonNode | undefined, base: string, sidBase: string, smReason: Bilingual, ssmReason: Bilingual): boolean {
  let any = false;
  elements(list).forEach((s, j) => {
    const valueFrom = stringValue(propertyValue(s, 'valueFrom'));
    if (!valueFrom) return;
    const field = `${base}[${j}].valueFrom`;
    const r = secretResource(ctx, valueFrom, field);
    if (!r) return;
    any = true;
    if (r.kind === 'secretsmanager') ctx.c.add('execution', `${sidBase}SecretsManager`, ['secretsmanager:GetSecretValue'], [r.arn], field, smReason);
    else ctx.c.add('execution', `${sidBase}SsmParameters`, ['ssm:GetParameters'], [r.arn], field, ssmReason);
  });
  return any;
}

/** `arn:aws:s3:::bucket/key` → the object and bucket ARNs. */
function s3Arns(ctx: Ctx, value: string, field: string): { object: string; bucket: string } | undefined {
  const m = /^arn:([^:]+):s3:::([^/]+)\/(.+)$/.exec(value);
  if (!m) return undefined;
  return { object: resource(ctx, value, field), bucket: resource(ctx, `arn:${m[1]}:s3:::${m[2]}`, field) };
}

function deriveFirelensOutput(ctx: Ctx, options: JsonNode | undefined, field: string): void {
  const opt = (k: string): string | undefined => stringValue(propertyValue(options, k));
  const name = (opt('Name') ?? '').toLowerCase();
  const region = opt('region');
  const sid = 'ContainerDefinitionsLogConfigurationAwsfirelens';
  if (name === 'cloudwatch_logs' || name === 'cloudwatch') {
    const groupArn = logGroupArn(ctx, region, opt('log_group_name') ?? '*', field);
    const arn = `${groupArn}:*`;
    ctx.c.add('task', `${sid}CloudWatchLogs`, ['logs:CreateLogStream', 'logs:PutLogEvents', ...(name === 'cloudwatch' ? ['logs:DescribeLogStreams'] : [])], [arn], field, reasons.firelensCloudWatch);
    if (opt('auto_create_group') === 'true' || opt('auto_create_group') === 'On') {
      ctx.c.add('task', `${sid}CloudWatchLogsCreateGroup`, ['logs:CreateLogGroup'], [groupArn, arn], field, reasons.firelensCloudWatch);
    }
  } else if (name === 'firehose' || name === 'kinesis_firehose') {
    const stream = opt('delivery_stream') ?? '*';
    ctx.c.add('task', `${sid}Firehose`, ['firehose:PutRecordBatch'], [resource(ctx, `arn:${ctx.partition}:firehose:${regionOf(ctx, region)}:${accountOf(ctx)}:deliverystream/${stream}`, field)], field, reasons.firelensFirehose);
  } else if (name === 'kinesis' || name === 'kinesis_streams') {
    const stream = opt('stream') ?? '*';
    ctx.c.add('task', `${sid}Kinesis`, ['kinesis:PutRecords'], [resource(ctx, `arn:${ctx.partition}:kinesis:${regionOf(ctx, region)}:${accountOf(ctx)}:stream/${stream}`, field)], field, reasons.firelensKinesis);
  } else if (name === 's3') {
    const bucket = opt('bucket') ?? '*';
    ctx.c.add('task', `${sid}S3`, ['s3:PutObject'], [resource(ctx, `arn:${ctx.partition}:s3:::${bucket}/*`, field)], field, reasons.firelensS3);
  }
}

function deriveContainer(ctx: Ctx, node: JsonNode, i: number): { secrets: boolean } {
  const base = `containerDefinitions[${i}]`;
  const get = (k: string): JsonNode | undefined => propertyValue(node, k);
  let secrets = false;

  const image = stringValue(get('image'));
  if (image) deriveImage(ctx, image, `${base}.image`);

  const log = get('logConfiguration');
  const driver = stringValue(propertyValue(log, 'logDriver'));
  const options = propertyValue(log, 'options');
  const opt = (k: string): string | undefined => stringValue(propertyValue(options, k));
  if (driver === 'awslogs') {
    const field = `${base}.logConfiguration`;
    const group = opt('awslogs-group') ?? '*';
    const groupArn = logGroupArn(ctx, opt('awslogs-region'), group, field);
    const arn = `${groupArn}:*`;
    ctx.c.add('execution', 'ContainerDefinitionsLogConfigurationAwslogs', ['logs:CreateLogStream', 'logs:PutLogEvents'], [arn], field, reasons.awslogs);
    if (opt('awslogs-create-group') === 'true') {
      ctx.c.add('execution', 'ContainerDefinitionsLogConfigurationAwslogsCreateGroup', ['logs:CreateLogGroup'], [groupArn, arn], `${field}.options.awslogs-create-group`, reasons.awslogsCreate);
    }
  } else if (driver === 'awsfirelens') {
    deriveFirelensOutput(ctx, options, `${base}.logConfiguration.options`);
  }
  if (deriveSecretList(ctx, propertyValue(log, 'secretOptions'), `${base}.logConfiguration.secretOptions`, 'ContainerDefinitionsLogConfigurationSecretOptions', reasons.logSecretsManager, reasons.logSsm)) secrets = true;
  if (deriveSecretList(ctx, get('secrets'), `${base}.secrets`, 'ContainerDefinitionsSecrets', reasons.secretsManager, reasons.ssm)) secrets = true;

  const cred = stringValue(propertyValue(get('repositoryCredentials'), 'credentialsParameter'));
  if (cred) {
    const field = `${base}.repositoryCredentials.credentialsParameter`;
    const r = secretResource(ctx, cred, field);
    if (r) {
      secrets = true;
      ctx.c.add('execution', 'ContainerDefinitionsRepositoryCredentials', [r.kind === 'secretsmanager' ? 'secretsmanager:GetSecretValue' : 'ssm:GetParameters'], [r.arn], field, reasons.repositoryCredentials);
    }
  }

  elements(get('environmentFiles')).forEach((f, j) => {
    const value = stringValue(propertyValue(f, 'value'));
    const field = `${base}.environmentFiles[${j}].value`;
    const arns = value ? s3Arns(ctx, value, field) : undefined;
    if (!arns) return;
    ctx.c.add('execution', 'ContainerDefinitionsEnvironmentFilesObjects', ['s3:GetObject'], [arns.object], field, reasons.environmentFiles);
    ctx.c.add('execution', 'ContainerDefinitionsEnvironmentFilesBuckets', ['s3:GetBucketLocation'], [arns.bucket], field, reasons.environmentFilesBucket);
  });

  const firelens = propertyValue(get('firelensConfiguration'), 'options');
  if (stringValue(propertyValue(firelens, 'config-file-type')) === 's3') {
    const value = stringValue(propertyValue(firelens, 'config-file-value'));
    const field = `${base}.firelensConfiguration.options.config-file-value`;
    const arns = value ? s3Arns(ctx, value, field) : undefined;
    if (arns) {
      ctx.c.add('execution', 'ContainerDefinitionsFirelensConfigurationConfigFile', ['s3:GetObject'], [arns.object], field, reasons.firelensConfig);
      ctx.c.add('execution', 'ContainerDefinitionsFirelensConfigurationConfigFileBucket', ['s3:GetBucketLocation'], [arns.bucket], field, reasons.firelensConfig);
    }
  }
  return { secrets };
}

function deriveVolumes(ctx: Ctx, task: JsonNode, containers: JsonNode[]): void {
  elements(propertyValue(task, 'volumes')).forEach((v, i) => {
    const efs = propertyValue(v, 'efsVolumeConfiguration');
    const auth = propertyValue(efs, 'authorizationConfig');
    if (stringValue(propertyValue(auth, 'iam')) !== 'ENABLED') return;
    const fsId = stringValue(propertyValue(efs, 'fileSystemId')) ?? '*';
    const name = stringValue(propertyValue(v, 'name'));
    const field = `volumes[${i}].efsVolumeConfiguration.authorizationConfig.iam`;
    const region = regionOf(ctx);
    const account = accountOf(ctx);
    const fsArn = resource(ctx, `arn:${ctx.partition}:elasticfilesystem:${region}:${account}:file-system/${fsId}`, field);
    const accessPoint = stringValue(propertyValue(auth, 'accessPointId'));
    let writable = false;
    for (const c of containers) {
      for (const m of elements(propertyValue(c, 'mountPoints'))) {
        if (name !== undefined && stringValue(propertyValue(m, 'sourceVolume')) === name && booleanValue(propertyValue(m, 'readOnly')) !== true) writable = true;
      }
    }
    const actions = ['elasticfilesystem:ClientMount'];
    if (writable) actions.push('elasticfilesystem:ClientWrite');
    if (!accessPoint) {
      actions.push('elasticfilesystem:ClientRootAccess');
      ctx.c.note(noteTexts.rootAccess, { volume: name ?? String(i) }, field);
    }
    const condition = accessPoint
      ? { StringEquals: { 'elasticfilesystem:AccessPointArn': resource(ctx, `arn:${ctx.partition}:elasticfilesystem:${region}:${account}:access-point/${accessPoint}`, field) } }
      : undefined;
    ctx.c.add('task', `VolumesEfsVolumeConfigurationIam${pascal(name ?? '') || i}`, actions, [fsArn], field, reasons.efs, condition);
  });
}

function toPolicy(needs: RoleNeed[]): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: needs.map((n) => {
      const st: PolicyStatement = { Sid: n.sid, Effect: 'Allow', Action: n.actions.length === 1 ? n.actions[0] : [...n.actions], Resource: n.resources.length === 1 ? n.resources[0] : [...n.resources] };
      if (n.condition) st.Condition = n.condition;
      return st;
    }),
  };
}

/**
 * The permissions the roles of this task definition need, as IAM policy documents. Works on any
 * parsed document; one without a task definition gives empty policies.
 */
export function derivePolicies(doc: ParsedDocument, options: DeriveOptions = {}): DerivedPolicies {
  const c = new Collector();
  const ctx: Ctx = {
    partition: findPartition(doc.text),
    region: findRegion(doc.text),
    account: findAccountIds(doc.text)[0],
    c,
    usedAccount: false,
    usedRegion: false,
  };
  const facts = taskFacts(doc);
  let secrets = false;
  if (facts) {
    const containers = facts.containers.map((x) => x.node);
    containers.forEach((node, i) => {
      if (deriveContainer(ctx, node, i).secrets) secrets = true;
    });
    deriveVolumes(ctx, facts.task, containers);
    if (secrets) c.note(noteTexts.kms);
    const onlyEc2 = facts.launchTypes.size > 0 && [...facts.launchTypes].every((l) => l === 'EC2');
    if ((onlyEc2 || facts.launchTypes.size === 0) && c.needs.some((n) => n.sid === 'ContainerDefinitionsLogConfigurationAwslogs')) c.note(noteTexts.ec2Only);
  }
  if (options.ecsExec) {
    c.add('task', 'EnableExecuteCommandSsmMessages', SSM_MESSAGES, ['*'], 'enableExecuteCommand', reasons.ecsExec);
    c.note(noteTexts.ecsExec);
  }
  if (ctx.usedAccount) c.note(noteTexts.accountUnknown);
  if (ctx.usedRegion) c.note(noteTexts.regionUnknown);

  const execution = c.needs.filter((n) => n.role === 'execution');
  const task = c.needs.filter((n) => n.role === 'task');
  if (!execution.length) c.note(noteTexts.executionRoleEmpty);
  if (!task.length) c.note(noteTexts.taskRoleEmpty);

  const trust: PolicyStatement = {
    Sid: 'ExecutionRoleArnAndTaskRoleArnTrust',
    Effect: 'Allow',
    Principal: { Service: 'ecs-tasks.amazonaws.com' },
    Action: 'sts:AssumeRole',
  };
  if (ctx.account) {
    trust.Condition = {
      StringEquals: { 'aws:SourceAccount': ctx.account },
      ArnLike: { 'aws:SourceArn': `arn:${ctx.partition}:ecs:${ctx.region ?? '*'}:${ctx.account}:*` },
    };
  }
  return {
    executionRolePolicy: toPolicy(execution),
    taskRolePolicy: toPolicy(task),
    trustPolicy: { Version: '2012-10-17', Statement: [trust] },
    needs: c.needs,
    notes: c.notes,
    context: { partition: ctx.partition, region: ctx.region, account: ctx.account },
  };
}

