import * as assert from 'assert';
import { allRules } from '../../language-service/rules';
import { checkSafeFixes } from '../support/safe-fixes';

describe('safe fixes are safe: on every bad example of every rule', () => {
  it('applying any safe fix, alone or all together, adds no error or warning and keeps the text parsing', () => {
    const failures: string[] = [];
    let applied = 0;
    for (const rule of allRules) {
      if (!rule.examples) continue;
      const name = rule.appliesTo === 'service' ? 'service-definition.json' : 'task-definition.json';
      const r = checkSafeFixes(`file:///examples/${rule.code}/${name}`, rule.examples.bad);
      applied += r.applied;
      failures.push(...r.failures.map((f) => `${rule.code} bad example: ${f}`));
    }
    assert.deepStrictEqual(failures, []);
    assert.ok(applied >= 10, `safe fixes were exercised (${applied})`);
  });
});
