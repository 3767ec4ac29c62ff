/**
 * The Vietnamese of the project, checked over every text a user can see:
 * - one term per concept and one tone-mark orthography (language-service/i18n/glossary.ts);
 * - no English prose inside a Vietnamese rule message, slot values included;
 * - the two languages carry the same code tokens (backticked) and the same numbers.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EcsLanguageService } from '../../language-service';
import { fill } from '../../language-service/i18n/text';
import { GLOSSARY, ORTHOGRAPHY, styleViolations } from '../../language-service/i18n/glossary';
import { allRules } from '../../language-service/rules';
import { allBilingualTexts, ROOT, type TextPair } from '../support/bilingual-texts';
import { fargate, settings } from '../support/harness';

// ---------------------------------------------------------------------------------------------
// Glossary and orthography
// ---------------------------------------------------------------------------------------------

describe('Vietnamese glossary and tone-mark orthography', () => {
  const texts = allBilingualTexts();

  it('reads every kind of text: field docs, rules, fixes, snippets, UI, IAM, Learn page, CLI, package.nls, client', () => {
    const where = texts.map((t) => t.where).join('\n');
    for (const src of ['field-docs/task-definition', 'field-docs/service-definition', 'field-docs/container-definition-a', 'rules/index', 'snippets/catalogue', 'i18n/ui', 'iam/texts', 'features/learn', 'cli/src/i18n', 'package.nls.vi.json', 'client/src/texts']) {
      assert.ok(where.includes(src), `no text read from ${src}`);
    }
    assert.ok(texts.length > 1500, String(texts.length));
    // Inline literals built inside functions are read from the sources too (a related-span message).
    assert.ok(texts.some((t) => t.where.startsWith('language-service/rules/') && /\.ts:\d+$/.test(t.where)));
  });

  it('the checker catches each avoided term and the old tone-mark placement', () => {
    for (const c of GLOSSARY) for (const a of c.avoid) assert.ok(styleViolations(`Ví dụ ${a} ở đây.`).length > 0, a);
    for (const w of ['mã hoá', 'Xoá', 'tuỳ chọn', 'khoá', 'thoả', 'thuỷ']) assert.ok(styleViolations(w).length > 0, w);
    // Correct text passes: new placement, closed syllables, "quý", and the chosen terms.
    for (const w of ['mã hóa', 'xóa', 'tùy chọn', 'khóa', 'thỏa', 'hoàn toàn', 'toán', 'thuyết', 'quý', 'task healthy', 'container Windows', 'host', 'memory']) {
      assert.deepStrictEqual(styleViolations(w), [], w);
    }
    assert.ok(ORTHOGRAPHY.rule && GLOSSARY.every((c) => c.reason.length > 20 && c.use && c.avoid.length));
  });

  it('every Vietnamese text follows the glossary and the orthography', () => {
    const bad = texts.flatMap((t) => styleViolations(t.vi).map((v) => `${t.where}: ${v}`));
    assert.deepStrictEqual(bad, []);
  });

});

// ---------------------------------------------------------------------------------------------
// No English prose in Vietnamese messages
// ---------------------------------------------------------------------------------------------

/** Names that stay in English in Vietnamese text (products and features), removed before the check. */
const KEPT_NAMES = [
  'Application Load Balancer', 'Network Load Balancer', 'Classic Load Balancer', 'Elastic Load Balancing', 'Secrets Manager', 'SSM Parameter Store', 'Parameter Store',
  'Session Manager', 'Managed Instances', 'ECS Anywhere', 'Service Connect', 'Fargate Spot', 'Kinesis Data Firehose', 'Data Firehose', 'AWS Cloud Map',
  'Auto Scaling group', 'FSx for Windows File Server', 'read-only', 'S3 Files', 'App Mesh', 'VPC Lattice', 'Amazon ECR', 'CloudWatch Logs', 'Fix all', 'quick fix', 'Quick fix',
];

/** English words that never occur as Vietnamese syllables: one of them outside code means English prose. */
const ENGLISH_WORDS = /\b(the|of|is|are|was|with|for|from|by|and|or|only|which|that|this|these|those|cannot|can't|needs|need|when|must|should|does|doesn't|not|its|their|has|have|will|would|into|there|it|tasks|services|containers|instances|roles|images|files|volumes)\b/i;

