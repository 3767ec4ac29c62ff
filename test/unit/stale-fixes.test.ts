/**
 * An editor asks for quick fixes with the diagnostics it last received, which may be older than the
 * text: right after a fix was applied, the light bulb can still carry the diagnostic that the fix just
 * resolved. A fix offered again on the fixed text must then change nothing (no second `cpu`, no second
 * removal of "the next" element): every fix re-reads the document and offers nothing when its change
 * is already there.
 */
import * as assert from 'assert';
import { allRules } from '../../language-service/rules';
import { applyEdits, doc, service, settings } from '../support/harness';

describe('quick fixes offered with a stale diagnostic (the one they just fixed)', () => {
  it('on every bad example of every rule with a fix: the same fix on the fixed text changes nothing', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const rule of allRules) {
      if (!rule.examples || (!rule.fix && !rule.alternatives?.length)) continue;
      const uri = `file:///examples/${rule.code}/${rule.appliesTo === 'service' ? 'service-definition.json' : 'task-definition.json'}`;
      const bad = doc(rule.examples.bad, uri);
      const diags = service.diagnostics(bad, settings(), ['en']).filter((d) => d.code === rule.code);
      for (const diag of diags) {
        for (const action of service.codeActions(bad, [diag], ['quickfix'], settings(), ['en'])) {
          const edits = action.edit?.changes?.[uri];
          if (!edits?.length) continue;
          const fixed = applyEdits(rule.examples.bad, edits);
          if (fixed === rule.examples.bad) continue;
          checked++;
          const again = service.codeActions(doc(fixed, uri), [diag], ['quickfix'], settings(), ['en']).filter((a) => a.title === action.title);
          for (const a of again) {
            const twice = applyEdits(fixed, a.edit?.changes?.[uri] ?? []);
            if (twice !== fixed) failures.push(`${rule.code} "${action.title}" applied a second time changes the text:\n${fixed}\n---\n${twice}`);
          }
        }
      }
    }
    assert.deepStrictEqual(failures, []);
    assert.ok(checked >= 40, `fixes were exercised (${checked})`);
  });
});
