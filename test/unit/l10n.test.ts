/** The VS Code side of the bilingual rule: manifest strings and client strings exist in both languages. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { clientTexts } from '../../client/src/texts';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (f: string): string => fs.readFileSync(path.join(ROOT, f), 'utf8');
const VI = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function clientFiles(dir = path.join(ROOT, 'client', 'src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? clientFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('VS Code localisation', () => {
  const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const vi = JSON.parse(read('package.nls.vi.json')) as Record<string, string>;

  it('every %key% of package.json is in package.nls.json', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 5);
    assert.deepStrictEqual(keys.filter((k) => !(k in en)), []);
  });

  it('package.nls.vi.json has every key of package.nls.json, in Vietnamese', () => {
    assert.deepStrictEqual(Object.keys(en).filter((k) => !(k in vi)), []);
    assert.deepStrictEqual(Object.keys(vi).filter((k) => !(k in en)), []);
    assert.deepStrictEqual(Object.keys(en).filter((k) => k !== 'configuration.title' && (!VI.test(vi[k]) || vi[k] === en[k])), []);
  });

  it('every text of the client (texts.ts) exists in English and in Vietnamese, with the same slots', () => {
    const entries = Object.entries(clientTexts);
    assert.ok(entries.length >= 10);
    const slots = (t: string): string[] => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, t] of entries) {
      const pair = t as { en?: string; vi?: string };
      assert.ok(pair.en?.trim() && pair.vi?.trim(), `${id}: a language is missing`);
      if (!pair.en || !pair.vi) continue;
      assert.ok(VI.test(pair.vi) && pair.vi !== pair.en, `${id}: not translated: ${pair.vi}`);
      assert.deepStrictEqual(slots(pair.vi), slots(pair.en), id);
    }
  });

  it('every text the client shows comes from texts.ts (in docsLanguage) or from the server, never a literal', () => {
    const sites = clientMessageSites();
    // The call sites and where their words come from, for whoever changes them.
    const listed = sites.map((s) => `${s.where} ${s.call}: ${s.sources.join(', ')}`);
    if (process.env.ECS_LIST_CLIENT_TEXTS) console.log(listed.join('\n'));
    assert.ok(sites.length >= 15, listed.join('\n'));
    assert.deepStrictEqual(sites.filter((s) => s.sources.some((x) => x.startsWith('LITERAL') || x.startsWith('vscode.l10n'))).map((s) => `${s.where} ${s.call}: ${s.sources.join(', ')}`), []);
    // Each say(id) names a text of texts.ts, and each text is used (a report's content too).
    const ids = clientFiles().flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/\bsay\('(\w+)'/g)].map((m) => m[1]));
    assert.deepStrictEqual(ids.filter((id) => !(id in clientTexts)), []);
    assert.deepStrictEqual(Object.keys(clientTexts).filter((id) => !ids.includes(id)), [], 'texts.ts holds texts no call site shows');
    // The server's texts (wizard steps, the IAM question, the compare error) are the other source.
    assert.ok(sites.some((s) => s.sources.some((x) => x.startsWith('server:'))), listed.join('\n'));
  });

  it('the check catches a literal and vscode.l10n.t', () => {
    const bad = messageSitesOf('x.ts', "vscode.window.showErrorMessage('Server is down'); vscode.window.showQuickPick([], { title: vscode.l10n.t('Pick') }); vscode.window.showWarningMessage(say('notRunning'));");
    assert.deepStrictEqual(bad.map((s) => s.sources), [['LITERAL Server is down'], ['vscode.l10n.t'], ['vscode.l10n.t'], ['texts.notRunning']]);
  });
});

/** The calls that show text to the user, and the expressions that give their words. */
const SHOW = new Set(['showErrorMessage', 'showWarningMessage', 'showInformationMessage', 'showQuickPick', 'showInputBox', 'withProgress', 'appendLine', 'createQuickPick', 'createInputBox']);
/** Properties whose value a user reads (quick pick items, input boxes, progress). */
const TEXT_PROPS = new Set(['label', 'description', 'detail', 'title', 'placeHolder', 'prompt']);

