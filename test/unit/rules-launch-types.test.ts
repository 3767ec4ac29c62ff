import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadHclParser } from '../../common/hcl-loader';
import { EcsLanguageService, type HclParser } from '../../language-service';
import { launchTypesRules } from '../../language-service/rules/launch-types';
import { applyFix, codes, diagnose, diagnosticOf, doc, ec2, fargate, fixesWithData, found, service, settings, staleFixes, textAt } from '../support/harness';

type Json = Record<string, unknown>;
const parse = (text: string): Json => JSON.parse(text) as Json;
const json = (task: Json): string => JSON.stringify(task, null, 2);
/** The task of `fargate()` as an object, to build variants and compare fixed results. */
const fargateTask = (over: Json = {}, container: Json = {}): Json => parse(fargate(over, container));
const severityOf = (text: string, code: string): DiagnosticSeverity | undefined => diagnose(text).find((d) => d.code === code)?.severity;
const windowsFargate = (over: Json = {}): string => fargate({ runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' }, cpu: '1024', memory: '2048', ...over });
const OUR_CODES = /^ECS[123]\d\d$/;
/** The titles of the quick fixes of the first `code` diagnostic. */
const fixTitles = (text: string, code: string, lang: 'en' | 'vi' = 'en'): string[] => {
  const d = doc(text);
  const diag = service.diagnostics(d, settings(), [lang]).find((x) => x.code === code);
  assert.ok(diag, `a ${code} diagnostic`);
  return service.codeActions(d, [diag], ['quickfix'], settings(), [lang]).map((a) => a.title);
};

describe('launch-type rules (ECS1xx)', () => {
  describe('catalogue examples', () => {
    for (const rule of launchTypesRules) {
      it(`${rule.code} ${rule.name}: bad raises it, good does not`, () => {
        assert.ok(rule.examples, `${rule.code} has examples`);
        assert.ok(codes(rule.examples.bad).includes(rule.code), `bad example of ${rule.code}`);
        assert.ok(!codes(rule.examples.good).includes(rule.code), `good example of ${rule.code}`);
      });
    }
  });

  it('valid Fargate and EC2 task definitions raise nothing from these rules', () => {
    for (const text of [fargate(), ec2(), windowsFargate()]) {
      assert.deepStrictEqual(diagnose(text).filter((d) => OUR_CODES.test(String(d.code))).map((d) => d.code), []);
    }
  });

  describe('ECS101 Fargate requires awsvpc', () => {
    it('underlines the wrong mode and the fix changes only it', () => {
      const text = fargate({ networkMode: 'bridge' });
      assert.deepStrictEqual(found(text, 'ECS101'), ['"bridge"']);
      const fixed = applyFix(text, 'ECS101');
      assert.deepStrictEqual(found(fixed, 'ECS101'), []);
      assert.deepStrictEqual(parse(fixed), fargateTask());
    });

    it('a missing mode is reported on FARGATE and inserted after requiresCompatibilities', () => {
      const task = fargateTask();
      delete task.networkMode;
      const text = json(task);
      assert.deepStrictEqual(found(text, 'ECS101'), ['"FARGATE"']);
      const fixed = applyFix(text, 'ECS101');
      assert.deepStrictEqual(found(fixed, 'ECS101'), []);
      assert.deepStrictEqual(Object.keys(parse(fixed)).slice(0, 3), ['family', 'requiresCompatibilities', 'networkMode']);
      assert.deepStrictEqual(parse(fixed), { ...task, networkMode: 'awsvpc' });
    });

    it('leaves typos to ECS005 and placeholders alone; not for EC2', () => {
      assert.deepStrictEqual(found(fargate({ networkMode: 'awsvpn' }), 'ECS101'), []);
      assert.deepStrictEqual(found(fargate({ networkMode: '${NETWORK_MODE}' }), 'ECS101'), []);
      assert.deepStrictEqual(found(ec2({ networkMode: 'bridge' }), 'ECS101'), []);
    });

    it('also works inside the describe-task-definition wrapper', () => {
      const text = json({ taskDefinition: fargateTask({ networkMode: 'host' }) });
      assert.deepStrictEqual(found(text, 'ECS101'), ['"host"']);
      assert.strictEqual((parse(applyFix(text, 'ECS101')).taskDefinition as Json).networkMode, 'awsvpc');
    });
  });

  describe('ECS102 Fargate requires task cpu and memory', () => {
    it('both missing: reported on FARGATE, fix inserts the smallest pair', () => {
      const task = fargateTask();
      delete task.cpu;
      delete task.memory;
      const text = json(task);
      assert.deepStrictEqual(found(text, 'ECS102'), ['"FARGATE"']);
      const fixed = applyFix(text, 'ECS102');
      assert.deepStrictEqual(found(fixed, 'ECS102'), []);
      assert.deepStrictEqual(parse(fixed), { ...task, cpu: '256', memory: '512' });
      assert.deepStrictEqual(Object.keys(parse(fixed)).slice(0, 5), ['family', 'requiresCompatibilities', 'networkMode', 'cpu', 'memory']);
    });

    it('memory missing: reported on cpu, fix adds a matching memory in the same notation', () => {
      const task = fargateTask({ cpu: '1 vCPU' });
      delete task.memory;
      const text = json(task);
      assert.deepStrictEqual(found(text, 'ECS102'), ['"1 vCPU"']);
      const fixed = applyFix(text, 'ECS102');
      assert.strictEqual(parse(fixed).memory, '2 GB');
      assert.deepStrictEqual(codes(fixed).filter((c) => c === 'ECS102' || c === 'ECS103'), []);
    });

    it('cpu missing: reported on memory, fix adds a cpu that fits it', () => {
      const task = fargateTask({ memory: '4096' });
      delete task.cpu;
      const text = json(task);
      assert.deepStrictEqual(found(text, 'ECS102'), ['"4096"']);
      const fixed = applyFix(text, 'ECS102');
      assert.strictEqual(parse(fixed).cpu, '512');
      assert.deepStrictEqual(codes(fixed).filter((c) => c === 'ECS102' || c === 'ECS103'), []);
    });

    it('the message names the half that is there, and the fix title the values it adds', () => {
      const memoryOnly = fargateTask({ memory: '4 GB' });
      delete memoryOnly.cpu;
      const cpuOnly = fargateTask({ cpu: '1024' });
      delete cpuOnly.memory;
      const msg = (task: Json): string => diagnose(json(task)).find((d) => d.code === 'ECS102')!.message;
      assert.strictEqual(msg(memoryOnly), 'Fargate requires a task-level `cpu` to go with `memory` "4 GB".');
      assert.strictEqual(msg(cpuOnly), 'Fargate requires a task-level `memory` to go with `cpu` "1024".');
      assert.deepStrictEqual(fixTitles(json(memoryOnly), 'ECS102'), ['Add the task size (cpu ".5 vCPU")']);
      assert.deepStrictEqual(fixTitles(json(cpuOnly), 'ECS102'), ['Add the task size (memory "2048")']);
      const neither = fargateTask();
      delete neither.cpu;
      delete neither.memory;
      assert.deepStrictEqual(fixTitles(json(neither), 'ECS102'), ['Add the task size (cpu "256", memory "512")']);
    });

    it('a cpu Fargate does not offer gets the memory of the closest size', () => {
      const task = fargateTask({ cpu: '3072' });
      delete task.memory;
      assert.strictEqual(parse(applyFix(json(task), 'ECS102')).memory, '4096');
    });

    it('the values go after networkMode, or after requiresCompatibilities when there is none', () => {
      const task = fargateTask();
      delete task.cpu;
      delete task.memory;
      delete task.networkMode;
      assert.deepStrictEqual(Object.keys(parse(applyFix(json(task), 'ECS102'))).slice(0, 4), ['family', 'requiresCompatibilities', 'cpu', 'memory']);
      const bare: Json = { requiresCompatibilities: ['FARGATE'], family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }] };
      assert.deepStrictEqual(Object.keys(parse(applyFix(json(bare), 'ECS102'))), ['requiresCompatibilities', 'cpu', 'memory', 'family', 'containerDefinitions']);
      // cpu alone: memory goes right after it.
      const cpuOnly: Json = { family: 'web', requiresCompatibilities: ['FARGATE'], containerDefinitions: [], cpu: '512' };
      assert.deepStrictEqual(Object.keys(parse(applyFix(json(cpuOnly), 'ECS102'))), ['family', 'requiresCompatibilities', 'containerDefinitions', 'cpu', 'memory']);
    });

    it('a null cpu or memory counts as missing', () => {
      const text = fargate({ cpu: null, memory: '512' });
      assert.deepStrictEqual(found(text, 'ECS102'), ['"512"']);
      assert.strictEqual(parse(applyFix(text, 'ECS102')).cpu, '256');
    });

    it('Windows gets the Windows minimum', () => {
      const task = parse(windowsFargate());
      delete task.cpu;
      delete task.memory;
      const fixed = applyFix(json(task), 'ECS102');
      assert.deepStrictEqual([parse(fixed).cpu, parse(fixed).memory], ['1024', '2048']);
      assert.ok(!codes(fixed).includes('ECS104'));
    });

    it('is not raised for EC2 or when values are placeholders', () => {
      assert.deepStrictEqual(found(ec2(), 'ECS102'), []);
      assert.deepStrictEqual(found(fargate({ cpu: '${CPU}', memory: '${MEMORY}' }), 'ECS102'), []);
    });
  });

  describe('ECS103 Fargate task size', () => {
    it('the message shows the value as written and the sizes this cpu allows (a long list shortened)', () => {
      const msg = (text: string, code = 'ECS103'): string => diagnose(text).find((d) => d.code === code)!.message;
      assert.strictEqual(msg(fargate({ cpu: '256', memory: '4096' })), 'memory `4096` does not fit cpu `256` on Fargate. With this cpu, memory (MiB) can be: 512, 1024, 2048.');
      assert.match(msg(fargate({ cpu: '1 vCPU', memory: '1 GB' })), /^memory `1 GB` does not fit cpu `1 vCPU` on Fargate\. .* can be: 2048, 3072, …, 8192\.$/);
      assert.match(msg(fargate({ cpu: '4096', memory: '4096' })), /can be: 8192, 9216, …, 30720\.$/);
      assert.match(msg(fargate({ cpu: '3072', memory: '512' })), /^cpu `3072` is not a Fargate size\. Fargate accepts these CPU units: 256, 512, 1024, 2048, 4096, 8192, 16384 \(/);
      // A value longer than 40 characters is shortened in the message.
      const long = `${'1'.repeat(45)}`;
      assert.match(msg(fargate({ cpu: '256', memory: long })), new RegExp(`^memory \`${'1'.repeat(37)}\\.\\.\\.\` does not fit`));
    });

    it('the fix title names the new size in the file\'s notation', () => {
      assert.deepStrictEqual(fixTitles(fargate({ cpu: '3072', memory: '512' }), 'ECS103'), ['Use the closest Fargate size (cpu "2048", memory "4096")']);
      assert.deepStrictEqual(fixTitles(fargate({ cpu: '3 vCPU', memory: '16 GB' }), 'ECS103'), ['Use the closest Fargate size (cpu "2 vCPU")']);
    });

    it('memory that does not fit the cpu: underlined, fixed to the closest valid memory', () => {
      const text = fargate({ cpu: '256', memory: '4096' });
      assert.deepStrictEqual(found(text, 'ECS103'), ['"4096"']);
      const fixed = applyFix(text, 'ECS103');
      assert.deepStrictEqual(found(fixed, 'ECS103'), []);
      assert.deepStrictEqual(parse(fixed), fargateTask({ cpu: '256', memory: '2048' }));
    });

    it('memory too high for the cpu: offers "lower memory" and "raise cpu", in both languages, neither applied by fix-all', () => {
      const text = fargate({ cpu: '256', memory: '4096' });
      assert.deepStrictEqual(fixTitles(text, 'ECS103'), ['Lower memory to 2048', 'Raise cpu to 512 (keeps memory 4096)']);
      assert.deepStrictEqual(fixTitles(text, 'ECS103', 'vi'), ['Giảm memory xuống 2048', 'Tăng cpu lên 512 (giữ memory 4096)']);
      const raised = applyFix(text, 'ECS103', { title: /^Raise cpu/ });
      assert.deepStrictEqual(parse(raised), fargateTask({ cpu: '512', memory: '4096' }));
      assert.deepStrictEqual(found(raised, 'ECS103'), []);
      assert.strictEqual(service.fixAll(doc(text), settings(), ['en']), undefined);
    });

    it('with codeAction/resolve (lazy fixes), the same two fixes come with their edits, and no fix that resolves to nothing', () => {
      const text = fargate({ cpu: '256', memory: '4096' });
      const d = doc(text);
      const diag = service.diagnostics(d, settings(), ['en']).find((x) => x.code === 'ECS103')!;
      const actions = service.codeActions(d, [diag], ['quickfix'], settings(), ['en'], { lazy: true });
      assert.deepStrictEqual(actions.map((a) => [a.title, !!a.edit]), [['Lower memory to 2048', true], ['Raise cpu to 512 (keeps memory 4096)', true]]);
    });

    it('memory too low for the cpu: "raise memory" or "lower cpu"; unit notation kept', () => {
      const text = fargate({ cpu: '1 vCPU', memory: '1 GB' });
      assert.deepStrictEqual(fixTitles(text, 'ECS103'), ['Raise memory to 2 GB', 'Lower cpu to .5 vCPU (keeps memory 1 GB)']);
      const lowered = applyFix(text, 'ECS103', { title: /^Lower cpu/ });
      assert.deepStrictEqual([parse(lowered).cpu, parse(lowered).memory], ['.5 vCPU', '1 GB']);
      assert.deepStrictEqual(found(lowered, 'ECS103'), []);
    });

    it('memory above every size: only "lower memory" (no cpu offers it)', () => {
      assert.deepStrictEqual(fixTitles(fargate({ cpu: '4096', memory: '200000' }), 'ECS103'), ['Lower memory to 30720']);
    });

    it('Windows on Fargate (ECS104) offers the same two ways', () => {
      const text = windowsFargate({ cpu: '1024', memory: '10240' });
      assert.deepStrictEqual(found(text, 'ECS104'), ['"10240"']);
      assert.deepStrictEqual(fixTitles(text, 'ECS104'), ['Lower memory to 8192', 'Raise cpu to 2048 (keeps memory 10240)']);
    });

    it('keeps the unit notation of the file', () => {
      const fixed = applyFix(fargate({ cpu: '1 vCPU', memory: '1 GB' }), 'ECS103');
      assert.strictEqual(parse(fixed).memory, '2 GB');
      assert.strictEqual(parse(fixed).cpu, '1 vCPU');
    });

    it('a cpu Fargate does not offer: underlined on cpu, the fix adjusts both values', () => {
      const text = fargate({ cpu: '3072', memory: '512' });
      assert.deepStrictEqual(found(text, 'ECS103'), ['"3072"']);
      const fixed = applyFix(text, 'ECS103');
      assert.deepStrictEqual([parse(fixed).cpu, parse(fixed).memory], ['2048', '4096']);
      assert.deepStrictEqual(codes(fixed).filter((c) => c === 'ECS103'), []);
    });

    it('accepts unit strings and every table size', () => {
      for (const [cpu, memory] of [['.25 vcpu', '0.5GB'], ['0.5 vCPU', '3 GB'], ['2 vCPU', '16 GB'], ['8 vCPU', '60 GB'], ['16384', '122880'], ['4096', '30720']]) {
        assert.deepStrictEqual(found(fargate({ cpu, memory }), 'ECS103'), [], `${cpu} / ${memory}`);
      }
      assert.deepStrictEqual(found(fargate({ cpu: '8 vCPU', memory: '18 GB' }), 'ECS103'), ['"18 GB"']);
    });

    it('16 vCPU: 32768..122880 in steps of 8192 (the guide\'s table); 36864 is between two steps', () => {
      for (const memory of ['32768', '40960', '65536', '122880']) assert.deepStrictEqual(found(fargate({ cpu: '16384', memory }), 'ECS103'), [], memory);
      for (const memory of ['36864', '30720', '131072']) assert.deepStrictEqual(found(fargate({ cpu: '16384', memory }), 'ECS103'), [`"${memory}"`], memory);
      // The fix offers the nearest step of the table (halfway between two, the larger).
      assert.strictEqual(parse(applyFix(fargate({ cpu: '16384', memory: '36864' }), 'ECS103')).memory, '40960');
      // 8 vCPU steps by 4096: 20480 fits, 18432 does not.
      assert.deepStrictEqual(found(fargate({ cpu: '8192', memory: '20480' }), 'ECS103'), []);
      assert.deepStrictEqual(found(fargate({ cpu: '8192', memory: '18432' }), 'ECS103'), ['"18432"']);
    });

    it('never on Windows, where ECS104 says it (a size wrong for both tables gets one diagnostic)', () => {
      const both = windowsFargate({ cpu: '1024', memory: '1024' });
      assert.deepStrictEqual(found(both, 'ECS104'), ['"1024"']);
      assert.deepStrictEqual(found(both, 'ECS103'), []);
      const linux = fargate({ cpu: '1024', memory: '1024' });
      assert.deepStrictEqual(found(linux, 'ECS103'), ['"1024"']);
      assert.deepStrictEqual(found(linux, 'ECS104'), []);
    });

    it('skips placeholders and malformed values (ECS007 / ECS011 cover them)', () => {
      assert.deepStrictEqual(found(fargate({ cpu: '{{ cpu }}', memory: '512' }), 'ECS103'), []);
      assert.deepStrictEqual(found(fargate({ cpu: 'lots', memory: '512' }), 'ECS103'), []);
    });

    it('not for EC2 (any size is fine there)', () => {
      assert.deepStrictEqual(found(ec2({ cpu: '3072', memory: '700' }), 'ECS103'), []);
    });
  });

  describe('ECS104 Windows on Fargate', () => {
    it('a Linux-only size is refused for Windows', () => {
      const text = windowsFargate({ cpu: '512', memory: '1024' });
      assert.deepStrictEqual(found(text, 'ECS104'), ['"512"']);
      assert.deepStrictEqual(found(text, 'ECS103'), []);
      const fixed = applyFix(text, 'ECS104');
      assert.deepStrictEqual([parse(fixed).cpu, parse(fixed).memory], ['1024', '2048']);
      assert.ok(parse(fixed).runtimePlatform, 'runtimePlatform kept');
      assert.deepStrictEqual(found(fixed, 'ECS104'), []);
    });

    it('memory below the Windows minimum for the cpu', () => {
      const text = windowsFargate({ cpu: '2048', memory: '2048' });
      assert.deepStrictEqual(found(text, 'ECS104'), ['"2048"']);
      assert.strictEqual(parse(applyFix(text, 'ECS104')).memory, '4096');
      assert.deepStrictEqual(found(windowsFargate({ cpu: '4 vCPU', memory: '30 GB' }), 'ECS104'), []);
    });
  });

  describe('ECS105 task settings Fargate does not support', () => {
    it('placementConstraints, ipcMode, pidMode host, inferenceAccelerators', () => {
      assert.deepStrictEqual(found(fargate({ placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }] }), 'ECS105'), ['"placementConstraints"']);
      assert.deepStrictEqual(found(fargate({ ipcMode: 'host' }), 'ECS105'), ['"host"']);
      assert.deepStrictEqual(found(fargate({ pidMode: 'host' }), 'ECS105'), ['"host"']);
      assert.deepStrictEqual(found(fargate({ pidMode: 'task' }), 'ECS105'), []);
      assert.deepStrictEqual(found(windowsFargate({ pidMode: 'task' }), 'ECS105'), ['"task"']);
      assert.deepStrictEqual(found(fargate({ inferenceAccelerators: [{ deviceName: 'd1', deviceType: 'eia2.medium' }] }), 'ECS105'), ['"inferenceAccelerators"']);
      assert.deepStrictEqual(found(fargate({ placementConstraints: [] }), 'ECS105'), []);
    });

    it('the fix removes the setting and keeps the rest', () => {
      const fixed = applyFix(fargate({ ipcMode: 'task' }), 'ECS105');
      assert.deepStrictEqual(found(fixed, 'ECS105'), []);
      assert.deepStrictEqual(parse(fixed), fargateTask());
    });

    it('Docker volumes are reported without a fix; host.sourcePath is removed by the fix', () => {
      const docker = fargate({ volumes: [{ name: 'cache', dockerVolumeConfiguration: { scope: 'task', driver: 'local' } }] });
      assert.deepStrictEqual(found(docker, 'ECS105'), ['"dockerVolumeConfiguration"']);
      const d = doc(docker);
      const diag = service.diagnostics(d, settings(), ['en']).find((x) => x.code === 'ECS105')!;
      assert.deepStrictEqual(service.codeActions(d, [diag], ['quickfix'], settings(), ['en']), []);

      const host = fargate({ volumes: [{ name: 'scratch', host: { sourcePath: '/var/data' } }] });
      assert.deepStrictEqual(found(host, 'ECS105'), ['"sourcePath"']);
      const fixed = applyFix(host, 'ECS105');
      assert.deepStrictEqual(found(fixed, 'ECS105'), []);
      assert.deepStrictEqual(parse(fixed), fargateTask({ volumes: [{ name: 'scratch', host: {} }] }));
      assert.deepStrictEqual(found(fargate({ volumes: [{ name: 'scratch', host: {} }] }), 'ECS105'), []);
    });

    it('not for EC2', () => {
      assert.deepStrictEqual(found(ec2({ ipcMode: 'host', pidMode: 'host', volumes: [{ name: 'v', host: { sourcePath: '/data' } }] }), 'ECS105'), []);
    });
  });

  describe('ECS106 container settings Fargate does not support', () => {
    const cases: Array<[Json, string]> = [
      [{ privileged: true }, '"privileged"'],
      [{ links: ['db'] }, '"links"'],
      [{ hostname: 'web' }, '"hostname"'],
      [{ disableNetworking: true }, '"disableNetworking"'],
      [{ dnsServers: ['10.0.0.2'] }, '"dnsServers"'],
      [{ dnsSearchDomains: ['corp.local'] }, '"dnsSearchDomains"'],
      [{ extraHosts: [{ hostname: 'db', ipAddress: '10.0.0.5' }] }, '"extraHosts"'],
      [{ dockerSecurityOptions: ['no-new-privileges'] }, '"dockerSecurityOptions"'],
      [{ linuxParameters: { devices: [{ hostPath: '/dev/fuse' }] } }, '"devices"'],
      [{ linuxParameters: { sharedMemorySize: 256 } }, '"sharedMemorySize"'],
      [{ linuxParameters: { tmpfs: [{ containerPath: '/run', size: 64 }] } }, '"tmpfs"'],
      [{ linuxParameters: { maxSwap: 512, swappiness: 10 } }, '"maxSwap","swappiness"'],
      [{ resourceRequirements: [{ type: 'GPU', value: '1' }] }, '"GPU"'],
      [{ firelensConfiguration: { type: 'fluentbit', options: { 'config-file-type': 's3', 'config-file-value': 'arn:aws:s3:::bucket/fluent.conf' } } }, '"s3"'],
    ];
    for (const [container, expected] of cases) {
      it(`reports ${expected}`, () => {
        assert.deepStrictEqual(found(fargate({}, container), 'ECS106').join(','), expected);
        assert.deepStrictEqual(found(ec2({}, container), 'ECS106'), []);
      });
    }

    it('defaults and empty lists are not reported', () => {
      assert.deepStrictEqual(found(fargate({}, { privileged: false, disableNetworking: false, links: [], dnsServers: [] }), 'ECS106'), []);
    });

    it('null and blank values are not set; a number or an object is', () => {
      assert.deepStrictEqual(found(fargate({}, { hostname: null, linuxParameters: { sharedMemorySize: null, maxSwap: null } }), 'ECS106'), []);
      assert.deepStrictEqual(found(fargate({}, { hostname: '  ' }), 'ECS106'), []);
      assert.deepStrictEqual(found(fargate({}, { hostname: 42 }), 'ECS106'), ['"hostname"']);
      assert.deepStrictEqual(found(fargate({}, { resourceRequirements: [{ type: 'InferenceAccelerator', value: 'device_1' }, { type: 'MEMORY', value: '1' }] }), 'ECS106'), ['"InferenceAccelerator"']);
    });

    it('each message names the container and the setting; each fix title the setting', () => {
      const messages = (container: Json): string[] => diagnose(fargate({}, { name: 'web', ...container })).filter((d) => d.code === 'ECS106').map((d) => d.message);
      assert.match(messages({ privileged: true })[0], /^Container `web`: Fargate does not run privileged containers/);
      assert.match(messages({ dnsServers: ['10.0.0.2'] })[0], /`dnsServers`/);
      const [shm] = messages({ linuxParameters: { sharedMemorySize: 256 } });
      assert.strictEqual(shm, "Container `web`: Fargate does not support `linuxParameters.sharedMemorySize`.");
      const [gpu] = messages({ resourceRequirements: [{ type: 'GPU', value: '1' }] });
      const [acc] = messages({ resourceRequirements: [{ type: 'InferenceAccelerator', value: 'device_1' }] });
      assert.match(gpu, /GPU/);
      assert.notStrictEqual(gpu, acc);
      assert.deepStrictEqual(fixTitles(fargate({}, { privileged: true }), 'ECS106'), ['Remove privileged']);
      assert.deepStrictEqual(fixTitles(fargate({}, { linuxParameters: { tmpfs: [{ containerPath: '/run', size: 64 }] } }), 'ECS106'), ['Remove linuxParameters.tmpfs']);
      assert.deepStrictEqual(fixTitles(fargate({}, { resourceRequirements: [{ type: 'GPU', value: '1' }] }), 'ECS106'), ['Remove resourceRequirements GPU']);
      // A FireLens configuration file in S3 cannot be removed by a fix.
      assert.deepStrictEqual(fixTitles(fargate({}, { firelensConfiguration: { type: 'fluentbit', options: { 'config-file-type': 's3', 'config-file-value': 'arn:aws:s3:::b/f.conf' } } }), 'ECS106'), []);
    });

    it('the fix removes the setting and keeps the rest of the container', () => {
      const fixed = applyFix(fargate({}, { privileged: true, readonlyRootFilesystem: true }), 'ECS106');
      assert.deepStrictEqual(found(fixed, 'ECS106'), []);
      assert.deepStrictEqual(parse(fixed), fargateTask({}, { readonlyRootFilesystem: true }));
      const gpu = applyFix(fargate({}, { resourceRequirements: [{ type: 'GPU', value: '1' }] }), 'ECS106');
      assert.deepStrictEqual(found(gpu, 'ECS106'), []);
      assert.deepStrictEqual(parse(gpu), fargateTask({}, { resourceRequirements: [] }));
      const swap = applyFix(fargate({}, { linuxParameters: { maxSwap: 512, initProcessEnabled: true } }), 'ECS106');
      assert.deepStrictEqual(parse(swap), fargateTask({}, { linuxParameters: { initProcessEnabled: true } }));
    });
  });

  describe('ECS107 capabilities on Fargate', () => {
    it('only SYS_PTRACE may be added; the fix removes the others', () => {
      const text = fargate({}, { linuxParameters: { capabilities: { add: ['SYS_PTRACE', 'NET_ADMIN'], drop: ['ALL'] } } });
      assert.deepStrictEqual(found(text, 'ECS107'), ['"NET_ADMIN"']);
      const fixed = applyFix(text, 'ECS107');
      assert.deepStrictEqual(found(fixed, 'ECS107'), []);
      assert.deepStrictEqual(parse(fixed), fargateTask({}, { linuxParameters: { capabilities: { add: ['SYS_PTRACE'], drop: ['ALL'] } } }));
      assert.deepStrictEqual(found(fargate({}, { linuxParameters: { capabilities: { add: ['CAP_SYS_PTRACE'] } } }), 'ECS107'), []);
      assert.deepStrictEqual(found(ec2({}, { linuxParameters: { capabilities: { add: ['NET_ADMIN'] } } }), 'ECS107'), []);
    });
  });

  describe('ECS108 log drivers on Fargate', () => {
    it('only awslogs, splunk and awsfirelens', () => {
      assert.deepStrictEqual(found(fargate({}, { logConfiguration: { logDriver: 'json-file' } }), 'ECS108'), ['"json-file"']);
      assert.deepStrictEqual(found(fargate({}, { logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'datadog' } } }), 'ECS108'), []);
      assert.deepStrictEqual(found(fargate({}, { logConfiguration: { logDriver: 'awslog' } }), 'ECS108'), [], 'typos are ECS005');
      assert.deepStrictEqual(found(ec2({}, { logConfiguration: { logDriver: 'json-file' } }), 'ECS108'), []);
    });

    it('the message names the container and the driver; placeholders and the Fargate drivers pass', () => {
      const [d] = diagnose(fargate({}, { name: 'web', logConfiguration: { logDriver: 'syslog' } })).filter((x) => x.code === 'ECS108');
      assert.match(d.message, /^Container `web`: Fargate supports the log drivers `awslogs`, `splunk` and `awsfirelens`, not `syslog`\./);
      for (const logDriver of ['${LOG_DRIVER}', 'splunk', 'awslogs']) assert.deepStrictEqual(found(fargate({}, { logConfiguration: { logDriver } }), 'ECS108'), [], logDriver);
    });
  });

  describe('ECS109 container memory on EC2', () => {
    it('a container without memory in a task without memory', () => {
      const text = ec2({}, { memory: undefined });
      assert.deepStrictEqual(found(text, 'ECS109'), ['"app"']);
      assert.strictEqual(severityOf(text, 'ECS109'), DiagnosticSeverity.Error);
      const fixed = applyFix(text, 'ECS109');
      assert.deepStrictEqual(found(fixed, 'ECS109'), []);
      const expected = parse(ec2());
      const container = (expected.containerDefinitions as Json[])[0];
      delete container.memory;
      container.memoryReservation = 512;
      assert.deepStrictEqual(parse(fixed), expected);
    });

    it('also when no launch type is declared, and for EXTERNAL; not with task memory or on Fargate', () => {
      assert.deepStrictEqual(found(ec2({ requiresCompatibilities: undefined }, { memory: undefined }), 'ECS109'), ['"app"']);
      assert.deepStrictEqual(found(ec2({ requiresCompatibilities: ['EXTERNAL'] }, { memory: undefined }), 'ECS109'), ['"app"']);
      assert.deepStrictEqual(found(ec2({ memory: '1024' }, { memory: undefined }), 'ECS109'), []);
      assert.deepStrictEqual(found(ec2({}, { memory: undefined, memoryReservation: 128 }), 'ECS109'), []);
      assert.deepStrictEqual(found(fargate(), 'ECS109'), []);
    });

    it('the message names the container and the launch type; a null memory counts as none, a null task memory as absent', () => {
      const msg = (over: Json, container: Json): string => diagnose(ec2(over, { memory: undefined, ...container })).find((d) => d.code === 'ECS109')!.message;
      assert.match(msg({}, { name: 'web' }), /^Container `web` needs `memory` or `memoryReservation`: .* on EC2 ECS must know/);
      assert.match(msg({ requiresCompatibilities: ['EXTERNAL'] }, {}), / on EXTERNAL ECS must know/);
      assert.deepStrictEqual(found(ec2({}, { memory: null }), 'ECS109'), ['"app"']);
      assert.deepStrictEqual(found(ec2({ memory: null }, { memory: undefined }), 'ECS109'), ['"app"']);
      assert.deepStrictEqual(found(ec2({}, { memory: undefined, memoryReservation: null }), 'ECS109'), ['"app"']);
      // The fix keeps a memoryReservation that someone added meanwhile (stale diagnostic).
      const text = ec2({}, { memory: undefined });
      const d = doc(text);
      const diag = service.diagnostics(d, settings(), ['en']).find((x) => x.code === 'ECS109')!;
      const changed = ec2({}, { memory: 256 });
      assert.deepStrictEqual(service.codeActions(doc(changed), [diag], ['quickfix'], settings(), ['en']), []);
    });
  });

  describe('ECS110 EXTERNAL and awsvpc', () => {
    it('warns and switches to bridge', () => {
      const text = ec2({ requiresCompatibilities: ['EXTERNAL'], networkMode: 'awsvpc' }, { portMappings: [{ containerPort: 80 }] });
      assert.deepStrictEqual(found(text, 'ECS110'), ['"awsvpc"']);
      assert.strictEqual(severityOf(text, 'ECS110'), DiagnosticSeverity.Warning);
      const fixed = applyFix(text, 'ECS110');
      assert.deepStrictEqual(found(fixed, 'ECS110'), []);
      assert.deepStrictEqual(parse(fixed), parse(ec2({ requiresCompatibilities: ['EXTERNAL'], networkMode: 'bridge' }, { portMappings: [{ containerPort: 80 }] })));
      assert.deepStrictEqual(found(ec2({ requiresCompatibilities: ['EXTERNAL'] }), 'ECS110'), []);
    });

    it('with FARGATE listed too, no network mode fits both: said so, and no fix', () => {
      const text = fargate({ requiresCompatibilities: ['FARGATE', 'EXTERNAL'] });
      assert.deepStrictEqual(found(text, 'ECS110'), ['"awsvpc"']);
      assert.match(diagnose(text).find((d) => d.code === 'ECS110')!.message, /lists both `FARGATE` .* and `EXTERNAL`/);
      const d = doc(text);
      const diag = service.diagnostics(d, settings(), ['en']).find((x) => x.code === 'ECS110')!;
      assert.deepStrictEqual(service.codeActions(d, [diag], ['quickfix'], settings(), ['en']), []);
    });
  });

  describe('ECS111 Managed Instances network mode', () => {
    it('missing mode reported on MANAGED_INSTANCES and inserted; bridge warned; awsvpc and host fine', () => {
      const task = parse(fargate({ requiresCompatibilities: ['MANAGED_INSTANCES'] }));
      delete task.networkMode;
      const text = json(task);
      assert.deepStrictEqual(found(text, 'ECS111'), ['"MANAGED_INSTANCES"']);
      const fixed = applyFix(text, 'ECS111');
      assert.deepStrictEqual(found(fixed, 'ECS111'), []);
      assert.deepStrictEqual(parse(fixed), { ...task, networkMode: 'awsvpc' });
      assert.deepStrictEqual(found(fargate({ requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: 'bridge' }), 'ECS111'), ['"bridge"']);
      assert.deepStrictEqual(found(fargate({ requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: 'host' }), 'ECS111'), []);
    });

    it('bridge is replaced by awsvpc, a null mode is filled in after requiresCompatibilities; with FARGATE listed ECS101 says it instead', () => {
      const bridge = fargate({ requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: 'bridge' });
      assert.notStrictEqual(diagnose(bridge).find((d) => d.code === 'ECS111')!.message, diagnose(fargate({ requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: null })).find((d) => d.code === 'ECS111')!.message);
      assert.strictEqual(parse(applyFix(bridge, 'ECS111')).networkMode, 'awsvpc');
      const nullMode = json({ family: 'web', requiresCompatibilities: ['EC2', 'MANAGED_INSTANCES'], networkMode: null, containerDefinitions: [] });
      assert.deepStrictEqual(found(nullMode, 'ECS111'), ['"MANAGED_INSTANCES"']);
      assert.deepStrictEqual(Object.entries(parse(applyFix(nullMode, 'ECS111'))).slice(0, 3), [['family', 'web'], ['requiresCompatibilities', ['EC2', 'MANAGED_INSTANCES']], ['networkMode', 'awsvpc']]);
      assert.deepStrictEqual(found(fargate({ requiresCompatibilities: ['FARGATE', 'MANAGED_INSTANCES'], networkMode: 'bridge' }), 'ECS111'), []);
      // A stale "bridge" diagnostic on a file whose mode is now host changes nothing.
      const d = doc(bridge);
      const diag = service.diagnostics(d, settings(), ['en']).find((x) => x.code === 'ECS111')!;
      assert.deepStrictEqual(service.codeActions(doc(fargate({ requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: 'host' })), [diag], ['quickfix'], settings(), ['en']), []);
    });
  });

  describe('ECS112 no launch type', () => {
    it('information on family; the fix guesses FARGATE or EC2', () => {
      const ec2Text = ec2({ requiresCompatibilities: undefined });
      assert.deepStrictEqual(found(ec2Text, 'ECS112'), ['"family"']);
      assert.strictEqual(severityOf(ec2Text, 'ECS112'), DiagnosticSeverity.Information);
      const fixedEc2 = applyFix(ec2Text, 'ECS112');
      assert.deepStrictEqual(found(fixedEc2, 'ECS112'), []);
      assert.deepStrictEqual(parse(fixedEc2), parse(ec2()));

      const fargateText = fargate({ requiresCompatibilities: undefined });
      assert.deepStrictEqual(parse(applyFix(fargateText, 'ECS112')), fargateTask());
    });

    it('an empty list is underlined', () => {
      assert.deepStrictEqual(found(ec2({ requiresCompatibilities: [] }), 'ECS112'), ['[]']);
      assert.deepStrictEqual(found(ec2(), 'ECS112'), []);
    });

    it('the guess is FARGATE only with awsvpc, cpu and memory together; an empty or null list is filled in; without family the key containerDefinitions carries it', () => {
      const guess = (over: Json): string => fixTitles(ec2({ requiresCompatibilities: undefined, ...over }), 'ECS112')[0];
      assert.strictEqual(guess({ networkMode: 'awsvpc', cpu: '256', memory: '512' }), 'Add "requiresCompatibilities": ["FARGATE"]');
      for (const over of [{ networkMode: 'awsvpc', cpu: '256' }, { networkMode: 'awsvpc', memory: '512' }, { networkMode: 'bridge', cpu: '256', memory: '512' }]) {
        assert.strictEqual(guess(over), 'Add "requiresCompatibilities": ["EC2"]', JSON.stringify(over));
      }
      const empty = ec2({ requiresCompatibilities: [] });
      assert.notStrictEqual(diagnose(empty).find((d) => d.code === 'ECS112')!.message, diagnose(ec2({ requiresCompatibilities: undefined })).find((d) => d.code === 'ECS112')!.message);
      assert.deepStrictEqual(parse(applyFix(empty, 'ECS112')).requiresCompatibilities, ['EC2']);
      assert.deepStrictEqual(found(ec2({ requiresCompatibilities: null }), 'ECS112'), ['"family"']);
      const noFamily = json({ containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 256 }] });
      assert.deepStrictEqual(found(noFamily, 'ECS112'), ['"containerDefinitions"']);
      assert.deepStrictEqual(Object.keys(parse(applyFix(noFamily, 'ECS112'))), ['containerDefinitions', 'requiresCompatibilities']);
    });
  });

  it('never throws on broken trees', () => {
    const broken: string[] = [
      '{ "family": "x", "requiresCompatibilities": "FARGATE", "containerDefinitions": null }',
      '{ "family": "x", "requiresCompatibilities": ["FARGATE", null, 3], "networkMode": 7, "cpu": {}, "memory": [], "containerDefinitions": [null, 1, "a", {}, { "linuxParameters": null, "logConfiguration": "x", "resourceRequirements": [null, { "type": 3 }] }] }',
      '{ "requiresCompatibilities": ["FARGATE"], "containerDefinitions": [{ "linuxParameters": { "capabilities": { "add": [null, 5, "NET_ADMIN"] } }, "firelensConfiguration": { "options": null } }], "volumes": [null, { "host": null }, { "host": { "sourcePath": 5 } }, { "dockerVolumeConfiguration": [] }] }',
      '{ "requiresCompatibilities": ["EC2", "EXTERNAL", "MANAGED_INSTANCES"], "networkMode": null, "memory": null, "containerDefinitions": [[], { "name": null }] }',
      '{ "requiresCompatibilities": ["FARGATE"], "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2019_CORE" }, "cpu": "-1", "memory": "0", "containerDefinitions": [',
      '{ "taskDefinition": { "requiresCompatibilities": ["FARGATE"], "containerDefinitions": {} } }',
    ];
    for (const text of broken) assert.doesNotThrow(() => diagnose(text), text);
  });
});

