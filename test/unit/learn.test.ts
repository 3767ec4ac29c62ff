import * as assert from 'assert';
import { fieldDoc } from '../../language-service/field-docs';
import { LEARN_TOPICS, learnPage, learnTexts, topicRules } from '../../language-service/features/learn';
import { allRules } from '../../language-service/rules';
import { snippetCatalogue } from '../../language-service/snippets/catalogue';
import { blockSeparator, INLINE_SEPARATOR } from '../../language-service/i18n/text';

describe('Learn the concepts page', () => {
  it('walks through the six topics of the study note, in order', () => {
    assert.deepStrictEqual(LEARN_TOPICS.map((t) => t.id), ['building-blocks', 'launch-types', 'iam', 'load-balancers', 'efs', 'fargate-efs']);
    const en = learnPage(['en']).markdown;
    const vi = learnPage(['vi']).markdown;
    const headings = (s: string): string[] => s.split('\n').filter((l) => l.startsWith('## '));
    assert.strictEqual(headings(en).length, 6);
    assert.strictEqual(headings(vi).length, 6);
    assert.ok(headings(vi).every((h, i) => h === `## ${LEARN_TOPICS[i].title.vi}`));
  });

  it('every topic links real fields (with their AWS page) and real rules (with their docs)', () => {
    const en = learnPage(['en']).markdown;
    for (const t of LEARN_TOPICS) {
      assert.ok(t.fields.length > 0 && t.rules.length > 0, t.id);
      for (const f of t.fields) {
        const d = fieldDoc(f.key, f.kind);
        assert.ok(d, `${t.id}: no ${f.kind} field ${f.key}`);
        assert.ok(en.includes(`[\`${f.key}\`](${d.link})`), `${f.key} not linked`);
      }
      assert.deepStrictEqual(topicRules(t).map((r) => r.code), t.rules, `${t.id}: unknown rule code`);
      for (const r of topicRules(t)) assert.ok(en.includes(`- [${r.code}](${r.docs}) ${r.title.en}`), r.code);
      for (const s of t.snippets ?? []) assert.ok(snippetCatalogue.some((c) => c.prefix === s), `${t.id}: no snippet ${s}`);
    }
    assert.ok(allRules.length > 80);
  });

  it('teaches the corrections of the study note', () => {
    const en = learnPage(['en']).markdown;
    const vi = learnPage(['vi']).markdown;
    for (const m of ['a task is not a container', 'ECS agent', 'only tells ECS which rules to **check**', 'most Fargate tasks need both roles', '`secrets` always go through the execution role', 'ALB** (Application, layer 7) is the default choice', 'cannot serve Fargate', '`sourceVolume` = the volume\'s `name`', 'latency is higher']) {
      assert.ok(en.includes(m), m);
    }
    for (const m of ['task không phải một container', 'ECS agent', 'chỉ cho ECS biết cần **kiểm tra**', 'phần lớn task Fargate cần cả hai role', '`secrets` luôn đi qua execution role', 'là lựa chọn mặc định cho HTTP/HTTPS', 'không phục vụ được Fargate', '`sourceVolume` = `name` của volume', 'độ trễ cao hơn']) {
      assert.ok(vi.includes(m), m);
    }
  });

  it('follows the chosen languages: one, or Vietnamese then English', () => {
    const vi = learnPage(['vi']);
    const en = learnPage(['en']);
    const both = learnPage(['vi', 'en']);
    assert.strictEqual(vi.title, learnTexts.title.vi);
    assert.ok(!vi.markdown.includes(learnTexts.intro.en) && !en.markdown.includes(learnTexts.intro.vi));
    assert.strictEqual(both.title, `${learnTexts.title.vi}${INLINE_SEPARATOR}${learnTexts.title.en}`);
    assert.ok(both.markdown.indexOf(learnTexts.intro.vi) < both.markdown.indexOf(learnTexts.intro.en));
    assert.ok(both.markdown.includes(blockSeparator('en')));
  });
});
