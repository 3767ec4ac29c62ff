import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { applyEdits, complete, diagnose, doc, parses, service, settings, withCursor } from '../support/harness';
import { snippetCatalogue, type SnippetDef } from '../../language-service/snippets/catalogue';
import { expandSnippet, tabStops } from '../../language-service/snippets/expand';
import { VSCODE_SNIPPET_FILE, vscodeBody, vscodeSnippetFileText } from '../../language-service/snippets/vscode';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TASK_URI = 'file:///work/task-definition.json';
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

const wholeDocs = snippetCatalogue.filter((s) => s.target === 'document');
const pieces = snippetCatalogue.filter((s) => s.target !== 'document');

/** Accepts the completion item with every placeholder at its default, as an editor would. */
function accept(textWithCursor: string, prefix: string, uri = TASK_URI): string {
  const items = complete(textWithCursor, { uri });
  const item = items.find((i) => i.label === prefix);
  assert.ok(item, `${prefix} not offered; got ${items.map((i) => i.label).join(', ')}\n${textWithCursor}`);
  return applyItem(withCursor(textWithCursor).text, item);
}

function applyItem(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const edits: TextEdit[] = [{ range: edit.range, newText: expandSnippet(edit.newText) }, ...(item.additionalTextEdits ?? [])];
  return applyEdits(text, edits);
}

/** Asserts the validator finds no error and no warning. */
function assertClean(text: string, what: string): void {
  assert.ok(parses(text), `${what}: result does not parse:\n${text}`);
  const bad = diagnose(text).filter((d) => d.severity !== undefined && d.severity <= 2);
  assert.deepStrictEqual(bad.map((d) => `${String(d.code)} ${d.message}`), [], `${what}:\n${text}`);
}

/** A host document as JSON text with `|` where the sentinel value/property was. */
function host(task: Record<string, unknown>): string {
  return JSON.stringify(task, null, 2).replace(/"@@KEY@@": 0/, '|').replace(/"@@CURSOR@@"/, '|');
}

const EXEC = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
const TASK_ROLE = 'arn:aws:iam::123456789012:role/app-task-role';
const LOGS = { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' } };

function fargateTask(container: Record<string, unknown>, over: Record<string, unknown> = {}, extraContainers: Record<string, unknown>[] = []): Record<string, unknown> {
  return {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '1024',
    executionRoleArn: EXEC,
    taskRoleArn: TASK_ROLE,
    containerDefinitions: [{ name: 'app', image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: 80, protocol: 'tcp' }], logConfiguration: LOGS, ...container }, ...extraContainers],
    ...over,
  };
}

/** Supporting content a piece needs to be valid in its context (a volume is mounted, a dependency exists). */
function support(s: SnippetDef): { container: Record<string, unknown>; extra: Record<string, unknown>[] } {
  const expanded = expandSnippet(s.body.join('\n'));
  if (s.target === 'volumes[]') {
    const name = (JSON.parse(expanded) as { name: string }).name;
    return { container: { mountPoints: [{ sourceVolume: name, containerPath: '/data', readOnly: false }] }, extra: [] };
  }
  if (s.target === 'containerDefinitions[].dependsOn') {
    const target = (JSON.parse(expanded) as Array<{ containerName: string }>)[0].containerName;
    return { container: {}, extra: [{ name: target, image: 'nginx:1.27', essential: true, logConfiguration: LOGS }] };
  }
  return { container: {}, extra: [] };
}

