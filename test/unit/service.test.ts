import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EcsLanguageService } from '../../language-service';
import { applyEdits, fargate, settings, textAt } from '../support/harness';

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

function setup(serviceText: string, taskText?: string): { ls: EcsLanguageService; sdoc: TextDocument; tdoc?: TextDocument } {
  const ls = new EcsLanguageService({ onError: (w, e) => { throw new Error(`${w}: ${String(e)}`); } });
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
    const ls = new EcsLanguageService({ onError: (w, e) => { throw new Error(`${w}: ${String(e)}`); } });
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
