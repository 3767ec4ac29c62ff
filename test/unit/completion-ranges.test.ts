/**
 * What accepting a completion leaves in the document, for every position a key can be typed in: first,
 * middle or last in its object, started with a quote (not auto-closed, as on a new line in VS Code), with
 * an auto-closed quote, or without one, in an object with or without its closing brace. The replaced
 * range is compared with VS Code's own JSON completion (vscode-json-languageservice) on the same
 * document; the resulting text is compared with what a user expects.
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type JSONSchema } from 'vscode-json-languageservice';
import type { CompletionItem, Range } from 'vscode-languageserver-types';
import { defaultSettings } from '../../common/settings';
import { service, withCursor } from '../support/harness';

/** The same fields as ours, enough for VS Code's JSON service to propose the same keys. */
const referenceSchema: JSONSchema = {
  type: 'object',
  properties: {
    family: { type: 'string' },
    taskRoleArn: { type: 'string' },
    networkMode: { type: 'string', enum: ['awsvpc', 'bridge', 'host', 'none'] },
    containerDefinitions: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, image: { type: 'string' }, essential: { type: 'boolean' } } },
    },
  },
};
const reference = getLanguageService({});
reference.configure({ validate: false, allowComments: true, schemas: [{ uri: 'ecs-test://task-definition.schema.json', fileMatch: ['*.json'], schema: referenceSchema }] });

let version = 1;
function at(textWithCursor: string): { text: string; doc: TextDocument; offset: number } {
  const { text, offset } = withCursor(textWithCursor);
  return { text, doc: TextDocument.create('file:///work/task-definition.json', 'json', version++, text), offset };
}

function ours(textWithCursor: string, label: string): { item: CompletionItem; text: string; doc: TextDocument } {
  const { text, doc, offset } = at(textWithCursor);
  const items = service.completion(doc, doc.positionAt(offset), defaultSettings, ['en']);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no "${label}" among ${JSON.stringify(items.map((i) => i.label))} in\n${textWithCursor}`);
  return { item, text, doc };
}

async function referenceRange(textWithCursor: string, label: string): Promise<Range> {
  const { doc, offset } = at(textWithCursor);
  const list = await reference.doComplete(doc, doc.positionAt(offset), reference.parseJSONDocument(doc));
  const item = list?.items.find((i) => i.label === label);
  assert.ok(item?.textEdit && 'range' in item.textEdit, `VS Code's JSON service has no "${label}" in\n${textWithCursor}`);
  return item.textEdit.range;
}

