import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EcsLanguageService } from '../../language-service';
import { applyEdits, assertWholeText, ec2, fargate, settings, textAt } from '../support/harness';

const SERVICE_URI = 'file:///proj/service-definition.json';
const TASK_URI = 'file:///proj/task-definition.json';

function svc(over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    serviceName: 'web',
    cluster: 'prod',
    taskDefinition: 'web',
    desiredCount: 2,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0123456789abcdef0'], securityGroups: ['sg-0123456789abcdef0'] } },
    loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'app', containerPort: 80 }],
    ...over,
  }, null, 2);
}

/** A language service that throws on any rule or fix error, and checks every message and fix title it returns. */
function languageService(): EcsLanguageService {
  const ls = new EcsLanguageService({ onError: (w, e) => { throw new Error(`${w}: ${String(e)}`); } });
  const diagnosticsOf = ls.diagnostics.bind(ls);
  ls.diagnostics = (...args) => {
    const out = diagnosticsOf(...args);
    for (const d of out) assertWholeText(d.message, String(d.code), 'message');
    return out;
  };
  const codeActionsOf = ls.codeActions.bind(ls);
  ls.codeActions = (...args) => {
    const out = codeActionsOf(...args);
    for (const a of out) assertWholeText(a.title, a.diagnostics?.[0] ? String(a.diagnostics[0].code) : undefined, 'fix title');
    return out;
  };
  return ls;
}

function setup(serviceText: string, taskText?: string): { ls: EcsLanguageService; sdoc: TextDocument; tdoc?: TextDocument } {
  const ls = languageService();
  const sdoc = TextDocument.create(SERVICE_URI, 'json', 1, serviceText);
  ls.index.set(SERVICE_URI, serviceText);
  let tdoc: TextDocument | undefined;
  if (taskText) {
    tdoc = TextDocument.create(TASK_URI, 'json', 1, taskText);
    ls.index.set(TASK_URI, taskText);
  }
  return { ls, sdoc, tdoc };
}

function found(ls: EcsLanguageService, d: TextDocument, code: string): string[] {
  return ls.diagnostics(d, settings(), ['en']).filter((x) => x.code === code).map((x) => textAt(d.getText(), x.range));
}

function fix(ls: EcsLanguageService, d: TextDocument, code: string): string {
  const diag = ls.diagnostics(d, settings(), ['en']).find((x) => x.code === code);
  assert.ok(diag, `a ${code} diagnostic`);
  const [action] = ls.codeActions(d, [diag], ['quickfix'], settings(), ['en']);
  assert.ok(action, `a fix for ${code}`);
  const out = applyEdits(d.getText(), action.edit!.changes![d.uri]);
  JSON.parse(out);
  return out;
}

