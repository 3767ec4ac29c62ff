/**
 * Container-definitions arrays (Terraform's `container_definitions` file), checked with the task
 * context of the `aws_ecs_task_definition` that reads them: over the fixture module in
 * test/fixtures/terraform/ (Fargate and EC2) and small documents with a cursor marker.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadHclParser, readModuleTfFiles } from '../../common/hcl-loader';
import { defaultSettings, type EcsSettings } from '../../common/settings';
import { EcsLanguageService, type HclParser, type TfLocation } from '../../language-service';
import { maskTerraformTemplate } from '../../language-service/terraform/template';
import { terraformContextFor } from '../../language-service/terraform/hcl';
import { applyEdits, diagnose, syntaxErrorsOf, textAt, withCursor } from '../support/harness';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/terraform');
let parser: HclParser;
let version = 1;

function service(): EcsLanguageService {
  const s = new EcsLanguageService({ onError: (where, e) => { throw new Error(`${where}: ${e instanceof Error ? e.stack : String(e)}`); } });
  s.setHclParser(parser);
  return s;
}

/** The service with the .tf files of the fixture module beside `file` handed in, as the server does. */
function open(file: string, text?: string): { s: EcsLanguageService; doc: TextDocument } {
  const p = path.join(FIXTURES, file);
  const uri = pathToFileURL(p).href;
  const s = service();
  s.setTerraformFiles(uri, readModuleTfFiles(p).map((f) => ({ uri: pathToFileURL(f.path).href, text: f.text })));
  return { s, doc: TextDocument.create(uri, 'json', version++, text ?? fs.readFileSync(p, 'utf8')) };
}

const settings = (over: Partial<EcsSettings> = {}): EcsSettings => ({ ...defaultSettings, ...over });
const byCode = (diags: Diagnostic[], code: string): Diagnostic[] => diags.filter((d) => d.code === code);
const tfOf = (d: Diagnostic): TfLocation | undefined => (d.data as { tfLocation?: TfLocation } | undefined)?.tfLocation;
const errorsAndWarnings = (diags: Diagnostic[]): string[] => diags.filter((d) => (d.severity ?? 1) <= 2).map((d) => String(d.code)).sort();

before(async () => {
  const p = await loadHclParser((e) => { throw e; });
  assert.ok(p, 'the HCL parser (web-tree-sitter + tree-sitter-hcl) loads from node_modules');
  parser = p;
});

describe('terraform: recognition', () => {
  const kind = (uri: string, text: string): string => service().kindOf(TextDocument.create(uri, 'json', 1, text));
  const array = '[\n  { "name": "app", "image": "nginx:1.27" }\n]';

  it('recognises an array of containers by name and by content', () => {
    for (const name of ['container-definitions.json', 'container_definitions.json', 'containers.json', 'app.json.tpl', 'app.json.tftpl', 'app.tpl.json', 'web.tpl', 'x.json']) {
      assert.strictEqual(kind(`file:///m/${name}`, array), 'containers', name);
    }
  });

  it('an empty file named like one is one (completion works from the first keystroke)', () => {
    assert.strictEqual(kind('file:///m/container-definitions.json', ''), 'containers');
    assert.strictEqual(kind('file:///m/other.json', ''), 'none');
  });

  it('by content: what comes before the bracket, the spacing of the keys, and what most elements are', () => {
    const x = (text: string): string => kind('file:///m/x.json', text);
    assert.strictEqual(x('\n\n  ' + array), 'containers');
    assert.strictEqual(x('[{ "image" : "nginx:1.27" }]'), 'containers');
    assert.strictEqual(x('// containers\n' + array), 'none', 'a comment first: not an array document');
    assert.strictEqual(x('{ "image": "nginx:1.27" }'), 'none');
    assert.strictEqual(x('   '), 'none');
    // Most elements name an image or a container, and one has an image.
    assert.strictEqual(x('[{ "name": "app", "image": "nginx:1.27" }, { "name": "log" }, { "Effect": "Allow" }]'), 'containers');
    assert.strictEqual(x('[{ "name": "app", "image": "nginx:1.27" }, { "Effect": "Allow" }]'), 'none');
    assert.strictEqual(x('[{ "name": "app" }, { "name": "log", "essential": true }]'), 'none');
    assert.strictEqual(x('[1, { "image": "nginx:1.27" }, "x"]'), 'containers');
    assert.strictEqual(x('[1, 2, "image"]'), 'none');
    assert.strictEqual(x('[{ "x": { "image": "nginx:1.27" } }]'), 'none');
    // Nesting too deep to parse is no array of containers (and no crash).
    assert.strictEqual(x('[{ "image": "nginx:1.27", "x": ' + '['.repeat(5000) + ']'.repeat(5000) + ' }]'), 'none');
  });

  it('leaves other arrays and objects alone', () => {
    assert.strictEqual(kind('file:///m/x.json', '[1, 2, 3]'), 'none');
    assert.strictEqual(kind('file:///m/x.json', '[{ "Effect": "Allow", "Action": "s3:GetObject" }]'), 'none');
    assert.strictEqual(kind('file:///m/tags.json', '[{ "name": "env", "value": "prod" }]'), 'none');
    assert.strictEqual(kind('file:///m/task-definition.json', '{ "family": "x", "containerDefinitions": [] }'), 'task');
    assert.strictEqual(kind('file:///m/package.json', '{ "name": "x" }'), 'none');
  });
});

