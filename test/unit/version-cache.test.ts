/**
 * One parse per document version, and what completion and hover need cached with it: a request on an
 * unchanged version reuses the parse, the task facts and the role analysis; a new version (or a new
 * text under the same version number) is parsed again and answers from the new text.
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings } from '../../common/settings';
import { EcsLanguageService } from '../../language-service';
import { derivedPoliciesOf } from '../../language-service/iam';
import { findAccountIds } from '../../language-service/model/accounts';
import { taskFacts } from '../../language-service/model/task-facts';
import { fargate, withCursor } from '../support/harness';

const URI = 'file:///w/task-definition.json';

function fresh(): EcsLanguageService {
  return new EcsLanguageService({ onError: (where, e) => { throw new Error(`${where}: ${String(e)}`); } });
}

/** The document at the marker, and its position. */
function at(textWithCursor: string, version: number, uri = URI): { d: TextDocument; pos: { line: number; character: number } } {
  const { text, offset } = withCursor(textWithCursor);
  const d = TextDocument.create(uri, 'json', version, text);
  return { d, pos: d.positionAt(offset) };
}

const hoverValue = (h: ReturnType<EcsLanguageService['hover']>): string => (h?.contents as { value: string } | undefined)?.value ?? '';

describe('per-version caches of the language service', () => {
  it('parses once per version: the same parse (and facts) for every request on it', () => {
    const s = fresh();
    const d = TextDocument.create(URI, 'json', 1, fargate());
    const p1 = s.parse(d);
    s.completion(d, { line: 3, character: 5 }, defaultSettings, ['en']);
    s.hover(d, { line: 3, character: 5 }, defaultSettings, ['en']);
    s.diagnostics(d, defaultSettings, ['en']);
    assert.strictEqual(s.parse(d), p1);
    assert.strictEqual(taskFacts(s.parse(d)), taskFacts(p1));
    assert.strictEqual(derivedPoliciesOf(s.parse(d)), derivedPoliciesOf(p1));
  });

  it('a new version is parsed again, and completion answers from the new text', () => {
    const s = fresh();
    const v1 = at(fargate({ cpu: '256', memory: '|' }), 1);
    const memory1 = s.completion(v1.d, v1.pos, defaultSettings, ['en']).map((i) => i.label);
    assert.ok(memory1.includes('512') && !memory1.includes('16384'), memory1.join(','));
    const p1 = s.parse(v1.d);
    const v2 = at(fargate({ cpu: '4096', memory: '|' }), 2);
    const memory2 = s.completion(v2.d, v2.pos, defaultSettings, ['en']).map((i) => i.label);
    assert.notStrictEqual(s.parse(v2.d), p1);
    assert.ok(memory2.includes('16384') && !memory2.includes('512'), memory2.join(','));
  });

  it('the same version number with another text is not served from the cache', () => {
    const s = fresh();
    const a = at(fargate({ family: 'first|' }), 7);
    const b = at(fargate({ family: 'second', cpu: '4096', memory: '|' }), 7);
    const p1 = s.parse(a.d);
    assert.notStrictEqual(s.parse(b.d), p1);
    assert.ok(s.completion(b.d, b.pos, defaultSettings, ['en']).some((i) => i.label === '16384'));
  });

  it('the role hover follows the new version (its analysis is cached per version)', () => {
    const s = fresh();
    const before = at(fargate({ executionRoleArn: 'arn:aws:iam::123456789012:role/x|' }), 1);
    const withoutSecrets = hoverValue(s.hover(before.d, before.pos, defaultSettings, ['en']));
    assert.doesNotMatch(withoutSecrets, /`secretsmanager:GetSecretValue`[^\n]*containerDefinitions\[0\]\.secrets/);
    const after = at(fargate({ executionRoleArn: 'arn:aws:iam::123456789012:role/x|' }, { secrets: [{ name: 'DB', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf' }] }), 2);
    const withSecrets = hoverValue(s.hover(after.d, after.pos, defaultSettings, ['en']));
    assert.match(withSecrets, /`secretsmanager:GetSecretValue`[^\n]*containerDefinitions\[0\]\.secrets/);
    // And back: the cached answer of version 2 is not reused for version 3.
    const again = at(fargate({ executionRoleArn: 'arn:aws:iam::123456789012:role/x|' }), 3);
    assert.doesNotMatch(hoverValue(s.hover(again.d, again.pos, defaultSettings, ['en'])), /`secretsmanager:GetSecretValue`[^\n]*containerDefinitions\[0\]\.secrets/);
  });

  it('forgetting a document drops its parse', () => {
    const s = fresh();
    const d = TextDocument.create(URI, 'json', 1, fargate());
    const p1 = s.parse(d);
    s.forget(URI);
    assert.notStrictEqual(s.parse(d), p1);
  });

  it('a file-name pattern setting changes what a document is, without a new version', () => {
    const s = fresh();
    const d = TextDocument.create('file:///w/deploy/app.json', 'json', 1, '{\n  "family": "x"\n}\n');
    assert.strictEqual(s.kindOf(d, defaultSettings), 'none');
    assert.strictEqual(s.kindOf(d, { ...defaultSettings, filePatterns: ['**/deploy/*.json'] }), 'task');
    assert.strictEqual(s.kindOf(d, defaultSettings), 'none');
  });

  it('account ids are searched again for another text', () => {
    const a = '{"taskRoleArn": "arn:aws:iam::111111111111:role/a"}';
    const b = '{"taskRoleArn": "arn:aws:iam::222222222222:role/a"}';
    assert.deepStrictEqual(findAccountIds(a), ['111111111111']);
    assert.deepStrictEqual(findAccountIds(b), ['222222222222']);
    const ids = findAccountIds(a);
    ids.push('mutated');
    assert.deepStrictEqual(findAccountIds(a), ['111111111111']);
  });
});