describe('a placeholder in requiresCompatibilities: the launch type is unknown (issue 11)', () => {
  const errors = (text: string): string[] => diagnose(text).filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => String(d.code)).sort();
  // Breaks Fargate (no awsvpc, no task size, a log driver and a host feature Fargate lacks) and EC2 (no memory).
  const content = (launchTypes: unknown): string => json(fargateTask(
    { requiresCompatibilities: launchTypes, networkMode: 'host', cpu: undefined, memory: undefined, pidMode: 'host' },
    { logConfiguration: { logDriver: 'syslog' }, linuxParameters: { devices: [{ hostPath: '/dev/fuse' }] } },
  ));

  it('the same content gives Fargate errors with FARGATE and the EC2 memory error with EC2 (control)', () => {
    const onFargate = errors(content(['FARGATE']));
    for (const code of ['ECS101', 'ECS102', 'ECS105', 'ECS108']) assert.ok(onFargate.includes(code), `${code} on Fargate: ${onFargate.join(' ')}`);
    assert.deepStrictEqual(errors(content(['EC2'])), ['ECS109']);
    assert.deepStrictEqual(errors(content(undefined)), ['ECS109'], 'no list: ECS validates for EC2');
  });

  for (const placeholder of ['${LAUNCH_TYPE}', '{{ .LaunchType }}', '#{LaunchType}#']) {
    it(`["${placeholder}"]: neither a Fargate error nor an EC2-only error`, () => {
      assert.deepStrictEqual(errors(content([placeholder])), []);
    });
  }

  it('a declared launch type next to a placeholder still applies: FARGATE + placeholder gives the Fargate errors, not the EC2 one', () => {
    const both = errors(content(['FARGATE', '${EXTRA_LAUNCH_TYPE}']));
    assert.ok(both.includes('ECS101') && both.includes('ECS102'), both.join(' '));
    assert.ok(!both.includes('ECS109'), both.join(' '));
  });

  it('an absent network mode is not taken for bridge (the EC2 default): the link rules, which assume bridge, stay quiet', () => {
    const links = (launchTypes: unknown): string => json(fargateTask({ requiresCompatibilities: launchTypes, networkMode: undefined, cpu: undefined, memory: undefined }, { memory: 256, links: ['db'] }));
    assert.deepStrictEqual(found(links(['${LAUNCH_TYPE}']), 'ECS311'), []);
    // Control: on EC2 with no mode (bridge), the link to a container that does not exist is reported.
    assert.deepStrictEqual(found(links(['EC2']), 'ECS311'), ['db']);
  });
});