/** Host documents with the cursor where the piece goes, in each form the completion supports. */
function hostsFor(s: SnippetDef): Array<{ form: string; text: string }> {
  const { container, extra } = support(s);
  const out: Array<{ form: string; text: string }> = [];
  const element = s.target.endsWith('[]');
  const valueKey = element ? s.target.slice(0, -2) : s.target;
  const parts = valueKey.split('.');
  const name = parts[parts.length - 1];
  const inContainer = parts[0] === 'containerDefinitions[]' && parts.length === 2;
  if (s.target === 'containerDefinitions[]') {
    out.push({ form: 'element after the others', text: host({ ...fargateTask({}), containerDefinitions: [...(fargateTask({}).containerDefinitions as unknown[]), '@@CURSOR@@'] }) });
    out.push({ form: 'element before the others (comma added)', text: JSON.stringify(fargateTask({}), null, 2).replace('"containerDefinitions": [', '"containerDefinitions": [|') });
  } else if (s.target === 'volumes[]') {
    out.push({ form: 'element', text: host(fargateTask(container, { volumes: ['@@CURSOR@@'] }, extra)) });
    out.push({ form: 'new array property', text: host(fargateTask(container, { '@@KEY@@': 0 }, extra)) });
  } else if (element && inContainer) {
    const existing = (fargateTask({}).containerDefinitions as Array<Record<string, unknown>>)[0][name];
    const list = Array.isArray(existing) ? [...(existing as unknown[]), '@@CURSOR@@'] : ['@@CURSOR@@'];
    out.push({ form: 'element', text: host(fargateTask({ ...container, [name]: list }, {}, extra)) });
    if (!Array.isArray(existing)) out.push({ form: 'new array property', text: host(fargateTask({ ...container, '@@KEY@@': 0 }, {}, extra)) });
  } else if (inContainer) {
    const base = fargateTask(container, {}, extra);
    const containers = base.containerDefinitions as Array<Record<string, unknown>>;
    const first = { ...containers[0] };
    delete first[name];
    out.push({ form: 'new property (last)', text: host({ ...base, containerDefinitions: [{ ...first, '@@KEY@@': 0 }, ...containers.slice(1)] }) });
    out.push({ form: 'new property (before another, comma added)', text: host({ ...base, containerDefinitions: [{ name: first.name, '@@KEY@@': 0, ...first }, ...containers.slice(1)] }) });
    out.push({ form: 'missing value', text: host({ ...base, containerDefinitions: [{ ...first, [name]: '@@CURSOR@@' }, ...containers.slice(1)] }) });
  }
  return out;
}

describe('snippets: catalogue', () => {
  it('has every snippet the issue lists, with unique ecs- prefixes', () => {
    const prefixes = snippetCatalogue.map((s) => s.prefix);
    assert.strictEqual(new Set(prefixes).size, prefixes.length);
    for (const p of prefixes) assert.ok(/^ecs-[a-z0-9-]+$/.test(p), p);
    for (const p of ['ecs-fargate-web', 'ecs-fargate-efs', 'ecs-fargate-firelens', 'ecs-fargate-worker', 'ecs-ec2-bridge', 'ecs-ec2-bind-mount', 'ecs-ec2-awsvpc', 'ecs-fargate-windows', 'ecs-fargate-arm64']) {
      assert.strictEqual(snippetCatalogue.find((s) => s.prefix === p)?.target, 'document', p);
    }
    const targets = pieces.map((s) => s.target).sort();
    assert.deepStrictEqual(targets, [
      'containerDefinitions[]',
      'containerDefinitions[].dependsOn',
      'containerDefinitions[].healthCheck',
      'containerDefinitions[].logConfiguration',
      'containerDefinitions[].portMappings[]',
      'containerDefinitions[].restartPolicy',
      'containerDefinitions[].secrets[]',
      'containerDefinitions[].secrets[]',
      'volumes[]',
    ]);
  });

  it('every title and description exists in Vietnamese and English', () => {
    for (const s of snippetCatalogue) {
      for (const t of [s.title, s.description]) {
        assert.ok(t.en.trim() && t.vi.trim(), `${s.prefix}: missing translation`);
      }
      assert.notStrictEqual(s.description.vi, s.description.en, `${s.prefix}: the Vietnamese description is a copy of the English one`);
      assert.ok(VIETNAMESE.test(s.description.vi), `${s.prefix}: the Vietnamese description has no Vietnamese letters`);
    }
  });

  it('puts tab stops on what must be filled in (names, images, account, region, ids)', () => {
    for (const s of snippetCatalogue) {
      const body = s.body.join('\n');
      assert.ok(tabStops(body).length > 0, `${s.prefix}: no tab stop`);
      // Every account id, region, file system / access point id and ECR image sits in a placeholder.
      for (const literal of ['123456789012', 'us-east-1', 'fs-0123456789abcdef0', 'fsap-0123456789abcdef0']) {
        const bare = body.split(literal).length - 1;
        const inStop = (body.match(new RegExp(`\\$\\{\\d+:${literal}\\}`, 'g')) ?? []).length;
        assert.strictEqual(inStop, bare, `${s.prefix}: ${literal} appears outside a tab stop`);
      }
      for (const key of ['family', 'image', 'name', 'containerPort', 'containerName', 'valueFrom', 'awslogs-group', 'sourcePath', 'containerPath']) {
        for (const m of body.matchAll(new RegExp(`"${key}": ("[^"]*"|[^,}\\s]+)`, 'g'))) {
          if (m[1] === '"log_router"') continue; // a fixed name the app's dependsOn refers to
          assert.ok(/\$\{?\d/.test(m[1]), `${s.prefix}: ${key} ${m[1]} is not a tab stop`);
        }
      }
    }
  });

  it('mirrored tab stops have the same default everywhere', () => {
    for (const s of snippetCatalogue) {
      const defaults = new Map<string, string>();
      for (const m of s.body.join('\n').matchAll(/\$\{(\d+):([^}]*)\}/g)) {
        const prev = defaults.get(m[1]);
        assert.ok(prev === undefined || prev === m[2], `${s.prefix}: $${m[1]} is "${prev}" and "${m[2]}"`);
        defaults.set(m[1], m[2]);
      }
    }
  });

  it('the VS Code snippet file is generated from the catalogue, and not contributed (the server offers each snippet where it fits)', () => {
    const file = path.join(ROOT, VSCODE_SNIPPET_FILE);
    assert.ok(fs.existsSync(file), `${VSCODE_SNIPPET_FILE} is missing: run npm run generate:snippets`);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), vscodeSnippetFileText(), 'snippet file out of date: run npm run generate:snippets');
    const parsed = JSON.parse(vscodeSnippetFileText()) as Record<string, { prefix: string; description: string }>;
    assert.deepStrictEqual(Object.values(parsed).map((s) => s.prefix).sort(), snippetCatalogue.map((s) => s.prefix).sort());
    for (const s of Object.values(parsed)) assert.ok(VIETNAMESE.test(s.description) && /[a-z]{3}/.test(s.description), s.prefix);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets?: Array<{ language: string; path: string }> } };
    const langs = (pkg.contributes.snippets ?? []).filter((c) => path.normalize(c.path) === path.normalize('./' + VSCODE_SNIPPET_FILE)).map((c) => c.language).sort();
    // A contributed snippet file would offer the whole task definitions everywhere in every JSON file.
    assert.deepStrictEqual(langs, []);
  });
});