describe('service definitions', () => {
  it('are recognised by name and by content', () => {
    const { ls, sdoc } = setup(svc());
    assert.strictEqual(ls.kindOf(sdoc), 'service');
    assert.strictEqual(ls.kindOf(TextDocument.create('file:///p/x.json', 'json', 1, '{ "serviceName": "a", "taskDefinition": "web:3" }')), 'service');
    assert.strictEqual(ls.kindOf(TextDocument.create('file:///p/x.json', 'json', 1, '{ "serviceName": "a" }')), 'none');
  });

  it('by content, a service names its task definition; a task definition written inline or with its containers is not one', () => {
    const { ls } = setup(svc());
    const kind = (text: string): string => ls.kindOf(TextDocument.create('file:///p/x.json', 'json', 1, text));
    assert.strictEqual(kind('{ "serviceName": "web", "taskDefinition": "web:3" }'), 'service');
    assert.strictEqual(kind('{ "serviceName": "web", "taskDefinition": { "family": "web", "containerDefinitions": [] } }'), 'none');
    assert.strictEqual(kind('{ "serviceName": "web", "taskDefinition": "web:3", "containerDefinitions": [] }'), 'task');
    assert.strictEqual(kind('{ "taskDefinition": { "family": "web", "containerDefinitions": [] } }'), 'task');
  });

  it('a correct Fargate service behind an ALB is clean', () => {
    const { ls, sdoc } = setup(svc(), fargate());
    assert.deepStrictEqual(ls.diagnostics(sdoc, settings(), ['en']).filter((d) => d.severity! <= 2).map((d) => d.code), []);
  });

  it('gets structural diagnostics from its own schema (ECS002, ECS005)', () => {
    const { ls, sdoc } = setup(svc({ desiredCont: 2, launchType: 'FARGAT' }));
    assert.deepStrictEqual(found(ls, sdoc, 'ECS002'), ['"desiredCont"']);
    assert.deepStrictEqual(found(ls, sdoc, 'ECS005'), ['"FARGAT"']);
  });

  it('Classic Load Balancer with Fargate is an error, fixed with a target group placeholder (ECS701)', () => {
    const { ls, sdoc } = setup(svc({ loadBalancers: [{ loadBalancerName: 'legacy', containerName: 'app', containerPort: 80 }] }));
    assert.deepStrictEqual(found(ls, sdoc, 'ECS701'), ['"loadBalancerName"']);
    const out = fix(ls, sdoc, 'ECS701');
    const lb = (JSON.parse(out) as { loadBalancers: Array<Record<string, unknown>> }).loadBalancers[0];
    assert.ok(String(lb.targetGroupArn).startsWith('arn:aws:elasticloadbalancing:'));
    assert.strictEqual(lb.loadBalancerName, undefined);
    assert.strictEqual(lb.containerName, 'app');
    const after = TextDocument.create(SERVICE_URI, 'json', 2, out);
    assert.deepStrictEqual(found(ls, after, 'ECS701'), []);
  });

  it('Classic Load Balancer with an awsvpc task definition found in the workspace (ECS701)', () => {
    const { ls, sdoc } = setup(svc({ launchType: 'EC2', loadBalancers: [{ loadBalancerName: 'legacy', containerName: 'app', containerPort: 80 }] }), fargate({ requiresCompatibilities: ['EC2'], cpu: undefined, memory: '512' }));
    assert.deepStrictEqual(found(ls, sdoc, 'ECS701'), ['"loadBalancerName"']);
  });

  it('load balancer entries need one target and a container (ECS702, ECS703)', () => {
    const { ls, sdoc } = setup(svc({ loadBalancers: [{ containerPort: 80 }] }));
    assert.strictEqual(found(ls, sdoc, 'ECS702').length, 1);
    assert.strictEqual(found(ls, sdoc, 'ECS703').length, 1);
  });

  it('Fargate without awsvpcConfiguration (ECS704), fixed by adding a skeleton', () => {
    const { ls, sdoc } = setup(svc({ networkConfiguration: undefined }));
    assert.deepStrictEqual(found(ls, sdoc, 'ECS704'), ['"FARGATE"']);
    const out = fix(ls, sdoc, 'ECS704');
    assert.deepStrictEqual(found(ls, TextDocument.create(SERVICE_URI, 'json', 2, out), 'ECS704'), []);
  });

  it('launchType with capacityProviderStrategy (ECS705), fixed by removing launchType', () => {
    const { ls, sdoc } = setup(svc({ capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }] }));
    assert.deepStrictEqual(found(ls, sdoc, 'ECS705'), ['"launchType"']);
    const out = fix(ls, sdoc, 'ECS705');
    assert.ok(!out.includes('"launchType"') && out.includes('FARGATE_SPOT'));
  });

  describe('launchType that the task definition does not declare (ECS706)', () => {
    const severities = (ls: EcsLanguageService, d: TextDocument): Array<DiagnosticSeverity | undefined> => ls.diagnostics(d, settings(), ['en']).filter((x) => x.code === 'ECS706').map((x) => x.severity);
    const ec2Task = (over: Record<string, unknown> = {}, container: Record<string, unknown> = {}): string => JSON.stringify({
      family: 'web',
      requiresCompatibilities: ['EC2'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      containerDefinitions: [{ name: 'app', image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: 80 }], ...container }],
      ...over,
    }, null, 2);

    it('a definition declaring only EC2 that meets every Fargate rule: a hint to declare FARGATE', () => {
      const { ls, sdoc } = setup(svc({ launchType: 'FARGATE' }), ec2Task());
      assert.deepStrictEqual(found(ls, sdoc, 'ECS706'), ['"FARGATE"']);
      assert.deepStrictEqual(severities(ls, sdoc), [DiagnosticSeverity.Hint]);
    });

    it('an error when the definition breaks a Fargate rule: bridge mode, a cpu/memory pair Fargate lacks, links', () => {
      for (const task of [ec2Task({ networkMode: 'bridge' }), ec2Task({ cpu: '256', memory: '4096' }), ec2Task({ cpu: undefined, memory: undefined }, { memory: 256 })]) {
        const { ls, sdoc } = setup(svc({ launchType: 'FARGATE' }), task);
        assert.deepStrictEqual(found(ls, sdoc, 'ECS706'), ['"FARGATE"'], task);
        assert.deepStrictEqual(severities(ls, sdoc), [DiagnosticSeverity.Error], task);
      }
      // The message names the broken rules by code (ECS101: Fargate needs awsvpc).
      const { ls, sdoc } = setup(svc({ launchType: 'FARGATE' }), ec2Task({ networkMode: 'bridge' }));
      assert.match(ls.diagnostics(sdoc, settings(), ['en']).find((x) => x.code === 'ECS706')!.message, /ECS101/);
    });

    it('an error that the task definition already has on its own does not count', () => {
      // ECS510 (container memory above the task memory) is an error on EC2 too: not a Fargate rule.
      const { ls, sdoc } = setup(svc({ launchType: 'FARGATE' }), ec2Task({}, { memory: 1024 }));
      assert.deepStrictEqual(severities(ls, sdoc), [DiagnosticSeverity.Hint]);
    });

    it('no requiresCompatibilities means EC2: a FARGATE service gets the hint or the error the same way', () => {
      const hint = setup(svc({ launchType: 'FARGATE' }), ec2Task({ requiresCompatibilities: undefined }));
      assert.deepStrictEqual(severities(hint.ls, hint.sdoc), [DiagnosticSeverity.Hint]);
      const error = setup(svc({ launchType: 'FARGATE' }), ec2Task({ requiresCompatibilities: undefined, networkMode: undefined }));
      assert.deepStrictEqual(severities(error.ls, error.sdoc), [DiagnosticSeverity.Error]);
      const ec2Service = setup(svc({ launchType: 'EC2', networkConfiguration: undefined }), ec2Task({ requiresCompatibilities: undefined }));
      assert.deepStrictEqual(found(ec2Service.ls, ec2Service.sdoc, 'ECS706'), []);
    });

    it('a Fargate definition used by an EC2 service: a hint (it meets the EC2 rules)', () => {
      const { ls, sdoc } = setup(svc({ launchType: 'EC2' }), fargate());
      assert.deepStrictEqual(found(ls, sdoc, 'ECS706'), ['"EC2"']);
      assert.deepStrictEqual(severities(ls, sdoc), [DiagnosticSeverity.Hint]);
    });

    it('nothing when the launch type is declared', () => {
      const { ls, sdoc } = setup(svc({ launchType: 'FARGATE' }), ec2Task({ requiresCompatibilities: ['EC2', 'FARGATE'] }));
      assert.deepStrictEqual(found(ls, sdoc, 'ECS706'), []);
    });

    it('the two describe outputs of the corpus that ECS lists as FARGATE-compatible get the hint, not the error (skipped without ../shared/corpus)', function () {
      const dir = path.resolve(__dirname, '../../../../shared/corpus/real');
      const files = ['52-user-rust-backend-describe.json', '54-user-samlesiden-describe-ec2-awsvpc.json'].map((f) => path.join(dir, f));
      if (!files.every((f) => fs.existsSync(f))) {
        console.log('      (skipped: ../shared/corpus/real is absent)');
        this.skip();
      }
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const described = JSON.parse(text) as { family: string; compatibilities: string[]; requiresCompatibilities: string[] };
        // What ECS itself computed: declared EC2 only, compatible with FARGATE too.
        assert.deepStrictEqual([described.requiresCompatibilities, described.compatibilities.includes('FARGATE')], [['EC2'], true], file);
        const { ls, sdoc } = setup(svc({ launchType: 'FARGATE', taskDefinition: described.family, loadBalancers: undefined }), text);
        assert.deepStrictEqual(severities(ls, sdoc), [DiagnosticSeverity.Hint], file);
      }
    });
  });

  it('deployment percentages that block deployments (ECS707)', () => {
    const { ls, sdoc } = setup(svc({ deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 } }));
    assert.deepStrictEqual(found(ls, sdoc, 'ECS707'), ['100']);
    const ok = setup(svc({ deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 200 } }));
    assert.deepStrictEqual(found(ok.ls, ok.sdoc, 'ECS707'), []);
  });

  it('containerName must be a container of the task definition (ECS708), fixed to the closest', () => {
    const { ls, sdoc } = setup(svc({ loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'ap', containerPort: 80 }] }), fargate());
    assert.deepStrictEqual(found(ls, sdoc, 'ECS708'), ['"ap"']);
    const out = fix(ls, sdoc, 'ECS708');
    assert.ok(out.includes('"containerName": "app"'));
  });

  it('a task definition with a syntax error is no evidence: no ECS708 for a container its broken part may hold (issue 11)', () => {
    const lb = { loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'proxy', containerPort: 80 }] };
    // Control: the task definition parses and has no "proxy" container.
    const control = setup(svc(lb), fargate());
    assert.deepStrictEqual(found(control.ls, control.sdoc, 'ECS708'), ['"proxy"']);
    // The same task definition with a "proxy" container whose name the parser cannot read.
    const broken = fargate().replace('"containerDefinitions": [', '"containerDefinitions": [\n    { "name" "proxy", "image": "envoyproxy/envoy:v1.31" },');
    const { ls, sdoc, tdoc } = setup(svc(lb), broken);
    assert.ok(ls.diagnostics(tdoc!, settings(), ['en']).some((d) => d.code === 'ECS001'), 'precondition: the task definition does not parse');
    assert.deepStrictEqual(found(ls, sdoc, 'ECS708'), []);
    assert.deepStrictEqual(found(ls, tdoc!, 'ECS711'), []);
  });

  it('containerPort must be one of its container ports (ECS709), on both files of the pair (ECS711)', () => {
    const { ls, sdoc, tdoc } = setup(svc({ loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'app', containerPort: 8080 }] }), fargate());
    assert.deepStrictEqual(found(ls, sdoc, 'ECS709'), ['8080']);
    assert.strictEqual(found(ls, tdoc!, 'ECS711').length, 1);
    const out = fix(ls, sdoc, 'ECS709');
    assert.ok(out.includes('"containerPort": 80'));
  });

  it('two task definitions of the family: ECS708 names the chosen one by its workspace path, ECS712 lists both and points to the setting', () => {
    const ls = languageService();
    ls.index.workspaceFolders = ['file:///proj'];
    const SVC = 'file:///proj/services/shop-api-service.json';
    const serviceText = svc({ serviceName: 'shop-api', taskDefinition: 'shop-api', loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'api', containerPort: 80 }] });
    ls.index.set(SVC, serviceText);
    ls.index.set('file:///proj/web/task-definition.json', fargate({ family: 'shop-api' }, { name: 'api' }));
    ls.index.set('file:///proj/svc/task-definition.json', fargate({ family: 'shop-api' }, { name: 'shop' }));
    const sdoc = TextDocument.create(SVC, 'json', 1, serviceText);
    const diags = ls.diagnostics(sdoc, settings(), ['en']);
    const info = diags.find((d) => d.code === 'ECS712');
    assert.ok(info, JSON.stringify(diags.map((d) => d.code)));
    assert.strictEqual(info.severity, 3);
    assert.strictEqual(textAt(serviceText, info.range), '"shop-api"');
    assert.ok(info.message.includes('svc/task-definition.json, web/task-definition.json') && info.message.includes('ecsTaskDefinition.serviceTaskDefinition'), info.message);
    const unknown = diags.find((d) => d.code === 'ECS708');
    assert.ok(unknown && unknown.message.includes('(svc/task-definition.json)'), unknown?.message);
    // The setting names the file: no ECS712, and the pair is checked against web/ (which has `api`).
    const chosen = ls.diagnostics(sdoc, settings({ serviceTaskDefinition: '../web/task-definition.json' }), ['en']).map((d) => d.code);
    assert.ok(!chosen.includes('ECS712') && !chosen.includes('ECS708'), JSON.stringify(chosen));
  });

  it('one task definition of the family: no ECS712', () => {
    const { ls, sdoc } = setup(svc(), fargate());
    assert.deepStrictEqual(found(ls, sdoc, 'ECS712'), []);
  });

  it('reminds that awsvpc target groups must be of type ip (ECS710, a hint)', () => {
    const { ls, sdoc } = setup(svc(), fargate());
    const d = ls.diagnostics(sdoc, settings(), ['en']).find((x) => x.code === 'ECS710');
    assert.ok(d && d.severity === 4);
  });

  it('goes from the service containerName and containerPort into the task definition', () => {
    const text = svc();
    const { ls, sdoc, tdoc } = setup(text, fargate());
    const nameAt = sdoc.positionAt(text.indexOf('"app"') + 2);
    const [loc] = ls.definition(sdoc, nameAt);
    assert.strictEqual(loc.uri, TASK_URI);
    assert.strictEqual(textAt(tdoc!.getText(), loc.range), '"app"');
    const portAt = sdoc.positionAt(text.indexOf('"containerPort": 80') + 18);
    const [loc2] = ls.definition(sdoc, portAt);
    assert.strictEqual(textAt(tdoc!.getText(), loc2.range), '80');
  });

  it('without the task definition in the workspace, no cross-file errors', () => {
    const { ls, sdoc } = setup(svc({ loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'nope', containerPort: 1 }] }));
    assert.deepStrictEqual(found(ls, sdoc, 'ECS708'), []);
  });

  it('completes and hovers service fields', () => {
    const text = '{ "serviceName": "web", "taskDefinition": "web", "launchType": "" }';
    const { ls } = setup(text);
    const d = TextDocument.create(SERVICE_URI, 'json', 3, text);
    const items = ls.completion(d, d.positionAt(text.indexOf('""') + 1), settings(), ['en']).map((i) => i.label);
    assert.ok(items.includes('FARGATE') && items.includes('EC2'));
    const keys = ls.completion(d, d.positionAt(1), settings(), ['en']).map((i) => i.label);
    assert.ok(keys.includes('loadBalancers') && keys.includes('networkConfiguration') && !keys.includes('serviceName'));
    const h = ls.hover(d, d.positionAt(text.indexOf('launchType') + 2), settings(), ['vi']);
    assert.ok(h && JSON.stringify(h.contents).includes('launchType'));
  });
});

