/**
 * The Node server's young generation (server/src/young-generation.ts): once a message is out, it is
 * collected when at least three quarters full, so that a request does not meet a full one; otherwise left alone.
 */
import * as assert from 'assert';
import { afterMessage, COLLECT_AT, youngGenerationFill } from '../../server/src/young-generation';

const fullEnough = (): boolean => {
  const fill = youngGenerationFill()!;
  return fill.used >= fill.capacity * COLLECT_AT;
};

describe('server young generation: collected between requests', () => {
  it('after a message, leaves a young generation less than three quarters full alone, and collects one that is fuller', () => {
    if (fullEnough()) afterMessage();
    assert.ok(!fullEnough());
    assert.strictEqual(afterMessage(), false);
    // Garbage until the young generation is full enough (each object replaces the last one).
    const slot: unknown[] = [];
    while (!fullEnough()) for (let i = 0; i < 100; i++) slot[0] = { i, list: [i, i + 1, i + 2] };
    assert.strictEqual(afterMessage(), true);
    const after = youngGenerationFill()!;
    assert.ok(after.used < after.capacity * COLLECT_AT, `still ${after.used} of ${after.capacity} bytes in use`);
  });
});