const keysOf = (text: string, at: (task: Json) => Json = (t) => t): string[] => Object.keys(at(parse(text)));
const messageOf = (text: string, code: string): string => diagnosticOf(text, code).message;

describe('launch-type rules: what the messages name', () => {
  it('a container name of exactly 60 characters is shown whole, a longer one shortened; a long placeholder name is cut at 60', () => {
    const syslog = { logConfiguration: { logDriver: 'syslog' } };
    const sixty = 'a'.repeat(60);
    assert.match(messageOf(fargate({}, { name: sixty, ...syslog }), 'ECS108'), new RegExp(`^Container \`${sixty}\`:`));
    assert.match(messageOf(fargate({}, { name: `${sixty}b`, ...syslog }), 'ECS108'), new RegExp(`^Container \`${'a'.repeat(57)}\\.\\.\\.\`:`));
    const placeholder = `\${${'A'.repeat(70)}}`;
    assert.match(messageOf(fargate({}, { name: placeholder, ...syslog }), 'ECS108'), new RegExp(`^Container \`\\$\\{${'A'.repeat(58)}\`:`));
  });

  it('a volume name of exactly 60 characters is shown whole, a longer one shortened', () => {
    const volume = (name: string): string => fargate({ volumes: [{ name, host: { sourcePath: '/data' } }] });
    assert.match(messageOf(volume('v'.repeat(60)), 'ECS105'), new RegExp(`^Volume \`${'v'.repeat(60)}\`:`));
    assert.match(messageOf(volume('v'.repeat(61)), 'ECS105'), new RegExp(`^Volume \`${'v'.repeat(57)}\\.\\.\\.\`:`));
  });

  it('ECS103 lists four sizes in full and shortens five or more; a 40-character value is shown whole, a longer one shortened', () => {
    assert.match(messageOf(fargate({ cpu: '512', memory: '512' }), 'ECS103'), /can be: 1024, 2048, 3072, 4096\.$/);
    assert.match(messageOf(fargate({ cpu: '1024', memory: '512' }), 'ECS103'), /can be: 2048, 3072, …, 8192\.$/);
    const forty = `${'0'.repeat(36)}4096`;
    assert.match(messageOf(fargate({ cpu: '256', memory: forty }), 'ECS103'), new RegExp(`^memory \`${forty}\` does not fit cpu \`256\``));
    assert.match(messageOf(fargate({ cpu: '256', memory: `0${forty}` }), 'ECS103'), new RegExp(`^memory \`${'0'.repeat(37)}\\.\\.\\.\` does not fit`));
  });

  it('ECS103 shows numbers as written and keeps plain units in its fix', () => {
    const text = fargate({ cpu: 3072, memory: 512 });
    assert.match(messageOf(text, 'ECS103'), /^cpu `3072` is not a Fargate size/);
    assert.deepStrictEqual(fixTitles(text, 'ECS103'), ['Use the closest Fargate size (cpu "2048", memory "4096")']);
    assert.deepStrictEqual(fixTitles(fargate({ cpu: 256, memory: 4096 }), 'ECS103'), ['Lower memory to 2048', 'Raise cpu to 512 (keeps memory 4096)']);
  });

  it('ECS104 names the Windows cpu sizes', () => {
    assert.match(messageOf(windowsFargate({ cpu: '512', memory: '1024' }), 'ECS104'), /^cpu `512` is not available for Windows on Fargate: use 1024, 2048, 4096 CPU units/);
  });

  it('ECS109 underlines the first character of a container without a name, and names it by position', () => {
    const text = ec2({}, { name: undefined, memory: undefined });
    assert.deepStrictEqual(found(text, 'ECS109'), ['{']);
    assert.match(messageOf(text, 'ECS109'), /^Container `#1` needs/);
  });
});