describe('terraform: template syntax', () => {
  it('masks interpolations and directives without moving any offset', () => {
    const src = '[{ "cpu": ${cpu}, "image": "${format("%s:%s", repo, tag)}", "environment": [ %{ for k, v in env ~} {"name": "${k}"}, %{ endfor ~} ] }]';
    const m = maskTerraformTemplate(src);
    assert.strictEqual(m.text.length, src.length);
    assert.ok(m.text.includes('"cpu": "$cpu"'), m.text);
    assert.ok(!m.text.includes('%{'));
    assert.strictEqual(m.regions.length, 1);
    assert.strictEqual(src.slice(m.regions[0].start, m.regions[0].start + 6), '%{ for');
  });

  it('keeps Terraform escapes `$${` and `%%{` as literal text', () => {
    const src = '[{ "command": ["echo $${HOME} %%{x}"] }]';
    assert.strictEqual(maskTerraformTemplate(src).text, src);
  });
});

describe('terraform: the Fargate pair of the fixture module', () => {
  it('finds the aws_ecs_task_definition that reads the file, through templatefile and path.module', () => {
    const p = path.join(FIXTURES, 'fargate/containers.json.tftpl');
    const files = readModuleTfFiles(p).map((f) => ({ uri: pathToFileURL(f.path).href, text: f.text }));
    const ctx = terraformContextFor(pathToFileURL(p).href, files, parser)!;
    assert.strictEqual(ctx.address, 'aws_ecs_task_definition.web');
    assert.ok(ctx.template);
    assert.deepStrictEqual(ctx.requiresCompatibilities?.value, ['FARGATE']);
    assert.strictEqual(ctx.networkMode?.value, 'bridge');
    assert.strictEqual(ctx.taskRoleArn?.known, false);
    assert.strictEqual(ctx.taskRoleArn?.expression, 'aws_iam_role.task.arn');
    assert.strictEqual(ctx.volumes.length, 1);
    assert.deepStrictEqual(ctx.volumes[0].json, { name: 'data', efsVolumeConfiguration: { fileSystemId: '${var.file_system_id}', transitEncryption: 'ENABLED' } });
  });

  it('reports the task-level faults on their .tf lines and the container faults in the array', () => {
    const { s, doc } = open('fargate/containers.json.tftpl');
    const diags = s.diagnostics(doc, settings(), ['en']);
    assert.deepStrictEqual(errorsAndWarnings(diags), ['ECS101', 'ECS103', 'ECS201', 'ECS401']);
    // .tf side: network_mode = "bridge" (line 10) and memory = 4096 for cpu 256 (line 12).
    const [nm] = byCode(diags, 'ECS101');
    assert.strictEqual(tfOf(nm)?.uri, pathToFileURL(path.join(FIXTURES, 'fargate/main.tf')).href);
    assert.strictEqual(tfOf(nm)?.range.start.line, 9);
    assert.strictEqual(tfOf(nm)?.label, 'aws_ecs_task_definition.web: network_mode');
    assert.strictEqual(nm.relatedInformation?.[0].location.range.start.line, 9);
    assert.strictEqual(textAt(doc.getText(), nm.range), '[', 'shown at the start of the array file');
    assert.strictEqual(tfOf(byCode(diags, 'ECS103')[0])?.range.start.line, 11);
    // Array side: the undeclared volume `cache` (the tf `volume "data"` is known), the awslogs container without an execution role.
    assert.deepStrictEqual(byCode(diags, 'ECS401').map((d) => textAt(doc.getText(), d.range)), ['"cache"']);
    assert.strictEqual(tfOf(byCode(diags, 'ECS401')[0]), undefined);
    assert.strictEqual(tfOf(byCode(diags, 'ECS201')[0]), undefined);
  });

  it('treats `${port}` outside a string and `%{ if }` regions as template parts, not JSON errors or placeholders to fill', () => {
    const { s, doc } = open('fargate/containers.json.tftpl');
    const diags = s.diagnostics(doc, settings(), ['en']);
    assert.deepStrictEqual(byCode(diags, 'ECS001'), []);
    assert.deepStrictEqual(byCode(diags, 'ECS011'), []);
  });

  it('Terraform expressions are unknown values, never wrong ones', () => {
    // worker: requires_compatibilities, network_mode, cpu and memory all from variables.
    const { s, doc } = open('fargate/worker.json');
    assert.strictEqual(s.terraformContext(doc.uri)?.address, 'aws_ecs_task_definition.worker');
    const diags = s.diagnostics(doc, settings(), ['en']);
    assert.deepStrictEqual(errorsAndWarnings(diags), []);
    assert.deepStrictEqual(byCode(diags, 'ECS113'), [], 'the context is known: no hint about a missing one');
    assert.deepStrictEqual(byCode(diags, 'ECS011'), [], 'no value to fill in: Terraform computes them');
  });

  it('a quick fix in the array edits the array; a fault in the .tf offers no fix from here', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'fargate/containers.json.tftpl'), 'utf8').replace('"essential": true', '"esential": true');
    const { s, doc } = open('fargate/containers.json.tftpl', text);
    const diags = s.diagnostics(doc, settings(), ['en']);
    const tfSide = s.codeActions(doc, byCode(diags, 'ECS101'), ['quickfix'], settings(), ['en']);
    assert.deepStrictEqual(tfSide, []);
    // Declaring the volume `cache` would be an edit of the .tf file: not offered from here.
    assert.deepStrictEqual(s.codeActions(doc, byCode(diags, 'ECS401'), ['quickfix'], settings(), ['en']), []);
    // In a Terraform array an unknown key is dropped by Terraform: a warning, with the rename fix.
    const typo = byCode(diags, 'ECS002');
    assert.deepStrictEqual(typo.map((d) => [textAt(text, d.range), d.severity]), [['"esential"', 2]]);
    const arraySide = s.codeActions(doc, typo, ['quickfix'], settings(), ['en']);
    assert.strictEqual(arraySide.length, 1);
    const out = applyEdits(doc.getText(), arraySide[0].edit!.changes![doc.uri]);
    assert.strictEqual(out, text.replace('"esential": true', '"essential": true'));
    assert.ok(out.includes('"containerPort": ${port}') && out.includes('%{ if debug }'), 'template syntax untouched');
  });

  it('messages are bilingual', () => {
    const { s, doc } = open('fargate/containers.json.tftpl');
    const [vi] = byCode(s.diagnostics(doc, settings(), ['vi']), 'ECS101');
    assert.ok(/Fargate/.test(vi.message) && /main\.tf:10/.test(vi.message), vi.message);
    assert.notStrictEqual(vi.message, byCode(s.diagnostics(doc, settings(), ['en']), 'ECS101')[0].message);
  });
});