describe('snippets: expansion', () => {
  it('expands placeholders, choices, mirrors and escapes with their defaults', () => {
    assert.strictEqual(expandSnippet('a ${1:x} b $1 ${2|p,q|} $0'), 'a x b x p ');
    assert.strictEqual(expandSnippet('$1 then ${1:late}'), 'late then late');
    assert.strictEqual(expandSnippet('${1:outer ${2:inner}} $2'), 'outer inner inner');
    assert.strictEqual(expandSnippet('\\$HOME \\} ${1:a\\}b}'), '$HOME } a}b');
    assert.deepStrictEqual(tabStops('${3:a} $1 ${2|x,y|} $1'), [3, 1, 2]);
  });
});

describe('snippets: whole task definitions', () => {
  for (const s of wholeDocs) {
    it(`${s.prefix}: offered in an empty task-definition.json and valid with no error or warning`, () => {
      const fromEmpty = accept('|', s.prefix);
      assertClean(fromEmpty, `${s.prefix} in an empty file`);
      const typed = accept(`${s.prefix.slice(0, 7)}|`, s.prefix);
      assert.strictEqual(typed, fromEmpty, 'typing the prefix and accepting gives the same document');
      assert.strictEqual(accept(`"${s.prefix.slice(0, 7)}|"`, s.prefix), fromEmpty, 'a quoted prefix is replaced too');
      assert.strictEqual(accept(`// ECS task\n|`, s.prefix), `// ECS task\n${fromEmpty}`, 'a leading comment stays');
      assertClean(accept(`{\n  ${s.prefix}|\n}`, s.prefix), `${s.prefix} inside an empty root object`);
      assertClean(accept('{|}', s.prefix), `${s.prefix} inside {}`);
    });
  }

  it('are offered with bilingual documentation and a preview', () => {
    const item = complete('|', { uri: TASK_URI, langs: ['vi', 'en'] }).find((i) => i.label === 'ecs-fargate-web')!;
    const docText = (item.documentation as { value: string }).value;
    assert.ok(docText.includes(snippetCatalogue[0].description.vi) && docText.includes(snippetCatalogue[0].description.en));
    assert.ok(docText.includes('"family": "web-app"'));
    assert.strictEqual(item.insertTextFormat, 2);
  });

  it('are not offered inside a task definition that already has content, nor in a service definition', () => {
    const inTask = complete('{\n  "family": "web",\n  |\n}').map((i) => i.label);
    assert.ok(!inTask.includes('ecs-fargate-web'));
    assert.ok(inTask.includes('ecs-efs-volume'), 'pieces still fit at the root');
    assert.deepStrictEqual(complete('|', { uri: 'file:///work/service-definition.json' }).map((i) => i.label), []);
  });
});

