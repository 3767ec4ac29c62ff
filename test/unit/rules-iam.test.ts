import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { iamRules } from '../../language-service/rules/iam';
import { applyFix, codes, diagnose, diagnosticOf, doc, ec2, fargate, fixesWithData, found, service, settings, staleFixes, textAt } from '../support/harness';

type Json = Record<string, unknown>;
const parse = (text: string): Json => JSON.parse(text) as Json;
const json = (task: Json): string => JSON.stringify(task, null, 2);
const severities = (text: string, code: string): DiagnosticSeverity[] => diagnose(text).filter((d) => d.code === code).map((d) => d.severity!);
/** `fargate()` without an execution role. */
const fargateNoRole = (over: Json = {}, container: Json = {}): string => fargate({ executionRoleArn: undefined, ...over }, container);
const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4';
const OUR_CODES = /^ECS[123]\d\d$/;

describe('IAM rules (ECS2xx)', () => {
  describe('catalogue examples', () => {
    for (const rule of iamRules) {
      it(`${rule.code} ${rule.name}: bad raises it, good does not`, () => {
        assert.ok(rule.examples, `${rule.code} has examples`);
        assert.ok(codes(rule.examples.bad).includes(rule.code), `bad example of ${rule.code}`);
        assert.ok(!codes(rule.examples.good).includes(rule.code), `good example of ${rule.code}`);
      });
    }
  });

  describe('ECS201 execution role required', () => {
    it('Fargate + awslogs: error on the driver; the fix adds the role after family, keeping everything else', () => {
      const text = fargateNoRole();
      assert.deepStrictEqual(found(text, 'ECS201'), ['"awslogs"']);
      assert.deepStrictEqual(severities(text, 'ECS201'), [DiagnosticSeverity.Error]);
      const fixed = applyFix(text, 'ECS201');
      assert.deepStrictEqual(found(fixed, 'ECS201'), []);
      const task = parse(fixed);
      assert.strictEqual(Object.keys(task)[1], 'executionRoleArn');
      assert.strictEqual(task.executionRoleArn, 'arn:aws:iam::ACCOUNT_ID:role/ecsTaskExecutionRole');
      delete task.executionRoleArn;
      assert.deepStrictEqual(task, parse(fargateNoRole()));
      // The inserted placeholder account is a template: only a hint, never an error or warning.
      assert.deepStrictEqual(diagnose(fixed).filter((d) => d.severity! <= DiagnosticSeverity.Warning && OUR_CODES.test(String(d.code))).map((d) => d.code), []);
    });

    it('reuses the account and partition found in the file, and goes after taskRoleArn', () => {
      const text = fargateNoRole({ taskRoleArn: 'arn:aws-cn:iam::210987654321:role/web-task' }, { image: '210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1' });
      assert.deepStrictEqual(found(text, 'ECS201').sort(), ['"210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1"', '"awslogs"']);
      const task = parse(applyFix(text, 'ECS201'));
      assert.strictEqual(task.executionRoleArn, 'arn:aws-cn:iam::210987654321:role/ecsTaskExecutionRole');
      const keys = Object.keys(task);
      assert.strictEqual(keys.indexOf('executionRoleArn'), keys.indexOf('taskRoleArn') + 1);
    });

    it('Fargate + private ECR is an error; public ECR and Docker Hub are not', () => {
      const logless = { logConfiguration: undefined };
      assert.deepStrictEqual(found(fargateNoRole({}, { ...logless, image: ECR }), 'ECS201'), [`"${ECR}"`]);
      assert.deepStrictEqual(found(fargateNoRole({}, { ...logless, image: '${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/web:1' }), 'ECS201').length, 1);
      assert.deepStrictEqual(found(fargateNoRole({}, { ...logless, image: 'public.ecr.aws/nginx/nginx:1.27' }), 'ECS201'), []);
      assert.deepStrictEqual(found(fargateNoRole({}, { ...logless, image: 'nginx:1.27' }), 'ECS201'), []);
    });

    it('EC2: private ECR and awslogs use the instance role, no finding', () => {
      assert.deepStrictEqual(found(ec2({}, { image: ECR, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g', 'awslogs-region': 'eu-west-1' } } }), 'ECS201'), []);
    });

    it('EXTERNAL: awslogs and ECR are warnings', () => {
      const text = ec2({ requiresCompatibilities: ['EXTERNAL'] }, { image: ECR, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g', 'awslogs-region': 'eu-west-1' } } });
      assert.deepStrictEqual(found(text, 'ECS201').sort(), [`"${ECR}"`, '"awslogs"']);
      assert.deepStrictEqual(severities(text, 'ECS201'), [DiagnosticSeverity.Warning, DiagnosticSeverity.Warning]);
    });

    it('MANAGED_INSTANCES: awslogs and ECR are warnings that name the launch type', () => {
      const text = ec2({ requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: 'awsvpc' }, { image: ECR, portMappings: [], logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g', 'awslogs-region': 'eu-west-1' } } });
      assert.deepStrictEqual(found(text, 'ECS201').sort(), [`"${ECR}"`, '"awslogs"']);
      assert.deepStrictEqual(severities(text, 'ECS201'), [DiagnosticSeverity.Warning, DiagnosticSeverity.Warning]);
      for (const d of diagnose(text).filter((x) => x.code === 'ECS201')) assert.match(d.message, /on MANAGED_INSTANCES/);
      // The same with an execution role: nothing.
      assert.deepStrictEqual(found(ec2({ requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: 'awsvpc', executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole' }, { image: ECR, portMappings: [], logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g', 'awslogs-region': 'eu-west-1' } } }), 'ECS201'), []);
    });

    it('FireLens configuration from S3 on EC2: a warning on "s3"; not for a file, nor on Fargate (ECS106 refuses it)', () => {
      const router = (type: string): Json => ({ name: 'log_router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable', essential: true, memory: 128, firelensConfiguration: { type: 'fluentbit', options: { 'config-file-type': type, 'config-file-value': type === 's3' ? 'arn:aws:s3:::bucket/fluent.conf' : '/fluent.conf' } } });
      const onEc2 = (type: string): string => json({ family: 'web', containerDefinitions: [router(type), { name: 'app', image: 'nginx:1.27', essential: true, memory: 256, logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'stdout' } } }] });
      assert.deepStrictEqual(found(onEc2('s3'), 'ECS201'), ['"s3"']);
      assert.deepStrictEqual(severities(onEc2('s3'), 'ECS201'), [DiagnosticSeverity.Warning]);
      assert.deepStrictEqual(found(onEc2('file'), 'ECS201'), []);
      const onFargate = fargateNoRole({}, { logConfiguration: undefined });
      const task = parse(onFargate);
      task.containerDefinitions = [router('s3'), ...(task.containerDefinitions as Json[])];
      assert.deepStrictEqual(found(json(task), 'ECS201'), []);
    });

    it('secrets, secretOptions and repositoryCredentials on any launch type are errors; environmentFiles a warning', () => {
      const secrets = ec2({}, { secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/db' }] });
      assert.deepStrictEqual(found(secrets, 'ECS201'), ['"secrets"']);
      assert.deepStrictEqual(severities(secrets, 'ECS201'), [DiagnosticSeverity.Error]);
      const options = ec2({}, { logConfiguration: { logDriver: 'splunk', options: { 'splunk-url': 'https://s:8088' }, secretOptions: [{ name: 'splunk-token', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:t' }] } });
      assert.deepStrictEqual(found(options, 'ECS201'), ['"secretOptions"']);
      const creds = ec2({}, { repositoryCredentials: { credentialsParameter: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:hub' } });
      assert.deepStrictEqual(found(creds, 'ECS201'), ['"repositoryCredentials"']);
      // ECS itself refuses it at registration, on every launch type.
      assert.deepStrictEqual(severities(creds, 'ECS201'), [DiagnosticSeverity.Error]);
      assert.match(diagnose(creds).find((d) => d.code === 'ECS201')!.message, /Private repository authentication requires that the task definition specify a value for executionRoleArn/);
      const credsFargate = fargateNoRole({}, { repositoryCredentials: { credentialsParameter: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:hub' } });
      const onCredentials = diagnose(credsFargate).filter((d) => d.code === 'ECS201' && textAt(credsFargate, d.range) === '"repositoryCredentials"');
      assert.deepStrictEqual(onCredentials.map((d) => d.severity), [DiagnosticSeverity.Error]);
      const credsWithRole = ec2({ executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole' }, { repositoryCredentials: { credentialsParameter: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:hub' } });
      assert.deepStrictEqual(found(credsWithRole, 'ECS201'), []);
      const files = ec2({}, { environmentFiles: [{ value: 'arn:aws:s3:::bucket/app.env', type: 's3' }] });
      assert.deepStrictEqual(found(files, 'ECS201'), ['"environmentFiles"']);
      assert.deepStrictEqual(severities(files, 'ECS201'), [DiagnosticSeverity.Warning]);
      assert.deepStrictEqual(found(ec2({}, { secrets: [] }), 'ECS201'), []);
    });

    it('messages never quote secret values', () => {
      const text = ec2({}, { secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/hunter2' }], environment: [{ name: 'API_TOKEN', value: 's3cr3t-value' }] });
      const diags = diagnose(text, { langs: ['en', 'vi'] });
      // The two diagnostics that speak about these values are there (the loop below is not empty):
      // ECS201 about the secret, ECS601 about the credential in plain text.
      assert.deepStrictEqual(diags.map((d) => String(d.code)).filter((c) => c === 'ECS201' || c === 'ECS601').sort(), ['ECS201', 'ECS601']);
      for (const d of diags) {
        assert.ok(!d.message.includes('hunter2') && !d.message.includes('s3cr3t-value'), d.message);
      }
    });

    it('an empty role counts as missing and the fix fills it; a placeholder counts as present', () => {
      const text = fargateNoRole({ executionRoleArn: '' });
      assert.deepStrictEqual(found(text, 'ECS201'), ['"awslogs"']);
      assert.strictEqual(parse(applyFix(text, 'ECS201')).executionRoleArn, 'arn:aws:iam::ACCOUNT_ID:role/ecsTaskExecutionRole');
      assert.deepStrictEqual(found(fargate({ executionRoleArn: '${EXECUTION_ROLE_ARN}' }), 'ECS201'), []);
      assert.deepStrictEqual(found(fargate({ executionRoleArn: 'ecsTaskExecutionRole' }), 'ECS201'), []);
    });
  });

  describe('ECS202 malformed role ARNs', () => {
    it('underlines the wrong part', () => {
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam:us-east-1:123456789012:role/web' }), 'ECS202'), ['us-east-1']);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::12345678901:role/web' }), 'ECS202'), ['12345678901']);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:amazon:iam::123456789012:role/web' }), 'ECS202'), ['amazon']);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:s3:::my-bucket/role' }), 'ECS202'), ['s3']);
      assert.deepStrictEqual(found(fargate({ executionRoleArn: 'arn:aws:iam::123456789012:user/deploy' }), 'ECS202'), ['user/deploy']);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::123456789012' }), 'ECS202'), ['"arn:aws:iam::123456789012"']);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'my task role' }), 'ECS202'), ['"my task role"']);
    });

    it('each message says what is wrong with which field, and the wrong part', () => {
      const msg = (over: Json): string => diagnose(fargate(over)).find((d) => d.code === 'ECS202')!.message;
      assert.strictEqual(msg({ taskRoleArn: 'arn:aws:iam:us-east-1:123456789012:role/web' }), '`taskRoleArn`: IAM is global, so a role ARN has no region (`arn:aws:iam::<account>:role/<name>`); remove `us-east-1`.');
      assert.strictEqual(msg({ taskRoleArn: 'arn:aws:iam::12345678901:role/web' }), '`taskRoleArn`: the account id `12345678901` must be exactly 12 digits.');
      assert.strictEqual(msg({ executionRoleArn: 'arn:amazon:iam::123456789012:role/web' }), '`executionRoleArn`: `amazon` is not an AWS partition (`aws`, `aws-cn`, `aws-us-gov`, ...).');
      assert.strictEqual(msg({ taskRoleArn: 'arn:aws:s3:::my-bucket/role' }), '`taskRoleArn` must be an IAM role ARN (service `iam`), not a `s3` ARN.');
      assert.strictEqual(msg({ taskRoleArn: 'arn:aws:iam::123456789012:user/deploy' }), '`taskRoleArn`: `user/deploy` should be `role/<name>` (optionally `role/<path>/<name>`).');
      assert.strictEqual(msg({ taskRoleArn: 'arn:aws:iam::123456789012' }), '`taskRoleArn` is not a valid IAM role ARN: expected `arn:aws:iam::<12-digit account>:role/<name>`.');
      assert.match(msg({ taskRoleArn: 'my task role' }), /^`taskRoleArn` is neither an ARN nor a valid role name/);
      assert.match(msg({ taskRoleArn: 'arn:aws:sts::123456789012:assumed-role/web-task/s1' }), /ECS needs the role itself: `arn:aws:iam::123456789012:role\/web-task`\.$/);
      // An empty part is named, not left blank; a long one is shortened.
      assert.match(msg({ executionRoleArn: 'arn::iam::123456789012:role/web' }), /^`executionRoleArn`: `""` is not an AWS partition/);
      assert.match(msg({ taskRoleArn: `arn:aws:iam::123456789012:user/${'x'.repeat(80)}` }), new RegExp(`\`user/${'x'.repeat(52)}\\.\\.\\.\``));
    });

    it('an account of more or fewer than 12 digits, or digits around other text, is wrong; an STS ARN needs a 12-digit account to be turned into a role', () => {
      for (const account of ['1234567890123', 'x123456789012', '123456789012x', '']) {
        assert.strictEqual(found(fargate({ taskRoleArn: `arn:aws:iam::${account}:role/web` }), 'ECS202').length, 1, account);
      }
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:sts::1234567890123:assumed-role/web-task/s1' }), 'ECS202'), ['sts']);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:sts::123456789012:federated-user/bob' }), 'ECS202'), ['sts']);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:assumed-role/web-task/s1' }), 'ECS202'), ['assumed-role/web-task/s1']);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:sts::123456789012:assumed-role/bad name/s1' }), 'ECS202'), ['sts']);
    });

    it('a role name with a bad path segment, or an ARN with fewer than six parts, is reported on the whole value', () => {
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'service role/web' }), 'ECS202'), ['"service role/web"']);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::role/web' }), 'ECS202'), ['"arn:aws:iam::role/web"']);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/a:b' }), 'ECS202'), ['role/a:b']);
    });

    it('accepts names, paths, other partitions and placeholders', () => {
      for (const taskRoleArn of ['web-task', 'arn:aws:iam::123456789012:role/service-role/web-task', 'arn:aws-us-gov:iam::123456789012:role/web', 'arn:aws:iam::${AWS_ACCOUNT_ID}:role/web', '{{ task_role_arn }}']) {
        assert.deepStrictEqual(found(fargate({ taskRoleArn }), 'ECS202'), [], taskRoleArn);
      }
    });

    it('an STS session ARN is turned into the role ARN', () => {
      const text = fargate({ taskRoleArn: 'arn:aws:sts::123456789012:assumed-role/web-task/botocore-session-1' });
      assert.deepStrictEqual(found(text, 'ECS202'), ['"arn:aws:sts::123456789012:assumed-role/web-task/botocore-session-1"']);
      const fixed = applyFix(text, 'ECS202');
      assert.deepStrictEqual(parse(fixed), parse(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/web-task' })));
      assert.deepStrictEqual(found(fixed, 'ECS202'), []);
    });
  });

  describe('ECS203 instance profile as a role', () => {
    it('is an error in either field, and not also ECS202', () => {
      const text = fargate({ executionRoleArn: 'arn:aws:iam::123456789012:instance-profile/ecsInstanceRole' });
      assert.deepStrictEqual(found(text, 'ECS203'), ['"arn:aws:iam::123456789012:instance-profile/ecsInstanceRole"']);
      assert.deepStrictEqual(found(text, 'ECS202'), []);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:instance-profile/x' }), 'ECS203').length, 1);
    });
  });

  describe('ECS204 same role in both fields', () => {
    it('is information, also when one is a bare name', () => {
      const text = fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole' });
      assert.deepStrictEqual(found(text, 'ECS204'), ['"arn:aws:iam::123456789012:role/ecsTaskExecutionRole"']);
      assert.deepStrictEqual(severities(text, 'ECS204'), [DiagnosticSeverity.Information]);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'ecsTaskExecutionRole' }), 'ECS204'), ['"ecsTaskExecutionRole"']);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/web-task' }), 'ECS204'), []);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::999999999999:role/ecsTaskExecutionRole' }), 'ECS204'), [], 'another account');
    });
  });

  describe('ECS205 swapped roles', () => {
    it('warns on the execution role and the fix swaps the values', () => {
      const task = 'arn:aws:iam::123456789012:role/web-task-role';
      const exec = 'arn:aws:iam::123456789012:role/web-execution-role';
      const text = fargate({ taskRoleArn: exec, executionRoleArn: task });
      assert.deepStrictEqual(found(text, 'ECS205'), [`"${task}"`]);
      const fixed = applyFix(text, 'ECS205');
      assert.deepStrictEqual(parse(fixed), parse(fargate({ taskRoleArn: task, executionRoleArn: exec })));
      assert.deepStrictEqual(found(fixed, 'ECS205'), []);
    });

    it('does not fire for ordinary names', () => {
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/web-task-role' }), 'ECS205'), []);
      assert.deepStrictEqual(found(fargate({ taskRoleArn: 'ecsTaskExecutionRole', executionRoleArn: 'ecsTaskRole' }), 'ECS205'), ['"ecsTaskRole"']);
    });
  });

  describe('ECS206 features that need a task role', () => {
    const efs = { volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } } }] };

    it('EFS IAM authorization', () => {
      assert.deepStrictEqual(found(fargate(efs), 'ECS206'), ['"ENABLED"']);
      assert.deepStrictEqual(severities(fargate(efs), 'ECS206'), [DiagnosticSeverity.Warning]);
      assert.deepStrictEqual(found(fargate({ ...efs, taskRoleArn: 'web-task' }), 'ECS206'), []);
    });

    it('FireLens to an AWS destination, not to a third party', () => {
      const firelens = (name: string): string => json({
        ...parse(fargate()),
        containerDefinitions: [
          { name: 'log_router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable', essential: true, firelensConfiguration: { type: 'fluentbit' } },
          { name: 'app', image: 'nginx:1.27', essential: true, logConfiguration: { logDriver: 'awsfirelens', options: { Name: name, region: 'eu-west-1' } } },
        ],
      });
      assert.deepStrictEqual(found(firelens('cloudwatch_logs'), 'ECS206'), ['"cloudwatch_logs"']);
      assert.deepStrictEqual(found(firelens('kinesis_firehose'), 'ECS206'), ['"kinesis_firehose"']);
      assert.deepStrictEqual(found(firelens('datadog'), 'ECS206'), []);
    });
  });

  it('never throws on broken trees', () => {
    const broken: string[] = [
      '{ "family": "x", "taskRoleArn": 5, "executionRoleArn": null, "containerDefinitions": [{ "secrets": "x", "logConfiguration": { "secretOptions": {}, "logDriver": null, "options": [] } }] }',
      '{ "taskRoleArn": "arn:", "executionRoleArn": "arn:::::::", "requiresCompatibilities": ["FARGATE"], "containerDefinitions": [{ "image": 3, "repositoryCredentials": [] }, null] }',
      '{ "taskRoleArn": "", "executionRoleArn": "arn:aws:sts::123456789012:assumed-role/", "volumes": [{ "efsVolumeConfiguration": { "authorizationConfig": null } }, 4], "containerDefinitions": [] }',
      '{ "taskRoleArn": "arn:aws:iam::123456789012:role/", "executionRoleArn": "' + 'a'.repeat(5000) + '", "containerDefinitions": [{ "logConfiguration": { "logDriver": "awsfirelens", "options": { "Name": 5 } } }] }',
    ];
    for (const text of broken) assert.doesNotThrow(() => diagnose(text), text);
  });
});

