/** Every rule is one complete unit: stable code, both languages everywhere, docs link, working examples. */
import * as assert from 'assert';
import { allRules } from '../../language-service/rules';
import type { Bilingual } from '../../language-service/field-docs/types';
import { EcsLanguageService } from '../../language-service';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { settings } from '../support/harness';

const VI = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function both(b: Bilingual | undefined, where: string, missing: string[]): void {
  if (!b || !b.en?.trim() || !b.vi?.trim()) missing.push(where);
  else if (!VI.test(b.vi) && b.vi === b.en && !/^[`\w\s./:-]+$/.test(b.en)) missing.push(`${where} (Vietnamese equals English)`);
}

function slots(s: string): string[] {
  return (s.match(/\{(\w+)\}/g) ?? []).sort();
}

describe('rule catalogue', () => {
  it('codes are unique and well formed', () => {
    const codes = allRules.map((r) => r.code);
    assert.deepStrictEqual(codes.filter((c, i) => codes.indexOf(c) !== i), []);
    assert.deepStrictEqual(codes.filter((c) => !/^ECS\d{3}$/.test(c)), []);
    const names = allRules.map((r) => r.name);
    assert.deepStrictEqual(names.filter((c, i) => names.indexOf(c) !== i), []);
  });

  it('every rule has title, message, variants, description and fix title in both languages, with the same slots', () => {
    const missing: string[] = [];
    for (const r of allRules) {
      both(r.title, `${r.code}.title`, missing);
      both(r.message, `${r.code}.message`, missing);
      both(r.description, `${r.code}.description`, missing);
      for (const [k, v] of Object.entries(r.variants ?? {})) both(v, `${r.code}.variants.${k}`, missing);
      if (r.fix) both(r.fix.title, `${r.code}.fix.title`, missing);
      (r.alternatives ?? []).forEach((f, i) => both(f.title, `${r.code}.alternatives[${i}].title`, missing));
      for (const [k, v] of [['message', r.message], ...Object.entries(r.variants ?? {})] as Array<[string, Bilingual]>) {
        if (v && JSON.stringify(slots(v.en)) !== JSON.stringify(slots(v.vi))) missing.push(`${r.code}.${k}: slots differ`);
      }
    }
    assert.deepStrictEqual(missing, []);
  });

  it('alternative quick fixes are never safe (fix-all and --fix apply only the main fix)', () => {
    assert.deepStrictEqual(allRules.filter((r) => (r.alternatives ?? []).some((f) => f.safe)).map((r) => r.code), []);
  });

  it('only syntax rules are marked `syntax`, and they run on any document', () => {
    assert.deepStrictEqual(allRules.filter((r) => r.syntax && r.topic !== 'structure').map((r) => r.code), []);
    assert.ok(allRules.some((r) => r.syntax && r.code === 'ECS001'));
  });

  it('every rule links to AWS documentation', () => {
    assert.deepStrictEqual(allRules.filter((r) => !/^https:\/\/docs\.aws\.amazon\.com\//.test(r.docs)).map((r) => r.code), []);
  });

  it('the bad example of every rule raises it and the good example does not', () => {
    const ls = new EcsLanguageService({ onError: (w, e) => { throw new Error(`${w}: ${String(e)}`); } });
    const wrong: string[] = [];
    for (const r of allRules) {
      if (!r.examples) continue;
      const uri = r.appliesTo === 'service' ? 'file:///ex/service-definition.json' : 'file:///ex/task-definition.json';
      const codesOf = (text: string): string[] => ls.diagnostics(TextDocument.create(uri, 'json', 1, text), settings(), ['en']).map((d) => String(d.code));
      if (!codesOf(r.examples.bad).includes(r.code)) wrong.push(`${r.code}: bad example does not raise it`);
      if (codesOf(r.examples.good).includes(r.code)) wrong.push(`${r.code}: good example raises it`);
    }
    assert.deepStrictEqual(wrong, []);
  });

  it('most rules have examples for the catalogue', () => {
    const without = allRules.filter((r) => !r.examples).map((r) => r.code);
    assert.ok(without.length <= allRules.length / 5, `rules without examples: ${without.join(', ')}`);
  });
});