const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';

/** The diagnostics with `code`, in the given languages and settings. */
function diagnosticsOf(ls: EcsLanguageService, d: TextDocument, code: string, opts: { langs?: Array<'en' | 'vi'>; settings?: Parameters<typeof settings>[0] } = {}): Diagnostic[] {
  return ls.diagnostics(d, settings(opts.settings), opts.langs ?? ['en']).filter((x) => x.code === code);
}

/** The one diagnostic with `code`'s message. */
function messageOf(ls: EcsLanguageService, d: TextDocument, code: string, opts: { langs?: Array<'en' | 'vi'>; settings?: Parameters<typeof settings>[0] } = {}): string {
  const found = diagnosticsOf(ls, d, code, opts);
  assert.strictEqual(found.length, 1, `one ${code}: ${JSON.stringify(found.map((x) => x.message))}`);
  return found[0].message;
}

/** The quick fixes offered for `diag` on `d` (which may be a newer text than the diagnostic's). */
function quickFixes(ls: EcsLanguageService, d: TextDocument, diag: Diagnostic): CodeAction[] {
  return ls.codeActions(d, [diag], ['quickfix'], settings(), ['en']);
}

/** No quick fix for `diag`, neither computed now nor offered lazily (for a client that resolves it later). */
function assertNoFix(ls: EcsLanguageService, d: TextDocument, diag: Diagnostic): void {
  assert.deepStrictEqual(quickFixes(ls, d, diag), []);
  assert.deepStrictEqual(ls.codeActions(d, [diag], ['quickfix'], settings(), ['en'], { lazy: true }), []);
}

/** A service and task definition pair in a workspace folder `/proj`. */
function pair(serviceText: string, taskText: string, taskUri = 'file:///proj/web/task-definition.json'): { ls: EcsLanguageService; sdoc: TextDocument; tdoc: TextDocument } {
  const ls = languageService();
  ls.index.workspaceFolders = ['file:///proj'];
  ls.index.set(SERVICE_URI, serviceText);
  ls.index.set(taskUri, taskText);
  return { ls, sdoc: TextDocument.create(SERVICE_URI, 'json', 1, serviceText), tdoc: TextDocument.create(taskUri, 'json', 1, taskText) };
}

/** A task definition without `family`, in `base.json` next to the service, which the setting names. */
const FAMILYLESS = { settings: { serviceTaskDefinition: 'base.json' } };
function familyless(serviceText: string, taskText: string): { ls: EcsLanguageService; sdoc: TextDocument } {
  const ls = languageService();
  ls.index.set(SERVICE_URI, serviceText);
  ls.index.set('file:///proj/base.json', taskText);
  return { ls, sdoc: TextDocument.create(SERVICE_URI, 'json', 1, serviceText) };
}