describe('launch-type rules: the network mode a task really uses', () => {
  const mismatch = { portMappings: [{ containerPort: 80, hostPort: 8080 }] };

  it('a Fargate task without networkMode is awsvpc for the port rules (ECS301), besides ECS101', () => {
    const task = fargateTask({}, mismatch);
    delete task.networkMode;
    const text = json(task);
    assert.deepStrictEqual(found(text, 'ECS301'), ['8080']);
    assert.match(messageOf(text, 'ECS301'), /awsvpc/);
  });

  it('a Windows task on EC2 without networkMode has no known mode: no bridge rule (ECS306); Linux gets it (control)', () => {
    const staticPort = { portMappings: [{ containerPort: 80, hostPort: 80 }] };
    const windows = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } };
    assert.deepStrictEqual(found(ec2({ networkMode: undefined, ...windows }, staticPort), 'ECS306'), []);
    assert.deepStrictEqual(found(ec2({ networkMode: undefined }, staticPort), 'ECS306'), ['80']);
  });

  it('a declared mode is taken as written: bridge is not awsvpc (no ECS301), a typo is no mode at all', () => {
    assert.deepStrictEqual(found(ec2({ networkMode: 'bridge' }, mismatch), 'ECS301'), []);
    assert.deepStrictEqual(found(ec2({ networkMode: 'host' }, mismatch), 'ECS301'), ['8080']);
    assert.deepStrictEqual(found(ec2({ networkMode: 'awsvpn' }, mismatch), 'ECS301'), []);
  });
});

