import * as assert from 'assert';
import { fargate, hoverText } from '../support/harness';

function at(text: string, needle: string, delta = 2): string {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return text.slice(0, i + delta) + '|' + text.slice(i + delta);
}

describe('hover', () => {
  const text = fargate();

  it('shows English docs with type and launch types when the language is en', () => {
    const h = hoverText(at(text, '"executionRoleArn"'), ['en'])!;
    assert.ok(h.includes('**executionRoleArn**') && h.includes('`string`'));
    assert.ok(/execution role/i.test(h));
    assert.ok(!/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/.test(h), 'no Vietnamese in an English hover');
  });

  it('shows Vietnamese docs when the language is vi', () => {
    const h = hoverText(at(text, '"executionRoleArn"'), ['vi'])!;
    assert.ok(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/.test(h), 'has Vietnamese diacritics');
    assert.ok(h.includes('Launch type hỗ trợ'));
  });

  it('shows Vietnamese first, then English, with both', () => {
    const h = hoverText(at(text, '"networkMode"'), ['vi', 'en'])!;
    assert.ok(h.indexOf('Giá trị hợp lệ') >= 0 && h.indexOf('Allowed values') > h.indexOf('Giá trị hợp lệ'));
  });

  it('lists the allowed values of an enum and explains an enum value', () => {
    const h = hoverText(at(text, '"awsvpc"', 3), ['en'])!;
    assert.ok(h.includes('`awsvpc`') && h.includes('`bridge`'));
    assert.ok(h.includes('networkMode: `awsvpc`'));
  });

  it('on Fargate cpu, lists the memory values allowed for that cpu', () => {
    const h = hoverText(at(text, '"cpu"'), ['en'])!;
    assert.ok(h.includes('512 (0.5 GB), 1024 (1 GB), 2048 (2 GB)'), h);
  });

  it('works on nested container fields', () => {
    const h = hoverText(at(text, '"containerPort"'), ['en'])!;
    assert.ok(h.includes('**containerPort**') && h.includes('`integer`'));
  });

  it('gives nothing outside a task definition', () => {
    assert.strictEqual(hoverText('{ "na|me": "x" }', ['en'], 'file:///w/package.json'), undefined);
  });

  it('a key of a map (docker labels, log options) is documented as an entry of that map', () => {
    const labels = '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "dockerLabels": { "com.exa|mple.team": "web" } }] }';
    assert.match(hoverText(labels, ['en'])!, /^\*\*dockerLabels\*\* · `string`/);
    const options = '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-gr|oup": "g" } } }] }';
    assert.match(hoverText(options, ['en'])!, /^\*\*options\*\* · `string`/);
  });

  it('in describe-task-definition output, documents the fields inside `taskDefinition` only', () => {
    const described = (cursorInTask: boolean): string => `{ "taskDefinition": { "family": "web", "cpu": "256", "containerDefinitions": [{ "${cursorInTask ? 'na|me' : 'name'}": "app", "image": "nginx:1.27" }] }, "overrides": { "${cursorInTask ? 'cpu' : 'c|pu'}": "512" } }`;
    assert.ok(hoverText(described(true), ['en'])!.includes('**name**'));
    // `overrides.cpu` is not the task's `cpu`, though the path after its first key reads the same.
    assert.strictEqual(hoverText(described(false), ['en']), undefined);
  });
});