describe('service rules: which services use awsvpc (ECS701, ECS704)', () => {
  const classic = [{ loadBalancerName: 'legacy', containerName: 'app', containerPort: 80 }];

  it('ECS701 says "Fargate tasks" for a Fargate service and "awsvpc" for an awsvpc task definition, in both languages', () => {
    const f = setup(svc({ loadBalancers: classic }));
    assert.match(messageOf(f.ls, f.sdoc, 'ECS701'), /cannot send traffic to Fargate tasks: /);
    assert.match(messageOf(f.ls, f.sdoc, 'ECS701', { langs: ['vi'] }), /chuyển traffic tới task Fargate: /);
    const a = setup(svc({ launchType: 'EC2', loadBalancers: classic }), fargate({ requiresCompatibilities: ['EC2'] }));
    assert.match(messageOf(a.ls, a.sdoc, 'ECS701'), /cannot send traffic to tasks in awsvpc mode: /);
    assert.match(messageOf(a.ls, a.sdoc, 'ECS701', { langs: ['vi'] }), /chuyển traffic tới task ở network mode awsvpc: /);
  });

  it('ECS704 says "Fargate services" or "Services of an awsvpc task definition", in both languages', () => {
    const f = setup(svc({ networkConfiguration: undefined }));
    assert.match(messageOf(f.ls, f.sdoc, 'ECS704'), /^Fargate services need /);
    assert.match(messageOf(f.ls, f.sdoc, 'ECS704', { langs: ['vi'] }), /^Service chạy trên Fargate cần /);
    const a = setup(svc({ launchType: 'EC2', networkConfiguration: undefined }), fargate({ requiresCompatibilities: ['EC2'] }));
    assert.match(messageOf(a.ls, a.sdoc, 'ECS704'), /^Services of an awsvpc task definition need /);
    assert.match(messageOf(a.ls, a.sdoc, 'ECS704', { langs: ['vi'] }), /^Service dùng task definition ở network mode awsvpc cần /);
  });

  it('an EC2 service of a bridge task definition, or of none in the workspace: neither ECS701 nor ECS704', () => {
    for (const task of [ec2(), undefined]) {
      const { ls, sdoc } = setup(svc({ launchType: 'EC2', networkConfiguration: undefined, loadBalancers: classic }), task);
      const codes = ls.diagnostics(sdoc, settings(), ['en']).map((d) => d.code);
      assert.ok(!codes.includes('ECS701') && !codes.includes('ECS704'), `${task ? 'bridge' : 'no task definition'}: ${JSON.stringify(codes)}`);
    }
  });

  it('a FARGATE or FARGATE_SPOT capacity provider means Fargate: ECS704 on the first key when there is no launchType', () => {
    for (const providers of [['FARGATE_SPOT'], ['FARGATE', 'FARGATE_SPOT'], ['my-asg', 'FARGATE']]) {
      const text = svc({ launchType: undefined, networkConfiguration: undefined, capacityProviderStrategy: providers.map((capacityProvider) => ({ capacityProvider, weight: 1 })) });
      const { ls, sdoc } = setup(text);
      const found = diagnosticsOf(ls, sdoc, 'ECS704');
      assert.deepStrictEqual(found.map((d) => textAt(text, d.range)), ['"serviceName"'], providers.join());
      assert.match(found[0].message, /^Fargate services need /);
    }
  });

  it('other capacity providers, a provider without a name, or launchType EC2 next to a Fargate provider (ECS705): no ECS704', () => {
    const cases: Array<Record<string, unknown>> = [
      { launchType: undefined, capacityProviderStrategy: [{ capacityProvider: 'my-asg', weight: 1 }] },
      { launchType: undefined, capacityProviderStrategy: [{ capacityProvider: 'asg-FARGATE', weight: 1 }] },
      { launchType: undefined, capacityProviderStrategy: [{ weight: 1 }] },
      { launchType: 'EC2', capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] },
    ];
    for (const c of cases) {
      const { ls, sdoc } = setup(svc({ networkConfiguration: undefined, ...c }));
      assert.deepStrictEqual(diagnosticsOf(ls, sdoc, 'ECS704'), [], JSON.stringify(c));
    }
  });

  it('ECS704 on an empty service object paired by the setting with an awsvpc task definition underlines the object', () => {
    const { ls, sdoc } = familyless('{}', fargate());
    assert.deepStrictEqual(diagnosticsOf(ls, sdoc, 'ECS704', FAMILYLESS).map((d) => textAt('{}', d.range)), ['{}']);
  });
});

describe('service rules: ECS701 quick fix', () => {
  it('puts a target group ARN placeholder where loadBalancerName was, with the account, region and partition of the file', () => {
    const text = svc({
      cluster: 'arn:aws-cn:ecs:cn-north-1:123456789012:cluster/prod',
      loadBalancers: [{ loadBalancerName: 'legacy', containerName: 'app', containerPort: 80 }],
    });
    const { ls, sdoc } = setup(text);
    const lb = (JSON.parse(fix(ls, sdoc, 'ECS701')) as { loadBalancers: Array<Record<string, unknown>> }).loadBalancers[0];
    assert.deepStrictEqual(Object.keys(lb), ['targetGroupArn', 'containerName', 'containerPort']);
    assert.strictEqual(lb.targetGroupArn, 'arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:targetgroup/${TARGET_GROUP_NAME}/${TARGET_GROUP_ID}');
  });

  it('without an account or region in the file, they are placeholders too', () => {
    const { ls, sdoc } = setup(svc({ loadBalancers: [{ containerName: 'app', containerPort: 80, loadBalancerName: 'legacy' }] }));
    const lb = (JSON.parse(fix(ls, sdoc, 'ECS701')) as { loadBalancers: Array<Record<string, unknown>> }).loadBalancers[0];
    assert.deepStrictEqual(lb, { containerName: 'app', containerPort: 80, targetGroupArn: 'arn:aws:elasticloadbalancing:${AWS_REGION}:${AWS_ACCOUNT_ID}:targetgroup/${TARGET_GROUP_NAME}/${TARGET_GROUP_ID}' });
  });

  it('an entry with both targets (ECS702 on loadBalancerName) keeps its targetGroupArn and only loses loadBalancerName', () => {
    const text = svc({ loadBalancers: [{ targetGroupArn: TG, loadBalancerName: 'legacy', containerName: 'app', containerPort: 80 }] });
    const { ls, sdoc } = setup(text);
    assert.deepStrictEqual(found(ls, sdoc, 'ECS702'), ['"loadBalancerName"']);
    assert.match(messageOf(ls, sdoc, 'ECS702'), /has both `targetGroupArn` and `loadBalancerName`/);
    const out = fix(ls, sdoc, 'ECS701');
    assert.strictEqual(out.split('"targetGroupArn"').length, 2, out);
    assert.deepStrictEqual((JSON.parse(out) as { loadBalancers: unknown[] }).loadBalancers, [{ targetGroupArn: TG, containerName: 'app', containerPort: 80 }]);
  });

  it('offered again with its diagnostic once applied, or with data that names nothing, it offers nothing', () => {
    const text = svc({ loadBalancers: [{ loadBalancerName: 'legacy', containerName: 'app', containerPort: 80 }] });
    const { ls, sdoc } = setup(text);
    const [diag] = diagnosticsOf(ls, sdoc, 'ECS701');
    const after = TextDocument.create(SERVICE_URI, 'json', 2, fix(ls, sdoc, 'ECS701'));
    assert.deepStrictEqual(quickFixes(ls, after, diag), []);
    const data = diag.data as { fix: Record<string, unknown> };
    assert.deepStrictEqual(quickFixes(ls, sdoc, { ...diag, data: { ...data, fix: {} } }), []);
  });
});