/** The English prose left in a Vietnamese text once code spans, URLs, quoted values and kept names are removed. */
function englishProse(vi: string): string | undefined {
  let s = vi.replace(/`[^`]*`/g, ' ').replace(/https?:\/\/\S+/g, ' ').replace(/"[^"]*"/g, ' ');
  for (const n of KEPT_NAMES) s = s.split(n).join(' ');
  const m = ENGLISH_WORDS.exec(s);
  return m ? s.slice(Math.max(0, m.index - 30), m.index + 30).trim() : undefined;
}

/** A plausible value for a `{slot}`: a code name, a number or a launch type, as rules fill them. */
function sample(slot: string): string {
  if (/^(launchType|launchTypes)$/.test(slot)) return 'EC2';
  if (/mode/i.test(slot)) return 'bridge';
  if (/(port|max|min|count|memory|cpu|sum|value|task|soft|hard|reservation|size|limit|seconds|amount)/i.test(slot)) return '512';
  return 'web';
}

function templatesOf(): Array<{ where: string; vi: string; en: string }> {
  const out: Array<{ where: string; vi: string; en: string }> = [];
  for (const r of allRules) {
    out.push({ where: `${r.code} message`, ...r.message });
    for (const [k, v] of Object.entries(r.variants ?? {})) out.push({ where: `${r.code} variant ${k}`, ...v });
    out.push({ where: `${r.code} title`, ...r.title });
    if (r.fix) out.push({ where: `${r.code} fix title`, ...r.fix.title });
  }
  return out;
}

const VI_SETTINGS = settings();

/** Every Vietnamese diagnostic message of a run over the rule examples, service/task pairs and the corpus. */
function realVietnameseMessages(): Array<{ where: string; message: string }> {
  const out: Array<{ where: string; message: string }> = [];
  const run = (where: string, files: Array<{ uri: string; text: string }>, target = 0): void => {
    const ls = new EcsLanguageService();
    for (const f of files) ls.index.set(f.uri, f.text);
    const d = TextDocument.create(files[target].uri, 'json', 1, files[target].text);
    for (const diag of ls.diagnostics(d, VI_SETTINGS, ['vi'])) {
      out.push({ where: `${where} ${String(diag.code)}`, message: diag.message });
      for (const r of diag.relatedInformation ?? []) out.push({ where: `${where} ${String(diag.code)} related`, message: r.message });
    }
  };
  for (const r of allRules) {
    if (!r.examples) continue;
    const uri = r.appliesTo === 'service' ? 'file:///p/service-definition.json' : 'file:///p/task-definition.json';
    run(`${r.code} example`, [{ uri, text: r.examples.bad }]);
  }
  // The service rules whose slots depend on the paired task definition (awsvpc on EC2).
  const awsvpcEc2Task = JSON.stringify({ family: 'web', requiresCompatibilities: ['EC2'], networkMode: 'awsvpc', containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 256, portMappings: [{ containerPort: 80 }] }] });
  const ec2Service = JSON.stringify({ serviceName: 'web', taskDefinition: 'web', launchType: 'EC2', loadBalancers: [{ loadBalancerName: 'legacy', containerName: 'app', containerPort: 80 }] });
  run('awsvpc pair', [{ uri: 'file:///p/service-definition.json', text: ec2Service }, { uri: 'file:///p/task-definition.json', text: awsvpcEc2Task }]);
  const fargateService = JSON.stringify({ serviceName: 'web', taskDefinition: 'web', launchType: 'FARGATE', loadBalancers: [{ loadBalancerName: 'legacy', containerName: 'nope', containerPort: 81 }] });
  run('fargate pair', [{ uri: 'file:///p/service-definition.json', text: fargateService }, { uri: 'file:///p/task-definition.json', text: fargate() }]);
  const corpus = path.resolve(ROOT, '..', 'shared', 'corpus');
  for (const sub of ['real', 'docs', 'templates']) {
    const dir = path.join(corpus, sub);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) run(`${sub}/${f}`, [{ uri: `file:///c/${f.includes('service') ? 'service-definition' : 'task-definition'}.json`, text: fs.readFileSync(path.join(dir, f), 'utf8') }]);
  }
  return out;
}

