/**
 * Test helpers in the style of vscode-json-languageservice: a `|` cursor marker in the document,
 * assertions on labels, codes, ranges and resulting text.
 */
import * as assert from 'assert';
import type { CompletionItem, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { defaultSettings, type EcsSettings, type Lang } from '../../common/settings';
import { EcsLanguageService } from '../../language-service';
import { allRules } from '../../language-service/rules';

export const service = new EcsLanguageService({ onError: (where, e) => { throw new Error(`${where}: ${e instanceof Error ? e.stack : String(e)}`); } });

/** The `{slot}` names of a template. */
const slotsOf = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
const SLOTS_OF_CODE = new Map(allRules.map((r) => {
  const texts = [r.message, ...Object.values(r.variants ?? {}), ...[r.fix, ...(r.alternatives ?? [])].map((f) => f?.title)];
  return [r.code, new Set(texts.flatMap((t) => (t ? [...slotsOf(t.en), ...slotsOf(t.vi)] : [])))];
}));

/**
 * What a user reads must be whole: a message or a fix title with a `{slot}` left unfilled, `undefined`,
 * `NaN`, `[object Object]` or an empty code span (a slot filled with nothing) is a bug whatever the
 * test was about. Every diagnostic and code action that any unit test asks for is checked.
 */
export function assertWholeText(text: string, code: string | undefined, what: string): void {
  for (const slot of SLOTS_OF_CODE.get(code ?? '') ?? []) assert.ok(!text.includes(`{${slot}}`), `${code} ${what} leaves {${slot}} unfilled: ${text}`);
  assert.doesNotMatch(text, /\bundefined\b|\bNaN\b|\[object Object\]/, `${code} ${what}: ${text}`);
  assert.ok(!/(^|[^`])``([^`]|$)/.test(text), `${code} ${what} has an empty code span: ${text}`);
}

const diagnosticsOf = service.diagnostics.bind(service);
service.diagnostics = (...args) => {
  const out = diagnosticsOf(...args);
  for (const d of out) assertWholeText(d.message, String(d.code), 'message');
  return out;
};
const codeActionsOf = service.codeActions.bind(service);
service.codeActions = (...args) => {
  const out = codeActionsOf(...args);
  for (const a of out) assertWholeText(a.title, a.diagnostics?.[0] ? String(a.diagnostics[0].code) : undefined, 'fix title');
  return out;
};
let version = 1;

export function doc(text: string, uri = 'file:///work/task-definition.json'): TextDocument {
  return TextDocument.create(uri, 'json', version++, text);
}

/** Splits `text` at the `|` marker. */
export function withCursor(text: string): { text: string; offset: number } {
  const offset = text.indexOf('|');
  assert.ok(offset >= 0, 'test document needs a | cursor marker');
  return { text: text.slice(0, offset) + text.slice(offset + 1), offset };
}

export function settings(over: Partial<EcsSettings> = {}): EcsSettings {
  return { ...defaultSettings, ...over };
}

export function diagnose(text: string, opts: { uri?: string; langs?: Lang[]; settings?: Partial<EcsSettings> } = {}): Diagnostic[] {
  return service.diagnostics(doc(text, opts.uri), settings(opts.settings), opts.langs ?? ['en']);
}

export function codes(text: string, opts: { uri?: string; settings?: Partial<EcsSettings> } = {}): string[] {
  return diagnose(text, opts).map((d) => String(d.code));
}

export function complete(textWithCursor: string, opts: { uri?: string; langs?: Lang[] } = {}): CompletionItem[] {
  const { text, offset } = withCursor(textWithCursor);
  const d = doc(text, opts.uri);
  return service.completion(d, d.positionAt(offset), settings(), opts.langs ?? ['en']);
}

export function labels(textWithCursor: string, opts: { uri?: string } = {}): string[] {
  return complete(textWithCursor, opts).map((i) => i.label);
}

export function hoverText(textWithCursor: string, langs: Lang[] = ['en'], uri?: string): string | undefined {
  const { text, offset } = withCursor(textWithCursor);
  const d = doc(text, uri);
  const h = service.hover(d, d.positionAt(offset), settings(), langs);
  if (!h) return undefined;
  const c = h.contents as { value: string };
  return c.value;
}

/** The text of `range` in `text`. */
/** The syntax errors (ECS001) of a document as [underlined text, start offset, parse error]. */
export function syntaxErrorsOf(text: string, uri: string): Array<[string, number, unknown]> {
  return diagnose(text, { uri }).filter((d) => d.code === 'ECS001')
    .map((d) => [textAt(text, d.range), TextDocument.create(uri, 'json', 1, text).offsetAt(d.range.start), (d.data as { fix?: { error?: unknown } }).fix?.error]);
}

export function textAt(text: string, range: Range): string {
  const d = TextDocument.create('file:///x.json', 'json', 1, text);
  return text.slice(d.offsetAt(range.start), d.offsetAt(range.end));
}

/** The diagnostics with `code`, as `[code, underlined text]` pairs. */
export function found(text: string, code: string, opts: { uri?: string; settings?: Partial<EcsSettings> } = {}): string[] {
  return diagnose(text, opts).filter((d) => d.code === code).map((d) => textAt(text, d.range));
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const d = TextDocument.create('file:///x.json', 'json', 1, text);
  return TextDocument.applyEdits(d, [...edits]);
}

/**
 * Applies the quick fix of the first diagnostic with `code` and returns the new text. Asserts that the
 * result parses whenever the input did.
 */
export function applyFix(text: string, code: string, opts: { uri?: string; index?: number; title?: RegExp } = {}): string {
  const d = doc(text, opts.uri);
  const diags = service.diagnostics(d, settings(), ['en']).filter((x) => x.code === code);
  assert.ok(diags.length > (opts.index ?? 0), `expected a ${code} diagnostic, got ${JSON.stringify(service.diagnostics(d, settings(), ['en']).map((x) => x.code))}`);
  const diag = diags[opts.index ?? 0];
  const actions = service.codeActions(d, [diag], ['quickfix'], settings(), ['en']).filter((a) => !opts.title || opts.title.test(a.title));
  assert.ok(actions.length > 0, `expected a quick fix for ${code}`);
  const edits = actions[0].edit!.changes![d.uri];
  const out = applyEdits(text, edits);
  if (parses(text)) assert.ok(parses(out), `fix for ${code} produced text that does not parse:\n${out}`);
  return out;
}

export function parses(text: string): boolean {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { allowTrailingComma: true });
  return errors.length === 0;
}