describe('service rules: load balancer entries (ECS702, ECS703)', () => {
  it('an entry with neither target: ECS702 with its own message on the entry', () => {
    const text = svc({ loadBalancers: [{ containerName: 'app', containerPort: 80 }] });
    const { ls, sdoc } = setup(text);
    assert.match(messageOf(ls, sdoc, 'ECS702'), /has neither `targetGroupArn` nor `loadBalancerName`/);
    assert.deepStrictEqual(diagnosticsOf(ls, sdoc, 'ECS703'), []);
  });

  it('ECS703 names what is missing: containerName, containerPort, or both', () => {
    const only = (lb: Record<string, unknown>): string[] => {
      const { ls, sdoc } = setup(svc({ loadBalancers: [{ targetGroupArn: TG, ...lb }] }));
      return diagnosticsOf(ls, sdoc, 'ECS703').map((d) => /must name `(\w+)`/.exec(d.message)?.[1] ?? d.message);
    };
    assert.deepStrictEqual(only({ containerName: 'app' }), ['containerPort']);
    assert.deepStrictEqual(only({ containerPort: 80 }), ['containerName']);
    assert.deepStrictEqual(only({}), ['containerName', 'containerPort']);
  });

  it('entries that are not objects are left to the schema check (ECS005): no ECS702 or ECS703, and no crash', () => {
    const { ls, sdoc } = setup(svc({ loadBalancers: ['legacy', null, 80] }));
    const codes = ls.diagnostics(sdoc, settings(), ['en']).map((d) => d.code);
    assert.ok(!codes.includes('ECS702') && !codes.includes('ECS703'), JSON.stringify(codes));
  });
});

describe('service rules: ECS704 and ECS705 quick fixes', () => {
  it('ECS704 adds networkConfiguration right after launchType, with subnet and security group placeholders', () => {
    const { ls, sdoc } = setup(svc({ networkConfiguration: undefined }));
    const out = JSON.parse(fix(ls, sdoc, 'ECS704')) as Record<string, unknown>;
    assert.deepStrictEqual(Object.keys(out).slice(4, 6), ['launchType', 'networkConfiguration']);
    assert.deepStrictEqual(out.networkConfiguration, { awsvpcConfiguration: { subnets: ['${SUBNET_ID}'], securityGroups: ['${SECURITY_GROUP_ID}'], assignPublicIp: 'DISABLED' } });
  });

  it('ECS704: a networkConfiguration without awsvpcConfiguration is none; a placeholder for either may hold it', () => {
    const ecs704 = (networkConfiguration: unknown): string[] => {
      const { ls, sdoc } = setup(svc({ networkConfiguration }));
      return found(ls, sdoc, 'ECS704');
    };
    assert.strictEqual(ecs704({}).length, 1);
    assert.deepStrictEqual(ecs704('${NETWORK_CONFIGURATION}'), []);
    assert.deepStrictEqual(ecs704({ awsvpcConfiguration: '${AWSVPC_CONFIGURATION}' }), []);
  });

  it('ECS704 and ECS705 offered again with their diagnostics once applied offer nothing', () => {
    for (const [code, over] of [['ECS704', { networkConfiguration: undefined }], ['ECS705', { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] }]] as const) {
      const { ls, sdoc } = setup(svc(over));
      const [diag] = diagnosticsOf(ls, sdoc, code);
      const after = TextDocument.create(SERVICE_URI, 'json', 2, fix(ls, sdoc, code));
      assert.deepStrictEqual(quickFixes(ls, after, diag), [], code);
    }
  });

  it('ECS704 offered with a stale diagnostic after the user filled in networkConfiguration offers nothing (it would overwrite the subnets)', () => {
    const { ls, sdoc } = setup(svc({ networkConfiguration: undefined }));
    const [diag] = diagnosticsOf(ls, sdoc, 'ECS704');
    assert.deepStrictEqual(quickFixes(ls, TextDocument.create(SERVICE_URI, 'json', 2, svc()), diag), []);
  });

  it('ECS705 with data that names nothing offers nothing', () => {
    const { ls, sdoc } = setup(svc({ capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] }));
    const [diag] = diagnosticsOf(ls, sdoc, 'ECS705');
    const data = diag.data as { fix: Record<string, unknown> };
    assert.deepStrictEqual(quickFixes(ls, sdoc, { ...diag, data: { ...data, fix: {} } }), []);
  });

  it('ECS704 sent with a task definition (a stale diagnostic after the file changed kind) offers nothing', () => {
    const { ls, sdoc } = setup(svc({ networkConfiguration: undefined }));
    const [diag] = diagnosticsOf(ls, sdoc, 'ECS704');
    assert.deepStrictEqual(quickFixes(ls, TextDocument.create(TASK_URI, 'json', 1, fargate()), diag), []);
  });

  it('ECS705 needs at least one capacity provider', () => {
    for (const capacityProviderStrategy of [[], {}]) {
      const { ls, sdoc } = setup(svc({ capacityProviderStrategy }));
      assert.deepStrictEqual(diagnosticsOf(ls, sdoc, 'ECS705'), [], JSON.stringify(capacityProviderStrategy));
    }
  });
});

