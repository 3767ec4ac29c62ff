import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { networkingRules } from '../../language-service/rules/networking';
import { applyFix, codes, diagnose, doc, ec2, fargate, found, service, settings } from '../support/harness';

type Json = Record<string, unknown>;
const parse = (text: string): Json => JSON.parse(text) as Json;
const json = (task: Json): string => JSON.stringify(task, null, 2);
const severities = (text: string, code: string): DiagnosticSeverity[] => diagnose(text).filter((d) => d.code === code).map((d) => d.severity!);
const ports = (text: string, container = 0): unknown => ((parse(text).containerDefinitions as Json[])[container]).portMappings;
const hasQuickFix = (text: string, code: string): boolean => {
  const d = doc(text);
  const diag = service.diagnostics(d, settings(), ['en']).find((x) => x.code === code);
  assert.ok(diag, `expected ${code}`);
  return service.codeActions(d, [diag], ['quickfix'], settings(), ['en']).length > 0;
};
/** An awsvpc EC2 task with the given port mappings on its only container. */
const fixTitlesOf = (text: string, code: string): string[] => {
  const d = doc(text);
  const diags = service.diagnostics(d, settings(), ['en']).filter((x) => x.code === code);
  return diags.flatMap((diag) => service.codeActions(d, [diag], ['quickfix'], settings(), ['en']).map((a) => a.title));
};
const awsvpc = (portMappings: unknown[], over: Json = {}): string => ec2({ networkMode: 'awsvpc', ...over }, { portMappings });
/** A task with two containers sharing the network mode `mode`. */
const twoContainers = (mode: string, a: unknown[], b: unknown[]): string => json({
  family: 'web',
  requiresCompatibilities: ['EC2'],
  networkMode: mode,
  containerDefinitions: [
    { name: 'app', image: 'nginx:1.27', memory: 256, portMappings: a },
    { name: 'sidecar', image: 'envoyproxy/envoy:v1.31', memory: 128, portMappings: b },
  ],
});