describe('No English inside Vietnamese messages', () => {
  it('the detector finds English prose and leaves Vietnamese with kept terms alone', () => {
    assert.ok(englishProse('Fargate services cần `networkConfiguration`'));
    assert.ok(englishProse('không thể chuyển traffic tới tasks in awsvpc mode: task dùng awsvpc'));
    assert.strictEqual(englishProse('Service chạy trên Fargate cần `networkConfiguration.awsvpcConfiguration` với subnet (Application Load Balancer, Secrets Manager).'), undefined);
  });

  it('every rule message, variant, title and fix title, rendered in Vietnamese with sample slot values', () => {
    const bad: string[] = [];
    for (const t of templatesOf()) {
      const slots = [...t.vi.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const rendered = fill(t.vi, Object.fromEntries(slots.map((s) => [s, sample(s)])), 'vi');
      const e = englishProse(rendered);
      if (e) bad.push(`${t.where}: …${e}…`);
    }
    assert.deepStrictEqual(bad, []);
  });

  it('every Vietnamese diagnostic of real runs (rule examples, service/task pairs, the corpus), with the slot values the rules compute', function () {
    this.timeout(120000);
    const msgs = realVietnameseMessages();
    assert.ok(msgs.length > 100, String(msgs.length));
    // The two rules whose slot values used to be English are among them.
    assert.ok(msgs.some((m) => m.where.includes('ECS701')) && msgs.some((m) => m.where.includes('ECS704')));
    const bad = msgs.flatMap((m) => { const e = englishProse(m.message); return e ? [`${m.where}: …${e}…`] : []; });
    assert.deepStrictEqual([...new Set(bad)], []);
  });

  it('ECS701 and ECS704 slot values are Vietnamese in Vietnamese', () => {
    const msgs = realVietnameseMessages().filter((m) => /ECS70[14]/.test(m.where)).map((m) => m.message);
    assert.ok(msgs.some((m) => m.includes('task Fargate')), msgs.join('\n'));
    assert.ok(msgs.some((m) => m.includes('task ở network mode awsvpc')), msgs.join('\n'));
    assert.ok(msgs.some((m) => m.startsWith('Service chạy trên Fargate cần')), msgs.join('\n'));
    assert.ok(msgs.some((m) => m.startsWith('Service dùng task definition ở network mode awsvpc cần')), msgs.join('\n'));
  });
});

// ---------------------------------------------------------------------------------------------
// Parity of code tokens and numbers
// ---------------------------------------------------------------------------------------------

/** Intended differences: placeholders translated inside code, and dates written the Vietnamese way. */
const TRANSLATED_TOKENS: Array<[RegExp, string]> = [
  [/<tên>/g, '<name>'],
  [/<dòng lệnh shell>/g, '<shell line>'],
  [/<chương trình>/g, '<program>'],
  [/<tham số>/g, '<arg>'],
  [/explain MÃ/g, 'explain CODE'],
  [/<account 12 chữ số>/g, '<12-digit account>'],
  [/<lệnh>/g, '<command>'],
  [/\[tùy chọn\]/g, '[options]'],
];

function codeTokens(s: string): string[] {
  let t = s;
  for (const [re, en] of TRANSLATED_TOKENS) t = t.replace(re, en);
  return [...t.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]).sort();
}

/** Numbers outside code spans; a month written as "tháng 6/2025" counts as "June 2025" (the year only). */
function numbers(s: string): string[] {
  const t = s.replace(/`[^`\n]*`/g, ' ').replace(/tháng \d{1,2}\/(\d{4})/g, '$1').replace(/(\d),(\d{3})\b/g, '$1$2');
  return [...t.matchAll(/(?<![\p{L}\d.-])\d+(?:\.\d+)*(?![\p{L}\d])/gu)].map((m) => m[0]).sort();
}

function parityProblems(p: TextPair): string[] {
  const out: string[] = [];
  const [ce, cv] = [codeTokens(p.en), codeTokens(p.vi)];
  if (JSON.stringify(ce) !== JSON.stringify(cv)) out.push(`${p.where}: code ${JSON.stringify(ce.filter((x) => !cv.includes(x)))} vs ${JSON.stringify(cv.filter((x) => !ce.includes(x)))}`);
  const [ne, nv] = [numbers(p.en), numbers(p.vi)];
  if (JSON.stringify(ne) !== JSON.stringify(nv)) out.push(`${p.where}: numbers ${JSON.stringify(ne)} vs ${JSON.stringify(nv)}`);
  return out;
}

describe('Parity of English and Vietnamese', () => {
  it('the check catches a missing code token and a changed number', () => {
    assert.ok(parityProblems({ where: 'x', en: 'Set `awsvpc` for 10 containers', vi: 'Đặt awsvpc cho 10 container' }).length);
    assert.ok(parityProblems({ where: 'x', en: 'at most 100 ports', vi: 'tối đa 10 port' }).length);
    assert.deepStrictEqual(parityProblems({ where: 'x', en: 'ended in June 2025, see `<name>`', vi: 'kết thúc tháng 6/2025, xem `<tên>`' }), []);
  });

  it('every text carries the same code tokens and numbers in both languages', () => {
    const bad = allBilingualTexts().flatMap(parityProblems);
    assert.deepStrictEqual(bad, []);
  });
});