interface Site {
  where: string;
  call: string;
  sources: string[];
}

/** `const name = <expression>` of a file, so that a text kept in a constant is traced to its source. */
const constants = new WeakMap<ts.SourceFile, Map<string, ts.Expression>>();
function constantsOf(sf: ts.SourceFile): Map<string, ts.Expression> {
  let m = constants.get(sf);
  if (!m) {
    const found = new Map<string, ts.Expression>();
    const visit = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) found.set(n.name.text, n.initializer);
      ts.forEachChild(n, visit);
    };
    visit(sf);
    constants.set(sf, (m = found));
  }
  return m;
}

function sourceOf(e: ts.Expression, sf: ts.SourceFile): string | undefined {
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) return sourceOf(e.expression, sf);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return /[a-z]{2}/i.test(e.text) ? `LITERAL ${e.text}` : undefined;
  if (ts.isTemplateExpression(e)) {
    const words = [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ');
    return /[a-z]{2}/i.test(words) ? `LITERAL ${e.getText(sf)}` : 'computed';
  }
  if (ts.isCallExpression(e)) {
    const callee = e.expression.getText(sf);
    if (callee === 'say') return `texts.${(e.arguments[0] as ts.StringLiteral).text}`;
    if (/l10n\.t$/.test(callee)) return 'vscode.l10n.t';
    return `computed: ${callee}()`;
  }
  if (ts.isConditionalExpression(e)) return [sourceOf(e.whenTrue, sf), sourceOf(e.whenFalse, sf)].filter(Boolean).join(' | ') || undefined;
  // A field of a value the server sent (the wizard's texts, the IAM question, an error message).
  if (ts.isPropertyAccessExpression(e)) return `server: ${e.getText(sf)}`;
  if (ts.isIdentifier(e)) {
    const init = constantsOf(sf).get(e.text);
    return init && !ts.isIdentifier(init) ? sourceOf(init, sf) : `value: ${e.text}`;
  }
  return undefined;
}

/** The words of one call's arguments: the arguments themselves, and the text properties of objects and arrays in them. */
function wordsOf(node: ts.Node, sf: ts.SourceFile, out: string[]): void {
  if (ts.isObjectLiteralExpression(node)) {
    for (const p of node.properties) {
      if (ts.isPropertyAssignment(p) && TEXT_PROPS.has(p.name.getText(sf))) {
        const s = sourceOf(p.initializer, sf);
        if (s) out.push(s);
      } else if (ts.isPropertyAssignment(p) && (ts.isObjectLiteralExpression(p.initializer) || ts.isArrayLiteralExpression(p.initializer))) wordsOf(p.initializer, sf, out);
    }
    return;
  }
  if (ts.isArrayLiteralExpression(node)) {
    for (const x of node.elements) wordsOf(x, sf, out);
    return;
  }
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return;
  const s = sourceOf(node as ts.Expression, sf);
  if (s) out.push(s);
}

function messageSitesOf(file: string, text: string): Site[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const sites: Site[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && SHOW.has(n.expression.name.text)) {
      const sources: string[] = [];
      for (const a of n.arguments) wordsOf(a, sf, sources);
      sites.push({ where: `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, call: n.expression.name.text, sources });
    }
    // Objects that become quick pick items before the call (`const browse = { label: ... }`).
    if (ts.isObjectLiteralExpression(n) && n.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText(sf) === 'label')) {
      const sources: string[] = [];
      wordsOf(n, sf, sources);
      if (sources.length) sites.push({ where: `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, call: 'item', sources });
    }
    if (ts.isCallExpression(n) && /l10n\.t$/.test(n.expression.getText(sf))) {
      sites.push({ where: `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, call: 'l10n.t', sources: ['vscode.l10n.t'] });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return sites;
}

function clientMessageSites(): Site[] {
  return clientFiles().flatMap((f) => messageSitesOf(path.relative(ROOT, f), fs.readFileSync(f, 'utf8')));
}