describe('terraform: each task-level field of the .tf', () => {
  /** The diagnostics of `containers` read by `file()` from a module whose main.tf is `mainTf`. */
  const diagnosticsOf = (mainTf: string, containers = '[\n  { "name": "app", "image": "nginx:1.27", "essential": true }\n]'): { diags: Diagnostic[]; text: string } => {
    const s = service();
    const uri = 'file:///m/containers.json';
    s.setTerraformFiles(uri, [{ uri: 'file:///m/main.tf', text: mainTf }]);
    return { diags: s.diagnostics(TextDocument.create(uri, 'json', version++, containers), settings(), ['en']), text: containers };
  };
  const resource = (fields: string): string => `resource "aws_ecs_task_definition" "web" {\n${fields}\n  container_definitions = file("\${path.module}/containers.json")\n}\n`;
  /** [code, the .tf field the finding points at, its line (1-based, as the message says)] of the findings with a .tf location. */
  const tfFindings = (diags: Diagnostic[]): Array<[string, string, number]> => diags.flatMap((d): Array<[string, string, number]> => {
    const tf = tfOf(d);
    return tf ? [[String(d.code), tf.label, tf.range.start.line + 1]] : [];
  }).sort();

  it('a fault in each field is reported on that field\'s line, named in the message, shown at the array\'s bracket', () => {
    const { diags, text } = diagnosticsOf(resource([
      '  family                   = "web"',
      '  requires_compatibilities = ["FARGATE"]',
      '  network_mode             = "bridge"',
      '  cpu                      = 256',
      '  memory                   = 4096',
      '  execution_role_arn       = "arn:aws:iam::123456789012:user/deploy"',
      '  task_role_arn            = "arn:aws:iam::123456789012:group/app"',
      '  pid_mode                 = "host"',
      '  ipc_mode                 = "host"',
      '  volume {',
      '    name      = "data"',
      '    host_path = "/data"',
      '  }',
    ].join('\n')));
    const at = 'aws_ecs_task_definition.web: ';
    assert.deepStrictEqual(tfFindings(diags), [
      ['ECS101', at + 'network_mode', 4],
      ['ECS103', at + 'memory', 6],
      ['ECS105', at + 'ipc_mode', 10],
      ['ECS105', at + 'pid_mode', 9],
      ['ECS105', at + 'volume', 11],
      ['ECS202', at + 'execution_role_arn', 7],
      ['ECS202', at + 'task_role_arn', 8],
      ['ECS410', at + 'volume', 11],
    ]);
    for (const d of diags.filter((x) => tfOf(x))) {
      assert.strictEqual(textAt(text, d.range), '[');
      assert.ok(d.message.endsWith(`(main.tf:${tfOf(d)!.range.start.line + 1}, ${tfOf(d)!.label})`), d.message);
    }
  });

  it('a fault in the second of two volume blocks points at that block', () => {
    const mainTf = resource(['  requires_compatibilities = ["FARGATE"]', '  network_mode = "awsvpc"', '  cpu = 256', '  memory = 512', '  volume {', '    name = "data"', '  }', '  volume {', '    name      = "logs"', '    host_path = "/var/log"', '  }'].join('\n'));
    const containers = '[\n  { "name": "app", "image": "nginx:1.27", "essential": true, "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }, { "sourceVolume": "logs", "containerPath": "/logs" }] }\n]';
    assert.deepStrictEqual(tfFindings(diagnosticsOf(mainTf, containers).diags), [['ECS105', 'aws_ecs_task_definition.web: volume', 9]]);
  });

  it('the family, the launch types and the cpu too; a family the .tf does not set is unknown, not missing', () => {
    const fields = (family: string): string => resource([family, '  requires_compatibilities = ["FARGATE", "MAGIC"]', '  network_mode = "awsvpc"', '  cpu = 300', '  memory = 512'].join('\n'));
    const at = 'aws_ecs_task_definition.web: ';
    assert.deepStrictEqual(tfFindings(diagnosticsOf(fields('  family = "bad family!"')).diags), [
      ['ECS005', at + 'requires_compatibilities', 3],
      ['ECS007', at + 'family', 2],
      ['ECS103', at + 'cpu', 5],
    ]);
    assert.deepStrictEqual(tfFindings(diagnosticsOf(fields('')).diags), [
      ['ECS005', at + 'requires_compatibilities', 3],
      ['ECS103', at + 'cpu', 5],
    ]);
  });
});

