/**
 * Property: a placeholder is an unknown value for every rule. Put one (in each style, quoted whole,
 * quoted inside a string, or outside quotes) in place of any value of a task definition that has no
 * problem of its own there: no new error or warning may appear, except the one ECS014 per token
 * written outside quotes. The documents are the rules' own good examples and two rich definitions
 * written for this test.
 */
import * as assert from 'assert';
import { allRules } from '../../language-service/rules';
import { diagnose } from '../support/harness';

/** Whole-value styles, as they appear inside a JSON string (JSON-escaped where needed). */
const QUOTED = ['${X_VAL}', '$XVAL', '{{ x_val }}', '{{.XVal}}', '{{ must_env `X_VAL` }}', '<X_VAL>', '[x val]', '{INSERT x/y ID}', '__X_VAL__', '#{XVal}#', '@@X_VAL@@', '%X_VAL%', 'REPLACE_ME_X', 'IMAGE1_NAME', '$$$X$$$', 'XXXXXXXXXXXX'];
/** Styles that appear outside quotes in real templates. */
const UNQUOTED = ['${X_VAL}', '$X_VAL', '{{ x_val }}', '{{.XVal}}', '%X_VAL%', '@@X_VAL@@', '__X_VAL__', 'IMAGE1_NAME'];

const RICH_FARGATE = {
  family: 'shop',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '1024',
  memory: '2048',
  executionRoleArn: 'arn:aws:iam::123456789012:role/shop-exec',
  taskRoleArn: 'arn:aws:iam::123456789012:role/shop-task',
  runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
  ephemeralStorage: { sizeInGiB: 30 },
  volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0', iam: 'ENABLED' } } }],
  containerDefinitions: [
    {
      name: 'web',
      image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop:1.4.2',
      essential: true,
      cpu: 512,
      memory: 1024,
      memoryReservation: 512,
      user: '1000',
      readonlyRootFilesystem: true,
      portMappings: [{ name: 'http', containerPort: 8080, protocol: 'tcp', appProtocol: 'http' }],
      environment: [{ name: 'MODE', value: 'prod' }],
      secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/db-AbCdEf' }],
      mountPoints: [{ sourceVolume: 'data', containerPath: '/data', readOnly: false }],
      dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }],
      healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8080/ || exit 1'], interval: 30, timeout: 5, retries: 3, startPeriod: 10 },
      ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 4096 }],
      logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch', region: 'eu-west-1', log_group_name: '/shop', log_stream_prefix: 'web' } },
    },
    {
      name: 'init',
      image: 'public.ecr.aws/docker/library/busybox:1.36',
      essential: false,
      user: '1000',
      readonlyRootFilesystem: true,
      command: ['sh', '-c', 'echo ready'],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/shop', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'init' } },
    },
    {
      name: 'log_router',
      image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0',
      essential: true,
      user: '0',
      readonlyRootFilesystem: true,
      firelensConfiguration: { type: 'fluentbit' },
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/shop', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'router' } },
    },
  ],
};

const RICH_EC2 = {
  family: 'legacy',
  requiresCompatibilities: ['EC2'],
  networkMode: 'bridge',
  volumes: [{ name: 'scratch', dockerVolumeConfiguration: { scope: 'shared', autoprovision: true, driver: 'local' } }, { name: 'host-logs', host: { sourcePath: '/var/log/app' } }],
  placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }],
  containerDefinitions: [
    {
      name: 'app',
      image: 'nginx:1.27',
      essential: true,
      memory: 256,
      links: ['cache:redis'],
      portMappings: [{ containerPort: 80, hostPort: 0, protocol: 'tcp' }],
      mountPoints: [{ sourceVolume: 'scratch', containerPath: '/scratch' }, { sourceVolume: 'host-logs', containerPath: '/logs' }],
      volumesFrom: [{ sourceContainer: 'cache', readOnly: true }],
      dependsOn: [{ containerName: 'cache', condition: 'START' }],
      user: 'nginx',
      readonlyRootFilesystem: true,
    },
    { name: 'cache', image: 'redis:7.2', essential: false, memoryReservation: 128, user: 'redis', readonlyRootFilesystem: true },
  ],
};

/** Fields holding the name of a container or a volume, or a reference to one. */
const NAME_FIELDS = new Set(['name', 'containerName', 'sourceVolume', 'sourceContainer', 'links']);
/**
 * The style for case `i`. A bare constant-case word (`IMAGE1_NAME`) is a valid container or volume
 * name, so it is a name there, not a placeholder: names get a delimited style instead.
 */
