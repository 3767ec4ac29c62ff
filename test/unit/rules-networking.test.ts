import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { networkingRules } from '../../language-service/rules/networking';
import { applyEdits, applyFix, codes, diagnose, doc, ec2, fargate, fixTitlesWithData, found, messagesOf, relatedOf, service, settings, staleFixTitles } from '../support/harness';

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

/** `changed` after the quick fix for the first `code` diagnostic of `text`, computed on `text`, was applied to it. */
const applyStaleFix = (text: string, code: string, changed: string): string => {
  const diag = diagnose(text).find((d) => d.code === code);
  assert.ok(diag, `expected ${code}`);
  const d = doc(changed);
  const [action] = service.codeActions(d, [diag], ['quickfix'], settings(), ['en']);
  assert.ok(action, `expected a quick fix for ${code}`);
  return applyEdits(changed, action.edit!.changes![d.uri]);
};

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

    it('hostPort 0 gets its own message (no dynamic ports here); another port the plain one, naming both ports', () => {
      const zero = messagesOf(awsvpc([{ containerPort: 8080, hostPort: 0 }]), 'ECS301');
      assert.strictEqual(zero.length, 1);
      assert.match(zero[0], /no dynamic host ports/);
      assert.match(zero[0], /\(it then equals `containerPort`, 8080\)/);
      const other = messagesOf(awsvpc([{ containerPort: 8080, hostPort: 80 }]), 'ECS301');
      assert.strictEqual(other.length, 1);
      assert.match(other[0], /With the `awsvpc` network mode there is no port translation/);
      assert.match(other[0], /equal `containerPort` \(8080\), not 80\./);
    });

    it('not judged unless both ports are integers, nor with a containerPortRange (ECS303 says to drop hostPort)', () => {
      for (const mapping of [{ hostPort: 81 }, { containerPort: 80, hostPort: '81' }, { containerPort: 80, hostPort: 81.5 }, { containerPort: 80.5, hostPort: 81 }, { containerPort: 80, containerPortRange: '80-90', hostPort: 81 }]) {
        assert.deepStrictEqual(found(awsvpc([mapping]), 'ECS301'), [], JSON.stringify(mapping));
      }
    });

    it('a stale diagnostic: no fix once the ports match, hostPort or containerPort is gone or hostPort is not a number; a changed containerPort is used', () => {
      const text = awsvpc([{ containerPort: 8080, hostPort: 80 }]);
      for (const changed of [awsvpc([{ containerPort: 8080, hostPort: 8080 }]), awsvpc([{ containerPort: 8080 }]), awsvpc([{ containerPort: 8080, hostPort: '80' }]), awsvpc([{ hostPort: 80 }])]) {
        assert.deepStrictEqual(staleFixTitles(text, 'ECS301', changed), [], changed);
      }
      assert.deepStrictEqual(ports(applyStaleFix(text, 'ECS301', awsvpc([{ containerPort: 9090, hostPort: 80 }]))), [{ containerPort: 9090, hostPort: 9090 }]);
    });

    it('fix data a client rewrote (a path that is not a path) offers nothing', () => {
      assert.deepStrictEqual(fixTitlesWithData(awsvpc([{ containerPort: 8080, hostPort: 80 }]), 'ECS301', { path: 5 }), []);
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

    it('names the ports both mappings cover and points at the first mapping', () => {
      const ranges = awsvpc([{ containerPortRange: '9000-9010' }, { containerPortRange: '9005-9020' }]);
      assert.deepStrictEqual(messagesOf(ranges, 'ECS302'), ['Port 9005-9010/tcp is already mapped in container `app`.']);
      assert.deepStrictEqual(relatedOf(ranges, 'ECS302'), [['"9000-9010"', 'First mapped here']]);
      const inRange = awsvpc([{ containerPortRange: '9000-9010' }, { containerPort: 9005 }]);
      assert.deepStrictEqual(messagesOf(inRange, 'ECS302'), ['Port 9005/tcp is already mapped in container `app`.']);
      const exact = awsvpc([{ containerPort: 80 }, { containerPort: 443 }, { containerPort: 80 }]);
      assert.deepStrictEqual(relatedOf(exact, 'ECS302'), [['80', 'First mapped here']]);
    });

    it('a range below an earlier one does not overlap it; a reversed range is ECS303\'s; a one-port range still collides', () => {
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '9000-9010' }, { containerPortRange: '8000-8010' }]), 'ECS302'), []);
      const reversed = awsvpc([{ containerPortRange: '9000-9010' }, { containerPortRange: '9010-9000' }]);
      assert.deepStrictEqual(found(reversed, 'ECS302'), []);
      assert.deepStrictEqual(found(reversed, 'ECS303'), ['"9010-9000"']);
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '9000-9000' }, { containerPort: 9000 }]), 'ECS302'), ['9000']);
      // Blanks around the ports are read.
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: ' 9000 - 9010 ' }, { containerPort: 9005 }]), 'ECS302'), ['9005']);
    });

    it('mappings that cannot be judged are skipped: no port, a non-integer port, an unknown protocol, a broken range', () => {
      const cases: unknown[][] = [
        [{ name: 'a' }, { containerPort: 80 }, { name: 'b' }],
        [{ containerPort: 80.5 }, { containerPort: 80.5 }],
        [{ containerPort: 80, protocol: 'sctp' }, { containerPort: 80 }],
        [{ containerPort: 80 }, { containerPort: 80, protocol: 'sctp' }],
        [{ containerPort: 80, protocol: '${PROTOCOL}' }, { containerPort: 80 }],
        [{ containerPort: 80, containerPortRange: 5 }, { containerPort: 80 }],
        [{ containerPortRange: 'x9000-9010' }, { containerPort: 9005 }],
        [{ containerPortRange: '9000-9010x' }, { containerPort: 9005 }],
      ];
      for (const mappings of cases) assert.deepStrictEqual(found(awsvpc(mappings), 'ECS302'), [], JSON.stringify(mappings));
    });

    it('across containers the message names the other container, the protocol and the mode', () => {
      const text = twoContainers('host', [{ containerPort: 8080, hostPort: 8080, protocol: 'udp' }], [{ containerPort: 8080, hostPort: 8080, protocol: 'udp' }]);
      const [message] = messagesOf(text, 'ECS302');
      assert.match(message, /^Port 8080\/udp is also used by container `app`\. With `host` networking/);
    });

    it('the related information is in the chosen language', () => {
      const text = awsvpc([{ containerPort: 80 }, { containerPort: 80 }]);
      const [d] = diagnose(text, { langs: ['vi'] }).filter((x) => x.code === 'ECS302');
      assert.deepStrictEqual(d.relatedInformation!.map((r) => r.message), ['Khai báo lần đầu ở đây']);
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

    it('at most 100 ranges per container: the 101st is reported, once; containers count apart', () => {
      const ranges = (n: number, from = 1000): Json[] => Array.from({ length: n }, (_, i) => ({ containerPortRange: `${from + i * 10}-${from + i * 10 + 5}` }));
      assert.deepStrictEqual(found(awsvpc(ranges(100)), 'ECS303'), []);
      const many = awsvpc(ranges(102));
      const diags = diagnose(many).filter((d) => d.code === 'ECS303');
      assert.strictEqual(diags.length, 1);
      assert.strictEqual(diags[0].message, 'A container may have at most 100 port ranges.');
      const keys = [...many.matchAll(/"containerPortRange"/g)].map((m) => m.index);
      assert.strictEqual(doc(many).offsetAt(diags[0].range.start), keys[100], 'on the 101st range');
      assert.deepStrictEqual(found(twoContainers('awsvpc', ranges(60), ranges(60, 2000)), 'ECS303'), []);
    });

    it('1 and 65535 are allowed; the range is shown trimmed, and at most 20 characters of it', () => {
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '1-10' }]), 'ECS303'), []);
      assert.deepStrictEqual(found(awsvpc([{ containerPortRange: '65000-65535' }]), 'ECS303'), []);
      assert.deepStrictEqual(messagesOf(awsvpc([{ containerPortRange: ' 9010-9000 ' }]), 'ECS303'), ['In `containerPortRange` `9010-9000` the first port must be lower than the last.']);
      assert.deepStrictEqual(messagesOf(awsvpc([{ containerPortRange: ' 0-10' }]), 'ECS303'), ['Ports in `containerPortRange` `0-10` must be between 1 and 65535.']);
      const wide = `9010${' '.repeat(10)}-${' '.repeat(10)}9000`;
      assert.deepStrictEqual(messagesOf(awsvpc([{ containerPortRange: wide }]), 'ECS303'), [`In \`containerPortRange\` \`${wide.slice(0, 20)}\` the first port must be lower than the last.`]);
    });

    it('a containerPortRange that is not a string is not judged here (ECS003), not even against the network mode', () => {
      assert.deepStrictEqual(found(ec2({ networkMode: 'host' }, { portMappings: [{ containerPortRange: 5 }] }), 'ECS303'), []);
      assert.deepStrictEqual(found(ec2({ networkMode: 'host' }, { portMappings: [{ containerPortRange: null, hostPort: 80 }] }), 'ECS303'), []);
    });

    it('the host mode message names the mode', () => {
      assert.deepStrictEqual(messagesOf(ec2({ networkMode: 'host' }, { portMappings: [{ containerPortRange: '9000-9010' }] }), 'ECS303'), ['`containerPortRange` only works with the `bridge` and `awsvpc` network modes, not `host`.']);
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

    it('the name is made of the container name with runs of other characters as one dash', () => {
      const text = ec2({ networkMode: 'awsvpc' }, { name: 'web  app', portMappings: [{ containerPort: 8080, appProtocol: 'http' }] });
      assert.strictEqual((ports(applyFix(text, 'ECS304')) as Json[])[0].name, 'web-app-8080-tcp');
    });

    it('an empty appProtocol is not set (ECS005); a mapping without containerPort, or with a range, gets no fix', () => {
      assert.deepStrictEqual(found(awsvpc([{ containerPort: 80, appProtocol: '' }]), 'ECS304'), []);
      const noPort = awsvpc([{ appProtocol: 'http' }]);
      assert.deepStrictEqual(found(noPort, 'ECS304'), ['"appProtocol"']);
      assert.strictEqual(hasQuickFix(noPort, 'ECS304'), false);
      assert.strictEqual(hasQuickFix(awsvpc([{ containerPort: 80, containerPortRange: '80-90', appProtocol: 'http' }]), 'ECS304'), false);
    });

    it('a protocol that is not tcp or udp counts as tcp in the name', () => {
      assert.deepStrictEqual(fixTitlesOf(awsvpc([{ containerPort: 80, protocol: '${PROTOCOL}', appProtocol: 'http' }]), 'ECS304'), ['Name the port app-80-tcp']);
    });

    it('a stale diagnostic: no fix once the mapping has a name, is gone or is no longer an object', () => {
      const text = awsvpc([{ containerPort: 80, appProtocol: 'http' }]);
      for (const changed of [awsvpc([{ containerPort: 80, appProtocol: 'http', name: 'web' }]), awsvpc([]), awsvpc([null])]) {
        assert.deepStrictEqual(staleFixTitles(text, 'ECS304', changed), [], changed);
      }
    });

    it('a container without a name gives `port`; with containerPort first the name goes right after it', () => {
      const text = ec2({ networkMode: 'awsvpc', containerDefinitions: [{ image: 'nginx:1.27', memory: 256, portMappings: [{ containerPort: 80, appProtocol: 'http' }] }] });
      const [mapping] = ports(applyFix(text, 'ECS304')) as Json[];
      assert.deepStrictEqual(Object.entries(mapping), [['containerPort', 80], ['name', 'port-80-tcp'], ['appProtocol', 'http']]);
    });

    it('fix data a client rewrote (a path or a name of another type) offers nothing', () => {
      const text = awsvpc([{ containerPort: 80, appProtocol: 'http' }]);
      assert.deepStrictEqual(fixTitlesWithData(text, 'ECS304', { path: 5 }), []);
      assert.deepStrictEqual(fixTitlesWithData(text, 'ECS304', { name: 5 }), []);
    });
  });

  describe('ECS305 duplicate port names', () => {
    it('across containers', () => {
      const text = twoContainers('awsvpc', [{ name: 'http', containerPort: 80 }], [{ name: 'http', containerPort: 9901 }]);
      assert.deepStrictEqual(found(text, 'ECS305'), ['"http"']);
      assert.deepStrictEqual(found(twoContainers('awsvpc', [{ name: 'http', containerPort: 80 }], [{ name: 'admin', containerPort: 9901 }]), 'ECS305'), []);
    });

    it('points at the first use of the name; a long name is shown cut to 64 characters', () => {
      const text = twoContainers('awsvpc', [{ name: 'http', containerPort: 80 }], [{ name: 'http', containerPort: 9901 }]);
      assert.deepStrictEqual(relatedOf(text, 'ECS305'), [['"http"', 'First used here']]);
      const long = 'p'.repeat(100);
      const [message] = messagesOf(twoContainers('awsvpc', [{ name: long, containerPort: 80 }], [{ name: long, containerPort: 81 }]), 'ECS305');
      assert.ok(message.includes(`\`${'p'.repeat(64)}\``), message);
    });

    it('names that are not strings, empty or placeholders are not compared', () => {
      for (const name of [5, '', '${PORT_NAME}', null]) {
        assert.deepStrictEqual(found(twoContainers('awsvpc', [{ name, containerPort: 80 }], [{ name, containerPort: 81 }]), 'ECS305'), [], String(name));
      }
    });

    it('the related information is in the chosen language', () => {
      const text = twoContainers('awsvpc', [{ name: 'http', containerPort: 80 }], [{ name: 'http', containerPort: 9901 }]);
      const [d] = diagnose(text, { langs: ['vi'] }).filter((x) => x.code === 'ECS305');
      assert.deepStrictEqual(d.relatedInformation!.map((r) => r.message), ['Dùng lần đầu ở đây']);
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

    it('only EC2 tasks (not Fargate, EXTERNAL or an unknown launch type); ranges and non-integer host ports are left to other rules', () => {
      const fixed = { portMappings: [{ containerPort: 80, hostPort: 80 }] };
      assert.deepStrictEqual(found(fargate({ networkMode: 'bridge' }, fixed), 'ECS306'), []);
      assert.deepStrictEqual(found(ec2({ requiresCompatibilities: ['EXTERNAL'] }, fixed), 'ECS306'), []);
      assert.deepStrictEqual(found(ec2({ requiresCompatibilities: [] }, fixed), 'ECS306'), ['80'], 'nothing listed: EC2');
      assert.deepStrictEqual(found(ec2({}, { portMappings: [{ containerPortRange: '9000-9010', hostPort: 8080 }] }), 'ECS306'), []);
      assert.deepStrictEqual(found(ec2({}, { portMappings: [{ containerPort: 80, hostPort: '8080' }] }), 'ECS306'), []);
      assert.deepStrictEqual(messagesOf(ec2({}, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }), 'ECS306').length, 1);
      assert.match(messagesOf(ec2({}, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }), 'ECS306')[0], /^`hostPort` 8080 is fixed/);
    });

    it('looks at the first 500 port mappings of a task (entries that are not objects do not count)', () => {
      const many = Array.from({ length: 501 }, (_, i) => ({ containerPort: 1000 + i, hostPort: 1000 + i }));
      assert.strictEqual(found(ec2({}, { portMappings: [null, ...many] }), 'ECS306').length, 500);
    });

    it('a stale diagnostic: no fix once the host port is 0, gone or not a number', () => {
      const text = ec2({}, { portMappings: [{ containerPort: 80, hostPort: 80 }] });
      for (const changed of [ec2({}, { portMappings: [{ containerPort: 80, hostPort: 0 }] }), ec2({}, { portMappings: [{ containerPort: 80 }] }), ec2({}, { portMappings: [{ containerPort: 80, hostPort: '80' }] })]) {
        assert.deepStrictEqual(staleFixTitles(text, 'ECS306', changed), [], changed);
      }
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

    it('an empty list is not reported; the message names the mode, and `none` gets its own', () => {
      assert.deepStrictEqual(found(awsvpc([], { containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 256, links: [] }] }), 'ECS307'), []);
      const [awsvpcMessage] = messagesOf(awsvpc([], { containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 256, links: ['db'] }] }), 'ECS307');
      assert.match(awsvpcMessage, /^Container `app`: `links` only work in the `bridge` network mode, not `awsvpc`\./);
      const [noneMessage] = messagesOf(ec2({ networkMode: 'none' }, { links: ['db'], portMappings: [] }), 'ECS307');
      assert.match(noneMessage, /with `none` the containers have no network to link/);
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

    it('ECS311: the suggestion is never the linking container itself', () => {
      const text = bridge([{ name: 'app', links: ['ap'] }, { name: 'database' }]);
      assert.deepStrictEqual(found(text, 'ECS311'), ['ap']);
      assert.doesNotMatch(messagesOf(text, 'ECS311')[0], /did you mean/);
      assert.strictEqual(hasQuickFix(text, 'ECS311'), false);
    });

    it('ECS311: the fix keeps the alias as written, and adds none to a link without one', () => {
      const fixedLinks = (link: string): unknown => (parse(applyFix(bridge([{ name: 'app', links: [link] }, { name: 'database' }]), 'ECS311')).containerDefinitions as Json[])[0].links;
      assert.deepStrictEqual(fixedLinks('databse'), ['database']);
      assert.deepStrictEqual(fixedLinks('databse: db'), ['database: db']);
    });

    it('ECS311: blanks around the target are ignored; a link without a target, or that is not a string, is not judged', () => {
      assert.deepStrictEqual(found(bridge([{ name: 'app', links: [' database :db'] }, { name: 'database' }]), 'ECS311'), []);
      assert.deepStrictEqual(found(bridge([{ name: 'app', links: [':db', '', 5, null, 'nope'] }, { name: 'database' }]), 'ECS311'), ['nope']);
    });

    it('ECS311 and ECS312: not judged for an explicit bridge mode on Fargate or Windows (ECS101, ECS106, ECS307 report those)', () => {
      const links = [{ name: 'app', links: ['nope', 'app'] }];
      assert.deepStrictEqual(found(bridge(links, { requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512' }), 'ECS311'), []);
      assert.deepStrictEqual(found(bridge(links, { requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512' }), 'ECS312'), []);
      const windows = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } };
      assert.deepStrictEqual(found(bridge(links, windows), 'ECS311'), []);
      assert.deepStrictEqual(found(bridge(links, windows), 'ECS312'), []);
      assert.deepStrictEqual(found(bridge(links), 'ECS312'), ['app'], 'the same on Linux EC2');
    });

    it('ECS312: not judged outside bridge mode (ECS307 asks to remove the links)', () => {
      assert.deepStrictEqual(found(bridge([{ name: 'app', links: ['worker'] }, { name: 'worker', links: ['app'] }], { networkMode: 'awsvpc' }), 'ECS312'), []);
    });

    it('ECS312: the graph uses the first container of each name; a container without a name takes no part', () => {
      assert.deepStrictEqual(found(bridge([{ name: 'app' }, { name: 'app', links: ['app'] }]), 'ECS312'), []);
      const text = bridge([{ links: ['b'] }, { name: 'a', links: ['b'] }, { name: 'b', links: ['a'] }]);
      assert.deepStrictEqual(messagesOf(text, 'ECS312').map((m) => /Link cycle: (.*?)\. ECS/.exec(m)?.[1]), ['`a` → `b` → `a`']);
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

    it('names the mode; a proxyConfiguration that is not an object is ECS003\'s', () => {
      assert.deepStrictEqual(messagesOf(ec2({ proxyConfiguration: { type: 'APPMESH', containerName: 'app' } }), 'ECS309'), ['`proxyConfiguration` (App Mesh) requires the `awsvpc` network mode, not `bridge`.']);
      assert.deepStrictEqual(found(ec2({ proxyConfiguration: [] }), 'ECS309'), []);
      assert.deepStrictEqual(found(ec2({ proxyConfiguration: 'APPMESH' }), 'ECS309'), []);
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

    it('a blank, null or non-string hostname and an empty extraHosts are not reported', () => {
      for (const container of [{ hostname: '' }, { hostname: '   ' }, { hostname: null }, { hostname: 5 }, { extraHosts: [] }]) {
        assert.deepStrictEqual(found(awsvpc([], { containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 256, ...container }] }), 'ECS310'), [], JSON.stringify(container));
      }
    });

    it('each fix names and removes its own setting', () => {
      const text = awsvpc([], { containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 256, hostname: 'web', extraHosts: [{ hostname: 'db', ipAddress: '10.0.0.5' }] }] });
      assert.deepStrictEqual(fixTitlesOf(text, 'ECS310'), ['Remove hostname', 'Remove extraHosts']);
      assert.deepStrictEqual((parse(applyFix(text, 'ECS310', { index: 1 })).containerDefinitions as Json[])[0], { name: 'app', image: 'nginx:1.27', memory: 256, hostname: 'web' });
      assert.match(messagesOf(text, 'ECS310')[1], /^Container `app`: `extraHosts` is not supported/);
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