describe('terraform: syntax errors in an array file', () => {
  const uri = 'file:///m/container-definitions.json';
  const app = '{ "name": "app", "image": "nginx:1.27", "essential": true }';
  const syntaxErrors = (text: string): Array<[string, number, unknown]> => syntaxErrorsOf(text, uri);

  it('an array left open is one missing `]` at the end of the file, not an error per task-level field the file does not hold', () => {
    const open = `[\n  ${app}\n`;
    assert.deepStrictEqual(syntaxErrors(open), [['', open.length, 'CloseBracketExpected']]);
    const twoOpen = `[\n  ${app.replace(' }', ', "command": ["a",')}`;
    assert.deepStrictEqual(syntaxErrors(twoOpen), [['', twoOpen.length, 'CloseBracketExpected']]);
  });

  it('an error inside the array stays where it is; a file nesting too deeply is shown at its bracket', () => {
    const text = `[\n  ${app.replace('"image"', '"image" "x",')}\n]`;
    const errors = syntaxErrors(text);
    assert.ok(errors.length > 0);
    for (const [, offset] of errors) assert.ok(offset > 2 && offset < text.length - 2, `inside the array: ${offset}`);
    const deep = `  [${app.replace(' }', ', "x": ' + '['.repeat(3000) + ']'.repeat(3000) + ' }')}]`;
    assert.deepStrictEqual(syntaxErrors(deep).map(([underlined, offset]) => [underlined, offset]), [['[', 2]]);
  });
});