function styleFor(styles: readonly string[], i: number, p: Path): string {
  const field = p.filter((x) => typeof x === 'string').pop();
  for (let k = i; ; k++) {
    const s = styles[k % styles.length];
    if (!NAME_FIELDS.has(String(field)) || !/^[A-Z][A-Z0-9_]*$/.test(s)) return s;
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = Array<string | number>;

/** Every value of the document (objects and arrays included), by path. */
function paths(v: Json, at: Path = [], out: Path[] = []): Path[] {
  if (at.length) out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k], [...at, k], out);
  return out;
}

const MARK = '"@@@MARK@@@"';
/** The document's text with the value at `path` replaced by `replacement` (raw JSON text). */
function replaced(doc: Json, path: Path, replacement: string): string {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  let cur = copy as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) cur = cur[seg] as Record<string | number, Json>;
  cur[path[path.length - 1]] = '@@@MARK@@@';
  return JSON.stringify(copy, null, 2).replace(MARK, () => replacement);
}

function valueAt(doc: Json, path: Path): Json {
  let cur = doc;
  for (const seg of path) cur = (cur as Record<string | number, Json>)[seg];
  return cur;
}

/** Error and warning codes with their counts. */
function serious(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of diagnose(text)) if (d.severity! <= 2) m.set(String(d.code), (m.get(String(d.code)) ?? 0) + 1);
  return m;
}

function added(base: Map<string, number>, now: Map<string, number>, allowed: Record<string, number> = {}): string[] {
  const out: string[] = [];
  for (const [code, n] of now) {
    const extra = n - (base.get(code) ?? 0) - (allowed[code] ?? 0);
    if (extra > 0) out.push(`${code}×${extra}`);
  }
  for (const [code, n] of Object.entries(allowed)) if ((now.get(code) ?? 0) - (base.get(code) ?? 0) < n) out.push(`missing ${code}`);
  return out;
}

function bases(): Array<[string, Json]> {
  const out: Array<[string, Json]> = [['rich Fargate', RICH_FARGATE as unknown as Json], ['rich EC2', RICH_EC2 as unknown as Json]];
  for (const r of allRules) {
    if (!r.examples) continue;
    let v: Json;
    try { v = JSON.parse(r.examples.good) as Json; } catch { continue; }
    if (v && typeof v === 'object' && !Array.isArray(v) && ('containerDefinitions' in v || 'serviceName' in v)) out.push([`${r.code} good example`, v]);
  }
  return out;
}

describe('placeholders are unknown values for every rule (property)', function () {
  this.timeout(120000);
  const docs = bases();

  it('the rich definitions of this test have no problem of their own', () => {
    assert.deepStrictEqual([...serious(JSON.stringify(RICH_FARGATE, null, 2)).keys()], []);
    assert.deepStrictEqual([...serious(JSON.stringify(RICH_EC2, null, 2)).keys()], []);
  });

  it('a quoted placeholder in place of any value adds no error or warning', () => {
    const failures: string[] = [];
    let n = 0;
    for (const [name, doc] of docs) {
      const base = serious(JSON.stringify(doc, null, 2));
      paths(doc).forEach((p, i) => {
        const style = styleFor(QUOTED, i + name.length, p);
        const got = added(base, serious(replaced(doc, p, JSON.stringify(style))));
        n++;
        if (got.length) failures.push(`${name} ${p.join('.')} = "${style}": ${got.join(' ')}`);
      });
    }
    assert.ok(n > 500, `only ${n} cases`);
    assert.deepStrictEqual(failures, []);
  });

  it('a placeholder inside a string value adds no error or warning', () => {
    const failures: string[] = [];
    for (const [name, doc] of docs) {
      const base = serious(JSON.stringify(doc, null, 2));
      paths(doc).forEach((p, i) => {
        const v = valueAt(doc, p);
        if (typeof v !== 'string' || v.length < 2) return;
        const style = styleFor(QUOTED, i * 7 + name.length, p);
        // Placeholders sit between separators in real values (`arn:aws:iam::<ACCOUNT_ID>:role/x`, `/ecs/TASK_FAMILY`).
        const at = Math.floor(v.length / 2);
        const value = v.slice(0, at) + '-' + style + '-' + v.slice(at);
        const got = added(base, serious(replaced(doc, p, JSON.stringify(value))));
        if (got.length) failures.push(`${name} ${p.join('.')} = "${value}": ${got.join(' ')}`);
      });
    }
    assert.deepStrictEqual(failures, []);
  });

  it('a placeholder outside quotes gives exactly one ECS014 and nothing else new', () => {
    const failures: string[] = [];
    for (const [name, doc] of docs) {
      const base = serious(JSON.stringify(doc, null, 2));
      paths(doc).forEach((p, i) => {
        const style = styleFor(UNQUOTED, i + name.length, p);
        const got = added(base, serious(replaced(doc, p, style)), { ECS014: 1 });
        if (got.length) failures.push(`${name} ${p.join('.')} = ${style}: ${got.join(' ')}`);
      });
    }
    assert.deepStrictEqual(failures, []);
  });
});
