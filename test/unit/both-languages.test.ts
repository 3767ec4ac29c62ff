/**
 * docsLanguage `both`: every surface shows Vietnamese, then English, with the one visible boundary
 * that language-service/i18n/text.ts composes: ` ‖ ` on one line (diagnostics, related information,
 * quick-fix titles, completion details), a rule and the language's name in Markdown (hovers,
 * completion documentation, reports).
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, MarkupContent } from 'vscode-languageserver-types';
import type { Lang } from '../../common/settings';
import { blockSeparator, INLINE_SEPARATOR, LANGUAGE_NAMES } from '../../language-service/i18n/text';
import { allRules } from '../../language-service/rules';
import { renderTaskSize, taskSize } from '../../language-service/features/task-size';
import { derivePolicies, renderPolicies } from '../../language-service/iam';
import { complete, doc, fargate, hoverText, service, settings, withCursor } from '../support/harness';

const VI: Lang[] = ['vi'];
const EN: Lang[] = ['en'];
const BOTH: Lang[] = ['vi', 'en'];
const RULE_EN = blockSeparator('en');

function diagnostics(text: string, langs: Lang[], uri = 'file:///work/task-definition.json'): Diagnostic[] {
  return service.diagnostics(TextDocument.create(uri, 'json', 1, text), settings(), langs);
}
function count(text: string, part: string): number {
  return text.split(part).length - 1;
}
function markdown(i: CompletionItem | undefined): string {
  return (i?.documentation as MarkupContent | undefined)?.value ?? '';
}

describe('docsLanguage both: one boundary between the languages', () => {
  it('the separators themselves: one line, and a rule with the language named', () => {
    assert.strictEqual(INLINE_SEPARATOR, ' ‖ ');
    assert.strictEqual(RULE_EN, '\n\n---\n\n*English*\n\n');
    assert.strictEqual(LANGUAGE_NAMES.vi, 'Tiếng Việt');
  });

  it('every diagnostic message and every related information of the rule examples: Vietnamese ‖ English, on one line', () => {
    let messages = 0;
    let related = 0;
    for (const r of allRules) {
      if (!r.examples) continue;
      const uri = r.appliesTo === 'service' ? 'file:///ex/service-definition.json' : 'file:///ex/task-definition.json';
      const [vi, en, both] = [VI, EN, BOTH].map((l) => diagnostics(r.examples!.bad, l, uri));
      assert.strictEqual(both.length, vi.length, r.code);
      both.forEach((d, i) => {
        assert.strictEqual(d.message, `${vi[i].message}${INLINE_SEPARATOR}${en[i].message}`, `${r.code}: ${d.message}`);
        assert.ok(!d.message.includes('\n'), `${r.code}: the Problems panel shows one line: ${JSON.stringify(d.message)}`);
        messages++;
        (d.relatedInformation ?? []).forEach((ri, j) => {
          assert.strictEqual(ri.message, `${vi[i].relatedInformation![j].message}${INLINE_SEPARATOR}${en[i].relatedInformation![j].message}`, r.code);
          related++;
        });
      });
    }
    assert.ok(messages > 80, `${messages} messages`);
    assert.ok(related > 0, 'no related information was checked');
  });

  it('related information of a duplicated port: "Khai báo lần đầu ở đây ‖ First mapped here"', () => {
    const text = fargate({}, { portMappings: [{ containerPort: 80 }, { containerPort: 80 }] });
    const d = diagnostics(text, BOTH).find((x) => x.relatedInformation?.length);
    assert.ok(d, JSON.stringify(diagnostics(text, EN).map((x) => x.code)));
    assert.strictEqual(d.relatedInformation![0].message, 'Khai báo lần đầu ở đây ‖ First mapped here');
  });

  it('quick-fix titles: Vietnamese ‖ English', () => {
    const text = fargate({ networkMode: 'bridge' });
    const actions = (langs: Lang[]): CodeAction[] => {
      const d = doc(text);
      return service.codeActions(d, service.diagnostics(d, settings(), langs), undefined, settings(), langs);
    };
    const [vi, en, both] = [actions(VI), actions(EN), actions(BOTH)];
    assert.ok(both.length >= 2 && both.length === en.length);
    both.forEach((a, i) => assert.strictEqual(a.title, `${vi[i].title}${INLINE_SEPARATOR}${en[i].title}`));
  });

  it('hover on a field: the Vietnamese part, a rule with "English", the English part, then the example once', () => {
    const at = '{ "family": "web", "networkMode": "aw|svpc", "containerDefinitions": [] }';
    const [vi, en, both] = [VI, EN, BOTH].map((l) => hoverText(at, l)!);
    assert.strictEqual(count(both, RULE_EN), 1, both);
    const [viPart, rest] = both.split(RULE_EN);
    assert.ok(vi.startsWith(viPart), `the Vietnamese part is the Vietnamese hover:\n${viPart}`);
    // The English part is the English hover up to its links (the example and the AWS link come once, after it).
    const enBody = en.slice(0, en.lastIndexOf('\n\n---\n\nExample:'));
    assert.ok(enBody.length > 100 && rest.startsWith(enBody + '\n\n---\n\nVí dụ ‖ Example:\n```json'), `the English part:\n${rest}`);
    assert.ok(both.endsWith('[Tài liệu AWS ‖ AWS documentation](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#network_mode)'), both.slice(-200));
    assert.ok(viPart.includes('**networkMode: `awsvpc`**') && rest.includes('**networkMode: `awsvpc`**'), 'the value is documented in each language');
  });

  it('hover on executionRoleArn (docs, the role\'s needs, related rules): still one boundary', () => {
    const at = fargate().replace('"executionRoleArn"', '"executionRole|Arn"');
    const both = hoverText(at, BOTH)!;
    assert.strictEqual(count(both, RULE_EN), 1, both);
    const [viPart, enPart] = both.split(RULE_EN);
    assert.ok(viPart.includes('logs:PutLogEvents') && enPart.includes('logs:PutLogEvents'), 'the role needs are in each language');
    assert.ok(!/This task definition needs/.test(viPart) && /This task definition needs/.test(enPart));
  });

  it('completion: key documentation in blocks, value details on one line', () => {
    const key = (langs: Lang[]): CompletionItem | undefined => complete('{ "family": "web", "containerDefinitions": [], "|" }', { langs }).find((i) => i.label === 'networkMode');
    const [vi, en, both] = [key(VI), key(EN), key(BOTH)];
    assert.strictEqual(markdown(both), `${markdown(vi)}${RULE_EN}${markdown(en)}`);
    const memory = (langs: Lang[]): CompletionItem | undefined => complete(fargate({ cpu: '256', memory: '|' }), { langs }).find((i) => i.label === '1024');
    const [mv, me, mb] = [memory(VI), memory(EN), memory(BOTH)];
    assert.ok(mv?.detail && me?.detail, 'memory values are offered with a detail');
    assert.strictEqual(mb?.detail, `${mv.detail}${INLINE_SEPARATOR}${me.detail}`);
  });

  it('snippet documentation: the two descriptions as blocks', () => {
    const { text, offset } = withCursor('|');
    const items = (langs: Lang[]): CompletionItem[] => {
      const d = doc(text);
      return service.completion(d, d.positionAt(offset), settings(), langs).filter((i) => String(i.label).startsWith('ecs-'));
    };
    const both = items(BOTH);
    assert.ok(both.length > 3);
    for (const i of both) {
      assert.strictEqual(count(markdown(i), RULE_EN), 1, String(i.label));
      assert.ok(i.detail?.includes(INLINE_SEPARATOR), `${String(i.label)}: ${i.detail}`);
    }
  });

  it('reports (task size, IAM policies): the English block after the same separator', () => {
    const parsed = service.parse(doc(fargate()));
    const size = taskSize(parsed)!;
    assert.strictEqual(renderTaskSize(size, BOTH), `${renderTaskSize(size, VI)}${RULE_EN}${renderTaskSize(size, EN)}`);
    const d = derivePolicies(parsed);
    assert.strictEqual(renderPolicies(parsed, d, BOTH), `${renderPolicies(parsed, d, VI)}${RULE_EN}${renderPolicies(parsed, d, EN)}`);
  });
});
