import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { containersRules } from '../../language-service/rules/containers';
import { applyFix, codes, diagnose, doc, ec2, fargate, found, service, settings } from '../support/harness';

type Json = Record<string, unknown>;
const parse = (text: string): Json => JSON.parse(text) as Json;
const json = (task: Json): string => JSON.stringify(task, null, 2);
const OUR_CODES = /^ECS5\d\d$/;
const ours = (text: string): string[] => diagnose(text).filter((d) => OUR_CODES.test(String(d.code))).map((d) => String(d.code));
const severityOf = (text: string, code: string): DiagnosticSeverity | undefined => diagnose(text).find((d) => d.code === code)?.severity;

/** An EC2 task with the given containers (each gets an image and memory unless given). */
function task(containers: Json[], over: Json = {}): string {
  return json({ family: 'web', requiresCompatibilities: ['EC2'], containerDefinitions: containers.map((c) => ({ image: 'nginx:1.27', memory: 128, ...c })), ...over });
}
const containerOf = (text: string, i = 0): Json => (parse(text).containerDefinitions as Json[])[i];

/** Applies the fix of `code`, asserts one such diagnostic fewer and that the result is `expected`. */
function fixTo(text: string, code: string, expected: Json, opts: { index?: number; title?: RegExp } = {}): string {
  const before = found(text, code).length;
  const fixed = applyFix(text, code, opts);
  assert.strictEqual(found(fixed, code).length, before - 1, `one ${code} fewer after the fix:\n${fixed}`);
  assert.deepStrictEqual(parse(fixed), expected);
  return fixed;
}
/** The title of the quick fix of the first `code` diagnostic. */
function fixTitle(text: string, code: string): string | undefined {
  const d = doc(text);
  const diags = service.diagnostics(d, settings(), ['en']).filter((x) => x.code === code);
  return service.codeActions(d, diags, ['quickfix'], settings(), ['en'])[0]?.title;
}
/** `parse(text)` with container `i` changed by `change`. */
function changed(text: string, i: number, change: (c: Json) => void): Json {
  const t = parse(text);
  change((t.containerDefinitions as Json[])[i]);
  return t;
}