describe('service rules: ECS706 details', () => {
  const ec2Awsvpc = (over: Record<string, unknown> = {}): string => fargate({ requiresCompatibilities: ['EC2'], ...over });

  it('EXTERNAL and MANAGED_INSTANCES services are checked too: warnings of that launch type (ECS110) make a hint, not an error', () => {
    for (const launchType of ['EXTERNAL', 'MANAGED_INSTANCES']) {
      const { ls, sdoc } = setup(svc({ launchType }), ec2Awsvpc());
      const found = diagnosticsOf(ls, sdoc, 'ECS706');
      assert.deepStrictEqual(found.map((d) => d.severity), [DiagnosticSeverity.Hint], launchType);
      assert.match(found[0].message, new RegExp(`launch type \`${launchType}\`, which task definition \`web\` \\(task-definition.json\\)`));
    }
  });

  it('a launch type ECS does not have is left to the schema check (ECS005)', () => {
    const { ls, sdoc } = setup(svc({ launchType: 'FARGATE_SPOT' }), ec2Awsvpc());
    assert.deepStrictEqual(diagnosticsOf(ls, sdoc, 'ECS706'), []);
  });

  it('the error names the declared launch types, the file by its workspace path and the broken rules, sorted', () => {
    const { ls, sdoc } = pair(svc({ launchType: 'FARGATE' }), ec2Awsvpc({ requiresCompatibilities: ['EC2', 'EXTERNAL'], networkMode: 'bridge', cpu: '256', memory: '4096' }));
    assert.match(messageOf(ls, sdoc, 'ECS706'), /task definition `web` \(web\/task-definition\.json\) does not declare it in `requiresCompatibilities` \(`EC2`, `EXTERNAL`\) and breaks rules of that launch type \(ECS101, ECS103\)\./);
  });

  it('a task definition file not yet holding containerDefinitions (known by its name) is checked the same way', () => {
    const { ls, sdoc } = setup(svc({ launchType: 'FARGATE' }), JSON.stringify({ family: 'web', requiresCompatibilities: ['EC2'], networkMode: 'bridge' }));
    const [d] = diagnosticsOf(ls, sdoc, 'ECS706');
    assert.strictEqual(d?.severity, DiagnosticSeverity.Error);
    assert.match(d.message, /breaks rules of that launch type \(ECS101[,)]/);
  });

  it('no requiresCompatibilities is shown as [] (EC2)', () => {
    const { ls, sdoc } = setup(svc({ launchType: 'FARGATE' }), ec2Awsvpc({ requiresCompatibilities: undefined }));
    assert.match(messageOf(ls, sdoc, 'ECS706'), /`requiresCompatibilities` \(\[\] \(EC2\)\)/);
  });

  it('a task definition without family (named by the setting) is shown as `?`', () => {
    const { ls, sdoc } = familyless(svc({ launchType: 'FARGATE' }), ec2Awsvpc({ family: undefined }));
    assert.match(messageOf(ls, sdoc, 'ECS706', FAMILYLESS), /task definition `\?` \(base\.json\)/);
  });
});

