import * as assert from 'assert';
import { applyEdits, doc, service, textAt, withCursor } from '../support/harness';

const TASK = `{
  "family": "mesh",
  "proxyConfiguration": { "type": "APPMESH", "containerName": "envoy" },
  "volumes": [ { "name": "data" } ],
  "containerDefinitions": [
    { "name": "app", "dependsOn": [ { "containerName": "envoy", "condition": "HEALTHY" } ], "links": ["envoy:proxy"], "mountPoints": [ { "sourceVolume": "data", "containerPath": "/d" } ] },
    { "name": "envoy", "volumesFrom": [ { "sourceContainer": "app" } ] }
  ]
}`;

function at(needle: string, delta = 2): { text: string; position: { line: number; character: number } } {
  const i = TASK.indexOf(needle);
  const { text, offset } = withCursor(TASK.slice(0, i + delta) + '|' + TASK.slice(i + delta));
  const d = doc(text);
  return { text, position: d.positionAt(offset) };
}

describe('navigation', () => {
  it('goes from a dependsOn reference to the container definition', () => {
    const { text, position } = at('"envoy", "condition"');
    const defs = service.definition(doc(text), position);
    assert.strictEqual(defs.length, 1);
    assert.strictEqual(defs[0].range.start.line, 6);
    assert.strictEqual(textAt(text, defs[0].range), 'envoy');
  });

  it('goes from a mount point to its volume', () => {
    const { text, position } = at('"data", "containerPath"');
    const defs = service.definition(doc(text), position);
    assert.deepStrictEqual(defs.map((d) => [d.range.start.line, textAt(text, d.range)]), [[3, 'data']]);
  });

  it('finds every reference of a container: dependsOn, links, proxyConfiguration', () => {
    const { text, position } = at('"name": "envoy"', 10);
    const refs = service.references(doc(text), position, true);
    assert.deepStrictEqual(refs.map((r) => r.range.start.line).sort(), [2, 5, 5, 6]);
    assert.ok(refs.every((r) => textAt(text, r.range) === 'envoy'));
  });

  it('renames a container everywhere, keeping the link alias', () => {
    const { text, position } = at('"name": "envoy"', 10);
    const d = doc(text);
    assert.strictEqual(service.prepareRename(d, position)?.placeholder, 'envoy');
    const edit = service.rename(d, position, 'sidecar')!;
    const out = applyEdits(text, edit.changes![d.uri]);
    assert.ok(!out.includes('"envoy'));
    assert.ok(out.includes('"containerName": "sidecar"') && out.includes('"sidecar:proxy"') && out.includes('"name": "sidecar"'));
  });

  it('renames a volume from a mount point', () => {
    const { text, position } = at('"data", "containerPath"');
    const d = doc(text);
    const out = applyEdits(text, service.rename(d, position, 'shared')!.changes![d.uri]);
    assert.ok(out.includes('{ "name": "shared" }') && out.includes('"sourceVolume": "shared"'));
  });

  it('refuses an invalid name', () => {
    const { text, position } = at('"name": "envoy"', 10);
    assert.throws(() => service.rename(doc(text), position, 'bad name'));
  });
});