describe('networking rules (ECS3xx)', () => {
  describe('catalogue examples', () => {
    for (const rule of networkingRules) {
      it(`${rule.code} ${rule.name}: bad raises it, good does not`, () => {
        assert.ok(rule.examples, `${rule.code} has examples`);
        assert.ok(codes(rule.examples.bad).includes(rule.code), `bad example of ${rule.code}`);
        assert.ok(!codes(rule.examples.good).includes(rule.code), `good example of ${rule.code}`);
      });
    }
  });

  describe('ECS301 hostPort under awsvpc/host', () => {
    it('a different hostPort is an error; the fix sets it to containerPort', () => {
      const text = awsvpc([{ containerPort: 8080, hostPort: 80, protocol: 'tcp' }]);
      assert.deepStrictEqual(found(text, 'ECS301'), ['80']);
      assert.deepStrictEqual(severities(text, 'ECS301'), [DiagnosticSeverity.Error]);
      const fixed = applyFix(text, 'ECS301');
      assert.deepStrictEqual(found(fixed, 'ECS301'), []);
      assert.deepStrictEqual(parse(fixed), parse(awsvpc([{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }])));
    });

    it('hostPort 0 (a bridge habit) is removed by the fix', () => {
      const text = fargate({}, { portMappings: [{ containerPort: 80, hostPort: 0, protocol: 'tcp' }] });
      assert.deepStrictEqual(found(text, 'ECS301'), ['0']);
      const fixed = applyFix(text, 'ECS301');
      assert.deepStrictEqual(found(fixed, 'ECS301'), []);
      assert.deepStrictEqual(parse(fixed), parse(fargate()));
    });

    it('host mode too; bridge and equal ports are fine', () => {
      assert.deepStrictEqual(found(ec2({ networkMode: 'host' }, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }), 'ECS301'), ['8080']);
      assert.deepStrictEqual(found(ec2({}, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }), 'ECS301'), []);
      assert.deepStrictEqual(found(awsvpc([{ containerPort: 80, hostPort: 80 }, { containerPort: 81 }]), 'ECS301'), []);
    });
  });

  describe('ECS302 duplicate container ports', () => {
    it('an exact duplicate in a container: warning, and the safe fix removes it', () => {
      const text = awsvpc([{ containerPort: 80, protocol: 'tcp' }, { containerPort: 443 }, { containerPort: 80, protocol: 'tcp' }]);
      assert.deepStrictEqual(found(text, 'ECS302'), ['80']);
      assert.deepStrictEqual(severities(text, 'ECS302'), [DiagnosticSeverity.Warning]);
      const fixed = applyFix(text, 'ECS302');
      assert.deepStrictEqual(ports(fixed), [{ containerPort: 80, protocol: 'tcp' }, { containerPort: 443 }]);
      assert.deepStrictEqual(found(fixed, 'ECS302'), []);
    });

    it('tcp is the default protocol; mappings that differ otherwise get no automatic fix', () => {
      const text = awsvpc([{ containerPort: 80 }, { containerPort: 80, protocol: 'tcp', name: 'web' }]);
      assert.deepStrictEqual(found(text, 'ECS302'), ['80']);
      assert.ok(!hasQuickFix(text, 'ECS302'));
    });

    it('the same port for tcp and udp in one container: its own message, and no automatic fix', () => {
      const text = ec2({}, { portMappings: [{ containerPort: 53, protocol: 'udp' }, { containerPort: 53, protocol: 'tcp' }] });
      assert.deepStrictEqual(found(text, 'ECS302'), ['53']);
      assert.match(diagnose(text).find((d) => d.code === 'ECS302')!.message, /both tcp and udp/);
      assert.ok(!hasQuickFix(text, 'ECS302'));
      // The same protocol twice gets the plain message with the protocol.
      assert.match(diagnose(ec2({}, { portMappings: [{ containerPort: 53, protocol: 'udp' }, { containerPort: 53, protocol: 'udp', hostPort: 0 }] })).find((d) => d.code === 'ECS302')!.message, /Port 53\/udp is already mapped/);
      // A range and a port of the other protocol are not reported.
      assert.deepStrictEqual(found(ec2({}, { portMappings: [{ containerPortRange: '50-60', protocol: 'udp' }, { containerPort: 53, protocol: 'tcp' }] }), 'ECS302'), []);
    });

    it('across containers only when they share the network namespace', () => {
      assert.deepStrictEqual(found(twoContainers('awsvpc', [{ containerPort: 8080 }], [{ containerPort: 8080 }]), 'ECS302'), ['8080']);
      assert.deepStrictEqual(found(twoContainers('host', [{ containerPort: 8080, hostPort: 8080 }], [{ containerPort: 8080, hostPort: 8080 }]), 'ECS302'), ['8080']);
      assert.deepStrictEqual(found(twoContainers('bridge', [{ containerPort: 8080 }], [{ containerPort: 8080 }]), 'ECS302'), []);
      assert.deepStrictEqual(found(twoContainers('awsvpc', [{ containerPort: 8080, protocol: 'tcp' }], [{ containerPort: 8080, protocol: 'udp' }]), 'ECS302'), []);
    });

    it('ranges overlapping a port or another range', () => {
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '9000-9010' }, { containerPort: 9005 }]), 'ECS302'), ['9005']);
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '9000-9010' }, { containerPortRange: '9010-9020' }]), 'ECS302'), ['"9010-9020"']);
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '9000-9010' }, { containerPortRange: '9011-9020' }]), 'ECS302'), []);
    });
  });

  describe('ECS303 containerPortRange', () => {
    it('start must be below end, within 1..65535', () => {
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '9010-9000' }]), 'ECS303'), ['"9010-9000"']);
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '9000-9000' }]), 'ECS303'), ['"9000-9000"']);
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '0-10' }]), 'ECS303'), ['"0-10"']);
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '60000-70000' }]), 'ECS303'), ['"60000-70000"']);
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '${RANGE}' }]), 'ECS303'), []);
    });

    it('no containerPort with it; no hostPort either (fixed by removing it)', () => {
      assert.deepStrictEqual(found(awsvpc([{ containerPort: 9000, containerPortRange: '9000-9010' }]), 'ECS303'), ['"containerPort"']);
      const text = ec2({}, { portMappings: [{ containerPortRange: '9000-9010', hostPort: 0, protocol: 'udp' }] });
      assert.deepStrictEqual(found(text, 'ECS303'), ['"hostPort"']);
      const fixed = applyFix(text, 'ECS303');
      assert.deepStrictEqual(ports(fixed), [{ containerPortRange: '9000-9010', protocol: 'udp' }]);
      assert.deepStrictEqual(found(fixed, 'ECS303'), []);
    });

    it('only bridge and awsvpc', () => {
      assert.deepStrictEqual(found(ec2({ networkMode: 'host' }, { portMappings: [{ containerPortRange: '9000-9010' }] }), 'ECS303'), ['"containerPortRange"']);
      assert.deepStrictEqual(found(ec2({}, { portMappings: [{ containerPortRange: '9000-9010' }] }), 'ECS303'), []);
    });
  });

  describe('ECS304 appProtocol without a name', () => {
    it('warns on appProtocol; the fix adds a unique console-style name', () => {
      const text = awsvpc([{ containerPort: 80, protocol: 'tcp', appProtocol: 'http' }]);
      assert.deepStrictEqual(found(text, 'ECS304'), ['"appProtocol"']);
      const fixed = applyFix(text, 'ECS304');
      assert.deepStrictEqual(ports(fixed), [{ containerPort: 80, protocol: 'tcp', name: 'app-80-tcp', appProtocol: 'http' }]);
      assert.deepStrictEqual(codes(fixed).filter((c) => c === 'ECS304' || c === 'ECS305' || c === 'ECS007'), []);

      const taken = awsvpc([{ containerPort: 80, appProtocol: 'http' }, { name: 'app-80-tcp', containerPort: 8080 }]);
      assert.deepStrictEqual((ports(applyFix(taken, 'ECS304')) as Json[])[0].name, 'app-80-tcp-2');
    });

    it('the name is built from the container name made safe, the port and the protocol, and goes after containerPort or protocol', () => {
      const named = (container: string, mapping: Json): Json => (ports(applyFix(ec2({ networkMode: 'awsvpc' }, { name: container, portMappings: [mapping] }), 'ECS304')) as Json[])[0];
      assert.strictEqual(named('My Web.App', { containerPort: 8080, appProtocol: 'http' }).name, 'my-web-app-8080-tcp');
      assert.strictEqual(named('__Api', { containerPort: 53, protocol: 'udp', appProtocol: 'http' }).name, 'api-53-udp');
      assert.strictEqual(named('x'.repeat(50), { containerPort: 80, appProtocol: 'http' }).name, `${'x'.repeat(40)}-80-tcp`);
      assert.strictEqual(named('***', { containerPort: 80, appProtocol: 'http' }).name, 'port-80-tcp');
      assert.deepStrictEqual(Object.keys(named('app', { appProtocol: 'http', containerPort: 80, hostPort: 80 })), ['appProtocol', 'containerPort', 'hostPort', 'name']);
      assert.deepStrictEqual(Object.keys(named('app', { containerPort: 80, protocol: 'tcp', appProtocol: 'http' })), ['containerPort', 'protocol', 'name', 'appProtocol']);
      // Two names taken: the third candidate is used.
      const taken = awsvpc([{ containerPort: 80, appProtocol: 'http' }, { name: 'app-80-tcp', containerPort: 8080 }, { name: 'app-80-tcp-2', containerPort: 8081 }]);
      assert.strictEqual((ports(applyFix(taken, 'ECS304')) as Json[])[0].name, 'app-80-tcp-3');
      // Two unnamed mappings get two names.
      const two = awsvpc([{ containerPort: 80, appProtocol: 'http' }, { containerPort: 80, protocol: 'udp', appProtocol: 'http' }]);
      assert.deepStrictEqual(fixTitlesOf(two, 'ECS304'), ['Name the port app-80-tcp', 'Name the port app-80-udp']);
    });

    it('a null appProtocol or a mapping with a name is not reported; a port range gets no fix', () => {
      assert.deepStrictEqual(found(awsvpc([{ containerPort: 80, appProtocol: null }]), 'ECS304'), []);
      assert.deepStrictEqual(found(awsvpc([{ name: 'web', containerPort: 80, appProtocol: 'http' }]), 'ECS304'), []);
      const range = awsvpc([{ containerPortRange: '8000-8010', appProtocol: 'http' }]);
      assert.deepStrictEqual(found(range, 'ECS304'), ['"appProtocol"']);
      assert.strictEqual(hasQuickFix(range, 'ECS304'), false);
    });

    it('the fix is safe: "fix all" applies it', () => {
      const text = awsvpc([{ containerPort: 80, appProtocol: 'grpc' }]);
      const all = service.fixAll(doc(text), settings(), ['en']);
      assert.ok(all);
      assert.deepStrictEqual(found(all, 'ECS304'), []);
    });
  });

  describe('ECS305 duplicate port names', () => {
    it('across containers', () => {
      const text = twoContainers('awsvpc', [{ name: 'http', containerPort: 80 }], [{ name: 'http', containerPort: 9901 }]);
      assert.deepStrictEqual(found(text, 'ECS305'), ['"http"']);
      assert.deepStrictEqual(found(twoContainers('awsvpc', [{ name: 'http', containerPort: 80 }], [{ name: 'admin', containerPort: 9901 }]), 'ECS305'), []);
    });
  });

  describe('ECS306 fixed host port in bridge mode', () => {
    it('is a hint, with an unsafe fix to 0', () => {
      const text = ec2({}, { portMappings: [{ containerPort: 80, hostPort: 80 }] });
      assert.deepStrictEqual(found(text, 'ECS306'), ['80']);
      assert.deepStrictEqual(severities(text, 'ECS306'), [DiagnosticSeverity.Hint]);
      const fixed = applyFix(text, 'ECS306');
      assert.deepStrictEqual(found(fixed, 'ECS306'), []);
      assert.deepStrictEqual(parse(fixed), parse(ec2()));
      const all = service.fixAll(doc(text), settings(), ['en']);
      assert.ok(all === undefined || found(all, 'ECS306').length === 1, 'fix all leaves the host port alone');
    });

    it('not for dynamic ports, other modes or Fargate', () => {
      assert.deepStrictEqual(found(ec2(), 'ECS306'), []);
      assert.deepStrictEqual(found(ec2({ networkMode: undefined }, { portMappings: [{ containerPort: 80 }] }), 'ECS306'), []);
      assert.deepStrictEqual(found(ec2({ networkMode: 'host' }, { portMappings: [{ containerPort: 80, hostPort: 80 }] }), 'ECS306'), []);
      assert.deepStrictEqual(found(ec2({ networkMode: undefined }, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }), 'ECS306'), ['8080'], 'absent mode is bridge');
    });
  });

  describe('ECS307 links outside bridge', () => {
    it('error in awsvpc with a removing fix; fine in bridge; Fargate is ECS106', () => {
      const text = awsvpc([], { containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 256, links: ['db:db'] }, { name: 'db', image: 'postgres:16', memory: 512 }] });
      assert.deepStrictEqual(found(text, 'ECS307'), ['"links"']);
      const fixed = applyFix(text, 'ECS307');
      assert.deepStrictEqual(found(fixed, 'ECS307'), []);
      assert.deepStrictEqual((parse(fixed).containerDefinitions as Json[])[0], { name: 'app', image: 'nginx:1.27', memory: 256 });
      assert.deepStrictEqual(found(ec2({}, { links: ['db'] }), 'ECS307'), []);
      assert.deepStrictEqual(found(fargate({}, { links: ['db'] }), 'ECS307'), []);
      assert.deepStrictEqual(found(fargate({}, { links: ['db'] }), 'ECS106'), ['"links"']);
    });

    it('on Windows links are an error even in the default mode (bridge on Linux), with the Windows message', () => {
      const windows = ec2({ networkMode: undefined, runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_FULL' } }, { links: ['db'], portMappings: [] });
      assert.deepStrictEqual(found(windows, 'ECS307'), ['"links"']);
      assert.match(diagnose(windows).find((d) => d.code === 'ECS307')!.message, /not supported for Windows containers/);
      // The same container on Linux, default mode: bridge, where links work.
      assert.deepStrictEqual(found(ec2({ networkMode: undefined }, { links: ['db'], portMappings: [] }), 'ECS307'), []);
    });
  });

  describe('links: ECS311 unknown target, ECS312 cycles', () => {
    const bridge = (containers: Json[], over: Json = {}): string => json({ family: 'web', requiresCompatibilities: ['EC2'], networkMode: 'bridge', containerDefinitions: containers.map((c) => ({ image: 'nginx:1.27', memory: 128, ...c })), ...over });

    it('ECS311: a link to a container that does not exist is an error on the name part of `name:alias`', () => {
      const text = bridge([{ name: 'app', links: ['cache:redis', 'db'] }, { name: 'database' }]);
      assert.deepStrictEqual(found(text, 'ECS311'), ['cache', 'db']);
      assert.deepStrictEqual(severities(text, 'ECS311'), [DiagnosticSeverity.Error, DiagnosticSeverity.Error]);
      // It does not claim that registration fails: it cites what the agent reports.
      const message = diagnose(text).find((d) => d.code === 'ECS311')!.message;
      assert.match(message, /Link target not available/);
      assert.doesNotMatch(message, /regist/i);
    });

    it('ECS311: `name:alias` and `name` to existing containers are fine; absent networkMode is bridge on Linux EC2', () => {
      assert.deepStrictEqual(found(bridge([{ name: 'app', links: ['database:db', 'cache'] }, { name: 'database' }, { name: 'cache' }]), 'ECS311'), []);
      assert.deepStrictEqual(found(bridge([{ name: 'app', links: ['nope'] }], { networkMode: undefined }), 'ECS311'), ['nope']);
    });

    it('ECS311: the "did you mean" fix keeps the alias and is not safe (not applied by fix-all)', () => {
      const text = bridge([{ name: 'app', links: ['databse:db'] }, { name: 'database' }]);
      const fixed = applyFix(text, 'ECS311');
      assert.deepStrictEqual((parse(fixed).containerDefinitions as Json[])[0].links, ['database:db']);
      assert.strictEqual(service.fixAll(doc(text), settings(), ['en']), undefined);
    });

    it('ECS311: not judged with templated names or targets, outside bridge mode (ECS307), on Fargate (ECS106) or Windows', () => {
      assert.deepStrictEqual(found(bridge([{ name: 'app', links: ['${DB_CONTAINER}:db'] }]), 'ECS311'), []);
      assert.deepStrictEqual(found(bridge([{ name: 'app', links: ['db'] }, { name: '${NAME}' }]), 'ECS311'), []);
      assert.deepStrictEqual(found(bridge([{ name: 'app', links: ['db'] }], { networkMode: 'awsvpc' }), 'ECS311'), []);
      assert.deepStrictEqual(found(fargate({}, { links: ['db'] }), 'ECS311'), []);
      assert.deepStrictEqual(found(bridge([{ name: 'app', links: ['db'] }], { networkMode: undefined, runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } }), 'ECS311'), []);
    });

    it('ECS312: a cycle of links is an error citing ECS; aliases do not matter', () => {
      const text = bridge([{ name: 'app', links: ['worker:w'] }, { name: 'worker', links: ['queue'] }, { name: 'queue', links: ['app:frontend'] }]);
      assert.deepStrictEqual(found(text, 'ECS312'), ['app']);
      const d = diagnose(text).find((x) => x.code === 'ECS312')!;
      assert.strictEqual(d.severity, DiagnosticSeverity.Error);
      assert.match(d.message, /Container links should not have a cycle/);
      assert.match(d.message, /`app` → `worker` → `queue` → `app`/);
      assert.deepStrictEqual(found(bridge([{ name: 'app', links: ['worker'] }, { name: 'worker', links: ['queue'] }, { name: 'queue' }]), 'ECS312'), []);
    });

    it('ECS312: a container linking to itself; the fix removes that link only', () => {
      const text = bridge([{ name: 'app', links: ['cache', 'app:me'] }, { name: 'cache' }]);
      assert.deepStrictEqual(found(text, 'ECS312'), ['app']);
      const fixed = applyFix(text, 'ECS312');
      assert.deepStrictEqual((parse(fixed).containerDefinitions as Json[])[0].links, ['cache']);
    });
  });

  describe('ECS308 port mappings with networkMode none', () => {
    it('error on portMappings; the fix removes them', () => {
      const text = ec2({ networkMode: 'none' });
      assert.deepStrictEqual(found(text, 'ECS308'), ['"portMappings"']);
      const fixed = applyFix(text, 'ECS308');
      assert.deepStrictEqual(found(fixed, 'ECS308'), []);
      assert.deepStrictEqual((parse(fixed).containerDefinitions as Json[])[0], { name: 'app', image: 'nginx:1.27', essential: true, memory: 256 });
      assert.deepStrictEqual(found(ec2({ networkMode: 'none' }, { portMappings: [] }), 'ECS308'), []);
    });
  });

  describe('ECS309 proxyConfiguration needs awsvpc', () => {
    it('bridge (explicit or default) is an error; awsvpc and Fargate are fine', () => {
      const proxy = { proxyConfiguration: { type: 'APPMESH', containerName: 'app' } };
      assert.deepStrictEqual(found(ec2(proxy), 'ECS309'), ['"proxyConfiguration"']);
      assert.deepStrictEqual(found(ec2({ ...proxy, networkMode: undefined }), 'ECS309'), ['"proxyConfiguration"']);
      assert.deepStrictEqual(found(ec2({ ...proxy, networkMode: 'awsvpc' }, { portMappings: [] }), 'ECS309'), []);
      assert.deepStrictEqual(found(fargate(proxy), 'ECS309'), []);
    });
  });

  describe('ECS310 hostname and extraHosts with awsvpc', () => {
    it('errors with a removing fix; fine in bridge', () => {
      const text = awsvpc([], {}).replace('"memory": 256', '"memory": 256, "hostname": "web", "extraHosts": [{ "hostname": "db", "ipAddress": "10.0.0.5" }]');
      assert.deepStrictEqual(found(text, 'ECS310'), ['"hostname"', '"extraHosts"']);
      const fixed = applyFix(text, 'ECS310');
      const container = (parse(fixed).containerDefinitions as Json[])[0];
      assert.strictEqual(container.hostname, undefined);
      assert.ok(Array.isArray(container.extraHosts));
      assert.deepStrictEqual(found(fixed, 'ECS310'), ['"extraHosts"']);
      assert.deepStrictEqual(found(ec2({}, { hostname: 'web' }), 'ECS310'), []);
      assert.deepStrictEqual(found(fargate({}, { hostname: 'web' }), 'ECS310'), [], 'Fargate: ECS106');
    });
  });

  it('never throws on broken trees', () => {
    const broken: string[] = [
      '{ "family": "x", "networkMode": "awsvpc", "containerDefinitions": [{ "portMappings": "x" }, { "portMappings": [null, 1, [], { "containerPort": "80", "hostPort": null }] }] }',
      '{ "networkMode": "host", "containerDefinitions": [{ "portMappings": [{ "containerPortRange": 5 }, { "containerPortRange": "a-b" }, { "containerPortRange": "99999999-1" }, { "containerPort": 1.5, "hostPort": 2.5 }] }] }',
      '{ "networkMode": "none", "proxyConfiguration": [], "containerDefinitions": [{ "links": "db", "hostname": null, "extraHosts": {}, "portMappings": [{ "appProtocol": null, "name": 5 }] }] }',
      '{ "networkMode": "bridge", "containerDefinitions": [{ "portMappings": [{ "appProtocol": "http", "containerPortRange": "1-2" }, { "name": "", "containerPort": 65536, "hostPort": -1, "protocol": "sctp" }] }',
    ];
    for (const text of broken) assert.doesNotThrow(() => diagnose(text), text);
  });
});
