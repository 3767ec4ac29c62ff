/**
 * Hover tables fit the hover (L9 of #16). In code-server, the hover's content area was 714 px wide,
 * and the four-column table comparing task role, execution role and instance profile was 831 px: a
 * table cannot be narrower than the sum of its columns' longest unbreakable words (code spans such
 * as `AmazonEC2ContainerServiceforEC2Role` never wrap). That table and the other wide ones are lists
 * now; the tables left are small enough by that measure, in both languages.
 */
import * as assert from 'assert';
import type { Lang } from '../../common/settings';
import { allEnumDocs, allFieldDocs, type Bilingual } from '../../language-service/field-docs';
import { fargate, hoverText } from '../support/harness';

/** At about 8 px a character (the old table: 107 by this measure, 831 px), about 550 px: inside the 714 px the hover had. */
const MAX_MIN_WIDTH = 70;
const MAX_COLUMNS = 4;

interface Table {
  where: string;
  columns: number;
  /** The narrowest the table can be, in characters: the longest unbreakable word of each column, plus 2 for the padding. */
  minWidth: number;
}

function tablesOf(markdown: string, where: string): Table[] {
  const tables: Table[] = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length) {
      const columns = Math.max(...rows.map((r) => r.length));
      let minWidth = 0;
      for (let c = 0; c < columns; c++) minWidth += 2 + Math.max(0, ...rows.map((r) => Math.max(0, ...(r[c] ?? '').split(/\s+/).map((w) => w.length))));
      tables.push({ where, columns, minWidth });
    }
    rows = [];
  };
  for (const line of markdown.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('|')) {
      flush();
      continue;
    }
    if (/^\|[-| :]+\|$/.test(t)) continue;
    rows.push(t.replace(/^\||\|$/g, '').split('|').map((c) => c.replace(/\*\*|`/g, '').trim()));
  }
  flush();
  return tables;
}

/** Every Markdown text of the field and enum docs, per language. */
function docTexts(): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  const add = (b: Bilingual | undefined, where: string): void => {
    if (b) for (const l of ['en', 'vi'] as Lang[]) out.push({ where: `${where}.${l}`, text: b[l] });
  };
  for (const kind of ['task', 'service'] as const) {
    for (const [key, d] of Object.entries(allFieldDocs(kind))) {
      add(d.summary, `${kind}:${key}.summary`);
      add(d.concept, `${kind}:${key}.concept`);
      add(d.limits, `${kind}:${key}.limits`);
      add(d.default, `${kind}:${key}.default`);
    }
    for (const [key, values] of Object.entries(allEnumDocs(kind))) for (const [v, b] of Object.entries(values)) add(b, `${kind}:${key}=${v}`);
  }
  return out;
}

describe('hover tables fit the hover width', () => {
  it('the measure: the old role table was far too wide, a small table is not', () => {
    const old = '| | Task role (`taskRoleArn`) | Task execution role (`executionRoleArn`) | EC2 instance profile |\n|---|---|---|---|\n| Typical permissions | `ssmmessages:*` | `secretsmanager:GetSecretValue` | Managed policy `AmazonEC2ContainerServiceforEC2Role` |';
    const [t] = tablesOf(old, 'old');
    assert.ok(t.columns === 4 && t.minWidth > MAX_MIN_WIDTH, JSON.stringify(t));
    assert.ok(tablesOf('| `cpu` | `memory` (MiB) |\n|---|---|\n| `256` (.25 vCPU) | 512, 1024, 2048 |', 'small')[0].minWidth <= MAX_MIN_WIDTH);
  });

  it('every table of the field and enum docs, in both languages, has few columns and no long unbreakable words', () => {
    const texts = docTexts();
    assert.ok(texts.length > 500, String(texts.length));
    const tables = texts.flatMap((t) => tablesOf(t.text, t.where));
    assert.ok(tables.length > 10, `${tables.length} tables`);
    assert.deepStrictEqual(tables.filter((t) => t.columns > MAX_COLUMNS || t.minWidth > MAX_MIN_WIDTH), []);
  });

  it('the hovers of taskRoleArn and executionRoleArn compare the three identities as lists, in both languages', () => {
    for (const field of ['taskRoleArn', 'executionRoleArn']) {
      const at = fargate({ taskRoleArn: 'arn:aws:iam::123456789012:role/app' }).replace(`"${field}"`, `"${field.slice(0, 4)}|${field.slice(4)}"`);
      for (const langs of [['en'], ['vi'], ['vi', 'en']] as Lang[][]) {
        const h = hoverText(at, langs)!;
        assert.ok(h.includes('**EC2 instance profile**') && h.includes('**Task execution role (`executionRoleArn`)**'), `${field} ${langs}: ${h.slice(0, 300)}`);
        assert.deepStrictEqual(tablesOf(h, field), [], `${field} ${langs}: a table in the hover`);
        assert.ok(h.includes(langs[0] === 'vi' ? '- Principal được tin cậy: `ec2.amazonaws.com`' : '- Trusted principal: `ec2.amazonaws.com`'), h);
      }
    }
  });
});