describe('launch-type rules: anchors and insert positions', () => {
  it('ECS101 underlines FARGATE when other launch types come first', () => {
    const task = fargateTask({ requiresCompatibilities: ['EC2', 'FARGATE'] });
    delete task.networkMode;
    assert.deepStrictEqual(found(json(task), 'ECS101'), ['"FARGATE"']);
  });

  it('ECS101 does not claim a missing network mode when a syntax error at the task level may hide it', () => {
    const task = fargateTask();
    delete task.networkMode;
    const text = json(task);
    assert.deepStrictEqual(found(text, 'ECS101'), ['"FARGATE"']);
    assert.deepStrictEqual(found(text.replace('"cpu": "256",', '"cpu": "256"'), 'ECS101'), []);
  });

  it('ECS111 inserts the mode after requiresCompatibilities, or after family when there is no list to follow', () => {
    const task = parse(fargate({ requiresCompatibilities: ['MANAGED_INSTANCES'] }));
    delete task.networkMode;
    assert.deepStrictEqual(keysOf(applyFix(json(task), 'ECS111')).slice(0, 3), ['family', 'requiresCompatibilities', 'networkMode']);
    const first: Json = { requiresCompatibilities: ['MANAGED_INSTANCES'], containerDefinitions: [], family: 'web' };
    assert.deepStrictEqual(keysOf(applyFix(json(first), 'ECS111')), ['requiresCompatibilities', 'networkMode', 'containerDefinitions', 'family']);
  });

  it('ECS112 inserts the list right after family', () => {
    const text = json({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 256 }], cpu: '256' });
    assert.deepStrictEqual(keysOf(applyFix(text, 'ECS112')), ['family', 'requiresCompatibilities', 'containerDefinitions', 'cpu']);
  });

  it('ECS112 is not about a list written as a string (the schema says it), and not raised without family or containerDefinitions to underline', () => {
    assert.deepStrictEqual(found(ec2({ requiresCompatibilities: 'EC2' }), 'ECS112'), []);
    assert.deepStrictEqual(found(json({ cpu: '256', memory: '512', networkMode: 'awsvpc', executionRoleArn: 'arn:aws:iam::123456789012:role/x' }), 'ECS112'), []);
  });

  it('ECS109 puts memoryReservation after cpu, else after image, else after name', () => {
    const container = (text: string): Json => (parse(text).containerDefinitions as Json[])[0];
    const keys = (over: Json): string[] => Object.keys(container(applyFix(ec2({}, { memory: undefined, ...over }), 'ECS109')));
    assert.deepStrictEqual(keys({ cpu: 128 }), ['name', 'image', 'essential', 'portMappings', 'cpu', 'memoryReservation']);
    assert.deepStrictEqual(keys({}), ['name', 'image', 'memoryReservation', 'essential', 'portMappings']);
    const noImage = json({ family: 'web', requiresCompatibilities: ['EC2'], containerDefinitions: [{ name: 'app', essential: true }] });
    assert.deepStrictEqual(Object.keys(container(applyFix(noImage, 'ECS109'))), ['name', 'memoryReservation', 'essential']);
  });
});

