/**
 * The cycle search shared by ECS504 (dependsOn) and the links cycle rule (rules/cycles.ts): which
 * cycles are reported, on which edge, with which path, and only once.
 */
import * as assert from 'assert';
import { diagnose, doc, service, settings, textAt } from '../support/harness';

/** A task definition whose containers depend on others: `{ app: ['db'], db: [] }`. */
function task(graph: Record<string, string[]>): string {
  return JSON.stringify({
    family: 'web',
    containerDefinitions: Object.entries(graph).map(([name, deps]) => ({
      name,
      image: 'nginx:1.27',
      memory: 128,
      ...(deps.length ? { dependsOn: deps.map((d) => ({ containerName: d, condition: 'START' })) } : {}),
    })),
  }, null, 2);
}

/** The ECS504 findings: the underlined text and the message. */
function cycles(text: string): Array<[string, string]> {
  return diagnose(text).filter((d) => d.code === 'ECS504').map((d) => [textAt(text, d.range), d.message]);
}

describe('cycles of containers (rules/cycles.ts, through ECS504)', () => {
  it('a cycle that does not start at the first container walked is shown from where it closes', () => {
    // app → web → cache → web: the path is `web` → `cache` → `web`, without `app`.
    const found = cycles(task({ app: ['web'], web: ['cache'], cache: ['web'] }));
    assert.strictEqual(found.length, 1, JSON.stringify(found));
    assert.match(found[0][1], /`web` → `cache` → `web`/);
    assert.doesNotMatch(found[0][1], /`app`/);
  });

  it('containers already walked, off the path, are not part of the cycle shown', () => {
    // app → log (done, no dependencies), then app → web → app.
    const found = cycles(task({ app: ['log', 'web'], log: [], web: ['app'] }));
    assert.deepStrictEqual(found.map(([, m]) => /`[^`]+`( → `[^`]+`)+/.exec(m)?.[0]), ['`app` → `web` → `app`']);
  });

  it('each cycle is reported once, even when several containers lead into it', () => {
    // api and worker both depend on db; db and cache depend on each other.
    const found = cycles(task({ api: ['db'], worker: ['db'], db: ['cache'], cache: ['db'] }));
    assert.deepStrictEqual(found.map(([at, m]) => [at, /`[^`]+`( → `[^`]+`)+/.exec(m)?.[0]]), [['"db"', '`db` → `cache` → `db`']]);
  });

  it('a container depended on by two others (a diamond) is no cycle', () => {
    assert.deepStrictEqual(cycles(task({ app: ['log', 'metrics'], log: ['base'], metrics: ['base'], base: [] })), []);
  });

  it('a container that depends on itself is reported once, also when another container leads to it', () => {
    const text = task({ app: ['db'], db: ['db'] });
    const found = diagnose(text).filter((d) => d.code === 'ECS504');
    assert.deepStrictEqual(found.map((d) => textAt(text, d.range)), ['"db"']);
    assert.match(found[0].message, /`db` depends on itself/);
  });

  it('a dependency on a container the task does not have is no cycle (ECS503 reports it)', () => {
    const text = task({ app: ['ghost'], web: ['app'] });
    assert.deepStrictEqual(cycles(text), []);
    assert.ok(diagnose(text).some((d) => d.code === 'ECS503'));
  });

  it('a cycle through 500 containers is found; past 500 containers (ECS allows 10) the search stops', () => {
    const ring = (n: number): Record<string, string[]> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, [`c${(i + 1) % n}`]]));
    const d500 = doc(task(ring(500)));
    assert.strictEqual(service.diagnostics(d500, settings(), ['en']).filter((d) => d.code === 'ECS504').length, 1);
    const d501 = doc(task(ring(501)));
    assert.strictEqual(service.diagnostics(d501, settings(), ['en']).filter((d) => d.code === 'ECS504').length, 0);
  });
});
