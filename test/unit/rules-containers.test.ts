import * as assert from 'assert';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Lang } from '../../common/settings';
import { containersRules } from '../../language-service/rules/containers';
import type { Rule } from '../../language-service/rules/rule';
import { applyEdits, applyFix, codes, diagnose, doc, ec2, fargate, found, parses, service, settings, textAt } from '../support/harness';

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

  it('ECS503 and ECS519: a container without a name does not stop the closest name from being suggested', () => {
    const proxy = task([{ name: 'app' }, {}, { name: 'envoy' }], { networkMode: 'awsvpc', proxyConfiguration: { type: 'APPMESH', containerName: 'envoi' } });
    assert.deepStrictEqual(found(proxy, 'ECS519'), ['"envoi"']);
    fixTo(proxy, 'ECS519', { ...parse(proxy), proxyConfiguration: { type: 'APPMESH', containerName: 'envoy' } });
    const depends = task([{ name: 'app', dependsOn: [{ containerName: 'databse', condition: 'START' }] }, {}, { name: 'database' }]);
    assert.deepStrictEqual(found(depends, 'ECS503'), ['"databse"']);
    fixTo(depends, 'ECS503', changed(depends, 0, (c) => { c.dependsOn = [{ containerName: 'database', condition: 'START' }]; }));
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

const ruleOf = (code: string): Rule => containersRules.find((r) => r.code === code)!;
/** The diagnostics of `code` in `text`. */
const all = (text: string, code: string, langs: Lang[] = ['en']): Diagnostic[] => diagnose(text, { langs }).filter((d) => d.code === code);
/** The first diagnostic of `code` in `text` (asserts there is one). */
function one(text: string, code: string, langs: Lang[] = ['en']): Diagnostic {
  const d = all(text, code, langs)[0];
  assert.ok(d, `expected ${code} in:\n${text}`);
  return d;
}
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Which of its rule's messages a diagnostic shows: `message` or a variant's key, found by matching the
 * English templates of the catalogue (any text in a slot), so no wording is repeated here.
 */
function messageKind(d: Diagnostic): string | undefined {
  const rule = ruleOf(String(d.code));
  const templates: Array<[string, { en: string }]> = [['message', rule.message], ...Object.entries(rule.variants ?? {})];
  return templates.find(([, t]) => new RegExp('^' + t.en.split(/\{\w+\}/).map(escapeRe).join('.*') + '$', 's').test(d.message))?.[0];
}
/** The texts of the related information of a diagnostic, as `[underlined text, message]` pairs. */
const relatedOf = (text: string, d: Diagnostic): Array<[string, string]> => (d.relatedInformation ?? []).map((r) => [textAt(text, r.location.range), r.message]);
/**
 * The texts the quick fixes of `diag` produce on `text`. An editor can send a diagnostic of an older
 * version of the text (or one whose data a client rewrote): fixes re-read the document.
 */
function fixesOn(text: string, diag: Diagnostic): string[] {
  const d = doc(text);
  return service.codeActions(d, [diag], ['quickfix'], settings(), ['en']).map((a) => applyEdits(text, a.edit!.changes![d.uri]));
}
/** The titles of the quick fixes of the first `code` diagnostic of `text`. */
function fixTitles(text: string, code: string): string[] {
  const d = doc(text);
  return service.codeActions(d, [one(text, code)], ['quickfix'], settings(), ['en']).map((a) => a.title);
}
/** `diag` with the fix data changed by `change`. */
function withData(diag: Diagnostic, change: (fix: Json) => void): Diagnostic {
  const data = JSON.parse(JSON.stringify(diag.data)) as { code: string; fix?: Json };
  data.fix ??= {};
  change(data.fix);
  return { ...diag, data };
}
/**
 * The quick fixes offered for `diag` on `text` by a client with `codeAction/resolve` (lazy fixes: the
 * title first, the edit once chosen), as [title, text after the resolved edit, or undefined without one].
 */
function lazyFixesOn(text: string, diag: Diagnostic): Array<[string, string | undefined]> {
  const d = doc(text);
  return service.codeActions(d, [diag], ['quickfix'], settings(), ['en'], { lazy: true }).map((a) => {
    const edit = service.resolveCodeAction(d, a, settings()).edit;
    return [a.title, edit ? applyEdits(text, edit.changes![d.uri]) : undefined];
  });
}

describe('container rules (ECS5xx): details a user sees', () => {
  it('a fix sent back with data a client rewrote (keys removed or of another type) never throws, and what it produces parses', () => {
    const garbage: unknown[] = [undefined, null, 5, 'x', [], ['x'], [99, 'nope'], { a: 1 }];
    let tried = 0;
    for (const rule of containersRules) {
      if (!rule.fix) continue;
      const diags = all(rule.examples!.bad, rule.code);
      for (const diag of diags) {
        const keys = Object.keys((diag.data as { fix?: Json }).fix ?? {});
        for (const key of keys) {
          for (const value of garbage) {
            const changedDiag = withData(diag, (fix) => { if (value === undefined) delete fix[key]; else fix[key] = value; });
            for (const out of fixesOn(rule.examples!.bad, changedDiag)) assert.ok(parses(out), `${rule.code} ${key}=${JSON.stringify(value)}:\n${out}`);
            tried++;
          }
        }
      }
    }
    assert.ok(tried > 100, `data variations tried (${tried})`);
  });

  describe('ECS501, ECS514, ECS521: duplicates point at the first one', () => {
    it('ECS501 names the container in the related information, on its first name', () => {
      const text = task([{ name: 'app' }, { name: 'web' }, { name: 'app', essential: false }]);
      const d = one(text, 'ECS501');
      assert.deepStrictEqual(relatedOf(text, d).map(([t]) => t), ['"app"']);
      assert.ok(d.relatedInformation![0].location.range.start.line < d.range.start.line);
      assert.match(relatedOf(text, d)[0][1], /`app`/);
      assert.match(relatedOf(text, one(text, 'ECS501', ['vi']))[0][1], /`app`/);
    });

    it('ECS514 names the ulimit in the related information, on the first entry; names of another type are left to ECS003', () => {
      const text = task([{ name: 'app', ulimits: [{ name: 'nofile', softLimit: 1, hardLimit: 2 }, { name: 'nofile', softLimit: 3, hardLimit: 4 }] }]);
      const d = one(text, 'ECS514');
      assert.ok(d.relatedInformation![0].location.range.start.line < d.range.start.line);
      assert.match(relatedOf(text, d)[0][1], /`nofile`/);
      assert.match(relatedOf(text, one(text, 'ECS514', ['vi']))[0][1], /`nofile`/);
      assert.deepStrictEqual(found(task([{ name: 'app', ulimits: [{ name: 1, softLimit: 1, hardLimit: 2 }, { name: 1, softLimit: 1, hardLimit: 2 }] }]), 'ECS514'), []);
    });

    it('ECS521 names the variable in the related information; empty names are not duplicates of each other', () => {
      const text = task([{ name: 'app', environment: [{ name: 'A', value: '1' }, { name: 'A', value: '2' }] }]);
      const d = one(text, 'ECS521');
      assert.ok(d.relatedInformation![0].location.range.start.line < d.range.start.line);
      assert.match(relatedOf(text, d)[0][1], /`A`/);
      assert.match(relatedOf(text, one(text, 'ECS521', ['vi']))[0][1], /`A`/);
      assert.deepStrictEqual(found(task([{ name: 'app', environment: [{ name: '', value: '1' }, { name: '', value: '2' }] }]), 'ECS521'), []);
    });
  });

  describe('ECS502 no essential container', () => {
    it('the other non-essential containers are related information, each on its `false`', () => {
      const text = task([{ name: 'a', essential: false }, { name: 'b', essential: false }, { name: 'c', essential: false }]);
      const d = one(text, 'ECS502');
      const related = relatedOf(text, d);
      assert.deepStrictEqual(related.map(([t]) => t), ['false', 'false']);
      assert.deepStrictEqual(d.relatedInformation!.map((r) => r.location.range.start.line), [...d.relatedInformation!.map((r) => r.location.range.start.line)].sort((x, y) => x - y));
      assert.ok(d.relatedInformation!.every((r) => r.location.range.start.line > d.range.start.line));
      for (const lang of ['en', 'vi'] as Lang[]) assert.ok(relatedOf(text, one(text, 'ECS502', [lang])).every(([, m]) => m.trim() !== ''), lang);
    });

    it('the fix title names the container, or its position when it has no name', () => {
      assert.deepStrictEqual(fixTitles(task([{ name: 'app', essential: false }]), 'ECS502'), ['Make app essential']);
      assert.deepStrictEqual(fixTitles(task([{ name: 'app', essential: false }, { essential: false }]), 'ECS502'), ['Make app essential']);
      assert.deepStrictEqual(fixTitles(json({ family: 'web', containerDefinitions: [{ image: 'nginx:1.27', memory: 128, essential: false }] }), 'ECS502'), ['Make #1 essential']);
    });

    it('skips containers waited on with COMPLETE or SUCCESS, not those waited on with START', () => {
      const waited = (condition: string): string => task([{ name: 'init', essential: false }, { name: 'app', essential: false, dependsOn: [{ containerName: 'init', condition }] }]);
      assert.deepStrictEqual(fixTitles(waited('COMPLETE'), 'ECS502'), ['Make app essential']);
      assert.deepStrictEqual(fixTitles(waited('SUCCESS'), 'ECS502'), ['Make app essential']);
      assert.deepStrictEqual(fixTitles(waited('START'), 'ECS502'), ['Make init essential']);
      assert.deepStrictEqual(fixTitles(waited('HEALTHY'), 'ECS502'), ['Make init essential']);
      // Everyone is waited on to exit: the first one.
      const both = task([{ name: 'a', essential: false, dependsOn: [{ containerName: 'b', condition: 'SUCCESS' }] }, { name: 'b', essential: false, dependsOn: [{ containerName: 'a', condition: 'COMPLETE' }] }]);
      assert.deepStrictEqual(fixTitles(both, 'ECS502'), ['Make a essential']);
    });

    it('the fix offers nothing once the container is gone or replaced by another type', () => {
      const text = task([{ name: 'app', essential: false }]);
      const diag = one(text, 'ECS502');
      assert.deepStrictEqual(fixesOn(json({ family: 'web', containerDefinitions: [] }), diag), []);
      assert.deepStrictEqual(fixesOn(json({ family: 'web', containerDefinitions: ['app'] }), diag), []);
      assert.deepStrictEqual(fixesOn(text, withData(diag, (fix) => { fix.path = 'containerDefinitions'; })), []);
    });
  });

  describe('ECS503 and ECS519 unknown container names', () => {
    it('ECS503 never suggests the container its own name', () => {
      const text = task([{ name: 'worker', dependsOn: [{ containerName: 'workr', condition: 'START' }] }, { name: 'db' }]);
      const d = one(text, 'ECS503');
      assert.strictEqual(messageKind(d), 'message');
      assert.deepStrictEqual(fixesOn(text, d), []);
    });

    it('ECS519 without a close name: the message names it, no fix', () => {
      const text = task([{ name: 'app' }], { networkMode: 'awsvpc', proxyConfiguration: { type: 'APPMESH', containerName: 'zookeeper' } });
      const d = one(text, 'ECS519');
      assert.strictEqual(messageKind(d), 'message');
      assert.match(d.message, /`zookeeper`/);
      assert.deepStrictEqual(fixesOn(text, d), []);
      assert.strictEqual(messageKind(one(task([{ name: 'app' }, { name: 'envoy' }], { networkMode: 'awsvpc', proxyConfiguration: { type: 'APPMESH', containerName: 'envoi' } }), 'ECS519')), 'suggest');
    });

    it('an empty name is left to the structure rules', () => {
      assert.deepStrictEqual(found(task([{ name: 'app', dependsOn: [{ containerName: '', condition: 'START' }] }, { name: 'db' }]), 'ECS503'), []);
      assert.deepStrictEqual(found(task([{ name: 'app' }], { networkMode: 'awsvpc', proxyConfiguration: { type: 'APPMESH', containerName: '' } }), 'ECS519'), []);
    });

    it('the rename needs the name it replaces and a new name', () => {
      const text = task([{ name: 'app', dependsOn: [{ containerName: 'databse', condition: 'START' }] }, { name: 'database' }]);
      const d = one(text, 'ECS503');
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { delete fix.from; })), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { delete fix.from; delete fix.path; })), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.to = 5; })), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.from = 5; })), []);
    });

    it('the rename offers nothing once the name was changed by hand', () => {
      const text = task([{ name: 'app', dependsOn: [{ containerName: 'databse', condition: 'START' }] }, { name: 'database' }]);
      const diag = one(text, 'ECS503');
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', dependsOn: [{ containerName: 'dbase', condition: 'START' }] }, { name: 'database' }]), diag), []);
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', dependsOn: [{ containerName: 5, condition: 'START' }] }, { name: 'database' }]), diag), []);
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', dependsOn: [] }, { name: 'database' }]), diag), []);
    });
  });

  describe('ECS504 dependency cycles', () => {
    it('only the first container of a name counts (duplicates are ECS501)', () => {
      const text = task([{ name: 'a', dependsOn: [{ containerName: 'b', condition: 'START' }] }, { name: 'b' }, { name: 'a', essential: false, dependsOn: [{ containerName: 'a', condition: 'START' }] }]);
      assert.deepStrictEqual(found(text, 'ECS504'), []);
      assert.deepStrictEqual(found(text, 'ECS501'), ['"a"']);
    });

    it('a container without a name is not part of the graph: the cycle is reported on the same edge', () => {
      const cycle = [{ name: 'a', dependsOn: [{ containerName: 'b', condition: 'START' }] }, { name: 'b', dependsOn: [{ containerName: 'a', condition: 'START' }] }];
      const text = json({ family: 'web', containerDefinitions: [{ image: 'busybox:1.36', memory: 128, essential: false, dependsOn: [{ containerName: 'b', condition: 'START' }] }, ...cycle.map((c) => ({ image: 'nginx:1.27', memory: 128, ...c }))] });
      const d = one(text, 'ECS504');
      assert.deepStrictEqual(found(text, 'ECS504'), ['"a"']);
      assert.match(d.message, /`a` → `b` → `a`/);
      assert.ok(d.range.start.line > text.split('\n').findIndex((l) => l.includes('"name": "b"')));
    });

    it('a self-reference uses its own message; the fix offers nothing once the entry is gone', () => {
      const text = task([{ name: 'app', dependsOn: [{ containerName: 'app', condition: 'START' }] }]);
      const d = one(text, 'ECS504');
      assert.strictEqual(messageKind(d), 'self');
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', dependsOn: [] }]), d), []);
      assert.strictEqual(messageKind(one(task([{ name: 'a', dependsOn: [{ containerName: 'b', condition: 'START' }] }, { name: 'b', dependsOn: [{ containerName: 'a', condition: 'START' }] }]), 'ECS504')), 'message');
    });
  });

  describe('ECS505 HEALTHY on a container without a health check', () => {
    it('a `null` health check is none; another type is left to ECS003', () => {
      const with_ = (healthCheck: unknown): string => task([{ name: 'app', dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }] }, { name: 'db', healthCheck }]);
      assert.deepStrictEqual(found(with_(null), 'ECS505'), ['"HEALTHY"']);
      assert.deepStrictEqual(found(with_('pg_isready'), 'ECS505'), []);
      assert.deepStrictEqual(found(with_([]), 'ECS505'), []);
    });

    it('an empty or templated name is not matched against a container without a name', () => {
      for (const containerName of ['', '${DB}']) {
        const text = json({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 128, dependsOn: [{ containerName, condition: 'HEALTHY' }] }, { image: 'postgres:16', memory: 128 }] });
        assert.deepStrictEqual(found(text, 'ECS505'), [], containerName);
      }
    });

    it('the message names the container; the fix offers nothing once the condition was changed', () => {
      const text = task([{ name: 'app', dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }] }, { name: 'db' }]);
      const d = one(text, 'ECS505');
      assert.match(d.message, /`db`/);
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', dependsOn: [{ containerName: 'db', condition: 'SUCCESS' }] }, { name: 'db' }]), d), []);
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', dependsOn: [{ containerName: 'db' }] }, { name: 'db' }]), d), []);
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', dependsOn: [{ containerName: 'db', condition: 7 }] }, { name: 'db' }]), d), []);
    });
  });

  describe('ECS506 COMPLETE/SUCCESS on an essential container', () => {
    it('not on a container waiting on itself (ECS504), nor an essential flag of another type (ECS003)', () => {
      assert.deepStrictEqual(found(task([{ name: 'app', dependsOn: [{ containerName: 'app', condition: 'COMPLETE' }] }]), 'ECS506'), []);
      assert.deepStrictEqual(found(task([{ name: 'app', dependsOn: [{ containerName: 'init', condition: 'COMPLETE' }] }, { name: 'init', essential: 'true' }]), 'ECS506'), []);
      assert.deepStrictEqual(found(task([{ name: 'app', dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] }, { name: 'init', essential: true }]), 'ECS506'), ['"SUCCESS"']);
    });

    it('an empty name is not matched against a container without a name', () => {
      const text = json({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 128, dependsOn: [{ containerName: '', condition: 'COMPLETE' }] }, { image: 'busybox:1.36', memory: 128 }] });
      assert.deepStrictEqual(found(text, 'ECS506'), []);
    });

    it('the message names the condition and the container; the fix title names the container', () => {
      const text = task([{ name: 'app', dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] }, { name: 'init' }]);
      const d = one(text, 'ECS506');
      assert.match(d.message, /`init`/);
      assert.match(d.message, /SUCCESS/);
      assert.deepStrictEqual(fixTitles(text, 'ECS506'), ['Mark init as not essential']);
    });

    it('the fix offers nothing once the target was renamed or removed', () => {
      const text = task([{ name: 'app', dependsOn: [{ containerName: 'init', condition: 'COMPLETE' }] }, { name: 'init' }]);
      const d = one(text, 'ECS506');
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', dependsOn: [{ containerName: 'init', condition: 'COMPLETE' }] }, { name: 'setup' }]), d), []);
      assert.deepStrictEqual(fixesOn(json({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }] }), d), []);
      assert.deepStrictEqual(fixesOn(json({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }, 'init'] }), d), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.path = 'init'; })), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { delete fix.name; fix.path = ['containerDefinitions', 5, 'essential']; })), []);
    });
  });

  describe('ECS507 health check command form', () => {
    const hc = (command: unknown): string => task([{ name: 'app', healthCheck: { command, interval: 30 } }]);
    const commandAfterFix = (text: string): unknown => (containerOf(applyFix(text, 'ECS507')).healthCheck as Json).command;

    it('CMD with one plain argument or with arguments containing spaces is fine', () => {
      for (const command of [['CMD', '/healthcheck'], ['CMD', '/healthcheck '], ['CMD', 'echo', 'hello world'], ['CMD', 'curl -f x', 'y']]) {
        assert.deepStrictEqual(found(hc(command), 'ECS507'), [], JSON.stringify(command));
      }
    });

    it('CMD with operators and arguments with spaces is reported without a fix (no single rewrite is sure)', () => {
      const text = hc(['CMD', 'curl -f http://localhost/', '||', 'exit 1']);
      const d = one(text, 'ECS507');
      assert.strictEqual(messageKind(d), 'cmdShell');
      assert.deepStrictEqual(fixesOn(text, d), []);
    });

    it('no command at all: blank words, with or without a keyword, have no fix', () => {
      for (const command of [['CMD', ' '], ['CMD', ''], ['CMD-SHELL', '  '], [''], [' ']]) {
        const text = hc(command);
        const d = one(text, 'ECS507');
        assert.strictEqual(messageKind(d), 'noCommand', JSON.stringify(command));
        assert.deepStrictEqual(fixesOn(text, d), [], JSON.stringify(command));
      }
    });

    it('a templated first word may stand for the whole command, even with blanks around it', () => {
      assert.deepStrictEqual(found(hc(['${HEALTH_CMD} ']), 'ECS507'), []);
      assert.deepStrictEqual(found(hc(['${HEALTH_CMD} --fast']), 'ECS507'), ['"${HEALTH_CMD} --fast"']);
    });

    it('a shell line followed by more words is a warning, fixed with CMD-SHELL; a single word with blanks around it with CMD', () => {
      const text = hc(['curl -f http://localhost/', '-v']);
      assert.strictEqual(severityOf(text, 'ECS507'), DiagnosticSeverity.Warning);
      assert.strictEqual(messageKind(one(text, 'ECS507')), 'message');
      assert.deepStrictEqual(commandAfterFix(text), ['CMD-SHELL', 'curl -f http://localhost/', '-v']);
      const padded = hc(['/healthcheck ']);
      assert.strictEqual(severityOf(padded, 'ECS507'), DiagnosticSeverity.Warning);
      assert.deepStrictEqual(commandAfterFix(padded), ['CMD', '/healthcheck ']);
    });

    it('the fix title shows the command after the fix, shortened past 70 characters', () => {
      assert.deepStrictEqual(fixTitles(hc(['cmd-shell', 'true']), 'ECS507'), ['Rewrite as ["CMD-SHELL", "true"]']);
      assert.deepStrictEqual(fixTitles(hc(['CMD', 'curl', '-f', 'x', '||', 'exit', '1']), 'ECS507'), ['Rewrite as ["CMD-SHELL", "curl -f x || exit 1"]']);
      // ["CMD", "/bin/x"] is 17 characters; the word makes the rest.
      const sized = (n: number): string => hc(['/bin/' + 'x'.repeat(n)]);
      const at70 = '["CMD", "/bin/' + 'x'.repeat(54) + '"]';
      assert.strictEqual(at70.length, 70);
      assert.deepStrictEqual(fixTitles(sized(54), 'ECS507'), [`Rewrite as ${at70}`]);
      const at71 = '["CMD", "/bin/' + 'x'.repeat(55) + '"]';
      assert.deepStrictEqual(fixTitles(sized(55), 'ECS507'), [`Rewrite as ${at71.slice(0, 69)}…`]);
    });

    it('the case fix keeps the layout and the other elements as written', () => {
      const text = '{\n  "family": "web",\n  "containerDefinitions": [\n    {\n      "name": "app",\n      "image": "nginx:1.27",\n      "memory": 128,\n      "healthCheck": {\n        "command": [\n          "cmd-shell",\n          "tr\\u0075e"\n        ]\n      }\n    }\n  ]\n}';
      assert.strictEqual(applyFix(text, 'ECS507'), text.replace('"cmd-shell"', '"CMD-SHELL"'));
    });

    it('the fix offers nothing once the command changed, and nothing with target words of another type', () => {
      const text = hc(['cmd-shell', 'true']);
      const d = one(text, 'ECS507');
      assert.deepStrictEqual(fixesOn(hc(['CMD-SHELL', 'true']), d), []);
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', healthCheck: { interval: 30 } }]), d), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.to = ['CMD-SHELL', 1]; })), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.to = [1, 2]; })), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.to = 'CMD-SHELL'; })), []);
    });

    it('fix data a client rewrote: a path with a step that is neither a key nor an index offers nothing', () => {
      const text = hc(['cmd-shell', 'true']);
      const d = one(text, 'ECS507');
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.path = ['containerDefinitions', null, 'healthCheck', 'command']; })), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.path = ['containerDefinitions', {}, 'healthCheck', 'command']; })), []);
    });

    it('with codeAction/resolve, fix data a client rewrote: the title shows only the words the data holds, and the fix resolves to no edit', () => {
      const text = hc(['/healthcheck --fast']);
      const d = one(text, 'ECS507');
      assert.deepStrictEqual(lazyFixesOn(text, d), [['Rewrite as ["CMD-SHELL", "/healthcheck --fast"]', text.replace('"/healthcheck --fast"', '"CMD-SHELL", "/healthcheck --fast"')]]);
      assert.deepStrictEqual(lazyFixesOn(text, withData(d, (fix) => { fix.command = 'x'; })), [['Rewrite as ["CMD-SHELL"]', undefined]]);
    });
  });

  describe('ECS508 health check interval not longer than the timeout', () => {
    const hc = (healthCheck: Json): string => task([{ name: 'app', healthCheck: { command: ['CMD', 'true'], ...healthCheck } }]);

    it('values of another type are left to ECS003, out-of-range values to ECS006', () => {
      assert.deepStrictEqual(found(hc({ interval: '10', timeout: 40 }), 'ECS508'), []);
      assert.deepStrictEqual(found(hc({ interval: 5, timeout: '5' }), 'ECS508'), []);
      assert.deepStrictEqual(found(hc({ interval: 4, timeout: 10 }), 'ECS508'), []);
      assert.deepStrictEqual(found(hc({ interval: 30, timeout: 61 }), 'ECS508'), []);
      assert.deepStrictEqual(found(hc({ interval: 30, timeout: 60 }), 'ECS508'), ['30']);
      assert.deepStrictEqual(found(hc({ interval: 5, timeout: 5 }), 'ECS508'), ['5']);
      assert.deepStrictEqual(found(task([{ name: 'app', healthCheck: null }]), 'ECS508'), []);
    });

    it('the message gives both values, defaults included', () => {
      assert.match(one(hc({ timeout: 40 }), 'ECS508').message, /\b30\b.*\b40\b/);
      assert.match(one(hc({ interval: 5 }), 'ECS508').message, /\b5\b.*\b5\b/);
    });

    it('after a syntax error inside the health check, a finding that relies on a default is dropped', () => {
      const broken = (fields: string): string => `{"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 128, "healthCheck": {"command": ["CMD", "true"], ${fields}, "retries" 3}}]}`;
      assert.deepStrictEqual(found(broken('"interval": 5'), 'ECS508'), []);
      assert.deepStrictEqual(found(broken('"interval": 10, "timeout": 10'), 'ECS508'), ['10']);
    });
  });

  describe('resources', () => {
    it('ECS509 the swap offers nothing once either value changed', () => {
      const text = task([{ name: 'app', memory: 256, memoryReservation: 512 }]);
      const d = one(text, 'ECS509');
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', memory: 300, memoryReservation: 512 }]), d), []);
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', memory: 256, memoryReservation: 500 }]), d), []);
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', memory: 256 }]), d), []);
      assert.deepStrictEqual(fixesOn(json({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memoryReservation: 512 }] }), d), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.memoryPath = 'memory'; })), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.reservationPath = 'memoryReservation'; })), []);
    });

    it('ECS510 the message names the field and container; the fix offers nothing once the value changed', () => {
      const text = fargate({ memory: '512' }, { memory: 1024 });
      const d = one(text, 'ECS510');
      assert.match(d.message, /`app`/);
      assert.match(d.message, /1024/);
      assert.deepStrictEqual(fixTitles(text, 'ECS510'), ['Lower it to 512']);
      assert.deepStrictEqual(fixesOn(fargate({ memory: '512' }, { memory: 2048 }), d), []);
      assert.deepStrictEqual(fixesOn(fargate({ memory: '512' }, { memoryReservation: 1024 }), d), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.to = '512'; })), []);
    });

    it('ECS511 on EC2 Linux and Windows on Fargate too', () => {
      assert.deepStrictEqual(found(ec2({ cpu: '1024' }, { cpu: 2048 }), 'ECS511'), ['2048']);
      assert.deepStrictEqual(found(fargate({ cpu: '1024', memory: '2048', runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2019_CORE', cpuArchitecture: 'X86_64' } }, { cpu: 2048 }), 'ECS511'), ['2048']);
    });

    it('ECS511 a sum: containers without cpu do not count; one at the task cpu is part of the sum; related information names each', () => {
      const text = fargate({ cpu: '256', memory: '1024', containerDefinitions: [{ name: 'a', image: 'nginx:1.27', cpu: 256 }, { name: 'b', image: 'busybox:1.36', essential: false }, { name: 'c', image: 'busybox:1.36', cpu: 128, essential: false }] });
      const d = one(text, 'ECS511');
      assert.strictEqual(textAt(text, d.range), '"256"');
      assert.strictEqual(messageKind(d), 'message');
      const related = relatedOf(text, d);
      assert.deepStrictEqual(related.map(([t]) => t), ['256', '128']);
      assert.match(related[0][1], /`a`.*256/);
      assert.match(related[1][1], /`c`.*128/);
      assert.ok(relatedOf(text, one(text, 'ECS511', ['vi'])).every(([, m], i) => m.includes(['`a`', '`c`'][i])));
      assert.deepStrictEqual(found(fargate({}, { cpu: 'lots' }), 'ECS511'), []);
    });

    it('ECS511 a single container above the task names the container', () => {
      const d = one(fargate({}, { cpu: 512 }), 'ECS511');
      assert.strictEqual(messageKind(d), 'single');
      assert.match(d.message, /`app`/);
    });

    describe('ECS512 memory reservations above the task memory', () => {
      const tasks = (containers: Json[], over: Json = {}): string => fargate({ memory: '512', containerDefinitions: containers.map((c, i) => ({ name: `c${i}`, image: 'nginx:1.27', essential: i === 0, ...c })), ...over });

      it('containers without memory do not count; one at the task memory is part of the sum; related information names each', () => {
        const text = tasks([{ memoryReservation: 512 }, {}, { memory: 128 }]);
        const d = one(text, 'ECS512');
        assert.match(d.message, /640/);
        const related = relatedOf(text, d);
        assert.deepStrictEqual(related.map(([t]) => t), ['512', '128']);
        assert.match(related[0][1], /`c0`.*512/);
        assert.match(related[1][1], /`c2`.*128/);
        assert.ok(relatedOf(text, one(text, 'ECS512', ['vi'])).every(([, m], i) => m.includes(['`c0`', '`c2`'][i])));
      });

      it('a container alone above the task is ECS510 only; a value of another type stops the sum', () => {
        const alone = tasks([{ memory: 1024 }, { memory: 128 }]);
        assert.deepStrictEqual(found(alone, 'ECS512'), []);
        assert.deepStrictEqual(found(alone, 'ECS510'), ['1024']);
        assert.deepStrictEqual(found(tasks([{ memoryReservation: 'lots' }, { memory: 384 }, { memory: 384 }]), 'ECS512'), []);
      });

      it('skipped for Windows on EC2 (task memory ignored), checked for Windows on Fargate', () => {
        const windows = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2019_CORE', cpuArchitecture: 'X86_64' } };
        const containers = [{ memory: 384 }, { memory: 384 }];
        assert.deepStrictEqual(found(tasks(containers, windows), 'ECS512'), ['"512"']);
        const ec2Windows = ec2({ memory: '512', ...windows, containerDefinitions: [{ name: 'a', image: 'mcr.microsoft.com/windows/servercore:ltsc2019', memory: 384 }, { name: 'b', image: 'mcr.microsoft.com/windows/servercore:ltsc2019', memory: 384, essential: false }] });
        assert.deepStrictEqual(found(ec2Windows, 'ECS512'), []);
        const ec2Linux = ec2({ memory: '512', containerDefinitions: [{ name: 'a', image: 'nginx:1.27', memory: 384 }, { name: 'b', image: 'nginx:1.27', memory: 384, essential: false }] });
        assert.deepStrictEqual(found(ec2Linux, 'ECS512'), ['"512"']);
      });
    });
  });

  describe('ECS513 soft limit above the hard limit', () => {
    it('a missing limit is not compared (unlimited soft without a hard limit included)', () => {
      assert.deepStrictEqual(found(task([{ name: 'app', ulimits: [{ name: 'nofile', softLimit: -1 }] }]), 'ECS513'), []);
      assert.deepStrictEqual(found(task([{ name: 'app', ulimits: [{ name: 'nofile', hardLimit: 10 }] }]), 'ECS513'), []);
      assert.deepStrictEqual(found(task([{ name: 'app', ulimits: [{ name: 'nofile', softLimit: 10, hardLimit: 10 }] }]), 'ECS513'), []);
    });

    it('the message names the ulimit (`?` without a name) and both values; the title the new hard limit', () => {
      const text = task([{ name: 'app', ulimits: [{ name: 'nofile', softLimit: 4096, hardLimit: 1024 }] }]);
      const d = one(text, 'ECS513');
      assert.match(d.message, /`nofile`.*4096.*1024/);
      assert.match(one(task([{ name: 'app', ulimits: [{ softLimit: 4096, hardLimit: 1024 }] }]), 'ECS513').message, /`\?`/);
      assert.deepStrictEqual(fixTitles(text, 'ECS513'), ['Raise hardLimit to 4096']);
    });

    it('the fix offers nothing once the hard limit changed or went', () => {
      const text = task([{ name: 'app', ulimits: [{ name: 'nofile', softLimit: 4096, hardLimit: 1024 }] }]);
      const d = one(text, 'ECS513');
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', ulimits: [{ name: 'nofile', softLimit: 4096, hardLimit: 2048 }] }]), d), []);
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', ulimits: [{ name: 'nofile', softLimit: 4096 }] }]), d), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.to = '4096'; })), []);
    });
  });

  describe('ECS515 awslogs required options', () => {
    const logs = (options: unknown): Json => ({ logConfiguration: options === undefined ? { logDriver: 'awslogs' } : { logDriver: 'awslogs', options } });
    const fargateLogs = (options: unknown, over: Json = {}, container: Json = {}): string => fargate(over, { ...logs(options), ...container });

    it('the message and the fix title list the missing options', () => {
      const text = fargateLogs({ 'awslogs-group': '/ecs/web' });
      assert.match(one(text, 'ECS515').message, /`awslogs-region`, `awslogs-stream-prefix`/);
      assert.match(one(text, 'ECS515', ['vi']).message, /`awslogs-region`, `awslogs-stream-prefix`/);
      assert.deepStrictEqual(fixTitles(text, 'ECS515'), ['Add awslogs-region, awslogs-stream-prefix']);
      assert.deepStrictEqual(fixTitles(fargateLogs({}), 'ECS515'), ['Add awslogs-group, awslogs-region, awslogs-stream-prefix']);
      assert.strictEqual(messageKind(one(text, 'ECS515')), 'message');
    });

    it('options of another type are left to ECS003', () => {
      assert.deepStrictEqual(found(fargateLogs('x'), 'ECS515'), []);
      assert.deepStrictEqual(found(fargateLogs(['awslogs-group']), 'ECS515'), []);
    });

    it('a missing region on Fargate is an error with the usual message', () => {
      const text = fargateLogs({ 'awslogs-group': '/ecs/web', 'awslogs-stream-prefix': 'web' });
      assert.strictEqual(severityOf(text, 'ECS515'), DiagnosticSeverity.Error);
      assert.strictEqual(messageKind(one(text, 'ECS515')), 'message');
      assert.strictEqual(messageKind(one(task([{ name: 'app', ...logs({ 'awslogs-group': '/ecs/web' }) }]), 'ECS515')), 'regionFromInstance');
    });

    it('the group is named after the family, else the container, else `app`', () => {
      const groupAfterFix = (text: string): unknown => ((containerOf(applyFix(text, 'ECS515')).logConfiguration as Json).options as Json)['awslogs-group'];
      assert.strictEqual(groupAfterFix(fargateLogs({})), '/ecs/web');
      assert.strictEqual(groupAfterFix(fargateLogs({}, { family: undefined }, { name: 'api' })), '/ecs/api');
      assert.strictEqual(groupAfterFix(fargateLogs({}, { family: '' }, { name: 'api' })), '/ecs/api');
      assert.strictEqual(groupAfterFix(fargateLogs({}, { family: '${FAMILY}' }, { name: 'api' })), '/ecs/api');
      assert.strictEqual(groupAfterFix(fargateLogs({}, { family: undefined }, { name: undefined })), '/ecs/app');
    });

    it('without options the fix writes the whole object at once; on EC2 it adds only what EC2 needs', () => {
      const text = '{\n  "family": "web",\n  "requiresCompatibilities": ["EC2"],\n  "containerDefinitions": [\n    {\n      "name": "app",\n      "image": "nginx:1.27",\n      "memory": 128,\n      "logConfiguration": {\n        "logDriver": "awslogs"\n      }\n    }\n  ]\n}';
      assert.strictEqual(applyFix(text, 'ECS515'), text.replace('"logDriver": "awslogs"\n', '"logDriver": "awslogs",\n        "options": {\n          "awslogs-group": "/ecs/web",\n          "awslogs-region": "<REGION>"\n        }\n'));
      const noRegion = task([{ name: 'app', ...logs({ 'awslogs-group': 'g' }) }]);
      assert.deepStrictEqual((containerOf(applyFix(noRegion, 'ECS515')).logConfiguration as Json).options, { 'awslogs-group': 'g', 'awslogs-region': '<REGION>' });
    });

    it('the fix adds only what is still missing, and nothing once the driver or the options changed', () => {
      const text = fargateLogs({ 'awslogs-group': '/ecs/web' });
      const d = one(text, 'ECS515');
      const optionsOf = (out: string): unknown => (containerOf(out).logConfiguration as Json).options;
      assert.deepStrictEqual(fixesOn(fargateLogs({ 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1' }), d).map(optionsOf), [{ 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'ecs' }]);
      assert.deepStrictEqual(fixesOn(fargateLogs({ 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'x' }), d), []);
      assert.deepStrictEqual(fixesOn(fargate({}, { logConfiguration: { logDriver: 'json-file', options: {} } }), d), []);
      assert.deepStrictEqual(fixesOn(fargate({}, { logConfiguration: null }), d), []);
      assert.deepStrictEqual(fixesOn(fargateLogs('x'), d), []);
      assert.deepStrictEqual(fixesOn(fargateLogs(undefined), withData(d, (fix) => { fix.missing = []; })), []);
      assert.deepStrictEqual(fixesOn(fargateLogs(undefined), withData(d, (fix) => { fix.missing = ['toString', 'awslogs-retention']; })), []);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.logPath = 'logConfiguration'; })), []);
    });

    it('fix data a client rewrote: a container name that is not a string is not written into the group name', () => {
      const text = fargateLogs({}, { family: undefined }, { name: 'api' });
      const d = one(text, 'ECS515');
      const groupOf = (out: string): unknown => ((containerOf(out).logConfiguration as Json).options as Json)['awslogs-group'];
      assert.deepStrictEqual(fixesOn(text, d).map(groupOf), ['/ecs/api']);
      assert.deepStrictEqual(fixesOn(text, withData(d, (fix) => { fix.container = { name: 'api' }; })).map(groupOf), ['/ecs/app']);
    });

    it('with codeAction/resolve, fix data a client rewrote: the title names no option the data does not hold, and the fix resolves to no edit', () => {
      const text = fargateLogs({ 'awslogs-group': '/ecs/web', 'awslogs-stream-prefix': 'web' });
      const d = one(text, 'ECS515');
      const [[title, fixed]] = lazyFixesOn(text, d);
      assert.strictEqual(title, 'Add awslogs-region');
      assert.deepStrictEqual((containerOf(fixed!).logConfiguration as Json).options, { 'awslogs-group': '/ecs/web', 'awslogs-stream-prefix': 'web', 'awslogs-region': '<REGION>' });
      assert.deepStrictEqual(lazyFixesOn(text, withData(d, (fix) => { fix.missing = 'awslogs-region'; })), [['Add ', undefined]]);
    });
  });

  describe('ECS516 awslogs-create-group', () => {
    const cg = (value: unknown, driver = 'awslogs'): string => task([{ name: 'app', logConfiguration: { logDriver: driver, options: { 'awslogs-group': 'g', 'awslogs-region': 'us-east-1', 'awslogs-create-group': value } } }]);
    const valueAfterFix = (text: string): unknown => ((containerOf(applyFix(text, 'ECS516')).logConfiguration as Json).options as Json)['awslogs-create-group'];

    it('only for the awslogs driver', () => {
      assert.deepStrictEqual(found(cg('false', 'json-file'), 'ECS516'), []);
    });

    it('"true" in another case or with blanks is a hint, fixed to "true"', () => {
      for (const v of ['True', ' true ', 'TRUE']) {
        assert.strictEqual(severityOf(cg(v), 'ECS516'), DiagnosticSeverity.Hint, v);
        assert.strictEqual(messageKind(one(cg(v), 'ECS516')), 'case', v);
        assert.strictEqual(valueAfterFix(cg(v)), 'true', v);
      }
    });

    it('the fix offers nothing once the value changed', () => {
      for (const [seen, now] of [['false', 'true'], ['yes', 'no'], ['True', 'true'], ['false', 'False']]) {
        assert.deepStrictEqual(fixesOn(cg(now), one(cg(seen), 'ECS516')), [], `${seen} -> ${now}`);
      }
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g' } } }]), one(cg('yes'), 'ECS516')), []);
    });
  });

  describe('FireLens', () => {
    const router = { name: 'log_router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4', firelensConfiguration: { type: 'fluentbit' } };
    const user = { name: 'app', logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'stdout' } } };

    it('ECS517 a `null` firelensConfiguration is no router; a templated one may be', () => {
      assert.deepStrictEqual(found(task([user, { ...router, firelensConfiguration: null }]), 'ECS517'), ['"awsfirelens"']);
      assert.deepStrictEqual(found(task([user, { ...router, firelensConfiguration: '${FIRELENS}' }]), 'ECS517'), []);
    });

    it('ECS517 the message names the container using the driver; with two routers, the first router', () => {
      assert.match(one(task([user]), 'ECS517').message, /`app`/);
      const two = one(task([user, router, { ...router, name: 'router2' }]), 'ECS517');
      assert.strictEqual(messageKind(two), 'several');
      assert.match(two.message, /`log_router`/);
    });

    it('ECS517 after a syntax error, a router may be in the part that could not be read', () => {
      const text = '{"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 128, "logConfiguration": {"logDriver": "awsfirelens"}}, {"name": "log_router" "image": "fluent-bit"}]}';
      assert.deepStrictEqual(found(text, 'ECS517'), []);
      assert.deepStrictEqual(found(text.replace('"log_router" "image"', '"log_router", "image"'), 'ECS517'), ['"awsfirelens"']);
      // Even a syntax error outside the containers: what it hides is unknown.
      const elsewhere = '{"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 128, "logConfiguration": {"logDriver": "awsfirelens"}}], "volumes": [{"name": "v" "host": {}}]}';
      assert.deepStrictEqual(found(elsewhere, 'ECS517'), []);
      assert.deepStrictEqual(found(elsewhere.replace('"v" "host"', '"v", "host"'), 'ECS517'), ['"awsfirelens"']);
    });

    it('ECS518 the awslogs driver does not use the router; a templated driver may', () => {
      const awslogs = { name: 'app', logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g', 'awslogs-region': 'us-east-1' } } };
      const text = task([awslogs, router]);
      assert.deepStrictEqual(found(text, 'ECS518'), ['"firelensConfiguration"']);
      assert.match(one(text, 'ECS518').message, /`log_router`/);
      assert.deepStrictEqual(found(task([{ name: 'app', logConfiguration: { logDriver: '${LOG_DRIVER}' } }, router]), 'ECS518'), []);
      assert.deepStrictEqual(found(task([{ name: 'app' }, { ...router, firelensConfiguration: null }]), 'ECS518'), []);
    });
  });

  describe('ECS520 secret references', () => {
    const secret = (valueFrom: string, name: unknown = 'DB_PASSWORD'): string => task([{ name: 'app', secrets: [{ name, valueFrom }] }], { executionRoleArn: 'arn:aws:iam::123456789012:role/exec' });
    const kind = (valueFrom: string): string | undefined => { const d = all(secret(valueFrom), 'ECS520')[0]; return d && messageKind(d); };

    it('each kind of mistake has its message', () => {
      const cases: Array<[string, string | undefined]> = [
        ['', 'empty'], ['   ', 'empty'],
        ['my secret', 'message'], ['db password', 'message'],
        ['arn:aws:s3', 'arn'], ['arn:aws:s3:::bucket/key', 'service'], ['arn:aws:kms:us-east-1:123456789012:key/x', 'service'],
        ['arn:foo:ssm:us-east-1:123456789012:parameter/x', 'arn'], ['arn:xaws:ssm:us-east-1:123456789012:parameter/x', 'arn'], ['arn:awsx:ssm:us-east-1:123456789012:parameter/x', 'arn'],
        ['arn:aws:ssm:1us-east-1:123456789012:parameter/x', 'arn'], ['arn:aws:ssm:us-east-1x:123456789012:parameter/x', 'arn'], ['arn:aws:ssm:us:123456789012:parameter/x', 'arn'],
        ['arn:aws:ssm:us-east-1:1234567890123:parameter/x', 'arn'], ['arn:aws:ssm:us-east-1:x123456789012:parameter/x', 'arn'],
        ['arn:aws:secretsmanager:us-east-1:123456789012:parameter:x', 'arn'], ['arn:aws:secretsmanager:us-east-1:123456789012:secret:', 'arn'], ['arn:aws:secretsmanager:us-east-1:123456789012:secret', 'arn'],
        ['arn:aws:secretsmanager:us-east-1:123456789012:secret:x:a:b:c:d', 'arn'],
        ['arn:aws:ssm:us-east-1:123456789012:xparameter/x', 'arn'], ['arn:aws:ssm:us-east-1:123456789012:parameter:/x', 'arn'], ['arn:aws:ssm:us-east-1:123456789012:parameter/', 'arn'],
      ];
      for (const [v, expected] of cases) assert.strictEqual(kind(v), expected, v);
    });

    it('accepts regions with several parts or two-digit numbers, and all the parts of a Secrets Manager ARN', () => {
      for (const v of ['arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:x', 'arn:aws:ssm:ap-southeast-10:123456789012:parameter/x', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x:key:AWSCURRENT:', 'arn:aws:ssm:us-east-1:123456789012:parameter/a:b']) {
        assert.strictEqual(kind(v), undefined, v);
      }
    });

    it('the message names the secret, `?` without a name', () => {
      assert.match(one(secret('my secret'), 'ECS520').message, /`DB_PASSWORD`/);
      assert.match(one(secret('arn:aws:s3:::b'), 'ECS520').message, /`DB_PASSWORD`/);
      assert.match(one(secret('my secret', ''), 'ECS520').message, /`\?`/);
      assert.match(one(secret('my secret', 5), 'ECS520').message, /`\?`/);
    });
  });

  describe('ECS522 a variable in environment and secrets', () => {
    it('empty names and names of another type are not compared', () => {
      assert.deepStrictEqual(found(task([{ name: 'app', environment: [{ name: '', value: 'x' }], secrets: [{ name: '', valueFrom: 'p' }] }]), 'ECS522'), []);
      assert.deepStrictEqual(found(task([{ name: 'app', environment: [{ name: 5, value: 'x' }, { value: 'y' }], secrets: [{ name: 5, valueFrom: 'p' }, { valueFrom: 'q' }] }]), 'ECS522'), []);
      assert.deepStrictEqual(found(task([{ name: 'app', environment: [{ name: 'A', value: 'x' }], secrets: [{ name: 'A', valueFrom: 'p' }] }]), 'ECS522'), ['"A"']);
    });

    it('the message names the variable; the fix offers nothing once the entry was renamed or removed', () => {
      const text = task([{ name: 'app', environment: [{ name: 'DB_USER', value: 'app' }], secrets: [{ name: 'DB_USER', valueFrom: 'db-user' }] }]);
      const d = one(text, 'ECS522');
      assert.match(d.message, /`DB_USER`/);
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', environment: [{ name: 'DB_HOST', value: 'db' }], secrets: [{ name: 'DB_USER', valueFrom: 'db-user' }] }]), d), []);
      assert.deepStrictEqual(fixesOn(task([{ name: 'app', environment: [], secrets: [{ name: 'DB_USER', valueFrom: 'db-user' }] }]), d), []);
    });
  });

  describe('ECS523 container without an image', () => {
    it('a blank image is empty; a container named with another type is underlined at its brace', () => {
      const blank = task([{ name: 'app', image: '   ' }]);
      assert.deepStrictEqual(found(blank, 'ECS523'), ['"   "']);
      assert.strictEqual(messageKind(one(blank, 'ECS523')), 'empty');
      assert.deepStrictEqual(found(json({ family: 'web', containerDefinitions: [{ name: 5, memory: 128 }] }), 'ECS523'), ['{']);
      assert.deepStrictEqual(found(json({ family: 'web', containerDefinitions: ['x', null, 3] }), 'ECS523'), []);
    });

    it('after a syntax error inside the container, its image may be in the part that could not be read', () => {
      const text = '{"family": "web", "containerDefinitions": [{"name": "app", "memory": 128, "cpu" 10}]}';
      assert.deepStrictEqual(found(text, 'ECS523'), []);
      assert.deepStrictEqual(found(text.replace('"cpu" 10', '"cpu": 10'), 'ECS523'), ['"app"']);
    });
  });

  describe('container names shared by several rules', () => {
    it('a container without a name does not stop suggestions; a templated name stops the unknown-name rules', () => {
      const nameless = json({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 128, dependsOn: [{ containerName: 'databse', condition: 'START' }] }, { image: 'busybox:1.36', memory: 128 }, { name: 'database', image: 'postgres:16', memory: 128 }] });
      assert.strictEqual(messageKind(one(nameless, 'ECS503')), 'suggest');
      const templated = task([{ name: 'app', dependsOn: [{ containerName: 'sidecar', condition: 'START' }] }, { name: '${SIDECAR_NAME}' }], { networkMode: 'awsvpc', proxyConfiguration: { type: 'APPMESH', containerName: 'envoy' } });
      assert.deepStrictEqual(found(templated, 'ECS503'), []);
      assert.deepStrictEqual(found(templated, 'ECS519'), []);
    });
  });
});