describe('launch-type rules: fixes on a text that changed since the diagnostic, and fix data that is not ours', () => {
  const noMode = (over: Json = {}): string => { const t = fargateTask(over); delete t.networkMode; return json(t); };

  it('ECS101: sets awsvpc as long as the task is there; nothing once the mode is awsvpc or the task is gone', () => {
    const before = fargate({ networkMode: 'bridge' });
    assert.deepStrictEqual(staleFixes(before, fargate({ networkMode: 'host' }), 'ECS101'), [['Use "networkMode": "awsvpc"', fargate()]]);
    assert.deepStrictEqual(staleFixes(before, fargate(), 'ECS101'), []);
    const wrapped = json({ taskDefinition: fargateTask({ networkMode: 'host' }) });
    assert.deepStrictEqual(staleFixes(wrapped, fargate({ networkMode: 'host' }), 'ECS101'), []);
    assert.deepStrictEqual(staleFixes(wrapped, json({ taskDefinition: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:1' }), 'ECS101'), []);
    assert.deepStrictEqual(fixesWithData(noMode(), 'ECS101', { taskPath: 5 }), []);
  });

  it('ECS102: adds nothing that is there now, and nothing where the task is gone', () => {
    const before = noMode({ cpu: undefined, memory: undefined });
    const both = fargateTask();
    delete both.cpu;
    delete both.memory;
    const text = json(both);
    assert.deepStrictEqual(staleFixes(text, fargate(), 'ECS102'), []);
    assert.deepStrictEqual(staleFixes(json({ taskDefinition: both }), text, 'ECS102'), []);
    assert.deepStrictEqual(staleFixes(json({ taskDefinition: both }), json({ taskDefinition: 'web:1' }), 'ECS102'), []);
    // cpu set meanwhile: only memory is added; memory set meanwhile: only cpu; a null one is filled where it is.
    const sizes = (after: string, from = text): unknown[][] => staleFixes(from, after, 'ECS102').map(([, t]) => [parse(t).cpu, parse(t).memory, keysOf(t).indexOf('cpu'), keysOf(t).indexOf('memory')]);
    assert.deepStrictEqual(sizes(fargate({ cpu: '1024', memory: undefined })), [['1024', '512', 3, 4]]);
    assert.deepStrictEqual(sizes(fargate({ cpu: undefined, memory: '4096' })), [['256', '4096', 3, 4]]);
    assert.deepStrictEqual(sizes(fargate({ cpu: undefined, memory: null })), [['256', '512', 3, 4]]);
    // A diagnostic that only adds memory leaves a cpu that is null now as it is.
    assert.deepStrictEqual(sizes(fargate({ cpu: null, memory: undefined }), fargate({ cpu: '1024', memory: undefined })), [[null, '2048', 3, 4]]);
    assert.deepStrictEqual(fixesWithData(before, 'ECS102', { taskPath: 'x' }), []);
  });

  it('ECS103 / ECS104: a size that is gone or no longer a value is not replaced; the fix never writes a value that is not a string', () => {
    const before = fargate({ cpu: '256', memory: '4096' });
    // Each fix looks at its own value: with the memory gone or no longer a value, only the cpu one is left.
    assert.deepStrictEqual(staleFixes(before, fargate({ cpu: '256', memory: undefined }), 'ECS103').map(([title]) => title), ['Raise cpu to 512 (keeps memory 4096)']);
    assert.deepStrictEqual(staleFixes(before, fargate({ cpu: '256', memory: { size: 4096 } }), 'ECS103').map(([title]) => title), ['Raise cpu to 512 (keeps memory 4096)']);
    assert.deepStrictEqual(staleFixes(before, fargate({ cpu: undefined, memory: '4096' }), 'ECS103').map(([title]) => title), ['Lower memory to 2048']);
    // The memory already lowered: that fix is no longer offered; raising the cpu still is.
    assert.deepStrictEqual(staleFixes(before, fargate({ cpu: '256', memory: '2048' }), 'ECS103').map(([title]) => title), ['Raise cpu to 512 (keeps memory 4096)']);
    assert.deepStrictEqual(fixesWithData(before, 'ECS103', { keepCpu: 512, memory: 2048 }), []);
    assert.deepStrictEqual(fixesWithData(before, 'ECS103', { keepCpuPath: 5, memoryPath: 'memory' }), []);
    const cpu = fargate({ cpu: '3072', memory: '512' });
    assert.deepStrictEqual(staleFixes(cpu, fargate({ cpu: [3072], memory: '512' }), 'ECS103'), []);
    assert.deepStrictEqual(staleFixes(cpu, fargate({ cpu: undefined, memory: '512' }), 'ECS103'), []);
    // Only the cpu: the memory fits the new cpu.
    assert.deepStrictEqual(fixesWithData(cpu, 'ECS103', { memory: 4096 }).map(([, t]) => [parse(t).cpu, parse(t).memory]), [['2048', '512']]);
  });

  it('ECS103: a memory between two steps of 16 vCPU can also keep its memory on the 8 vCPU size', () => {
    const text = fargate({ cpu: '16384', memory: '36864' });
    assert.deepStrictEqual(fixTitles(text, 'ECS103'), ['Raise memory to 40960', 'Lower cpu to 8192 (keeps memory 36864)']);
    const lowered = applyFix(text, 'ECS103', { title: /^Lower cpu/ });
    assert.deepStrictEqual([parse(lowered).cpu, parse(lowered).memory], ['8192', '36864']);
  });

  it('ECS105 / ECS106 / ECS107: removes what is still there; a path that is not a path removes nothing', () => {
    const ipc = fargate({ ipcMode: 'host' });
    assert.deepStrictEqual(staleFixes(ipc, fargate(), 'ECS105'), []);
    assert.deepStrictEqual(fixesWithData(ipc, 'ECS105', { path: 5 }), []);
    assert.deepStrictEqual(fixesWithData(fargate({}, { privileged: true }), 'ECS106', { path: 5 }), []);
    assert.deepStrictEqual(fixesWithData(fargate({}, { linuxParameters: { capabilities: { add: ['NET_ADMIN'] } } }), 'ECS107', { path: 5 }), []);
  });

  it('ECS109: nothing when the container is gone, is no longer an object, or has a memoryReservation now', () => {
    const before = ec2({}, { memory: undefined });
    assert.deepStrictEqual(staleFixes(before, ec2({}, { memory: undefined, memoryReservation: 128 }), 'ECS109'), []);
    assert.deepStrictEqual(staleFixes(before, ec2({ containerDefinitions: [] }), 'ECS109'), []);
    assert.deepStrictEqual(staleFixes(before, ec2({ containerDefinitions: ['${CONTAINER}'] }), 'ECS109'), []);
    assert.deepStrictEqual(fixesWithData(before, 'ECS109', { containerPath: 'containerDefinitions' }), []);
    assert.deepStrictEqual(fixesWithData(before, 'ECS109', { containerPath: 0 }), []);
  });

  it('ECS110: switches only an awsvpc mode', () => {
    const before = ec2({ requiresCompatibilities: ['EXTERNAL'], networkMode: 'awsvpc' });
    assert.deepStrictEqual(staleFixes(before, ec2({ requiresCompatibilities: ['EXTERNAL'], networkMode: 'host' }), 'ECS110'), []);
  });

  it('ECS111: replaces only bridge; nothing when the task is gone', () => {
    const before = fargate({ requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: 'bridge' });
    const wrapped = json({ taskDefinition: parse(before) });
    assert.deepStrictEqual(staleFixes(wrapped, before, 'ECS111'), []);
    assert.deepStrictEqual(staleFixes(wrapped, json({ taskDefinition: 'web:1' }), 'ECS111'), []);
    assert.deepStrictEqual(fixesWithData(before, 'ECS111', { taskPath: 7 }), []);
  });

  it('ECS112: nothing once a launch type is listed or the task is gone; only FARGATE or EC2 is ever written', () => {
    const before = ec2({ requiresCompatibilities: undefined });
    assert.deepStrictEqual(staleFixes(before, ec2({ requiresCompatibilities: ['FARGATE'] }), 'ECS112'), []);
    // Still empty: filled in.
    assert.deepStrictEqual(staleFixes(before, ec2({ requiresCompatibilities: [] }), 'ECS112').map(([, t]) => parse(t).requiresCompatibilities), [['EC2']]);
    const wrapped = json({ taskDefinition: parse(before) });
    assert.deepStrictEqual(staleFixes(wrapped, before, 'ECS112'), []);
    assert.deepStrictEqual(staleFixes(wrapped, json({ taskDefinition: 'web:1' }), 'ECS112'), []);
    for (const value of ['EXTERNAL', 'fargate', 5]) assert.deepStrictEqual(fixesWithData(before, 'ECS112', { value }), [], String(value));
    assert.deepStrictEqual(fixesWithData(before, 'ECS112', { value: 'FARGATE' }).map(([, t]) => parse(t).requiresCompatibilities), [['FARGATE']]);
    assert.deepStrictEqual(fixesWithData(before, 'ECS112', { taskPath: 'x' }), []);
  });
});

describe('launch-type rules: which values count', () => {
  it('ECS102 is only for Fargate: an EC2 task with memory and no cpu is fine', () => {
    assert.deepStrictEqual(found(ec2({ memory: '512' }), 'ECS102'), []);
    assert.deepStrictEqual(found(ec2({ cpu: '256' }), 'ECS102'), []);
  });

  it('ECS102: a null memory counts as missing; the fix adds the memory after cpu', () => {
    const text = fargate({ cpu: '1024', memory: null });
    assert.deepStrictEqual(found(text, 'ECS102'), ['"1024"']);
    assert.deepStrictEqual(parse(applyFix(text, 'ECS102')).memory, '2048');
  });

  it('ECS102 with a placeholder or malformed half: reported, with no fix (nothing to match), also when offered lazily', () => {
    for (const [over, at] of [[{ cpu: undefined, memory: '${MEMORY}' }, '"${MEMORY}"'], [{ cpu: 'lots', memory: undefined }, '"lots"']] as const) {
      const text = fargate(over);
      assert.deepStrictEqual(found(text, 'ECS102'), [at]);
      const d = doc(text);
      const diag = service.diagnostics(d, settings(), ['en']).find((x) => x.code === 'ECS102')!;
      assert.deepStrictEqual(service.codeActions(d, [diag], ['quickfix'], settings(), ['en']), [], at);
      assert.deepStrictEqual(service.codeActions(d, [diag], ['quickfix'], settings(), ['en'], { lazy: true }), [], `${at} lazily`);
    }
  });

  it('ECS105: a null or empty ipcMode or pidMode is not set (Windows included)', () => {
    assert.deepStrictEqual(found(fargate({ ipcMode: null, pidMode: null }), 'ECS105'), []);
    assert.deepStrictEqual(found(fargate({ ipcMode: '' }), 'ECS105'), []);
    assert.deepStrictEqual(found(windowsFargate({ pidMode: null }), 'ECS105'), []);
    assert.deepStrictEqual(found(windowsFargate({ pidMode: '' }), 'ECS105'), []);
    assert.deepStrictEqual(found(windowsFargate({ pidMode: 5 }), 'ECS105'), []);
  });

  it('ECS105: a null Docker volume configuration, a host without sourcePath or with a blank or null one is fine', () => {
    const volumes = (v: Json): string => fargate({ volumes: [{ name: 'v', ...v }] });
    for (const v of [{ dockerVolumeConfiguration: null }, { host: {} }, { host: { sourcePath: '' } }, { host: { sourcePath: '   ' } }, { host: { sourcePath: null } }, {}]) {
      assert.deepStrictEqual(found(volumes(v), 'ECS105'), [], JSON.stringify(v));
    }
    assert.deepStrictEqual(found(volumes({ host: { sourcePath: ' /data ' } }), 'ECS105'), ['"sourcePath"']);
  });

  it('ECS105: each fix names the setting it removes and removes exactly it', () => {
    const cases: Array<[Json, string, (t: Json) => void]> = [
      [{ placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }] }, 'Remove placementConstraints', (t) => delete t.placementConstraints],
      [{ ipcMode: 'host' }, 'Remove ipcMode', (t) => delete t.ipcMode],
      [{ pidMode: 'host' }, 'Remove pidMode', (t) => delete t.pidMode],
      [{ inferenceAccelerators: [{ deviceName: 'd1', deviceType: 'eia2.medium' }] }, 'Remove inferenceAccelerators', (t) => delete t.inferenceAccelerators],
    ];
    for (const [over, title, drop] of cases) {
      const text = fargate(over);
      assert.deepStrictEqual(fixTitles(text, 'ECS105'), [title]);
      const expected = parse(text);
      drop(expected);
      assert.deepStrictEqual(parse(applyFix(text, 'ECS105')), expected, title);
    }
    const windows = windowsFargate({ pidMode: 'task' });
    assert.deepStrictEqual(fixTitles(windows, 'ECS105'), ['Remove pidMode']);
    assert.strictEqual(parse(applyFix(windows, 'ECS105')).pidMode, undefined);
    assert.deepStrictEqual(fixTitles(fargate({ volumes: [{ name: 'v', host: { sourcePath: '/data' } }] }), 'ECS105'), ['Remove sourcePath']);
  });

  it('ECS106 / ECS107: the fix title names the setting or the capability', () => {
    assert.deepStrictEqual(fixTitles(fargate({}, { privileged: true }), 'ECS106'), ['Remove privileged']);
    assert.deepStrictEqual(fixTitles(fargate({}, { linuxParameters: { tmpfs: [{ containerPath: '/run', size: 64 }] } }), 'ECS106'), ['Remove linuxParameters.tmpfs']);
    assert.deepStrictEqual(fixTitles(fargate({}, { linuxParameters: { capabilities: { add: ['NET_ADMIN'] } } }), 'ECS107'), ['Remove NET_ADMIN']);
  });

  it('ECS107 reads capability names as ECS does: blanks and a leading CAP_ are ignored; unknown names (even containing CAP_) are left to other checks', () => {
    const add = (caps: string[]): string[] => found(fargate({}, { linuxParameters: { capabilities: { add: caps } } }), 'ECS107');
    assert.deepStrictEqual(add([' NET_ADMIN ', 'CAP_SYS_ADMIN', 'cap_sys_ptrace']), ['" NET_ADMIN "', '"CAP_SYS_ADMIN"']);
    assert.deepStrictEqual(add(['NET_CAP_ADMIN', 'SYS_CAP_PTRACE']), []);
  });

  it('ECS108 only names drivers ECS knows for EC2; the Fargate ones, typos and placeholders are not reported', () => {
    for (const logDriver of ['json-file', 'syslog', 'journald', 'gelf', 'fluentd']) assert.deepStrictEqual(found(fargate({}, { logConfiguration: { logDriver } }), 'ECS108'), [`"${logDriver}"`], logDriver);
    for (const logDriver of ['awsfirelens', 'splunk', 'awslogs', 'JSON-FILE', '${DRIVER}', '', null, 5]) assert.deepStrictEqual(found(fargate({}, { logConfiguration: { logDriver } }), 'ECS108'), [], String(logDriver));
  });
});

describe('ECS113 container definitions without a known launch type', () => {
  const ARRAY = JSON.stringify([{ name: 'app', image: 'nginx:1.27', essential: true }], null, 2);
  const URI = 'file:///work/infra/container-definitions.json';
  const hint = (ls: EcsLanguageService, launchType: '' | 'FARGATE' = ''): Array<[string, string]> =>
    ls.diagnostics(TextDocument.create(URI, 'json', 1, ARRAY), settings({ containerDefinitionsLaunchType: launchType }), ['en']).filter((d) => d.code === 'ECS113').map((d) => [textAt(ARRAY, d.range), d.message]);
  const fresh = (): EcsLanguageService => new EcsLanguageService({ onError: (w, e) => { throw new Error(`${w}: ${String(e)}`); } });
  const rule = launchTypesRules.find((r) => r.code === 'ECS113')!;
  let parser: HclParser;
  before(async () => {
    parser = (await loadHclParser((e) => { throw e; }))!;
    assert.ok(parser, 'the HCL parser loads from node_modules');
  });

  it('on the array\'s bracket: no resource reads it, or (web build) Terraform files are not read at all; nothing once the launch type is set', () => {
    assert.deepStrictEqual(hint(fresh()), [['[', rule.message.en]]);
    assert.deepStrictEqual(hint(fresh(), 'FARGATE'), []);
    const web = fresh();
    web.setTerraformReadable(false);
    assert.deepStrictEqual(hint(web), [['[', rule.variants!.unreadable.en]]);
  });

  it('names the .tf file that does not parse and the line of its error', () => {
    const ls = fresh();
    ls.setHclParser(parser);
    const tf = 'resource "aws_ecs_task_definition" "web" {\n  family = "web"\n  network_mode = "awsvpc""\n  container_definitions = file("${path.module}/container-definitions.json")\n}\n';
    ls.setTerraformFiles(URI, [{ uri: 'file:///work/infra/main.tf', text: tf }]);
    const [[at, message]] = hint(ls);
    assert.strictEqual(at, '[');
    assert.ok(message.startsWith('`main.tf` does not parse (a syntax error on line 3)'), message);
  });
});
