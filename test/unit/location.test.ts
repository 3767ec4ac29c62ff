/**
 * model/location.ts answers from the parse tree what jsonc-parser answers by scanning from the start:
 * the node at an offset and the location (path, key or value, previous node), on every offset of
 * valid documents, broken ones (mutants of them) and the real-file corpus.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as jsonc from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from '../../language-service/model/document';
import { fastLocation, locationAt, nodeAtOffset } from '../../language-service/model/location';
import { fargate, ec2 } from '../support/harness';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');

/** A small deterministic random generator (the same mutants on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['', ',', ':', '"', '{', '}', '[', ']', '"x"', '1', 'true', 'null', ' ', '\n', '// c\n', '/* c */', ',,', '"k": ', 'x'];

/** Broken variants: a piece of text deleted, or a JSON token inserted, or both. */
function mutants(text: string, count: number, seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = text;
    const edits = 1 + Math.floor(r() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(r() * (t.length + 1));
      const del = r() < 0.5 ? Math.floor(r() * 6) : 0;
      t = t.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + t.slice(at + del);
    }
    out.push(t);
  }
  return out;
}

function describeNode(n: jsonc.Node | undefined): unknown {
  return n && { type: n.type, offset: n.offset, length: n.length, value: n.value, colonOffset: n.colonOffset };
}

/** Compares at every offset (or every `step`-th on big texts); returns how many offsets took the fast path. */
function compareAll(text: string, label: string, step = 1): number {
  const parsed = parseDocument(TextDocument.create('file:///t/task-definition.json', 'json', 1, text), true);
  let fast = 0;
  for (let offset = 0; offset <= text.length; offset += step) {
    const where = `${label} at offset ${offset}: ${JSON.stringify(text.slice(Math.max(0, offset - 15), offset))}|${JSON.stringify(text.slice(offset, offset + 15))}`;
    if (parsed.root) {
      for (const right of [false, true]) {
        assert.strictEqual(nodeAtOffset(parsed.root, offset, right), jsonc.findNodeAtOffset(parsed.root, offset, right), `${where} (includeRightBound ${right})`);
      }
    }
    const expected = jsonc.getLocation(text, offset);
    const got = locationAt(parsed, offset);
    if (fastLocation(parsed, offset)) fast++;
    assert.deepStrictEqual(got.path, expected.path, `${where}: path`);
    assert.strictEqual(got.isAtPropertyKey, expected.isAtPropertyKey, `${where}: isAtPropertyKey`);
    assert.deepStrictEqual(describeNode(got.previousNode), describeNode(expected.previousNode), `${where}: previousNode`);
    assert.strictEqual(got.matches(['containerDefinitions', '*', 'image']), expected.matches(['containerDefinitions', '*', 'image']), `${where}: matches`);
  }
  return fast;
}

describe('node and location at an offset without a scan from the start (model/location.ts)', () => {
  const valid: Array<[string, string]> = [
    ['Fargate', fargate()],
    ['EC2', ec2()],
    ['compact', JSON.stringify(JSON.parse(fargate()))],
    ['JSONC with comments and trailing commas', '{\n  // family\n  "family": "a", /* x */\n  "containerDefinitions": [\n    { "name": "a", "image": "b", },\n    { "name": "c", "portMappings": [ { "containerPort": 80 }, ], },\n  ],\n  "tags": [],\n  "x": {}\n}\n'],
    ['wrapped describe output', `{"taskDefinition": ${fargate()}, "tags": [{"key": "a", "value": "b"}]}`],
    ['nested arrays', '[[1, [2, 3], {"a": [4, {"b": 5}]}], [], {"c": [[6]]}]'],
  ];

  it('same node and location as jsonc-parser at every offset of valid documents, mostly by the fast path', () => {
    for (const [label, text] of valid) {
      const fast = compareAll(text, label);
      // Only offsets outside the root (before it, after it) may need the scan.
      assert.ok(fast >= text.trim().length - 2, `${label}: fast path at ${fast} of ${text.length + 1} offsets`);
    }
  });

  it('same answers on 240 broken mutants (deleted text, stray tokens, missing commas and brackets)', function () {
    this.timeout(120_000);
    let fastTotal = 0;
    let offsets = 0;
    valid.forEach(([label, text], i) => {
      mutants(text, 40, 1000 + i).forEach((m, j) => {
        fastTotal += compareAll(m, `${label} mutant ${j}`, 2);
        offsets += Math.floor(m.length / 2) + 1;
      });
    });
    // Broken documents still take the fast path almost everywhere (a fall-back is exact, only slower).
    assert.ok(fastTotal > offsets * 0.5, `fast path at ${fastTotal} of ${offsets} offsets`);
  });

  it('same answers on the real-file corpus (skipped when ../shared/corpus is absent)', function () {
    this.timeout(120_000);
    if (!fs.existsSync(CORPUS)) {
      this.skip();
      return;
    }
    let files = 0;
    for (const dir of ['real', 'docs', 'templates']) {
      const base = path.join(CORPUS, dir);
      if (!fs.existsSync(base)) continue;
      for (const f of fs.readdirSync(base).filter((n) => n.endsWith('.json'))) {
        const text = fs.readFileSync(path.join(base, f), 'utf8');
        compareAll(text, f, Math.max(1, Math.ceil(text.length / 400)));
        files++;
      }
    }
    assert.ok(files > 0);
  });

  it('on a large document the fast path reads only the text around the offset', () => {
    const containers = Array.from({ length: 300 }, (_, i) => ({ name: `c${i}`, image: `img:${i}`, environment: Array.from({ length: 20 }, (_, k) => ({ name: `K${k}`, value: `v${k}` })) }));
    const text = JSON.stringify({ family: 'big', containerDefinitions: containers, volumes: [] }, null, 2);
    const parsed = parseDocument(TextDocument.create('file:///t/task-definition.json', 'json', 1, text), true);
    const offset = text.lastIndexOf('"image"') + 2;
    const loc = fastLocation(parsed, offset);
    assert.ok(loc, 'fast path taken');
    assert.deepStrictEqual(loc.path, ['containerDefinitions', 299, 'image']);
    assert.strictEqual(loc.isAtPropertyKey, true);
    compareAll(text, 'large', Math.floor(text.length / 150));
  });
});