describe('service rules: deployment percentages (ECS707)', () => {
  const check = (over: Record<string, unknown>): Array<[string, string]> => {
    const text = svc(over);
    const { ls, sdoc } = setup(text);
    return diagnosticsOf(ls, sdoc, 'ECS707').map((d) => [textAt(text, d.range), d.message]);
  };

  it('maximumPercent below minimumHealthyPercent: the message with both values, on maximumPercent', () => {
    assert.deepStrictEqual(check({ deploymentConfiguration: { minimumHealthyPercent: 150, maximumPercent: 120 } }), [['120', '`maximumPercent` (120) is below `minimumHealthyPercent` (150): ECS cannot replace any task.']]);
  });

  it('one of the two alone is compared with the other one\'s default (200 and 100), on the one given', () => {
    assert.deepStrictEqual(check({ deploymentConfiguration: { minimumHealthyPercent: 250 } }), [['250', '`maximumPercent` (200) is below `minimumHealthyPercent` (250): ECS cannot replace any task.']]);
    assert.deepStrictEqual(check({ deploymentConfiguration: { maximumPercent: 50 } }), [['50', '`maximumPercent` (50) is below `minimumHealthyPercent` (100): ECS cannot replace any task.']]);
    assert.deepStrictEqual(check({ deploymentConfiguration: { maximumPercent: 100 } }).map(([at]) => at), ['100']);
  });

  it('100/100: the "stuck" message with both values', () => {
    const [[, message]] = check({ deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 } });
    assert.match(message, /^With `minimumHealthyPercent` 100 and `maximumPercent` 100, a rolling deployment can neither stop an old task nor start a new one/);
  });

  it('settings that let a deployment progress: nothing', () => {
    for (const dc of [{ minimumHealthyPercent: 50, maximumPercent: 100 }, { minimumHealthyPercent: 0, maximumPercent: 100 }, { minimumHealthyPercent: 100, maximumPercent: 101 }, { minimumHealthyPercent: 150, maximumPercent: 150 }, {}]) {
      assert.deepStrictEqual(check({ deploymentConfiguration: dc }), [], JSON.stringify(dc));
    }
    for (const dc of ['rolling', null, [100, 100]]) assert.deepStrictEqual(check({ deploymentConfiguration: dc }), [], JSON.stringify(dc));
  });

  it('a DAEMON service defaults to 0 and 100: maximumPercent 100 alone is fine, minimumHealthyPercent 100 alone is stuck', () => {
    assert.deepStrictEqual(check({ schedulingStrategy: 'DAEMON', deploymentConfiguration: { maximumPercent: 100 } }), []);
    assert.deepStrictEqual(check({ schedulingStrategy: 'DAEMON', deploymentConfiguration: { minimumHealthyPercent: 100 } }).map(([at, m]) => [at, /maximumPercent` (\d+)/.exec(m)?.[1]]), [['100', '100']]);
  });

  it('blue/green (CODE_DEPLOY) and EXTERNAL deployments do not use the percentages; ECS rolling deployments do', () => {
    const stuck = { minimumHealthyPercent: 100, maximumPercent: 100 };
    assert.deepStrictEqual(check({ deploymentController: { type: 'CODE_DEPLOY' }, deploymentConfiguration: stuck }), []);
    assert.deepStrictEqual(check({ deploymentController: { type: 'EXTERNAL' }, deploymentConfiguration: stuck }), []);
    assert.strictEqual(check({ deploymentController: { type: 'ECS' }, deploymentConfiguration: stuck }).length, 1);
  });

  it('a template placeholder for either value is unknown: nothing', () => {
    assert.deepStrictEqual(check({ deploymentConfiguration: { minimumHealthyPercent: '${MIN_HEALTHY}', maximumPercent: 100 } }), []);
    assert.deepStrictEqual(check({ deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: '${MAX_PERCENT}' } }), []);
  });
});

describe('service rules: containerName and the task definition (ECS708)', () => {
  const lb = (containerName: unknown, containerPort: unknown = 80): Record<string, unknown> => ({ loadBalancers: [{ targetGroupArn: TG, containerName, containerPort }] });

  it('the message names the family, the file, the name and the named containers of the task definition', () => {
    const { ls, sdoc } = pair(svc(lb('ap')), fargate({}, {}).replace('"containerDefinitions": [', '"containerDefinitions": [\n    { "name": "sidecar", "image": "busybox" },\n    { "image": "busybox" },'));
    assert.strictEqual(messageOf(ls, sdoc, 'ECS708'), 'Task definition `web` (web/task-definition.json) has no container named `ap`. Its containers: `sidecar`, `app`.');
  });

  it('a task definition without named containers: a dash; without family (named by the setting): `?`', () => {
    const { ls, sdoc } = familyless(svc(lb('app')), fargate({ family: undefined }, { name: undefined }));
    assert.match(messageOf(ls, sdoc, 'ECS708', FAMILYLESS), /^Task definition `\?` \(base\.json\) has no container named `app`\. Its containers: —\.$/);
  });

  it('one container: the fix offers it whatever the name; several: only a close name', () => {
    const one = setup(svc(lb('frontend')), fargate());
    const [action] = quickFixes(one.ls, one.sdoc, diagnosticsOf(one.ls, one.sdoc, 'ECS708')[0]);
    assert.strictEqual(action?.title, 'Change to app');
    const two = fargate().replace('"containerDefinitions": [', '"containerDefinitions": [\n    { "name": "sidecar", "image": "busybox" },');
    const far = setup(svc(lb('frontend')), two);
    assertNoFix(far.ls, far.sdoc, diagnosticsOf(far.ls, far.sdoc, 'ECS708')[0]);
    const close = setup(svc(lb('sidecr')), two);
    assert.ok(fix(close.ls, close.sdoc, 'ECS708').includes('"containerName": "sidecar"'));
  });

  it('its fix offers nothing once the entry is gone, or with data that is not a name', () => {
    const { ls, sdoc } = setup(svc(lb('ap')), fargate());
    const [diag] = diagnosticsOf(ls, sdoc, 'ECS708');
    assert.deepStrictEqual(quickFixes(ls, TextDocument.create(SERVICE_URI, 'json', 2, svc({ loadBalancers: [] })), diag), []);
    const data = diag.data as { fix: Record<string, unknown> };
    assert.deepStrictEqual(quickFixes(ls, sdoc, { ...diag, data: { ...data, fix: { ...data.fix, suggestion: 42 } } }), []);
  });

  it('template placeholders are unknown names: none in the service, none in the task definition (ECS708, ECS711)', () => {
    const a = setup(svc(lb('${CONTAINER_NAME}')), fargate());
    assert.deepStrictEqual(diagnosticsOf(a.ls, a.sdoc, 'ECS708'), []);
    assert.deepStrictEqual(diagnosticsOf(a.ls, a.tdoc!, 'ECS711'), []);
    const b = setup(svc(lb('app')), fargate({}, { name: '${CONTAINER_NAME}' }));
    assert.deepStrictEqual(diagnosticsOf(b.ls, b.sdoc, 'ECS708'), []);
    assert.deepStrictEqual(diagnosticsOf(b.ls, b.tdoc!, 'ECS711'), []);
    // One templated name among others is enough.
    const c = setup(svc(lb('api')), fargate().replace('"containerDefinitions": [', '"containerDefinitions": [\n    { "name": "${SIDECAR_NAME}", "image": "busybox" },'));
    assert.deepStrictEqual(diagnosticsOf(c.ls, c.sdoc, 'ECS708'), []);
    assert.deepStrictEqual(diagnosticsOf(c.ls, c.tdoc!, 'ECS711'), []);
  });
});

describe('service rules: containerPort and the container\'s port mappings (ECS709, ECS711)', () => {
  const lb = (containerPort: unknown, containerName = 'app'): Record<string, unknown> => ({ loadBalancers: [{ targetGroupArn: TG, containerName, containerPort }] });
  const ports = (portMappings: unknown): string => fargate({}, { portMappings });

  it('the message names the container, the family, the port and the container ports; one port: the fix changes to it', () => {
    const { ls, sdoc } = setup(svc(lb(8080)), fargate());
    assert.strictEqual(messageOf(ls, sdoc, 'ECS709'), 'Container `app` of task definition `web` has no port mapping for 8080. Its container ports: 80.');
    const [action] = quickFixes(ls, sdoc, diagnosticsOf(ls, sdoc, 'ECS709')[0]);
    assert.strictEqual(action?.title, 'Change to 80');
  });

  it('several ports or a range: all listed, and no fix (which one?)', () => {
    for (const [mappings, listed] of [[[{ containerPort: 80 }, { containerPort: 443 }], '80, 443'], [[{ containerPortRange: '8000-8010' }], '8000-8010']] as const) {
      const { ls, sdoc } = setup(svc(lb(8080)), ports(mappings));
      assert.match(messageOf(ls, sdoc, 'ECS709'), new RegExp(`Its container ports: ${listed}\\.$`));
      assertNoFix(ls, sdoc, diagnosticsOf(ls, sdoc, 'ECS709')[0]);
    }
  });

  it('a reversed or malformed range exposes nothing (ECS303 and the schema check report it)', () => {
    for (const range of ['8010-8000', '8000:8010']) {
      const { ls, sdoc } = setup(svc(lb(8005)), ports([{ containerPortRange: range }]));
      assert.match(messageOf(ls, sdoc, 'ECS709'), /Its container ports: —\.$/, range);
    }
  });

  it('no port mappings: a dash; the task definition side (ECS711) underlines the container name', () => {
    const { ls, sdoc, tdoc } = setup(svc(lb(80)), fargate({}, { portMappings: undefined }));
    assert.match(messageOf(ls, sdoc, 'ECS709'), /Its container ports: —\.$/);
    assertNoFix(ls, sdoc, diagnosticsOf(ls, sdoc, 'ECS709')[0]);
    assert.deepStrictEqual(diagnosticsOf(ls, tdoc!, 'ECS711').map((d) => textAt(tdoc!.getText(), d.range)), ['"app"']);
  });

  it('a mapping with neither containerPort nor a range (a hostPort alone) exposes no container port', () => {
    const { ls, sdoc, tdoc } = setup(svc(lb(80)), ports([{ hostPort: 80 }]));
    assert.match(messageOf(ls, sdoc, 'ECS709'), /Its container ports: —\.$/);
    assertNoFix(ls, sdoc, diagnosticsOf(ls, sdoc, 'ECS709')[0]);
    assert.strictEqual(diagnosticsOf(ls, tdoc!, 'ECS711').length, 1);
  });

  it('a port inside a containerPortRange, at either end, is exposed; one just outside is not', () => {
    for (const [port, expected] of [[8000, 0], [8005, 0], [8010, 0], [7999, 1], [8011, 1], [80, 1]] as const) {
      const { ls, sdoc, tdoc } = setup(svc(lb(port)), ports([{ containerPortRange: '8000-8010' }]));
      assert.strictEqual(diagnosticsOf(ls, sdoc, 'ECS709').length, expected, `ECS709 for ${port}`);
      assert.strictEqual(diagnosticsOf(ls, tdoc!, 'ECS711').length, expected, `ECS711 for ${port}`);
    }
  });

  it('the container the entry names is the one checked, not the first', () => {
    const task = fargate().replace('"containerDefinitions": [', '"containerDefinitions": [\n    { "name": "sidecar", "image": "busybox", "portMappings": [{ "containerPort": 9901 }] },');
    const { ls, sdoc, tdoc } = setup(svc(lb(80)), task);
    assert.deepStrictEqual(diagnosticsOf(ls, sdoc, 'ECS709'), []);
    assert.deepStrictEqual(diagnosticsOf(ls, tdoc!, 'ECS711'), []);
    const other = setup(svc(lb(80, 'sidecar')), task);
    assert.match(messageOf(other.ls, other.sdoc, 'ECS709'), /^Container `sidecar` .* Its container ports: 9901\.$/);
  });

  it('a containerPort that is not a number is left to the schema check (ECS005): no ECS709 or ECS711', () => {
    const { ls, sdoc, tdoc } = setup(svc(lb('8080')), fargate());
    assert.deepStrictEqual(diagnosticsOf(ls, sdoc, 'ECS709'), []);
    assert.deepStrictEqual(diagnosticsOf(ls, tdoc!, 'ECS711'), []);
  });

  it('a template placeholder in the container\'s port mappings may be the port: no ECS709 or ECS711', () => {
    for (const mappings of [[{ containerPort: '${PORT}' }], [{ containerPortRange: '${PORTS}' }], ['${PORT_MAPPING}'], '${PORT_MAPPINGS}', [{ containerPort: 443 }, { containerPort: '{{ port }}' }]]) {
      const { ls, sdoc, tdoc } = setup(svc(lb(8080)), ports(mappings));
      assert.deepStrictEqual(diagnosticsOf(ls, sdoc, 'ECS709'), [], JSON.stringify(mappings));
      assert.deepStrictEqual(diagnosticsOf(ls, tdoc!, 'ECS711'), [], JSON.stringify(mappings));
    }
  });

  it('a task definition without family (named by the setting) is shown as `?`', () => {
    const { ls, sdoc } = familyless(svc(lb(8080)), fargate({ family: undefined }));
    assert.match(messageOf(ls, sdoc, 'ECS709', FAMILYLESS), /of task definition `\?` has no port mapping for 8080/);
  });

  it('its fix offers nothing once the port is gone, or with data that is not a port', () => {
    const { ls, sdoc } = setup(svc(lb(8080)), fargate());
    const [diag] = diagnosticsOf(ls, sdoc, 'ECS709');
    assert.deepStrictEqual(quickFixes(ls, TextDocument.create(SERVICE_URI, 'json', 2, svc({ loadBalancers: [] })), diag), []);
    const data = diag.data as { fix: Record<string, unknown> };
    assert.deepStrictEqual(quickFixes(ls, sdoc, { ...diag, data: { ...data, fix: { ...data.fix, port: '80' } } }), []);
  });
});

describe('service rules: the task definition side (ECS711)', () => {
  const lb = (o: Record<string, unknown>): Record<string, unknown> => ({ loadBalancers: [{ targetGroupArn: TG, ...o }] });

  it('a matching pair: nothing on the task definition', () => {
    const { ls, tdoc } = setup(svc(), fargate());
    assert.deepStrictEqual(diagnosticsOf(ls, tdoc!, 'ECS711'), []);
  });

  it('a port the container lacks: on its portMappings, naming the service, its file, the container and the port', () => {
    const { ls, tdoc } = pair(svc(lb({ containerName: 'app', containerPort: 8080 })), fargate());
    const [d] = diagnosticsOf(ls, tdoc, 'ECS711');
    assert.ok(textAt(tdoc.getText(), d.range).startsWith('[') && textAt(tdoc.getText(), d.range).includes('"containerPort": 80'));
    assert.strictEqual(d.message, 'Service `web` (service-definition.json) sends its load balancer to container `app` port 8080, which this task definition does not expose.');
  });

  it('a container the task definition lacks: on its family, with its own message', () => {
    const { ls, tdoc } = pair(svc(lb({ containerName: 'api', containerPort: 80 })), fargate());
    const [d] = diagnosticsOf(ls, tdoc, 'ECS711');
    assert.strictEqual(textAt(tdoc.getText(), d.range), '"web"');
    assert.strictEqual(d.message, 'Service `web` (service-definition.json) sends its load balancer to container `api`, which this task definition does not define.');
  });

  it('an entry without containerName or containerPort is ECS703\'s: nothing on the task definition', () => {
    for (const o of [{ containerPort: 8080 }, { containerName: 'app' }]) {
      const { ls, tdoc } = setup(svc(lb(o)), fargate());
      assert.deepStrictEqual(diagnosticsOf(ls, tdoc!, 'ECS711'), [], JSON.stringify(o));
    }
  });

  it('a service whose serviceName is not a string is shown as `?`', () => {
    const { ls, tdoc } = setup(svc({ serviceName: 42, ...lb({ containerName: 'api', containerPort: 80 }) }), fargate());
    assert.match(messageOf(ls, tdoc!, 'ECS711'), /^Service `\?` \(service-definition\.json\)/);
  });

  it('a service paired with another task definition of the family (another folder) is not checked against this one', () => {
    const ls = languageService();
    ls.index.workspaceFolders = ['file:///proj'];
    const serviceText = svc(lb({ containerName: 'api', containerPort: 80 }));
    ls.index.set('file:///proj/prod/service-definition.json', serviceText);
    ls.index.set('file:///proj/prod/task-definition.json', fargate({}, { name: 'api' }));
    const other = fargate();
    ls.index.set('file:///proj/staging/task-definition.json', other);
    assert.deepStrictEqual(diagnosticsOf(ls, TextDocument.create('file:///proj/staging/task-definition.json', 'json', 1, other), 'ECS711'), []);
    assert.deepStrictEqual(diagnosticsOf(ls, TextDocument.create('file:///proj/prod/task-definition.json', 'json', 1, fargate({}, { name: 'api' })), 'ECS711'), []);
  });

  it('a task definition without family is no service\'s', () => {
    const { ls, tdoc } = setup(svc(lb({ containerName: 'api', containerPort: 80 })), fargate({ family: undefined }));
    assert.deepStrictEqual(diagnosticsOf(ls, tdoc!, 'ECS711'), []);
  });
});

describe('service rules: target type reminder (ECS710) and several task definitions (ECS712)', () => {
  it('ECS710 for awsvpc task definitions and Fargate services, not for an EC2 service of a bridge task definition', () => {
    const cases: Array<[Record<string, unknown>, string, number]> = [
      [{ launchType: 'EC2' }, ec2(), 0],
      [{ launchType: 'EC2' }, fargate({ requiresCompatibilities: ['EC2'] }), 1],
      [{ launchType: 'FARGATE' }, fargate({ networkMode: undefined }), 1],
    ];
    for (const [over, task, n] of cases) {
      const { ls, sdoc } = setup(svc(over), task);
      assert.strictEqual(diagnosticsOf(ls, sdoc, 'ECS710').length, n, `${JSON.stringify(over)} ${task.slice(0, 80)}`);
    }
  });

  it('ECS710 names the family and the target group by its name in the ARN, else by the whole value', () => {
    const a = setup(svc(), fargate());
    assert.match(messageOf(a.ls, a.sdoc, 'ECS710'), /^Tasks of `web` use awsvpc .*: target group `web` must/);
    const b = setup(svc({ loadBalancers: [{ targetGroupArn: 'my-target-group', containerName: 'app', containerPort: 80 }] }), fargate());
    assert.match(messageOf(b.ls, b.sdoc, 'ECS710'), /target group `my-target-group` must/);
    const c = familyless(svc(), fargate({ family: undefined }));
    assert.match(messageOf(c.ls, c.sdoc, 'ECS710', FAMILYLESS), /^Tasks of `\?` use awsvpc/);
  });

  it('ECS712 names the family the task definitions share', () => {
    const ls = languageService();
    ls.index.set(SERVICE_URI, svc({ taskDefinition: 'shop-api:3' }));
    ls.index.set('file:///proj/a/task-definition.json', fargate({ family: 'shop-api' }));
    ls.index.set('file:///proj/b/task-definition.json', fargate({ family: 'shop-api' }));
    assert.match(messageOf(ls, TextDocument.create(SERVICE_URI, 'json', 1, svc({ taskDefinition: 'shop-api:3' })), 'ECS712'), /^2 task definitions in the workspace have family `shop-api`: /);
  });
});