describe('terraform: the EC2 pair of the fixture module', () => {
  it('checks the containers with the EC2 task (bridge, no task memory) read through file()', () => {
    const { s, doc } = open('ec2/container-definitions.json');
    const diags = s.diagnostics(doc, settings(), ['en']);
    assert.deepStrictEqual(errorsAndWarnings(diags), ['ECS109']);
    assert.deepStrictEqual(byCode(diags, 'ECS109').map((d) => textAt(doc.getText(), d.range)), ['"sidecar"']);
    // `links` need bridge: the .tf says bridge, so no complaint.
    assert.deepStrictEqual(byCode(diags, 'ECS307'), []);
  });
});

describe('terraform: without a task context', () => {
  it('stays quiet on launch-type rules and says why, once', () => {
    const { s, doc } = open('no-context/container-definitions.json');
    const diags = s.diagnostics(doc, settings(), ['en']);
    assert.deepStrictEqual(errorsAndWarnings(diags), []);
    const hint = byCode(diags, 'ECS113');
    assert.strictEqual(hint.length, 1);
    assert.strictEqual(hint[0].severity, 3);
    assert.strictEqual(textAt(doc.getText(), hint[0].range), '[');
  });

  it('the launch-type setting turns the rules on (Fargate: awsvpc, so hostPort must equal containerPort)', () => {
    const { s, doc } = open('no-context/container-definitions.json');
    const diags = s.diagnostics(doc, settings({ containerDefinitionsLaunchType: 'FARGATE' }), ['en']);
    assert.deepStrictEqual(errorsAndWarnings(diags), ['ECS301']);
    assert.deepStrictEqual(byCode(diags, 'ECS113'), []);
  });
});

describe('terraform: without a task context, the task-level values are unknown, not missing', () => {
  const uri = 'file:///m/container-definitions.json';
  const text = '[\n  { "name": "app", "image": "nginx:1.27", "essential": true, "portMappings": [{ "containerPort": 80, "hostPort": 8080 }], "links": ["db"], "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }], "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "g", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "p" } }, "secrets": [{ "name": "A", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/a" }] }\n]';
  const problems = (launchType?: EcsSettings['containerDefinitionsLaunchType']): string[] => diagnose(text, { uri, settings: launchType ? { containerDefinitionsLaunchType: launchType } : {} })
    .filter((d) => d.severity! <= 2).map((d) => `${d.code} ${textAt(text, d.range)}`).sort();

  it('no volume, execution role, task size or network mode is taken as absent; the launch-type setting says only the launch type', () => {
    // A volume, an execution role (awslogs, secrets) and the task size may all be in the .tf: nothing is reported.
    assert.deepStrictEqual(problems(), []);
    // Fargate: awsvpc, so the host port must equal the container port, and links are not supported.
    assert.deepStrictEqual(problems('FARGATE'), ['ECS106 "links"', 'ECS301 8080']);
    // EC2 and EXTERNAL: the network mode stays unknown (links need bridge: not judged).
    assert.deepStrictEqual(problems('EC2'), []);
    assert.deepStrictEqual(problems('EXTERNAL'), []);
  });

  it('related information points into the user\'s file', () => {
    const two = '[\n  { "name": "app", "image": "nginx:1.27", "essential": false },\n  { "name": "log", "image": "x:1", "essential": false }\n]';
    const [d] = diagnose(two, { uri }).filter((x) => x.code === 'ECS502');
    const second = two.lastIndexOf('false');
    assert.deepStrictEqual(d.relatedInformation!.map((r) => [r.location.uri, TextDocument.create(uri, 'json', 1, two).offsetAt(r.location.range.start), textAt(two, r.location.range)]), [[uri, second, 'false']]);
  });
});