/** The text a snippet body leaves when every tab stop keeps its default (the first choice). */
function expandDefaults(snippet: string): string {
  let s = snippet;
  for (let i = 0; i < 5; i++) s = s.replace(/\$\{\d+\|([^,|}]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return s.replace(/\$\d+/g, '');
}

/**
 * VS Code's suggest filter, simplified: the typed characters appear in order in the filter text, the
 * first one at its start or after a separator such as `"`.
 */
function fuzzyMatches(typed: string, filterText: string): boolean {
  if (!typed) return true;
  const first = [...filterText].findIndex((c, i) => c.toLowerCase() === typed[0].toLowerCase() && (i === 0 || !/\w/.test(filterText[i - 1])));
  if (first < 0) return false;
  let j = first + 1;
  for (const c of typed.slice(1).toLowerCase()) {
    while (j < filterText.length && filterText[j].toLowerCase() !== c) j++;
    if (j++ >= filterText.length) return false;
  }
  return true;
}

/** The document after accepting `label` at the cursor, as VS Code applies the item's text edit. */
function accept(textWithCursor: string, label: string): string {
  const { item, text, doc } = ours(textWithCursor, label);
  const edit = item.textEdit as { range: Range; newText: string };
  const newText = item.insertTextFormat === 2 ? expandDefaults(edit.newText) : edit.newText;
  const result = text.slice(0, doc.offsetAt(edit.range.start)) + newText + text.slice(doc.offsetAt(edit.range.end));
  // VS Code shows the item only when the typed text (range start to cursor) matches its filter text.
  const { offset } = withCursor(textWithCursor);
  const typed = text.slice(doc.offsetAt(edit.range.start), offset);
  assert.ok(fuzzyMatches(typed, item.filterText ?? item.label), `the typed text ${JSON.stringify(typed)} does not match the filter text ${JSON.stringify(item.filterText)}`);
  return result;
}

const NAME = '      "name": "app",';
const IMAGE = '      "image": "nginx:1.27"';

/** A task definition whose container holds `lines`, with or without the closing brackets. */
function containerDoc(lines: string[], closed: boolean): string {
  const head = '{\n  "family": "web",\n  "containerDefinitions": [\n    {\n';
  return head + lines.join('\n') + (closed ? '\n    }\n  ]\n}\n' : '\n');
}

const TYPED = [
  { how: 'an opening quote the editor did not close', typed: '"ess|' },
  { how: 'a quote the editor closed', typed: '"ess|"' },
  { how: 'no quote', typed: 'ess|' },
];

describe('completion: the replaced range of a key (VS Code\'s JSON completion as the reference)', () => {
  for (const { how, typed } of TYPED) {
    for (const closed of [true, false]) {
      const brace = closed ? 'with its closing brace' : 'without a closing brace';
      const cases: Array<{ where: string; lines: string[]; expected: string[] }> = [
        { where: 'first', lines: [`      ${typed}`, NAME, IMAGE], expected: ['      "essential": true,', NAME, IMAGE] },
        { where: 'middle', lines: [NAME, `      ${typed}`, IMAGE], expected: [NAME, '      "essential": true,', IMAGE] },
        { where: 'last', lines: [NAME, `${IMAGE},`, `      ${typed}`], expected: [NAME, `${IMAGE},`, '      "essential": true'] },
      ];
      for (const c of cases) {
        it(`${c.where} key, typed with ${how}, ${brace}`, async () => {
          const src = containerDoc(c.lines, closed);
          assert.strictEqual(accept(src, 'essential'), containerDoc(c.expected, closed).replace('|', ''));
          const mine = (ours(src, 'essential').item.textEdit as { range: Range }).range;
          assert.deepStrictEqual(mine, await referenceRange(src, 'essential'));
        });
      }
    }
  }

  // The string at the cursor is found from the start of its line: `\r\n` and a lone `\r` end lines too.
  for (const eol of ['\r\n', '\r']) {
    for (const { how, typed } of TYPED) {
      it(`middle key, typed with ${how}, lines ending with ${JSON.stringify(eol)}`, async () => {
        const src = containerDoc([NAME, `      ${typed}`, IMAGE], true).replace(/\n/g, eol);
        assert.strictEqual(accept(src, 'essential'), containerDoc([NAME, '      "essential": true,', IMAGE], true).replace(/\n/g, eol).replace('|', ''));
        assert.deepStrictEqual((ours(src, 'essential').item.textEdit as { range: Range }).range, await referenceRange(src, 'essential'));
      });
    }
  }

  it('a root key typed with an opening quote above an existing one: one pair of quotes', async () => {
    const src = '{\n  "family": "web",\n  "tas|\n  "containerDefinitions": []\n}';
    assert.strictEqual(accept(src, 'taskRoleArn'), '{\n  "family": "web",\n  "taskRoleArn": "",\n  "containerDefinitions": []\n}');
    assert.deepStrictEqual((ours(src, 'taskRoleArn').item.textEdit as { range: Range }).range, await referenceRange(src, 'taskRoleArn'));
  });

  it('a quote alone: the key replaces it', async () => {
    const src = '{\n  "family": "web",\n  "|\n  "containerDefinitions": []\n}';
    assert.strictEqual(accept(src, 'taskRoleArn'), '{\n  "family": "web",\n  "taskRoleArn": "",\n  "containerDefinitions": []\n}');
    assert.deepStrictEqual((ours(src, 'taskRoleArn').item.textEdit as { range: Range }).range, await referenceRange(src, 'taskRoleArn'));
  });

  it('renaming a key that has a value keeps the value', async () => {
    const src = '{ "family": "web", "networkM|": "awsvpc", "containerDefinitions": [] }';
    assert.strictEqual(accept(src, 'networkMode'), '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [] }');
    assert.deepStrictEqual((ours(src, 'networkMode').item.textEdit as { range: Range }).range, await referenceRange(src, 'networkMode'));
  });

  it('a snippet typed with an opening quote on a new line replaces the quote too', () => {
    const src = containerDoc([NAME, `${IMAGE},`, '      "ecs-awsl|'], true);
    const out = accept(src, 'ecs-awslogs');
    assert.ok(/\n {6}"logConfiguration": \{/.test(out) && !out.includes('""'), out);
  });
});

describe('completion: a value inside a closed string replaces the content only (snippet tab stops survive)', () => {
  const fargate = (memory: string): string =>
    `{\n  "family": "web",\n  "requiresCompatibilities": ["FARGATE"],\n  "networkMode": "awsvpc",\n  "cpu": "1024",\n  "memory": ${memory},\n  "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }]\n}`;

  it('the cursor at the end of the content: only the digits change', () => {
    const { item, doc } = ours(fargate('"30|"'), '3072');
    const edit = item.textEdit as { range: Range; newText: string };
    assert.strictEqual(edit.newText, '3072');
    assert.strictEqual(doc.getText(edit.range), '30');
    assert.strictEqual(accept(fargate('"30|"'), '3072'), fargate('"3072"'));
  });

  it('an empty string: the value goes between the quotes', () => {
    assert.strictEqual(accept(fargate('"|"'), '4096'), fargate('"4096"'));
  });

  it('an unclosed string: the value comes with both quotes', () => {
    assert.strictEqual(accept(fargate('"20|'), '2048'), fargate('"2048"'));
  });

  it('no string yet: the value comes with its quotes', () => {
    assert.strictEqual(accept(fargate('|'), '"8192"'), fargate('"8192"'));
  });

  it('a boolean typed in quotes replaces the whole string', () => {
    const src = '{ "family": "w", "containerDefinitions": [{ "name": "a", "essential": "|" }] }';
    assert.strictEqual(accept(src, 'true'), '{ "family": "w", "containerDefinitions": [{ "name": "a", "essential": true }] }');
  });
});
