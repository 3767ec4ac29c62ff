/**
 * Builds what `aws ecs describe-task-definition` prints for a registered task definition, the way
 * ECS returns it (seen in the describe outputs of ../shared/corpus/real): the `taskDefinition`
 * wrapper, the read-only fields, `null` for fields never set, ECS's defaults written out
 * (`essential: true`, container `cpu: 0`, `protocol: "tcp"`, `hostPort` under awsvpc, empty lists),
 * cpu and memory as strings of units, and keys and `environment` in another order.
 */
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function units(v: unknown, perUnit: RegExp, factor: number): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return v;
  const m = new RegExp(`^\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(${perUnit.source})?\\s*$`, 'i').exec(v);
  if (!m) return v; // a placeholder stays as written
  return String(m[2] ? Math.round(parseFloat(m[1]) * factor) : parseFloat(m[1]));
}

/** Object keys in reverse order: the describe output never keeps the order of the input. */
function reversedKeys(o: Obj): Obj {
  const out: Obj = {};
  for (const k of Object.keys(o).reverse()) out[k] = o[k];
  return out;
}

export function describeShape(input: Obj, revision = 7): Obj {
  const t: Obj = JSON.parse(JSON.stringify(input)) as Obj;
  const networkMode = typeof t.networkMode === 'string' ? t.networkMode : undefined;
  const containers = Array.isArray(t.containerDefinitions) ? t.containerDefinitions : [];
  t.containerDefinitions = containers.map((c0) => {
    if (!isObj(c0)) return c0;
    const c: Obj = { ...c0 };
    if (c.essential === undefined) c.essential = true;
    if (c.cpu === undefined) c.cpu = 0;
    for (const k of ['mountPoints', 'volumesFrom', 'environment', 'portMappings', 'systemControls']) if (c[k] === undefined) c[k] = [];
    for (const k of ['dnsServers', 'links', 'healthCheck', 'user', 'workingDirectory', 'linuxParameters', 'dockerLabels']) if (c[k] === undefined) c[k] = null;
    if (Array.isArray(c.environment)) c.environment = [...(c.environment as unknown[])].reverse();
    if (Array.isArray(c.portMappings)) {
      c.portMappings = (c.portMappings as unknown[]).map((p0) => {
        if (!isObj(p0)) return p0;
        const p: Obj = { ...p0 };
        if (p.protocol === undefined && p.containerPort !== undefined) p.protocol = 'tcp';
        if (p.hostPort === undefined && p.containerPort !== undefined) p.hostPort = networkMode === 'awsvpc' || networkMode === 'host' ? p.containerPort : 0;
        return reversedKeys(p);
      });
    }
    if (Array.isArray(c.mountPoints)) c.mountPoints = (c.mountPoints as unknown[]).map((m) => (isObj(m) && m.readOnly === undefined ? { ...m, readOnly: false } : m));
    return reversedKeys(c);
  });
  if (t.cpu !== undefined) t.cpu = units(t.cpu, /vcpus?/, 1024);
  if (t.memory !== undefined) t.memory = units(t.memory, /gi?b|mi?b/, 1024);
  if (t.volumes === undefined) t.volumes = [];
  if (t.placementConstraints === undefined) t.placementConstraints = [];
  for (const k of ['pidMode', 'ipcMode', 'proxyConfiguration', 'inferenceAccelerators']) if (t[k] === undefined) t[k] = null;
  const family = typeof t.family === 'string' ? t.family : 'family';
  const tags = t.tags;
  delete t.tags;
  const described: Obj = {
    ...reversedKeys(t),
    taskDefinitionArn: `arn:aws:ecs:us-east-1:123456789012:task-definition/${family}:${revision}`,
    revision,
    status: 'ACTIVE',
    requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }],
    compatibilities: ['EC2', 'FARGATE'],
    registeredAt: '2026-11-01T10:00:00.000Z',
    registeredBy: 'arn:aws:sts::123456789012:assumed-role/deployer/ci',
  };
  return Array.isArray(tags) ? { taskDefinition: described, tags } : { taskDefinition: described };
}