describe('terraform: container features inside the array', () => {
  const uri = 'file:///nowhere/container-definitions.json';
  const at = (src: string): { s: EcsLanguageService; doc: TextDocument; pos: ReturnType<TextDocument['positionAt']> } => {
    const { text, offset } = withCursor(src);
    const s = service();
    const doc = TextDocument.create(uri, 'json', version++, text);
    return { s, doc, pos: doc.positionAt(offset) };
  };

  it('completes container properties, with edits in the array file', () => {
    const { s, doc, pos } = at('[\n  { "name": "app", | }\n]');
    const items = s.completion(doc, pos, settings(), ['en']);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('image') && labels.includes('portMappings') && !labels.includes('family'), labels.join());
    const item = items.find((i) => i.label === 'image')!;
    const out = applyEdits(doc.getText(), [item.textEdit as never]);
    assert.ok(/"name": "app", "image": /.test(out), out);
  });

  it('offers a container snippet between containers', () => {
    const { s, doc, pos } = at('[\n  |\n]');
    const items = s.completion(doc, pos, settings(), ['en']);
    assert.ok(items.some((i) => i.kind === 15 /* Snippet */), items.map((i) => i.label).join());
  });

  it('hovers in both languages', () => {
    const en = at('[\n  { "name": "app", "ess|ential": true }\n]');
    const h = en.s.hover(en.doc, en.pos, settings(), ['en']);
    assert.ok(h && /essential/i.test((h.contents as { value: string }).value));
    assert.strictEqual(textAt(en.doc.getText(), h.range!), '"essential"');
    const vi = en.s.hover(en.doc, en.pos, settings(), ['vi']);
    assert.ok(vi && (vi.contents as { value: string }).value !== (h.contents as { value: string }).value);
  });

  it('navigates from dependsOn to the container it names', () => {
    const { s, doc, pos } = at('[\n  { "name": "db", "image": "postgres:16" },\n  { "name": "app", "image": "nginx:1.27", "dependsOn": [{ "containerName": "d|b", "condition": "START" }] }\n]');
    const locs = s.definition(doc, pos);
    assert.strictEqual(locs.length, 1);
    assert.strictEqual(textAt(doc.getText(), locs[0].range), 'db');
    assert.strictEqual(locs[0].range.start.line, 1);
  });

  it('fix-all edits only the array', () => {
    const text = '[\n  { "name": "app", "image": "nginx:1.27", "memory": 512, "Essential": true, "portMappings": [{ "containerPort": 80, "protocl": "tcp" }] }\n]';
    const s = service();
    const out = s.fixAll(TextDocument.create(uri, 'json', version++, text), settings(), ['en']);
    assert.ok(out && out.includes('"protocol": "tcp"') && out.startsWith('[') && !out.includes('containerDefinitions'), out);
  });
});

/**
 * One template model: a Terraform template (`templatefile()`) and a plain task definition or a
 * `file()` array read the same placeholder styles the same way (model/placeholders.ts); the only
 * difference is what `templatefile()` fills in itself: its `${...}` interpolations and `%{ }`
 * directives are template parts there, placeholders to fill (or, outside quotes, ECS014) elsewhere.
 */
