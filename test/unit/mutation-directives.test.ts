/**
 * A mutant may be left out of the mutation score only by a `// Stryker disable next-line <mutator>: <why>`
 * comment that names the mutator and says why no output can differ (docs/TESTING.md, "Mutation testing").
 * A blanket or unexplained directive would hide untested code, so it fails here.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every problem with a Stryker directive in `text`, as `line: what`. */
export function directiveProblems(text: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /Stryker\s+(\w+)(.*)$/.exec(line);
    if (!m || !/^\s*(\/\/|\/?\*)/.test(line)) return;
    const [, verb, rest] = m;
    const d = /^\s+next-line\s+([\w,]+)\s*:\s*(.*?)\s*(\*\/)?$/.exec(rest);
    if (verb !== 'disable') problems.push(`${i + 1}: only "disable next-line" is allowed, not "${verb}"`);
    else if (!d) problems.push(`${i + 1}: a directive must read "Stryker disable next-line <mutator>: <why>"`);
    else if (d[1] === 'all') problems.push(`${i + 1}: name the mutator, not "all"`);
    else if (d[2].length < 25) problems.push(`${i + 1}: say why no output can differ (at least a sentence)`);
  });
  return problems;
}

describe('mutation-testing directives in the language service', () => {
  it('are only "disable next-line <mutator>: <why>", each with its reason', () => {
    const found: string[] = [];
    for (const file of sources(path.join(ROOT, 'language-service'))) {
      const rel = path.relative(ROOT, file);
      found.push(...directiveProblems(fs.readFileSync(file, 'utf8')).map((p) => `${rel}:${p}`));
    }
    assert.deepStrictEqual(found, []);
  });

  it('a directive without a reason, naming no mutator or disabling a whole file is caught', () => {
    const bad = [
      '// Stryker disable next-line ConditionalExpression',
      '// Stryker disable next-line all: the guard is repeated by the caller, so no output differs',
      '// Stryker disable all',
      '// Stryker disable next-line EqualityOperator: same',
      '/* Stryker restore all */',
    ].join('\n');
    assert.deepStrictEqual(directiveProblems(bad).map((p) => p.split(':')[0]), ['1', '2', '3', '4', '5']);
    assert.deepStrictEqual(directiveProblems('// Stryker disable next-line ConditionalExpression,EqualityOperator: both branches return the same label'), []);
  });
});