const related = (text: string, code: string, lang: 'en' | 'vi' = 'en'): Array<[string, string]> =>
  service.diagnostics(doc(text), settings(), [lang]).find((x) => x.code === code)!.relatedInformation!.map((r) => [r.message, textAt(text, r.location.range)]);

describe('IAM rules: which values count', () => {
  it('ECS201 and ECS206: a blank role is no role', () => {
    const text = fargateNoRole({ executionRoleArn: '   ' });
    assert.deepStrictEqual(found(text, 'ECS201'), ['"awslogs"']);
    assert.strictEqual(parse(applyFix(text, 'ECS201')).executionRoleArn, 'arn:aws:iam::ACCOUNT_ID:role/ecsTaskExecutionRole');
    const efs = { volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } } }] };
    assert.deepStrictEqual(found(fargate({ ...efs, taskRoleArn: '  ' }), 'ECS206'), ['"ENABLED"']);
  });

  it('ECS202: an empty role is left to the rules that need one; a role name has at most 64 characters; a name may have a path', () => {
    assert.deepStrictEqual(found(fargate({ taskRoleArn: '' }), 'ECS202'), []);
    assert.deepStrictEqual(found(fargate({ taskRoleArn: 'a'.repeat(64) }), 'ECS202'), []);
    assert.deepStrictEqual(found(fargate({ taskRoleArn: 'a'.repeat(65) }), 'ECS202'), [`"${'a'.repeat(65)}"`]);
    assert.deepStrictEqual(found(fargate({ taskRoleArn: 'service-role/web-task' }), 'ECS202'), []);
  });

  it('ECS202: an empty part, or a value written with escapes, is underlined whole; a 60-character part is named whole', () => {
    const empty = fargate({ executionRoleArn: 'arn::iam::123456789012:role/web' });
    assert.deepStrictEqual(found(empty, 'ECS202'), ['"arn::iam::123456789012:role/web"']);
    const escaped = fargate({ taskRoleArn: 'arn:aws:iam:us-east-1:123456789012:role/web' }).replace('role/web', 'role/w\\u0065b');
    assert.deepStrictEqual(found(escaped, 'ECS202'), ['"arn:aws:iam:us-east-1:123456789012:role/w\\u0065b"']);
    const sixty = `user/${'x'.repeat(55)}`;
    assert.match(diagnosticOf(fargate({ taskRoleArn: `arn:aws:iam::123456789012:${sixty}` }), 'ECS202').message, new RegExp(`\`${sixty}\` should be`));
  });

  it('ECS203: an instance profile is one whatever the account is written as; a value that is not a string is not', () => {
    assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::${ACCOUNT_ID}:instance-profile/ecsInstanceRole' }), 'ECS203'), ['"arn:aws:iam::${ACCOUNT_ID}:instance-profile/ecsInstanceRole"']);
    assert.match(diagnosticOf(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:instance-profile/x' }), 'ECS203').message, /^`taskRoleArn` points to an EC2 instance profile/);
    assert.deepStrictEqual(found(fargate({ taskRoleArn: 5, executionRoleArn: { arn: 'arn:aws:iam::123456789012:instance-profile/x' } }), 'ECS203'), []);
  });

  it('ECS204: role names are compared case-insensitively; malformed values and instance profiles are never the same role (ECS202 / ECS203 say it)', () => {
    const text = fargate({ taskRoleArn: 'EcsTaskExecutionRole' });
    assert.deepStrictEqual(found(text, 'ECS204'), ['"EcsTaskExecutionRole"']);
    assert.deepStrictEqual(related(text, 'ECS204'), [['The execution role', '"arn:aws:iam::123456789012:role/ecsTaskExecutionRole"']]);
    for (const value of ['arn:aws:iam::123456789012:user/deploy', 'arn:aws:iam::123456789012:instance-profile/web']) {
      assert.deepStrictEqual(found(fargate({ taskRoleArn: value, executionRoleArn: value }), 'ECS204'), [], value);
    }
    assert.deepStrictEqual(found(fargate({ taskRoleArn: 'deploy', executionRoleArn: 'arn:aws:iam::123456789012:user/deploy' }), 'ECS204'), []);
    // Names that only end alike are other roles.
    assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/web-role' }), 'ECS204'), []);
    assert.deepStrictEqual(related(fargate({ taskRoleArn: 'ecsTaskExecutionRole' }), 'ECS204', 'vi'), [['Execution role', '"arn:aws:iam::123456789012:role/ecsTaskExecutionRole"']]);
    assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:user/deploy', executionRoleArn: 'deploy' }), 'ECS204'), []);
  });

  it('ECS205: both names saying execution, or only one side looking swapped, is no swap', () => {
    assert.deepStrictEqual(found(fargate({ taskRoleArn: 'ecsTaskExecutionRole' }), 'ECS205'), []);
    assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/web-app-role', executionRoleArn: 'arn:aws:iam::123456789012:role/web-task-role' }), 'ECS205'), []);
    assert.deepStrictEqual(found(fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/web-exec-role', executionRoleArn: 'arn:aws:iam::123456789012:role/web-app-role' }), 'ECS205'), []);
  });

  it('ECS205: the message names both roles (at most 64 characters each) and points at the task role', () => {
    const text = fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/web-execution-role', executionRoleArn: `arn:aws:iam::123456789012:role/web-task-${'x'.repeat(70)}` });
    assert.match(diagnosticOf(text, 'ECS205').message, new RegExp(`names \`web-task-${'x'.repeat(55)}\` and \`taskRoleArn\` names \`web-execution-role\``));
    assert.deepStrictEqual(related(text, 'ECS205'), [['The task role', '"arn:aws:iam::123456789012:role/web-execution-role"']]);
    assert.deepStrictEqual(related(text, 'ECS205', 'vi'), [['Task role', '"arn:aws:iam::123456789012:role/web-execution-role"']]);
    const longTask = fargate({ taskRoleArn: `arn:aws:iam::123456789012:role/web-execution-${'y'.repeat(70)}`, executionRoleArn: 'arn:aws:iam::123456789012:role/web-task-role' });
    assert.match(diagnosticOf(longTask, 'ECS205').message, new RegExp(`\`taskRoleArn\` names \`web-execution-${'y'.repeat(50)}\`\\.`));
  });

  it('ECS206: only FireLens routes count; the output is read trimmed and in any case, from Name or name', () => {
    const route = (logConfiguration: Json): string[] => found(fargate({}, { logConfiguration }), 'ECS206');
    assert.deepStrictEqual(route({ logDriver: 'awsfirelens', options: { name: 'cloudwatch_logs' } }), ['"cloudwatch_logs"']);
    const spaced = fargate({}, { logConfiguration: { logDriver: 'awsfirelens', options: { Name: ' S3 ' } } });
    assert.deepStrictEqual(found(spaced, 'ECS206'), ['" S3 "']);
    assert.match(diagnosticOf(spaced, 'ECS206').message, /to `s3`, an AWS service/);
    assert.deepStrictEqual(route({ logDriver: 'fluentd', options: { Name: 'cloudwatch_logs' } }), []);
    assert.deepStrictEqual(route({ logDriver: 'awsfirelens' }), []);
    assert.deepStrictEqual(route({ logDriver: 'awsfirelens', options: { Name: 5 } }), []);
  });
});

describe('IAM rules: fixes on a text that changed since the diagnostic, and fix data that is not ours', () => {
  it('ECS201: nothing once a role is set or the task is gone; a null role is filled where it is; only a string is written', () => {
    const before = fargateNoRole();
    assert.deepStrictEqual(staleFixes(before, fargate(), 'ECS201'), []);
    const filled = staleFixes(before, fargateNoRole({ executionRoleArn: null }), 'ECS201');
    assert.deepStrictEqual(filled.map(([, t]) => [Object.keys(parse(t)).indexOf('executionRoleArn'), parse(t).executionRoleArn]), [[5, 'arn:aws:iam::ACCOUNT_ID:role/ecsTaskExecutionRole']]);
    const wrapped = json({ taskDefinition: parse(before) });
    assert.deepStrictEqual(staleFixes(wrapped, json({ taskDefinition: 'web:1' }), 'ECS201'), []);
    assert.deepStrictEqual(staleFixes(wrapped, before, 'ECS201'), []);
    assert.deepStrictEqual(fixesWithData(before, 'ECS201', { value: 5 }), []);
    // After taskRoleArn wherever it is.
    const early = json({ family: 'web', taskRoleArn: 'arn:aws:iam::123456789012:role/web-task', ...parse(before) });
    assert.deepStrictEqual(Object.keys(parse(applyFix(early, 'ECS201'))).slice(0, 3), ['family', 'taskRoleArn', 'executionRoleArn']);
    assert.deepStrictEqual(fixesWithData(before, 'ECS201', { taskPath: 'x' }), []);
  });

  it('ECS202: replaces only a role value that is still a string', () => {
    const before = fargate({ taskRoleArn: 'arn:aws:sts::123456789012:assumed-role/web-task/s1' });
    assert.deepStrictEqual(staleFixes(before, fargate({ taskRoleArn: 5 }), 'ECS202'), []);
    assert.deepStrictEqual(staleFixes(before, fargate(), 'ECS202'), []);
    assert.deepStrictEqual(staleFixes(before, fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/web-task' }), 'ECS202'), []);
    assert.deepStrictEqual(fixesWithData(before, 'ECS202', { value: 5 }), []);
    assert.deepStrictEqual(fixesWithData(before, 'ECS202', { path: 'taskRoleArn' }), []);
  });

  it('ECS205: swaps only while both roles are strings that still look swapped', () => {
    const task = 'arn:aws:iam::123456789012:role/web-task-role';
    const exec = 'arn:aws:iam::123456789012:role/web-execution-role';
    const before = fargate({ taskRoleArn: exec, executionRoleArn: task });
    assert.deepStrictEqual(staleFixes(before, fargate({ taskRoleArn: undefined, executionRoleArn: task }), 'ECS205'), []);
    assert.deepStrictEqual(staleFixes(before, fargate({ taskRoleArn: exec, executionRoleArn: undefined }), 'ECS205'), []);
    assert.deepStrictEqual(staleFixes(before, fargate({ taskRoleArn: exec, executionRoleArn: null }), 'ECS205'), []);
    assert.deepStrictEqual(staleFixes(before, fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/web-app-role', executionRoleArn: task }), 'ECS205'), []);
    assert.deepStrictEqual(staleFixes(before, fargate({ taskRoleArn: exec, executionRoleArn: 'arn:aws:iam::123456789012:role/web-app-role' }), 'ECS205'), []);
    assert.deepStrictEqual(fixesWithData(before, 'ECS205', { taskPath: 5 }), []);
  });
});