describe('terraform: the same template rules as plain task definitions', () => {
  const TF = [
    'resource "aws_ecs_task_definition" "t" {',
    '  family                   = "t"',
    '  requires_compatibilities = ["FARGATE"]',
    '  network_mode             = "awsvpc"',
    '  cpu                      = 256',
    '  memory                   = 512',
    '  execution_role_arn       = aws_iam_role.exec.arn',
    '  container_definitions    = templatefile("${path.module}/app.json.tftpl", { port = var.port })',
    '}',
  ].join('\n');
  const LOGS = '"logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "g", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "p" } }';
  const container = (extra: string): string => `[\n  { "name": "app", "image": "nginx:1.27", "essential": true, "readonlyRootFilesystem": true, ${LOGS}${extra} }\n]`;
  const plainTask = (containers: string): string =>
    `{\n  "family": "t", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512",\n  "executionRoleArn": "arn:aws:iam::123456789012:role/exec",\n  "containerDefinitions": ${containers}\n}`;

  /** Codes with the text they underline, in three settings: a plain task definition, the templatefile() array, the file() array (Fargate by setting). */
  function three(containers: string, over: Partial<EcsSettings> = {}): { plain: string[]; template: string[]; file: string[] } {
    const s = service();
    const show = (text: string, diags: Diagnostic[]): string[] => diags.map((d) => `${String(d.code)} ${textAt(text, d.range)}`);
    const task = plainTask(containers);
    const plain = show(task, s.diagnostics(TextDocument.create('file:///m/task-definition.json', 'json', version++, task), settings(over), ['en']));
    s.setTerraformFiles('file:///m/app.json.tftpl', [{ uri: 'file:///m/main.tf', text: TF }]);
    const tdoc = TextDocument.create('file:///m/app.json.tftpl', 'json', version++, containers);
    assert.strictEqual(s.terraformContext(tdoc.uri)?.address, 'aws_ecs_task_definition.t');
    const template = show(containers, s.diagnostics(tdoc, settings(over), ['en']));
    const file = show(containers, s.diagnostics(TextDocument.create('file:///n/container-definitions.json', 'json', version++, containers), settings({ ...over, containerDefinitionsLaunchType: 'FARGATE' }), ['en']));
    return { plain, template, file };
  }

  it('a file without placeholders: the same result in all three, and no "this file is a template" summary', () => {
    const r = three(container(''));
    assert.deepStrictEqual(r, { plain: [], template: [], file: [] });
    // Without any context, the unknown task-level values are not counted as the user's placeholders either.
    const s = service();
    const text = container('');
    const diags = s.diagnostics(TextDocument.create('file:///n/container-definitions.json', 'json', version++, text), settings(), ['en']);
    assert.deepStrictEqual(diags.map((d) => String(d.code)), ['ECS113']);
  });

  it('an unquoted ${x}: one ECS014 in a plain file and a file() array, nothing in a templatefile() template (also ${1}, ${ x }, a list, a function call)', () => {
    for (const expr of ['${port}', '${1}', '${ port }', '${jsonencode(var.port)}']) {
      const r = three(container(`, "portMappings": [{ "containerPort": ${expr} }]`));
      assert.deepStrictEqual(r, { plain: [`ECS014 ${expr}`], template: [], file: [`ECS014 ${expr}`] }, expr);
    }
    const list = three(container(', "environment": ${jsonencode(var.env)}'));
    assert.deepStrictEqual(list, { plain: ['ECS014 ${jsonencode(var.env)}'], template: [], file: ['ECS014 ${jsonencode(var.env)}'] });
  });

  it('quoted and embedded ${x} are unknown values to every rule (no type, format, enum or ARN error) in all three; a hint to fill only where no templatefile() fills them', () => {
    for (const [extra, shown] of [
      [', "memory": "${memory}"', '"${memory}"'],
      [', "environmentFiles": [{ "value": "arn:aws:s3:::${bucket}/app.env", "type": "s3" }]', '"arn:aws:s3:::${bucket}/app.env"'],
      [', "healthCheck": { "command": ["CMD-SHELL", "true"], "interval": "${interval}" }', '"${interval}"'],
    ]) {
      const r = three(container(extra));
      assert.deepStrictEqual(r, { plain: [`ECS011 ${shown}`], template: [], file: [`ECS011 ${shown}`] }, extra);
    }
    const image = three(container('').replace('"nginx:1.27"', '"${repository}:${tag}"'));
    assert.deepStrictEqual(image, { plain: ['ECS011 "${repository}:${tag}"'], template: [], file: ['ECS011 "${repository}:${tag}"'] });
  });

  it('other placeholder styles are the same in a templatefile() template: templatefile() does not fill {{ x }}', () => {
    const r = three(container(', "memory": "{{ memory }}"'));
    assert.deepStrictEqual(r, { plain: ['ECS011 "{{ memory }}"'], template: ['ECS011 "{{ memory }}"'], file: ['ECS011 "{{ memory }}"'] });
    // Mixed: `${tag}` is filled, `<ACCOUNT_ID>` is left to the user.
    const mixed = three(container('').replace('"nginx:1.27"', '"<ACCOUNT_ID>.dkr.ecr.eu-west-1.amazonaws.com/app:${tag}"'));
    assert.deepStrictEqual(mixed.template, ['ECS011 "<ACCOUNT_ID>.dkr.ecr.eu-west-1.amazonaws.com/app:${tag}"']);
  });

  it('the user\'s placeholderPatterns apply in all three, quoted and unquoted', () => {
    const quoted = three(container(', "memory": "==MEM=="'), { placeholderPatterns: ['==[A-Z]+=='] });
    assert.deepStrictEqual(quoted, { plain: ['ECS011 "==MEM=="'], template: ['ECS011 "==MEM=="'], file: ['ECS011 "==MEM=="'] });
    const unquoted = three(container(', "memory": ==MEM=='), { placeholderPatterns: ['==[A-Z]+=='] });
    assert.deepStrictEqual(unquoted, { plain: ['ECS014 ==MEM=='], template: ['ECS014 ==MEM=='], file: ['ECS014 ==MEM=='] });
    // Without the pattern it is a wrong value in all three.
    const none = three(container(', "memory": "==mem=="'));
    assert.deepStrictEqual([none.plain, none.template, none.file].map((l) => l.map((x) => x.split(' ')[0])), [['ECS003'], ['ECS003'], ['ECS003']]);
  });

  it('the ECS011 summary (more than 3 placeholders) counts the same placeholders: the user\'s, not the ones templatefile() fills', () => {
    const four = ', "memory": "{{m}}", "cpu": "{{c}}", "memoryReservation": "{{r}}", "startTimeout": "{{s}}"';
    const r = three(container(four));
    const summary = (l: string[]): string[] => l.filter((x) => x.startsWith('ECS011'));
    assert.deepStrictEqual(summary(r.plain), ['ECS011 {'], 'one summary at the top of the task definition');
    assert.deepStrictEqual(summary(r.template), ['ECS011 ['], 'one summary at the top of the array');
    assert.deepStrictEqual(summary(r.file), ['ECS011 [']);
    const s = service();
    s.setTerraformFiles('file:///m/app.json.tftpl', [{ uri: 'file:///m/main.tf', text: TF }]);
    const text = container(four);
    const [d] = byCode(s.diagnostics(TextDocument.create('file:///m/app.json.tftpl', 'json', version++, text), settings(), ['en']), 'ECS011');
    assert.ok(/4 values/.test(d.message) && d.message.includes('{{m}}'), d.message);
    // The same four as Terraform interpolations: filled by templatefile(), no summary and no hint.
    assert.deepStrictEqual(three(container(four.replace(/\{\{(\w)\}\}/g, '${$1}'))).template, []);
  });

  it('%{ } directives: template regions in a templatefile() template, a syntax error in a plain file and a file() array', () => {
    const extra = ', "environment": [ %{ if debug }{ "name": "DEBUG", "value": "1" },%{ endif } { "name": "X", "value": "1" } ]';
    const r = three(container(extra));
    assert.deepStrictEqual(r.template, []);
    assert.ok(r.plain.length > 0 && r.plain.every((x) => x.startsWith('ECS001')), r.plain.join());
    assert.ok(r.file.length > 0 && r.file.every((x) => x.startsWith('ECS001')), r.file.join());
  });
});

