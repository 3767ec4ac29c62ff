/**
 * Synthetic, valid task definitions of any size, for the benchmark and the fuzz suite: every
 * container uses the fields real files use (ports, environment, secrets, logging, health check,
 * mount points, dependsOn, ulimits), so every rule has something to look at.
 */

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';

export interface GenerateOptions {
  /** Number of containers (default 1). */
  containers?: number;
  /** Environment variables per container (default 4). */
  environment?: number;
  /** Indentation (default 2 spaces); `\t` for tabs. */
  indent?: number | string;
  launchType?: 'FARGATE' | 'EC2';
}

function container(i: number, o: Required<Pick<GenerateOptions, 'environment' | 'launchType'>>): Record<string, unknown> {
  const name = i === 0 ? 'app' : `sidecar-${i}`;
  const environment = Array.from({ length: o.environment }, (_, k) => ({ name: `SETTING_${k}`, value: `value-${i}-${k}` }));
  const c: Record<string, unknown> = {
    name,
    image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${name}:1.${i}.0`,
    essential: i === 0,
    cpu: 16,
    memoryReservation: 32,
    portMappings: [{ name: `http-${i}`, containerPort: 8000 + i, protocol: 'tcp', appProtocol: 'http' }],
    environment,
    secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/db-${i}-AbCdEf` }],
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': '/ecs/generated', 'awslogs-region': REGION, 'awslogs-stream-prefix': name },
    },
    healthCheck: { command: ['CMD-SHELL', `curl -f http://localhost:${8000 + i}/health || exit 1`], interval: 30, timeout: 5, retries: 3, startPeriod: 10 },
    mountPoints: [{ sourceVolume: 'data', containerPath: `/data/${name}`, readOnly: i !== 0 }],
    ulimits: [{ name: 'nofile', softLimit: 65536, hardLimit: 65536 }],
    readonlyRootFilesystem: true,
    user: '1000',
  };
  if (i > 0) c.dependsOn = [{ containerName: 'app', condition: 'START' }];
  if (o.launchType === 'EC2') c.memory = 128;
  return c;
}

/** A valid task definition as a JS object. */
export function taskDefinitionObject(o: GenerateOptions = {}): Record<string, unknown> {
  const n = o.containers ?? 1;
  const launchType = o.launchType ?? 'FARGATE';
  const base: Record<string, unknown> = {
    family: `generated-${n}`,
    taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/generated-task`,
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    networkMode: 'awsvpc',
    requiresCompatibilities: [launchType],
    cpu: '4096',
    memory: '8192',
    runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' },
    containerDefinitions: Array.from({ length: n }, (_, i) => container(i, { environment: o.environment ?? 4, launchType })),
    volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-12345678', transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED', accessPointId: 'fsap-1234567890abcdef0' } } }],
    tags: [{ key: 'team', value: 'platform' }],
  };
  return base;
}

/** A valid task definition as text. */
export function taskDefinition(o: GenerateOptions = {}): string {
  return JSON.stringify(taskDefinitionObject(o), null, o.indent ?? 2) + '\n';
}

/** A task definition of at least `bytes` characters (and not much more): containers with 40 variables each. */
export function taskDefinitionOfSize(bytes: number): string {
  const one = taskDefinition({ containers: 1, environment: 40 }).length;
  const perContainer = taskDefinition({ containers: 2, environment: 40 }).length - one;
  let containers = Math.max(1, Math.ceil((bytes - one) / perContainer) + 1);
  let text = taskDefinition({ containers, environment: 40 });
  while (text.length < bytes) text = taskDefinition({ containers: ++containers, environment: 40 });
  return text;
}

/** A service definition (create-service input) that runs the generated task definition of `containers` containers. */
export function serviceDefinition(containers = 1): string {
  return JSON.stringify({
    serviceName: 'generated',
    cluster: 'default',
    taskDefinition: `generated-${containers}`,
    desiredCount: 2,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0123456789abcdef0'], securityGroups: ['sg-0123456789abcdef0'], assignPublicIp: 'DISABLED' } },
    loadBalancers: [{ targetGroupArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/web/0123456789abcdef`, containerName: 'app', containerPort: 8000 }],
  }, null, 2) + '\n';
}

/** A small valid Fargate task definition (one web container with logging), about 1 KB. */
export function smallFargateTaskDefinition(): string {
  return JSON.stringify({
    family: 'web',
    taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/web-task`,
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{
      name: 'app',
      image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/web:1.0.0`,
      essential: true,
      cpu: 0,
      portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
      environment: [{ name: 'PORT', value: '8080' }],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': REGION, 'awslogs-stream-prefix': 'app' } },
    }],
  }, null, 2) + '\n';
}

/**
 * A generated Fargate task definition of about `bytes` characters and not more (1 KB: the small one
 * above; larger: containers with 40 variables each, as many as fit).
 */
export function fargateTaskDefinitionNear(bytes: number): string {
  const small = smallFargateTaskDefinition();
  const one = taskDefinition({ containers: 1, environment: 40 });
  if (bytes < one.length) return small;
  const perContainer = taskDefinition({ containers: 2, environment: 40 }).length - one.length;
  let containers = Math.max(1, Math.floor((bytes - one.length) / perContainer) + 1);
  let text = taskDefinition({ containers, environment: 40 });
  while (text.length > bytes && containers > 1) text = taskDefinition({ containers: --containers, environment: 40 });
  return text;
}
