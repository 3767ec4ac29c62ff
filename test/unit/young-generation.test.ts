/**
 * The Node server's young generation (server/src/young-generation.ts): once a message is out, it is
 * collected when at least half full, so that a request does not meet a full one; otherwise left alone.
 */
import * as assert from 'assert';
import { afterMessage, youngGenerationFill } from '../../server/src/young-generation';

const halfFull = (): boolean => {
  const fill = youngGenerationFill()!;
  return fill.used * 2 >= fill.capacity;
};

describe('server young generation: collected between requests', () => {
  it('after a message, leaves a young generation less than half full alone, and collects one at least half full', () => {
    if (halfFull()) afterMessage();
    assert.ok(!halfFull());
    assert.strictEqual(afterMessage(), false);
    // Garbage until the young generation is half full (each object replaces the last one).
    const slot: unknown[] = [];
    while (!halfFull()) for (let i = 0; i < 100; i++) slot[0] = { i, list: [i, i + 1, i + 2] };
    assert.strictEqual(afterMessage(), true);
    const after = youngGenerationFill()!;
    assert.ok(after.used * 2 < after.capacity, `still ${after.used} of ${after.capacity} bytes in use`);
  });
});