describe('container rules (ECS5xx)', () => {
  describe('catalogue examples', () => {
    for (const rule of containersRules) {
      it(`${rule.code} ${rule.name}: bad raises it, good does not and stays clean`, () => {
        assert.ok(rule.examples, `${rule.code} has examples`);
        assert.ok(codes(rule.examples.bad).includes(rule.code), `bad example of ${rule.code}: ${codes(rule.examples.bad).join(',')}`);
        assert.ok(!codes(rule.examples.good).includes(rule.code), `good example of ${rule.code}`);
        const serious = diagnose(rule.examples.good).filter((d) => OUR_CODES.test(String(d.code)) && d.severity! <= DiagnosticSeverity.Warning);
        assert.deepStrictEqual(serious.map((d) => d.code), [], `good example of ${rule.code} has no container error or warning`);
      });
    }
    it('codes are unique, in order, and every rule has bilingual texts and a docs link', () => {
      const list = containersRules.map((r) => r.code);
      assert.deepStrictEqual(list, [...list].sort());
      assert.strictEqual(new Set(list).size, list.length);
      for (const r of containersRules) {
        for (const t of [r.title, r.message, r.description, ...Object.values(r.variants ?? {})]) assert.ok(t.en.trim() && t.vi.trim(), r.code);
        assert.match(r.docs, /^https:\/\/docs\.aws\.amazon\.com\//);
      }
    });
  });

  it('valid Fargate and EC2 task definitions raise nothing from these rules', () => {
    assert.deepStrictEqual(ours(fargate()), []);
    assert.deepStrictEqual(ours(ec2()), []);
    assert.deepStrictEqual(ours(fargate({}, { cpu: 256, memory: 512, memoryReservation: 512, healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'] } })), []);
  });

  it('ECS501 duplicate container names: the second is underlined', () => {
    const text = task([{ name: 'app' }, { name: 'app', essential: false }]);
    assert.deepStrictEqual(found(text, 'ECS501'), ['"app"']);
    assert.ok(diagnose(text).find((d) => d.code === 'ECS501')!.range.start.line > 5);
    assert.deepStrictEqual(found(task([{ name: 'app' }, { name: 'worker' }]), 'ECS501'), []);
  });

  describe('ECS502 no essential container', () => {
    it('underlines the `false` of the container to make essential; the fix sets it', () => {
      const text = task([{ name: 'app', essential: false }, { name: 'init', essential: false }]);
      assert.deepStrictEqual(found(text, 'ECS502'), ['false']);
      fixTo(text, 'ECS502', changed(text, 0, (c) => { c.essential = true; }));
    });

    it('prefers a container nobody waits on to exit', () => {
      const text = task([{ name: 'migrate', essential: false }, { name: 'app', essential: false, dependsOn: [{ containerName: 'migrate', condition: 'SUCCESS' }] }]);
      fixTo(text, 'ECS502', changed(text, 1, (c) => { c.essential = true; }));
    });

    it('absent `essential` means true', () => {
      assert.deepStrictEqual(found(task([{ name: 'app' }, { name: 'x', essential: false }]), 'ECS502'), []);
    });
  });

  describe('ECS503 dependsOn an unknown container', () => {
    it('suggests and fixes the closest name', () => {
      const text = task([{ name: 'app', dependsOn: [{ containerName: 'databse', condition: 'START' }] }, { name: 'database' }]);
      assert.deepStrictEqual(found(text, 'ECS503'), ['"databse"']);
      fixTo(text, 'ECS503', changed(text, 0, (c) => { c.dependsOn = [{ containerName: 'database', condition: 'START' }]; }));
    });

    it('no fix when nothing is close; placeholders are skipped', () => {
      const text = task([{ name: 'app', dependsOn: [{ containerName: 'zookeeper', condition: 'START' }] }, { name: 'db' }]);
      assert.deepStrictEqual(found(text, 'ECS503'), ['"zookeeper"']);
      const d = doc(text);
      const diag = service.diagnostics(d, settings(), ['en']).filter((x) => x.code === 'ECS503');
      assert.deepStrictEqual(service.codeActions(d, diag, ['quickfix'], settings(), ['en']), []);
      assert.deepStrictEqual(found(task([{ name: 'app', dependsOn: [{ containerName: '${SIDECAR}', condition: 'START' }] }]), 'ECS503'), []);
    });
  });

  describe('ECS504 dependency cycles', () => {
    it('a two-container cycle is reported once, on the edge that closes it', () => {
      const text = task([{ name: 'a', dependsOn: [{ containerName: 'b', condition: 'START' }] }, { name: 'b', dependsOn: [{ containerName: 'a', condition: 'START' }] }]);
      assert.deepStrictEqual(found(text, 'ECS504'), ['"a"']);
      assert.match(diagnose(text).find((d) => d.code === 'ECS504')!.message, /`a` → `b` → `a`/);
    });

    it('a longer cycle, and chains without a cycle are fine', () => {
      const cycle = task([{ name: 'a', dependsOn: [{ containerName: 'b', condition: 'START' }] }, { name: 'b', dependsOn: [{ containerName: 'c', condition: 'START' }] }, { name: 'c', dependsOn: [{ containerName: 'a', condition: 'START' }] }]);
      assert.strictEqual(found(cycle, 'ECS504').length, 1);
      const chain = task([{ name: 'a', dependsOn: [{ containerName: 'b', condition: 'START' }, { containerName: 'c', condition: 'START' }] }, { name: 'b', dependsOn: [{ containerName: 'c', condition: 'START' }] }, { name: 'c' }]);
      assert.deepStrictEqual(found(chain, 'ECS504'), []);
    });

    it('a self-reference is fixed by removing the entry', () => {
      const text = task([{ name: 'app', dependsOn: [{ containerName: 'app', condition: 'START' }, { containerName: 'db', condition: 'START' }] }, { name: 'db' }]);
      assert.deepStrictEqual(found(text, 'ECS504'), ['"app"']);
      fixTo(text, 'ECS504', changed(text, 0, (c) => { c.dependsOn = [{ containerName: 'db', condition: 'START' }]; }));
    });
  });

  describe('ECS505 HEALTHY on a container without a health check', () => {
    it('warns on the condition; the fix switches to START', () => {
      const text = task([{ name: 'app', dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }] }, { name: 'db' }]);
      assert.deepStrictEqual(found(text, 'ECS505'), ['"HEALTHY"']);
      assert.strictEqual(severityOf(text, 'ECS505'), DiagnosticSeverity.Warning);
      fixTo(text, 'ECS505', changed(text, 0, (c) => { c.dependsOn = [{ containerName: 'db', condition: 'START' }]; }));
    });
    it('fine when the target has a health check', () => {
      assert.deepStrictEqual(found(task([{ name: 'app', dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }] }, { name: 'db', healthCheck: { command: ['CMD', 'pg_isready'] } }]), 'ECS505'), []);
    });
  });

  describe('ECS506 COMPLETE/SUCCESS on an essential container', () => {
    it('errors on the condition, essential by default; the fix marks the target non-essential', () => {
      const text = task([{ name: 'app', dependsOn: [{ containerName: 'init', condition: 'COMPLETE' }] }, { name: 'init' }]);
      assert.deepStrictEqual(found(text, 'ECS506'), ['"COMPLETE"']);
      assert.strictEqual(severityOf(text, 'ECS506'), DiagnosticSeverity.Error);
      fixTo(text, 'ECS506', changed(text, 1, (c) => { c.essential = false; }));
    });
    it('fine on a non-essential target or with START', () => {
      assert.deepStrictEqual(found(task([{ name: 'app', dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] }, { name: 'init', essential: false }]), 'ECS506'), []);
      assert.deepStrictEqual(found(task([{ name: 'app', dependsOn: [{ containerName: 'init', condition: 'START' }] }, { name: 'init' }]), 'ECS506'), []);
    });
  });

  describe('ECS507 health check command form', () => {
    const hc = (command: unknown): string => task([{ name: 'app', healthCheck: { command, interval: 30 } }]);
    const commandAfterFix = (text: string): unknown => (containerOf(applyFix(text, 'ECS507')).healthCheck as Json).command;

    it('a whole shell line in one element is an error, fixed by prefixing CMD-SHELL', () => {
      const text = hc(['curl -f http://localhost/ || exit 1']);
      assert.deepStrictEqual(found(text, 'ECS507'), ['"curl -f http://localhost/ || exit 1"']);
      assert.strictEqual(severityOf(text, 'ECS507'), DiagnosticSeverity.Error);
      assert.strictEqual(fixTitle(text, 'ECS507'), 'Rewrite as ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]');
      fixTo(text, 'ECS507', changed(text, 0, (c) => { (c.healthCheck as Json).command = ['CMD-SHELL', 'curl -f http://localhost/ || exit 1']; }));
    });

    it('another unprefixed form is a warning, fixed by prefixing CMD', () => {
      const text = hc(['/healthcheck']);
      assert.deepStrictEqual(found(text, 'ECS507'), ['"/healthcheck"']);
      assert.strictEqual(severityOf(text, 'ECS507'), DiagnosticSeverity.Warning);
      assert.deepStrictEqual(commandAfterFix(text), ['CMD', '/healthcheck']);
      assert.deepStrictEqual(commandAfterFix(hc(['/bin/check', '--fast'])), ['CMD', '/bin/check', '--fast']);
    });

    it('CMD with a shell line is rewritten as CMD-SHELL', () => {
      assert.deepStrictEqual(found(hc(['CMD', 'curl -f http://localhost/']), 'ECS507'), ['"CMD"']);
      assert.deepStrictEqual(commandAfterFix(hc(['CMD', 'curl -f http://localhost/'])), ['CMD-SHELL', 'curl -f http://localhost/']);
      assert.deepStrictEqual(commandAfterFix(hc(['CMD', 'curl', '-f', 'http://localhost/', '||', 'exit', '1'])), ['CMD-SHELL', 'curl -f http://localhost/ || exit 1']);
    });

    it('lower-case keywords are fixed to upper case; empty commands are reported', () => {
      assert.deepStrictEqual(commandAfterFix(hc(['cmd-shell', 'true'])), ['CMD-SHELL', 'true']);
      assert.deepStrictEqual(found(hc(['CMD-SHELL']), 'ECS507'), ['"CMD-SHELL"']);
      assert.deepStrictEqual(found(hc(['']), 'ECS507'), ['""']);
    });

    it('documented forms, NONE and placeholders are fine', () => {
      for (const command of [['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], ['CMD', '/bin/check', 'arg'], ['NONE'], ['${HEALTH_CMD}'], ['CMD-SHELL', 'curl -f http://localhost:$PORT/']]) {
        assert.deepStrictEqual(found(hc(command), 'ECS507'), [], JSON.stringify(command));
      }
    });

    it('keeps a multi-line layout when prefixing', () => {
      const text = '{\n  "family": "web",\n  "containerDefinitions": [\n    {\n      "name": "app",\n      "image": "nginx:1.27",\n      "memory": 128,\n      "healthCheck": {\n        "command": [\n          "curl -f http://localhost/"\n        ]\n      }\n    }\n  ]\n}';
      assert.ok(applyFix(text, 'ECS507').includes('"command": [\n          "CMD-SHELL", "curl -f http://localhost/"\n        ]'));
    });
  });

  describe('ECS508 health check interval not longer than the timeout', () => {
    it('underlines the interval; defaults count', () => {
      assert.deepStrictEqual(found(task([{ name: 'app', healthCheck: { command: ['CMD', 'true'], interval: 10, timeout: 10 } }]), 'ECS508'), ['10']);
      assert.deepStrictEqual(found(task([{ name: 'app', healthCheck: { command: ['CMD', 'true'], interval: 5 } }]), 'ECS508'), ['5']);
      assert.deepStrictEqual(found(task([{ name: 'app', healthCheck: { command: ['CMD', 'true'], timeout: 40 } }]), 'ECS508'), ['40']);
    });
    it('fine when longer; out-of-range values are left to ECS006', () => {
      assert.deepStrictEqual(found(task([{ name: 'app', healthCheck: { command: ['CMD', 'true'], interval: 30, timeout: 10 } }]), 'ECS508'), []);
      assert.deepStrictEqual(found(task([{ name: 'app', healthCheck: { command: ['CMD', 'true'], interval: 400, timeout: 10 } }]), 'ECS508'), []);
    });
  });

  describe('resources', () => {
    it('ECS509 memory below memoryReservation, equal is fine; the fix swaps them', () => {
      const text = task([{ name: 'app', memory: 256, memoryReservation: 512 }]);
      assert.deepStrictEqual(found(text, 'ECS509'), ['256']);
      fixTo(text, 'ECS509', changed(text, 0, (c) => { c.memory = 512; c.memoryReservation = 256; }));
      assert.deepStrictEqual(found(task([{ name: 'app', memory: 512, memoryReservation: 512 }]), 'ECS509'), []);
    });

    it('ECS510 a container above the task memory (memory or reservation, unit strings parsed)', () => {
      const text = fargate({ memory: '0.5 GB' }, { memory: 1024, memoryReservation: 768 });
      assert.deepStrictEqual(found(text, 'ECS510'), ['1024', '768']);
      fixTo(text, 'ECS510', changed(text, 0, (c) => { c.memory = 512; }));
      assert.deepStrictEqual(found(fargate({}, { memory: 512 }), 'ECS510'), []);
    });

    it('ECS510/ECS511 are skipped for Windows on EC2, where task-level sizes are ignored', () => {
      const win = ec2({ runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2019_CORE' }, cpu: '1024', memory: '1024' }, { memory: 2048, cpu: 2048 });
      assert.deepStrictEqual(found(win, 'ECS510'), []);
      assert.deepStrictEqual(found(win, 'ECS511'), []);
    });

    it('ECS511 container cpu above the task cpu: on the container alone, or on the task for a sum', () => {
      assert.deepStrictEqual(found(fargate({}, { cpu: 512 }), 'ECS511'), ['512']);
      const sum = fargate({ cpu: '.5 vCPU', memory: '1024', containerDefinitions: [{ name: 'a', image: 'nginx:1.27', cpu: 384 }, { name: 'b', image: 'busybox:1.36', cpu: 256, essential: false }] });
      assert.deepStrictEqual(found(sum, 'ECS511'), ['".5 vCPU"']);
      assert.strictEqual(diagnose(sum).find((d) => d.code === 'ECS511')!.relatedInformation!.length, 2);
      assert.deepStrictEqual(found(fargate({}, { cpu: 256 }), 'ECS511'), [], 'equal to the task cpu is fine');
    });

    it('ECS512 memory reservations above the task memory is a warning on the task memory', () => {
      const text = fargate({ memory: '512', containerDefinitions: [{ name: 'a', image: 'nginx:1.27', memoryReservation: 384 }, { name: 'b', image: 'busybox:1.36', memory: 256, essential: false }] });
      assert.deepStrictEqual(found(text, 'ECS512'), ['"512"']);
      assert.strictEqual(severityOf(text, 'ECS512'), DiagnosticSeverity.Warning);
      const fits = fargate({ memory: '512', containerDefinitions: [{ name: 'a', image: 'nginx:1.27', memoryReservation: 256 }, { name: 'b', image: 'busybox:1.36', memory: 256, essential: false }] });
      assert.deepStrictEqual(found(fits, 'ECS512'), []);
    });
  });

  describe('ulimits', () => {
    it('ECS513 soft above hard: the fix raises the hard limit', () => {
      const text = task([{ name: 'app', ulimits: [{ name: 'nofile', softLimit: 65536, hardLimit: 1024 }] }]);
      assert.deepStrictEqual(found(text, 'ECS513'), ['65536']);
      fixTo(text, 'ECS513', changed(text, 0, (c) => { c.ulimits = [{ name: 'nofile', softLimit: 65536, hardLimit: 65536 }]; }));
      assert.deepStrictEqual(found(task([{ name: 'app', ulimits: [{ name: 'memlock', softLimit: -1, hardLimit: -1 }] }]), 'ECS513'), []);
    });

    it('-1 means unlimited: accepted for softLimit and hardLimit (no ECS006), as in AWS\'s FireLens examples', () => {
      const unlimited = task([{ name: 'app', ulimits: [{ name: 'memlock', softLimit: -1, hardLimit: -1 }, { name: 'nofile', softLimit: 1024, hardLimit: -1 }] }]);
      assert.deepStrictEqual(codes(unlimited).filter((c) => c === 'ECS006' || c === 'ECS513'), []);
      // Below -1 is out of range; the message says what is allowed, and the fix proposes 0.
      const below = task([{ name: 'app', ulimits: [{ name: 'nofile', softLimit: -2, hardLimit: 10 }] }]);
      assert.deepStrictEqual(found(below, 'ECS006'), ['-2']);
      assert.match(diagnose(below).find((d) => d.code === 'ECS006')!.message, /-1 for unlimited/);
      assert.match(diagnose(below, { langs: ['vi'] }).find((d) => d.code === 'ECS006')!.message, /-1 nghĩa là không giới hạn/);
      assert.deepStrictEqual(containerOf(applyFix(below, 'ECS006')).ulimits, [{ name: 'nofile', softLimit: 0, hardLimit: 10 }]);
      // An unlimited soft limit is above any finite hard limit.
      const softUnlimited = task([{ name: 'app', ulimits: [{ name: 'memlock', softLimit: -1, hardLimit: 4096 }] }]);
      assert.deepStrictEqual(found(softUnlimited, 'ECS513'), ['-1']);
    });

    it('ECS514 the same ulimit twice', () => {
      const text = task([{ name: 'app', ulimits: [{ name: 'nofile', softLimit: 1, hardLimit: 2 }, { name: 'nproc', softLimit: 1, hardLimit: 2 }, { name: 'nofile', softLimit: 3, hardLimit: 4 }] }]);
      assert.deepStrictEqual(found(text, 'ECS514'), ['"nofile"']);
    });
  });

  describe('ECS523 container without an image', () => {
    it('a missing image is a warning on the container name; an empty one on the value', () => {
      const text = task([{ name: 'app', image: undefined }, { name: 'worker', image: '' }, { name: 'ok' }]);
      assert.deepStrictEqual(found(text, 'ECS523'), ['"app"', '""']);
      assert.deepStrictEqual(diagnose(text).filter((d) => d.code === 'ECS523').map((d) => d.severity), [DiagnosticSeverity.Warning, DiagnosticSeverity.Warning]);
    });

    it('the message says both that ECS rejects it and that a deploy step often fills it in, in both languages', () => {
      const text = task([{ name: 'app', image: undefined }]);
      const [en] = diagnose(text).filter((d) => d.code === 'ECS523');
      assert.match(en.message, /Container\.image should not be null or empty/);
      assert.match(en.message, /amazon-ecs-render-task-definition/);
      const [vi] = diagnose(text, { langs: ['vi'] }).filter((d) => d.code === 'ECS523');
      assert.match(vi.message, /từ chối/);
      assert.match(vi.message, /amazon-ecs-render-task-definition/);
    });

    it('a placeholder image is not reported; nor is a container without a name anchored anywhere else than its brace', () => {
      for (const image of ['${IMAGE}', '<IMAGE_URI>', 'IMAGE1_NAME', '{{ must_env `IMAGE` }}', '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:${TAG}']) {
        assert.deepStrictEqual(found(task([{ name: 'app', image }]), 'ECS523'), [], image);
      }
      const unnamed = json({ family: 'web', containerDefinitions: [{ memory: 128 }] });
      assert.deepStrictEqual(found(unnamed, 'ECS523'), ['{']);
      // Wrong types are ECS003 / ECS008, not this rule.
      assert.deepStrictEqual(found(task([{ name: 'app', image: 3 }]), 'ECS523'), []);
      assert.deepStrictEqual(found(task([{ name: 'app', image: null }]), 'ECS523'), []);
    });
  });


  describe('ECS515 awslogs required options', () => {
    const logs = (options: Json | undefined): Json => ({ logConfiguration: options === undefined ? { logDriver: 'awslogs' } : { logDriver: 'awslogs', options } });

    it('on Fargate all three are required (error); the fix adds them with the region found in the file', () => {
      const text = fargate({}, logs({ 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1' }));
      assert.deepStrictEqual(found(text, 'ECS515'), ['"options"']);
      assert.strictEqual(severityOf(text, 'ECS515'), DiagnosticSeverity.Error);
      fixTo(text, 'ECS515', changed(text, 0, (c) => { (c.logConfiguration as Json).options = { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'ecs' }; }));
    });

    it('without options the fix creates them: group from the family, region from an ARN or image host', () => {
      const text = fargate({ family: 'shop', taskRoleArn: 'arn:aws:iam::123456789012:role/shop' }, { image: '123456789012.dkr.ecr.ap-southeast-1.amazonaws.com/shop:1.0', ...logs(undefined) });
      assert.deepStrictEqual(found(text, 'ECS515'), ['"awslogs"']);
      const options = (containerOf(applyFix(text, 'ECS515')).logConfiguration as Json).options;
      assert.deepStrictEqual(options, { 'awslogs-group': '/ecs/shop', 'awslogs-region': 'ap-southeast-1', 'awslogs-stream-prefix': 'ecs' });
    });

    it('with no region anywhere, the fix writes a placeholder to fill in', () => {
      const text = task([{ name: 'app', ...logs({ 'awslogs-group': '/ecs/web' }) }]);
      const options = (containerOf(applyFix(text, 'ECS515')).logConfiguration as Json).options;
      assert.deepStrictEqual(options, { 'awslogs-group': '/ecs/web', 'awslogs-region': '<REGION>' });
    });

    it('on EC2 a missing group is a warning (the container fails to start); a missing region only information (the driver takes the instance region)', () => {
      const noGroup = task([{ name: 'app', ...logs({ 'awslogs-region': 'us-east-1' }) }]);
      assert.strictEqual(severityOf(noGroup, 'ECS515'), DiagnosticSeverity.Warning);
      const noRegion = task([{ name: 'app', ...logs({ 'awslogs-group': '/ecs/web' }) }]);
      assert.strictEqual(severityOf(noRegion, 'ECS515'), DiagnosticSeverity.Information);
      const [en] = diagnose(noRegion).filter((d) => d.code === 'ECS515');
      assert.ok(/region of the instance/.test(en.message), en.message);
      const [vi] = diagnose(noRegion, { langs: ['vi'] }).filter((d) => d.code === 'ECS515');
      assert.ok(vi.message.includes('region của chính instance'), vi.message);
      // Both missing: the container fails for the group, so still a warning; ECS Anywhere has no instance metadata to ask.
      assert.strictEqual(severityOf(task([{ name: 'app', ...logs({}) }]), 'ECS515'), DiagnosticSeverity.Warning);
      assert.strictEqual(severityOf(task([{ name: 'app', ...logs({ 'awslogs-group': '/ecs/web' }) }], { requiresCompatibilities: ['EXTERNAL'] }), 'ECS515'), DiagnosticSeverity.Warning);
    });

    it('the stream prefix is optional on EC2; other drivers are not checked', () => {
      assert.deepStrictEqual(found(task([{ name: 'app', ...logs({ 'awslogs-group': 'g', 'awslogs-region': 'us-east-1' }) }]), 'ECS515'), []);
      assert.deepStrictEqual(found(task([{ name: 'app', logConfiguration: { logDriver: 'json-file' } }]), 'ECS515'), []);
    });
  });

  describe('ECS516 awslogs-create-group', () => {
    const cg = (value: unknown): string => task([{ name: 'app', logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g', 'awslogs-region': 'us-east-1', 'awslogs-create-group': value } } }]);
    const optionsAfterFix = (text: string): unknown => (containerOf(applyFix(text, 'ECS516')).logConfiguration as Json).options;

    it('"false" is a warning, fixed by removing the option', () => {
      assert.deepStrictEqual(found(cg('false'), 'ECS516'), ['"false"']);
      assert.strictEqual(severityOf(cg('false'), 'ECS516'), DiagnosticSeverity.Warning);
      assert.deepStrictEqual(optionsAfterFix(cg('false')), { 'awslogs-group': 'g', 'awslogs-region': 'us-east-1' });
    });
    it('"yes" becomes "true"; "True" is only a hint', () => {
      assert.deepStrictEqual(optionsAfterFix(cg('yes')), { 'awslogs-group': 'g', 'awslogs-region': 'us-east-1', 'awslogs-create-group': 'true' });
      assert.strictEqual(severityOf(cg('True'), 'ECS516'), DiagnosticSeverity.Hint);
      assert.deepStrictEqual(found(cg('true'), 'ECS516'), []);
    });
  });

  describe('FireLens', () => {
    const router = { name: 'log_router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4', firelensConfiguration: { type: 'fluentbit' } };
    const user = { name: 'app', logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'stdout' } } };

    it('ECS517 awsfirelens without a router is an error on the driver', () => {
      const text = task([user]);
      assert.deepStrictEqual(found(text, 'ECS517'), ['"awsfirelens"']);
      assert.strictEqual(severityOf(text, 'ECS517'), DiagnosticSeverity.Error);
      assert.deepStrictEqual(found(task([user, router]), 'ECS517'), []);
    });
    it('ECS517 two routers: a warning on the second', () => {
      const text = task([user, router, { ...router, name: 'router2' }]);
      assert.deepStrictEqual(found(text, 'ECS517'), ['"firelensConfiguration"']);
      assert.strictEqual(severityOf(text, 'ECS517'), DiagnosticSeverity.Warning);
    });
    it('ECS518 a router nobody uses is a hint', () => {
      const text = task([{ name: 'app' }, router]);
      assert.deepStrictEqual(found(text, 'ECS518'), ['"firelensConfiguration"']);
      assert.strictEqual(severityOf(text, 'ECS518'), DiagnosticSeverity.Hint);
      assert.deepStrictEqual(found(task([user, router]), 'ECS518'), []);
    });
  });

  it('ECS519 proxyConfiguration names an unknown container, fixed to the closest', () => {
    const text = task([{ name: 'app' }, { name: 'envoy' }], { networkMode: 'awsvpc', proxyConfiguration: { type: 'APPMESH', containerName: 'envoi' } });
    assert.deepStrictEqual(found(text, 'ECS519'), ['"envoi"']);
    fixTo(text, 'ECS519', { ...parse(text), proxyConfiguration: { type: 'APPMESH', containerName: 'envoy' } });
  });

  describe('secrets and environment', () => {
    const secret = (valueFrom: string): string => task([{ name: 'app', secrets: [{ name: 'DB_PASSWORD', valueFrom }] }], { executionRoleArn: 'arn:aws:iam::123456789012:role/exec' });

    it('ECS520 accepts Secrets Manager ARNs (with json key), SSM ARNs and parameter names', () => {
      for (const v of ['arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf:password::', 'arn:aws-cn:ssm:cn-north-1:123456789012:parameter/prod/db', 'db-password', '/prod/db/password', 'arn:aws:secretsmanager:${AWS_REGION}:${ACCOUNT}:secret:x']) {
        assert.deepStrictEqual(found(secret(v), 'ECS520'), [], v);
      }
    });

    it('ECS520 reports clearly malformed references, without quoting them in the message', () => {
      for (const v of ['arn:aws:s3:::bucket/key', 'arn:aws:secretsmanager:us-east-1:123:secret:x', 'arn:aws:ssm:us-east-1:123456789012:db', 'my secret value!', '']) {
        const text = secret(v);
        assert.deepStrictEqual(found(text, 'ECS520'), [JSON.stringify(v)], v);
        const d = diagnose(text).find((x) => x.code === 'ECS520')!;
        assert.strictEqual(d.severity, DiagnosticSeverity.Warning);
        if (v) assert.ok(!d.message.includes(v), 'the value is not echoed');
      }
      const log = task([{ name: 'app', logConfiguration: { logDriver: 'splunk', options: { 'splunk-url': 'https://splunk:8088' }, secretOptions: [{ name: 'splunk-token', valueFrom: 'arn:aws:kms:us-east-1:123456789012:key/x' }] } }]);
      assert.deepStrictEqual(found(log, 'ECS520'), ['"arn:aws:kms:us-east-1:123456789012:key/x"']);
    });

    it('ECS521 the same variable twice', () => {
      const text = task([{ name: 'app', environment: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }, { name: 'A', value: '3' }], secrets: [{ name: 'S', valueFrom: 'p' }, { name: 'S', valueFrom: 'q' }] }]);
      assert.deepStrictEqual(found(text, 'ECS521'), ['"A"', '"S"']);
    });

    it('ECS522 the same name in environment and secrets; the fix removes the plain one', () => {
      const text = task([{ name: 'app', environment: [{ name: 'HOST', value: 'db' }, { name: 'DB_USER', value: 'app' }], secrets: [{ name: 'DB_USER', valueFrom: 'db-user' }] }]);
      assert.deepStrictEqual(found(text, 'ECS522'), ['"DB_USER"']);
      fixTo(text, 'ECS522', changed(text, 0, (c) => { c.environment = [{ name: 'HOST', value: 'db' }]; }));
    });
  });

  it('never throws on broken trees, and neither do the fixes', () => {
    const broken: Json[] = [
      { containerDefinitions: null }, { containerDefinitions: 'x' }, { containerDefinitions: [null, 1, [], 'x'] },
      { cpu: '256', memory: 'lots', containerDefinitions: [{ name: 5, cpu: '1', memory: '2', memoryReservation: null, essential: 'false' }] },
      { containerDefinitions: [{ name: 'a', essential: false, dependsOn: 'x' }, { name: 'b', essential: false, dependsOn: [null, {}, { containerName: 1, condition: 2 }, { containerName: 'a', condition: 'SUCCESS' }, { containerName: 'b', condition: 'HEALTHY' }] }] },
      { containerDefinitions: [{ name: 'a', healthCheck: { command: 'curl x', interval: '5', timeout: null } }, { name: 'b', healthCheck: { command: [1, 'x'] } }, { name: 'c', healthCheck: { command: [] } }, { name: 'd', healthCheck: null }] },
      { containerDefinitions: [{ name: 'a', ulimits: [null, { name: 1, softLimit: 'x' }, { softLimit: 5, hardLimit: 1 }], logConfiguration: { logDriver: 'awslogs', options: 'x' } }, { name: 'b', logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-create-group': true } } }] },
      { proxyConfiguration: { containerName: null }, containerDefinitions: [{ name: 'a', firelensConfiguration: null, environment: [null, { name: null }, { value: 'x' }], secrets: [{ name: 'a', valueFrom: 5 }, 'x'] }] },
    ];
    const texts = [
      ...broken.map((over) => ec2(over)), ...broken.map((over) => fargate(over)),
      '{ "containerDefinitions": [ { "name": "a", "dependsOn": [ { "containerName": ', '{"family": "a", "containerDefinitions": [{"name": "a", "healthCheck": {"command": ["curl x"',
      ...containersRules.map((r) => r.examples!.bad),
    ];
    for (const text of texts) {
      const d = doc(text, 'file:///w/task-definition.json');
      const diags = service.diagnostics(d, settings(), ['en', 'vi']);
      service.codeActions(d, diags, undefined, settings(), ['en', 'vi']);
    }
  });

  it('a cycle of many containers does not overflow', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ name: `c${i}`, dependsOn: [{ containerName: `c${(i + 1) % 300}`, condition: 'START' }] }));
    assert.strictEqual(found(task(many), 'ECS504').length, 1);
  });
});
