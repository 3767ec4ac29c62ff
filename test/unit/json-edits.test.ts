import * as assert from 'assert';
import { insertProperty, remove } from '../../language-service/edits/json-edits';
import { parseDocument } from '../../language-service/model/document';
import type { JsonPath } from '../../language-service/model/document';
import { applyEdits, applyFix, doc, parses } from '../support/harness';

function rm(text: string, path: JsonPath): string {
  const out = applyEdits(text, remove(parseDocument(doc(text)), path));
  assert.ok(parses(out), out);
  return out;
}

describe('removing a property or element keeps everything else', () => {
  const multi = '{\n  // lead comment\n  "a": 1,\n  "b": null, // trailing note\n  "c": 3\n}';

  it('first, middle and last properties, multi-line', () => {
    assert.strictEqual(rm(multi, ['a']), '{\n  // lead comment\n  "b": null, // trailing note\n  "c": 3\n}');
    assert.strictEqual(rm(multi, ['b']), '{\n  // lead comment\n  "a": 1,\n   // trailing note\n  "c": 3\n}');
    assert.strictEqual(rm(multi, ['c']), '{\n  // lead comment\n  "a": 1,\n  "b": null // trailing note\n}');
  });

  it('inline objects and arrays', () => {
    assert.strictEqual(rm('{ "a": 1, "b": 2, "c": 3 }', ['b']), '{ "a": 1, "c": 3 }');
    assert.strictEqual(rm('{ "a": 1, "b": 2 }', ['b']), '{ "a": 1 }');
    assert.strictEqual(rm('{ "a": 1, "b": 2 }', ['a']), '{ "b": 2 }');
    assert.strictEqual(rm('[1, 2, 3]', [1]), '[1, 3]');
    assert.strictEqual(rm('{ "x": [ "only" ] }', ['x', 0]), '{ "x": [ ] }');
  });

  it('keeps a block comment between neighbours', () => {
    assert.strictEqual(rm('{ "a": 1, /* keep */ "b": 2 }', ['b']), '{ "a": 1 /* keep */  }');
  });

  it('CRLF documents stay CRLF', () => {
    assert.strictEqual(rm('{\r\n  "a": 1,\r\n  "b": 2\r\n}', ['a']), '{\r\n  "b": 2\r\n}');
  });
});

describe('inserting a property keeps the layout around it', () => {
  it('an inline array on the line before stays inline (ECS101 fix)', () => {
    const text = '{\n  "family": "web",\n  "requiresCompatibilities": ["FARGATE"],\n  "cpu": "256",\n  "memory": "512",\n  "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }]\n}';
    const out = applyFix(text, 'ECS101');
    assert.ok(out.includes('  "requiresCompatibilities": ["FARGATE"],\n'), out);
    assert.ok(out.includes('\n  "networkMode": "awsvpc",\n') || out.includes('\n  "networkMode": "awsvpc"\n'), out);
    assert.ok(out.includes('"containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }]'), out);
  });

  it('a multi-line value is laid out with the document\'s indentation (tabs here)', () => {
    const text = '{\n\t"family": "web",\n\t"containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }]\n}';
    const out = applyEdits(text, insertProperty(parseDocument(doc(text)), [], 'ephemeralStorage', { sizeInGiB: 30 }, 'family'));
    assert.strictEqual(out, '{\n\t"family": "web",\n\t"ephemeralStorage": {\n\t\t"sizeInGiB": 30\n\t},\n\t"containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }]\n}');
  });
});