describe('terraform: a main.tf that does not parse (saved half-way through an edit)', () => {
  it('ECS113 names the .tf file and the line of its syntax error instead of saying that no resource reads the array', () => {
    const p = path.join(FIXTURES, 'fargate/containers.json.tftpl');
    const uri = pathToFileURL(p).href;
    const tf = fs.readFileSync(path.join(FIXTURES, 'fargate/main.tf'), 'utf8');
    const broken = tf.replace('network_mode             = "bridge"', 'network_mode             = "awsvpc""');
    const bridgeLine = tf.split('\n').findIndex((l) => l.includes('"bridge"')) + 1;
    const s = service();
    s.setTerraformFiles(uri, [{ uri: pathToFileURL(path.join(FIXTURES, 'fargate/main.tf')).href, text: broken }]);
    const doc = TextDocument.create(uri, 'json', version++, fs.readFileSync(p, 'utf8'));
    const [en] = byCode(s.diagnostics(doc, settings(), ['en']), 'ECS113');
    assert.ok(en, 'the hint is there: the launch type is unknown');
    assert.ok(en.message.startsWith('`main.tf` does not parse') && en.message.includes(`line ${bridgeLine}`), en.message);
    assert.ok(!/No `aws_ecs_task_definition`/.test(en.message), en.message);
    const [vi] = byCode(s.diagnostics(doc, settings(), ['vi']), 'ECS113');
    assert.ok(vi.message.includes('`main.tf`') && vi.message.includes(`dòng ${bridgeLine}`), vi.message);
    // The file fixed: the context is back, and the hint goes.
    s.setTerraformFiles(uri, [{ uri: pathToFileURL(path.join(FIXTURES, 'fargate/main.tf')).href, text: tf }]);
    assert.deepStrictEqual(byCode(s.diagnostics(doc, settings(), ['en']), 'ECS113'), []);
  });

  it('a .tf file that does not parse and does not name the array changes nothing: the plain ECS113', () => {
    const p = path.join(FIXTURES, 'no-context/container-definitions.json');
    const uri = pathToFileURL(p).href;
    const s = service();
    s.setTerraformFiles(uri, [{ uri: 'file:///elsewhere/network.tf', text: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16""\n}\n' }]);
    const [hint] = byCode(s.diagnostics(TextDocument.create(uri, 'json', version++, fs.readFileSync(p, 'utf8')), settings(), ['en']), 'ECS113');
    assert.ok(hint.message.startsWith('No `aws_ecs_task_definition`'), hint.message);
  });
});
