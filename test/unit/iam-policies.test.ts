import * as assert from 'assert';
import { doc, ec2, fargate, hoverText, service } from '../support/harness';
import { derivePolicies, questionTexts, renderPolicies, type DerivedPolicies, type PolicyDocument, type PolicyStatement } from '../../language-service/iam';
import { blockSeparator } from '../../language-service/i18n/text';

function derive(text: string, ecsExec = false): DerivedPolicies {
  return derivePolicies(service.parse(doc(text)), { ecsExec });
}

function statement(p: PolicyDocument, sid: string): PolicyStatement | undefined {
  return p.Statement.find((s) => s.Sid === sid);
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const ECR_IMAGE = '111122223333.dkr.ecr.eu-west-1.amazonaws.com/team/api:2.1.0';

describe('IAM policies: execution role', () => {
  it('private ECR image: GetAuthorizationToken on * and the pull actions on exactly that repository', () => {
    const p = derive(fargate({}, { image: ECR_IMAGE })).executionRolePolicy;
    assert.deepStrictEqual(list(statement(p, 'ContainerDefinitionsImageEcrAuth')?.Action), ['ecr:GetAuthorizationToken']);
    assert.deepStrictEqual(list(statement(p, 'ContainerDefinitionsImageEcrAuth')?.Resource), ['*']);
    const pull = statement(p, 'ContainerDefinitionsImageEcrPull')!;
    assert.deepStrictEqual(list(pull.Action).sort(), ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']);
    assert.deepStrictEqual(list(pull.Resource), ['arn:aws:ecr:eu-west-1:111122223333:repository/team/api']);
  });

  it('public images need no ECR permission', () => {
    for (const image of ['nginx:1.27', 'public.ecr.aws/nginx/nginx:1.27', 'ghcr.io/org/app:1']) {
      const p = derive(fargate({}, { image })).executionRolePolicy;
      assert.strictEqual(p.Statement.filter((s) => s.Sid.includes('Ecr')).length, 0, image);
    }
  });

  it('awslogs: CreateLogStream and PutLogEvents on the log group, in the region of the options and the account of the file', () => {
    const p = derive(fargate({ executionRoleArn: 'arn:aws:iam::444455556666:role/exec' })).executionRolePolicy;
    const logs = statement(p, 'ContainerDefinitionsLogConfigurationAwslogs')!;
    assert.deepStrictEqual(list(logs.Action), ['logs:CreateLogStream', 'logs:PutLogEvents']);
    assert.deepStrictEqual(list(logs.Resource), ['arn:aws:logs:us-east-1:444455556666:log-group:/ecs/web:*']);
    assert.strictEqual(statement(p, 'ContainerDefinitionsLogConfigurationAwslogsCreateGroup'), undefined);
  });

  it('awslogs-create-group "true" adds CreateLogGroup', () => {
    const log = { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/api', 'awslogs-region': 'ap-southeast-1', 'awslogs-stream-prefix': 'api', 'awslogs-create-group': 'true' } };
    const p = derive(fargate({}, { logConfiguration: log })).executionRolePolicy;
    const create = statement(p, 'ContainerDefinitionsLogConfigurationAwslogsCreateGroup')!;
    assert.deepStrictEqual(list(create.Action), ['logs:CreateLogGroup']);
    assert.ok(list(create.Resource).includes('arn:aws:logs:ap-southeast-1:123456789012:log-group:/ecs/api'));
  });

  it('secrets: GetSecretValue and GetParameters on exactly the ARNs referenced', () => {
    const secrets = [
      { name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf:password::' },
      { name: 'API_TOKEN', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/api-XyZ123' },
      { name: 'LICENSE', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/prod/license' },
      { name: 'FLAG', valueFrom: '/prod/flags/new-ui' },
    ];
    const d = derive(fargate({}, { secrets }));
    const sm = statement(d.executionRolePolicy, 'ContainerDefinitionsSecretsSecretsManager')!;
    assert.deepStrictEqual(list(sm.Action), ['secretsmanager:GetSecretValue']);
    assert.deepStrictEqual(list(sm.Resource), ['arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/api-XyZ123']);
    const ssm = statement(d.executionRolePolicy, 'ContainerDefinitionsSecretsSsmParameters')!;
    assert.deepStrictEqual(list(ssm.Action), ['ssm:GetParameters']);
    assert.deepStrictEqual(list(ssm.Resource), ['arn:aws:ssm:us-east-1:123456789012:parameter/prod/license', 'arn:aws:ssm:us-east-1:123456789012:parameter/prod/flags/new-ui']);
    assert.ok(d.notes.some((n) => n.message.en.includes('/prod/flags/new-ui') && n.message.vi.includes('/prod/flags/new-ui')), 'the built SSM ARN is explained');
    assert.ok(d.notes.some((n) => n.message.en.includes('kms:Decrypt')), 'the optional kms:Decrypt is mentioned');
    const hover = d.needs.find((n) => n.sid === 'ContainerDefinitionsSecretsSsmParameters')!;
    assert.deepStrictEqual(hover.fields, ['containerDefinitions[0].secrets[2].valueFrom', 'containerDefinitions[0].secrets[3].valueFrom']);
  });

  it('a secret ARN without its random suffix is matched with -?????? and a note', () => {
    const d = derive(fargate({}, { secrets: [{ name: 'DB', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db' }] }));
    assert.deepStrictEqual(list(statement(d.executionRolePolicy, 'ContainerDefinitionsSecretsSecretsManager')?.Resource), ['arn:aws:secretsmanager:us-east-1:123456789012:secret:db-??????']);
    assert.ok(d.notes.some((n) => n.message.en.includes('-??????')));
  });

  it('an SSM name in a file with no account or region: * and a note saying so', () => {
    const text = JSON.stringify({ family: 'job', containerDefinitions: [{ name: 'job', image: 'busybox:1.36', memory: 128, secrets: [{ name: 'X', valueFrom: 'x-param' }] }] });
    const d = derive(text);
    assert.deepStrictEqual(list(statement(d.executionRolePolicy, 'ContainerDefinitionsSecretsSsmParameters')?.Resource), ['arn:aws:ssm:*:*:parameter/x-param']);
    assert.ok(d.notes.some((n) => /account id/.test(n.message.en)));
    assert.ok(d.notes.some((n) => /region/.test(n.message.en)));
    assert.strictEqual(d.trustPolicy.Statement[0].Condition, undefined, 'no account: no confused-deputy condition');
  });

  it('log driver secret options and repository credentials have their own statements', () => {
    const logConfiguration = { logDriver: 'splunk', options: { 'splunk-url': 'https://splunk.example.com:8088' }, secretOptions: [{ name: 'splunk-token', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/splunk/token' }] };
    const d = derive(fargate({}, { logConfiguration, repositoryCredentials: { credentialsParameter: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:dockerhub-QwErTy' } }));
    assert.deepStrictEqual(list(statement(d.executionRolePolicy, 'ContainerDefinitionsLogConfigurationSecretOptionsSsmParameters')?.Resource), ['arn:aws:ssm:us-east-1:123456789012:parameter/splunk/token']);
    assert.deepStrictEqual(list(statement(d.executionRolePolicy, 'ContainerDefinitionsRepositoryCredentials')?.Resource), ['arn:aws:secretsmanager:us-east-1:123456789012:secret:dockerhub-QwErTy']);
    assert.strictEqual(statement(d.executionRolePolicy, 'ContainerDefinitionsLogConfigurationAwslogs'), undefined);
  });

  it('environment files: s3:GetObject on the object and s3:GetBucketLocation on the bucket', () => {
    const d = derive(fargate({}, { environmentFiles: [{ value: 'arn:aws:s3:::my-config/app/prod.env', type: 's3' }] }));
    assert.deepStrictEqual(list(statement(d.executionRolePolicy, 'ContainerDefinitionsEnvironmentFilesObjects')?.Action), ['s3:GetObject']);
    assert.deepStrictEqual(list(statement(d.executionRolePolicy, 'ContainerDefinitionsEnvironmentFilesObjects')?.Resource), ['arn:aws:s3:::my-config/app/prod.env']);
    assert.deepStrictEqual(list(statement(d.executionRolePolicy, 'ContainerDefinitionsEnvironmentFilesBuckets')?.Resource), ['arn:aws:s3:::my-config']);
  });

  it('a templated image uses * where the placeholder is, with a note', () => {
    const d = derive(fargate({ executionRoleArn: 'ecsTaskExecutionRole' }, { image: '${AWS_ACCOUNT_ID}.dkr.ecr.us-east-1.amazonaws.com/app:${TAG}' }));
    assert.deepStrictEqual(list(statement(d.executionRolePolicy, 'ContainerDefinitionsImageEcrPull')?.Resource), ['arn:aws:ecr:us-east-1:*:repository/app']);
    assert.ok(d.notes.some((n) => n.message.en.includes('placeholder')));
  });

  it('never copies an environment value into the policies', () => {
    const d = derive(fargate({}, { environment: [{ name: 'DB_PASSWORD', value: 'hunter2-s3cret' }] }));
    assert.ok(!JSON.stringify(d).includes('hunter2'));
  });
});

describe('IAM policies: task role and trust policy', () => {
  const efs = (iam: string, accessPointId?: string, readOnly = false): string =>
    fargate(
      { taskRoleArn: 'arn:aws:iam::123456789012:role/app', volumes: [{ name: 'shared', efsVolumeConfiguration: { fileSystemId: 'fs-0abc1234', transitEncryption: 'ENABLED', authorizationConfig: { iam, ...(accessPointId ? { accessPointId } : {}) } } }] },
      { mountPoints: [{ sourceVolume: 'shared', containerPath: '/data', readOnly }] },
    );

  it('EFS with IAM authorization: ClientMount and ClientWrite on the file system, limited to the access point', () => {
    const p = derive(efs('ENABLED', 'fsap-0123abcd')).taskRolePolicy;
    const st = statement(p, 'VolumesEfsVolumeConfigurationIamShared')!;
    assert.deepStrictEqual(list(st.Action), ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite']);
    assert.deepStrictEqual(list(st.Resource), ['arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0abc1234']);
    assert.deepStrictEqual(st.Condition, { StringEquals: { 'elasticfilesystem:AccessPointArn': 'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123abcd' } });
  });

  it('EFS read-only mounts need no ClientWrite; without an access point ClientRootAccess is added with a note', () => {
    assert.deepStrictEqual(list(statement(derive(efs('ENABLED', 'fsap-0123abcd', true)).taskRolePolicy, 'VolumesEfsVolumeConfigurationIamShared')?.Action), ['elasticfilesystem:ClientMount']);
    const d = derive(efs('ENABLED'));
    assert.deepStrictEqual(list(statement(d.taskRolePolicy, 'VolumesEfsVolumeConfigurationIamShared')?.Action), ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess']);
    assert.ok(d.notes.some((n) => n.message.en.includes('ClientRootAccess')));
  });

  it('EFS without IAM authorization needs nothing from the task role', () => {
    const d = derive(efs('DISABLED'));
    assert.deepStrictEqual(d.taskRolePolicy.Statement, []);
    assert.ok(d.notes.some((n) => n.message.en.startsWith('Nothing in the task definition needs the task role')));
  });

  it('ECS Exec adds the ssmmessages actions to the task role only when asked', () => {
    const text = fargate();
    assert.strictEqual(statement(derive(text).taskRolePolicy, 'EnableExecuteCommandSsmMessages'), undefined);
    const st = statement(derive(text, true).taskRolePolicy, 'EnableExecuteCommandSsmMessages')!;
    assert.deepStrictEqual(list(st.Action).sort(), ['ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel']);
  });

  it('FireLens to CloudWatch Logs: the task role writes the logs', () => {
    const logConfiguration = { logDriver: 'awsfirelens', options: { Name: 'cloudwatch_logs', region: 'us-west-2', log_group_name: '/ecs/app', log_stream_prefix: 'app/', auto_create_group: 'true' } };
    const router = { name: 'log_router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable', essential: true, firelensConfiguration: { type: 'fluentbit' } };
    const task = JSON.parse(fargate({}, { logConfiguration })) as { containerDefinitions: unknown[] };
    task.containerDefinitions.unshift(router);
    const p = derive(JSON.stringify(task)).taskRolePolicy;
    assert.deepStrictEqual(list(statement(p, 'ContainerDefinitionsLogConfigurationAwsfirelensCloudWatchLogs')?.Resource), ['arn:aws:logs:us-west-2:123456789012:log-group:/ecs/app:*']);
    assert.ok(statement(p, 'ContainerDefinitionsLogConfigurationAwsfirelensCloudWatchLogsCreateGroup'));
  });

  it('trust policy: ecs-tasks.amazonaws.com may assume the roles, limited to the account found', () => {
    const t = derive(fargate()).trustPolicy;
    assert.strictEqual(t.Statement.length, 1);
    assert.deepStrictEqual(t.Statement[0].Principal, { Service: 'ecs-tasks.amazonaws.com' });
    assert.strictEqual(t.Statement[0].Action, 'sts:AssumeRole');
    assert.deepStrictEqual(t.Statement[0].Condition?.StringEquals, { 'aws:SourceAccount': '123456789012' });
  });

  it('every statement has a unique Sid of letters and digits naming the field that needs it', () => {
    const text = efs('ENABLED');
    const withAll = JSON.parse(text) as { containerDefinitions: Array<Record<string, unknown>> };
    Object.assign(withAll.containerDefinitions[0], { image: ECR_IMAGE, secrets: [{ name: 'A', valueFrom: 'a' }], environmentFiles: [{ value: 'arn:aws:s3:::b/k.env', type: 's3' }] });
    const d = derive(JSON.stringify(withAll), true);
    for (const p of [d.executionRolePolicy, d.taskRolePolicy, d.trustPolicy]) {
      const sids = p.Statement.map((s) => s.Sid);
      assert.strictEqual(new Set(sids).size, sids.length);
      for (const sid of sids) assert.ok(/^(ContainerDefinitions|Volumes|EnableExecuteCommand|ExecutionRoleArn)[A-Za-z0-9]*$/.test(sid), sid);
    }
    assert.ok(d.executionRolePolicy.Statement.length >= 5 && d.taskRolePolicy.Statement.length === 2);
    for (const n of d.needs) assert.ok(n.fields.length > 0 && n.reason.en && n.reason.vi, n.sid);
  });

  it('EC2-only tasks get a note about the instance role and awslogs', () => {
    const log = { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1' } };
    assert.ok(derive(ec2({}, { logConfiguration: log })).notes.some((n) => n.message.en.includes('instance profile')));
    assert.ok(!derive(fargate()).notes.some((n) => n.message.en.includes('instance profile')));
  });
});

describe('IAM role analysis in the hover', () => {
  it('executionRoleArn lists what the execution role must allow, in Vietnamese and English', () => {
    const text = fargate({}, { image: ECR_IMAGE, secrets: [{ name: 'DB', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/db' }] }).replace('"executionRoleArn"', '"execution|RoleArn"');
    const en = hoverText(text, ['en'])!;
    assert.ok(en.includes('This task definition needs the execution role to allow:'), en);
    for (const a of ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'logs:PutLogEvents', 'ssm:GetParameters', 'containerDefinitions[0].secrets[0].valueFrom']) assert.ok(en.includes(a), a);
    const vi = hoverText(text, ['vi'])!;
    assert.ok(vi.includes('Task definition này cần execution role cho phép:') && vi.includes('ssm:GetParameters'), vi);
    assert.ok(!vi.includes('This task definition needs'));
  });

  it('names the first five fields of a need and how many more, on a task definition with many containers', () => {
    const withContainers = (n: number): string => fargate({
      containerDefinitions: Array.from({ length: n }, (_, i) => ({ name: `c${i}`, image: ECR_IMAGE, essential: i === 0 })),
    }).replace('"executionRoleArn"', '"execution|RoleArn"');
    const en = hoverText(withContainers(9), ['en'])!;
    const pull = en.split('\n').find((l) => l.startsWith('- `ecr:GetAuthorizationToken`'))!;
    assert.ok(pull.includes('`containerDefinitions[4].image` and 4 more)'), pull);
    assert.ok(!pull.includes('containerDefinitions[5]'), pull);
    const vi = hoverText(withContainers(9), ['vi'])!;
    assert.ok(vi.includes('`containerDefinitions[4].image` và 4 chỗ khác)'), vi);
    // Six fields: all six (not "and 1 more").
    const six = hoverText(withContainers(6), ['en'])!;
    assert.ok(six.includes('`containerDefinitions[4].image`, `containerDefinitions[5].image`)') && !six.includes(' more)'), six);
  });

  it('taskRoleArn lists the EFS permissions, or says nothing needs it', () => {
    const withEfs = fargate(
      { taskRoleArn: 'arn:aws:iam::123456789012:role/app', volumes: [{ name: 'd', efsVolumeConfiguration: { fileSystemId: 'fs-0abc1234', transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED', accessPointId: 'fsap-01234567' } } }] },
      { mountPoints: [{ sourceVolume: 'd', containerPath: '/d' }] },
    ).replace('"taskRoleArn"', '"task|RoleArn"');
    const h = hoverText(withEfs, ['en'])!;
    assert.ok(h.includes('needs the task role to allow:') && h.includes('elasticfilesystem:ClientMount'), h);
    const none = hoverText(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/app' }).replace('"taskRoleArn"', '"task|RoleArn"'), ['vi', 'en'])!;
    assert.ok(none.includes('Nothing in this task definition needs the task role.') && none.includes('Không có gì trong task definition này cần task role.'), none);
  });
});

describe('IAM policies: the report (one document, a titled section per role)', () => {
  const text = fargate({ executionRoleArn: 'arn:aws:iam::111122223333:role/ecsTaskExecutionRole', family: 'shop-api' }, { image: ECR_IMAGE });

  it('names each role, with its ARN from the file, above its policy as a JSON block that parses', () => {
    const parsed = service.parse(doc(text));
    const md = renderPolicies(parsed, derivePolicies(parsed), ['en']);
    assert.ok(md.startsWith('# IAM policies for task definition `shop-api`'), md);
    const sections = md.split('\n## ').slice(1).map((s) => s.split('\n')[0]);
    assert.deepStrictEqual(sections, ['Execution role: permissions policy', 'Task role: permissions policy', 'Trust policy (both roles)', 'Notes'].slice(0, sections.length));
    assert.ok(md.includes('Attach to: the role in `executionRoleArn`: `arn:aws:iam::111122223333:role/ecsTaskExecutionRole`'), md);
    assert.ok(md.includes('Attach to: the role you will set in `taskRoleArn` (not set yet)'), md);
    const blocks = [...md.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]) as PolicyDocument);
    assert.ok(blocks.length >= 2);
    assert.ok(blocks[0].Statement.some((s) => s.Sid === 'ContainerDefinitionsImageEcrPull'));
    assert.ok(blocks.some((b) => b.Statement.some((s) => list(s.Action).includes('sts:AssumeRole'))));
  });

  it('in Vietnamese too, one block per language with a rule between them', () => {
    const parsed = service.parse(doc(text));
    const md = renderPolicies(parsed, derivePolicies(parsed), ['vi', 'en']);
    const [vi, en] = md.split(blockSeparator('en'));
    assert.ok(vi.includes('# IAM policy cho task definition `shop-api`') && vi.includes('Gắn vào: role trong `executionRoleArn`'), vi);
    assert.ok(en.includes('# IAM policies for task definition `shop-api`'), en);
  });
});

describe('IAM policies: the command\'s question', () => {
  it('exists in both languages', () => {
    for (const [k, t] of Object.entries(questionTexts)) assert.ok(t.en && t.vi && t.vi !== t.en, `${k}: ${JSON.stringify(t)}`);
  });
});