describe('snippets: pieces', () => {
  it('the host documents are clean on their own', () => {
    assertClean(JSON.stringify(fargateTask({}), null, 2), 'host');
  });

  for (const s of pieces) {
    it(`${s.prefix}: offered where it fits and valid with no error or warning`, () => {
      const hosts = hostsFor(s);
      assert.ok(hosts.length > 0, `no host for ${s.target}`);
      for (const h of hosts) {
        const result = accept(h.text, s.prefix);
        assertClean(result, `${s.prefix} (${h.form})`);
      }
    });
  }

  it('the VS Code snippet file holds what is typed at each place, and it is valid there', () => {
    for (const s of snippetCatalogue) {
      const body = expandSnippet(vscodeBody(s).join('\n'));
      if (s.target === 'document') {
        assertClean(body, s.prefix);
        continue;
      }
      const h = hostsFor(s)[0].text;
      // Element targets are typed inside the array; property targets inside the object, key included.
      assert.ok(s.target.endsWith('[]') ? body.startsWith('{') : body.startsWith(`"${s.target.split('.').pop()!}": `), `${s.prefix}: ${body.slice(0, 40)}`);
      const { text, offset } = withCursor(h);
      const next = text.slice(offset).trimStart()[0];
      assertClean(text.slice(0, offset) + body + (next === '"' || next === '{' ? ',' : '') + text.slice(offset), `${s.prefix} (VS Code body)`);
    }
  });

  it('are offered only where they fit', () => {
    const root = complete('{\n  "family": "web",\n  |\n}').map((i) => i.label);
    assert.ok(root.includes('ecs-efs-volume') && !root.includes('ecs-awslogs') && !root.includes('ecs-healthcheck'));
    assert.ok(root.includes('ecs-container'), 'containerDefinitions is missing: offered as a new array');
    const inContainer = complete('{ "family": "web", "containerDefinitions": [ { "name": "app", | } ] }').map((i) => i.label);
    for (const p of ['ecs-awslogs', 'ecs-healthcheck', 'ecs-depends-on', 'ecs-restart-policy', 'ecs-secret-ssm', 'ecs-port-mapping']) assert.ok(inContainer.includes(p), p);
    assert.ok(!inContainer.includes('ecs-container') && !inContainer.includes('ecs-efs-volume'));
    const withLogs = complete('{ "family": "web", "containerDefinitions": [ { "name": "app", "logConfiguration": {}, | } ] }').map((i) => i.label);
    assert.ok(!withLogs.includes('ecs-awslogs'), 'not offered when the container already has one');
    const inArray = complete('{ "family": "web", "containerDefinitions": [ { "name": "app" }, | ] }').map((i) => i.label);
    assert.deepStrictEqual(inArray.filter((l) => l.startsWith('ecs-')), ['ecs-container']);
    const inSecrets = complete('{ "family": "web", "containerDefinitions": [ { "name": "app", "secrets": [ | ] } ] }').map((i) => i.label);
    assert.deepStrictEqual(inSecrets.filter((l) => l.startsWith('ecs-')).sort(), ['ecs-secret-secretsmanager', 'ecs-secret-ssm']);
  });

  it('adds the comma a new property needs after the previous one', () => {
    const out = accept('{ "family": "web", "containerDefinitions": [ { "name": "app", "image": "nginx:1.27"\n  ecs-health| } ] }', 'ecs-healthcheck');
    assert.ok(parses(out), out);
    assert.ok(out.includes('"image": "nginx:1.27",'), out);
  });

  it('replaces a quoted key being typed', () => {
    const out = accept('{ "family": "web", "containerDefinitions": [ { "name": "app", "ecs-rest|" } ] }', 'ecs-restart-policy');
    assert.ok(parses(out) && !out.includes('ecs-rest'), out);
    assert.deepStrictEqual((JSON.parse(out) as { containerDefinitions: Array<{ restartPolicy: unknown }> }).containerDefinitions[0].restartPolicy, { enabled: true, ignoredExitCodes: [0], restartAttemptPeriod: 300 });
  });
});

describe('snippets: where the server offers completion at all', () => {
  it('an empty JSON file of any name gets the whole task definitions; a JSON file with other content gets nothing', () => {
    const ask = (textWithCursor: string, uri: string): boolean => {
      const { text, offset } = withCursor(textWithCursor);
      const d = doc(text, uri);
      return service.offersCompletion(d, d.positionAt(offset), settings());
    };
    assert.strictEqual(ask('|', 'file:///p/notes.json'), true);
    assert.strictEqual(ask('ecs-far|', 'file:///p/notes.json'), true);
    assert.strictEqual(ask('// draft\n|', 'file:///p/notes.json'), true);
    assert.strictEqual(ask('{ "name": "pkg", | }', 'file:///p/package.json'), false);
    const labels = complete('ecs-f|', { uri: 'file:///p/notes.json' }).map((i) => i.label).sort();
    assert.deepStrictEqual(labels, wholeDocs.map((s) => s.prefix).sort());
  });
});
