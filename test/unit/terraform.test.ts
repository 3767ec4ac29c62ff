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
import { applyEdits, textAt, withCursor } from '../support/harness';

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