/** A minimal valid Fargate task definition to build tests on. */
export function fargate(over: Record<string, unknown> = {}, container: Record<string, unknown> = {}): string {
  const task = {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: [
      {
        name: 'app',
        image: 'nginx:1.27',
        essential: true,
        portMappings: [{ containerPort: 80, protocol: 'tcp' }],
        logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' } },
        ...container,
      },
    ],
    ...over,
  };
  return JSON.stringify(task, null, 2);
}

/** A minimal valid EC2 task definition. */
export function ec2(over: Record<string, unknown> = {}, container: Record<string, unknown> = {}): string {
  const task = {
    family: 'web',
    requiresCompatibilities: ['EC2'],
    networkMode: 'bridge',
    containerDefinitions: [{ name: 'app', image: 'nginx:1.27', essential: true, memory: 256, portMappings: [{ containerPort: 80, hostPort: 0 }], ...container }],
    ...over,
  };
  return JSON.stringify(task, null, 2);
}

type Json = Record<string, unknown>;

/** The messages of the diagnostics with `code`. */
export const messagesOf = (text: string, code: string): string[] => diagnose(text).filter((d) => d.code === code).map((d) => d.message);
/** The related information of the diagnostics with `code`: [underlined text, message]. */
export const relatedOf = (text: string, code: string): Array<[string, string]> => diagnose(text).filter((d) => d.code === code)
  .flatMap((d) => (d.relatedInformation ?? []).map((r): [string, string] => [textAt(text, r.location.range), r.message]));

/** Titles of the quick fixes offered on `changed` for the first `code` diagnostic of `text` (a stale diagnostic). */
export function staleFixTitles(text: string, code: string, changed: string): string[] {
  const diag = diagnose(text).find((d) => d.code === code);
  assert.ok(diag, `expected ${code}`);
  return service.codeActions(doc(changed), [diag], ['quickfix'], settings(), ['en']).map((a) => a.title);
}

/** Titles of the quick fixes offered for the first `code` diagnostic of `text` once a client rewrote its fix data with `over`. */
export function fixTitlesWithData(text: string, code: string, over: Json): string[] {
  const d = doc(text);
  const diag = service.diagnostics(d, settings(), ['en']).find((x) => x.code === code);
  assert.ok(diag, `expected ${code}`);
  const data = diag.data as Json;
  return service.codeActions(d, [{ ...diag, data: { ...data, fix: { ...(data.fix as Json), ...over } } }], ['quickfix'], settings(), ['en']).map((a) => a.title);
}

/** The diagnostic `code` of `text` (the first one), as an editor holds it. */
export function diagnosticOf(text: string, code: string): Diagnostic {
  const diag = service.diagnostics(doc(text), settings(), ['en']).find((x) => x.code === code);
  assert.ok(diag, `a ${code} diagnostic`);
  return diag;
}

/** The quick fixes offered for `diag` on `text`, as [title, resulting text] pairs. */
export function offered(text: string, diag: Diagnostic): Array<[string, string]> {
  const d = doc(text);
  return service.codeActions(d, [diag], ['quickfix'], settings(), ['en']).map((a) => [a.title, applyEdits(text, a.edit!.changes![d.uri])]);
}

/**
 * The quick fixes offered on `after` for the `code` diagnostic computed on `before`: an editor may
 * send a diagnostic of an older text (the user typed meanwhile). A fix that no longer applies is not offered.
 */
export const staleFixes = (before: string, after: string, code: string): Array<[string, string]> => offered(after, diagnosticOf(before, code));

/** The quick fixes offered when the client sends the diagnostic back with other fix data (`data.fix`): garbage is never applied. */
export function fixesWithData(text: string, code: string, patch: Json): Array<[string, string]> {
  const diag = diagnosticOf(text, code);
  const data = diag.data as { fix: Json };
  return offered(text, { ...diag, data: { ...data, fix: { ...data.fix, ...patch } } });
}
