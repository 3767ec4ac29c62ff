/**
 * Runs one (possibly broken) document through every feature of the language service, and returns
 * what went wrong: an exception (reported through `onError`, or thrown), a call over the time
 * bound, or a quick fix that turns a parsable document into one that does not parse.
 */
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings, type EcsSettings, type Lang } from '../../common/settings';
import { EcsLanguageService } from '../../language-service';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { MAX_DEPTH_FOR_TREE, nestingDepthExceeds } from '../../language-service/model/document';
import type { Rng } from './mutate';

/** At most this many diagnostics of one document get their quick fixes applied (a sample when there are more). */
const MAX_FIXED_DIAGNOSTICS = 40;

/**
 * Whether a text parses (JSONC: comments and trailing commas allowed, as the harness' `parses`).
 * Deeper than the language service's own limit counts as not parsing: the recursive parser would
 * overflow the stack, and the language service reports such a document instead of parsing it.
 */
export function parses(text: string): boolean {
  if (nestingDepthExceeds(text, MAX_DEPTH_FOR_TREE)) return false;
  const errors: ParseError[] = [];
  try {
    parseJsonc(text, errors, { allowTrailingComma: true });
  } catch (e) {
    if (e instanceof RangeError) return false; // nested too deep for the recursive parser
    throw e;
  }
  return errors.length === 0;
}

export interface ExerciseOptions {
  /** The time bound of one call, in ms, for a small document. */
  boundMs: number;
  /** Extra ms allowed per KB of text, so that big documents get a proportional bound (still far below what a quadratic blow-up takes). */
  perKbMs: number;
}

export class Exerciser {
  private readonly errors: string[] = [];
  readonly service = new EcsLanguageService({ onError: (where, e) => this.errors.push(`${where}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`) });
  private version = 1;
  /** Calls made, for the report. */
  calls = 0;

  constructor(private readonly o: ExerciseOptions) {}

  /** Problems found with `text` (empty when it went well). */
  run(text: string, uri: string, rng: Rng): string[] {
    const problems: string[] = [];
    this.errors.length = 0;
    const bound = this.o.boundMs + (this.o.perKbMs * text.length) / 1024;
    const timed = <T>(what: string, fn: () => T): T | undefined => {
      this.calls++;
      const t0 = performance.now();
      try {
        return fn();
      } catch (e) {
        problems.push(`${what} threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        return undefined;
      } finally {
        const ms = performance.now() - t0;
        if (ms > bound) problems.push(`${what} took ${ms.toFixed(0)} ms (bound ${bound.toFixed(0)} ms)`);
      }
    };
    const settings: EcsSettings = { ...defaultSettings };
    const langs: Lang[] = rng.int(3) === 0 ? ['vi', 'en'] : [rng.pick<Lang>(['en', 'vi'])];
    const doc = TextDocument.create(uri, 'json', this.version++, text);
    const inputParses = parses(text);

    timed('kindOf', () => this.service.kindOf(doc, settings));
    if (rng.int(4) === 0) timed('index.set', () => this.service.index.set(uri, text));
    const diags = timed('diagnostics', () => this.service.diagnostics(doc, settings, langs)) ?? [];

    const offsets = new Set<number>([0, text.length, rng.int(text.length + 1), rng.int(text.length + 1), rng.int(text.length + 1), rng.int(text.length + 1)]);
    for (const d of diags.slice(0, 3)) offsets.add(doc.offsetAt(d.range.start) + 1);
    for (const off of offsets) {
      const pos = doc.positionAt(off);
      timed(`completion at ${off}`, () => this.service.completion(doc, pos, settings, langs));
      timed(`hover at ${off}`, () => this.service.hover(doc, pos, settings, langs));
    }
    const nav = doc.positionAt(rng.int(text.length + 1));
    timed('definition', () => this.service.definition(doc, nav, settings));
    timed('references', () => this.service.references(doc, nav, true, settings));

    let sample: Diagnostic[] = diags;
    if (diags.length > MAX_FIXED_DIAGNOSTICS) sample = Array.from({ length: MAX_FIXED_DIAGNOSTICS }, () => rng.pick(diags));
    for (const d of sample) {
      const actions = timed(`codeActions for ${String(d.code)}`, () => this.service.codeActions(doc, [d], ['quickfix'], settings, langs)) ?? [];
      for (const a of actions) this.checkEdits(doc, a.edit?.changes?.[uri], inputParses, `quick fix "${a.title}" of ${String(d.code)}`, problems);
    }
    // What an editor asks: the light bulb on one line (quick fixes and "fix all"), and "fix all" on save.
    if (diags.length) {
      const line = rng.pick(diags).range.start.line;
      const onLine = diags.filter((d) => d.range.start.line <= line && d.range.end.line >= line);
      const bulb = timed(`codeActions on line ${line}`, () => this.service.codeActions(doc, onLine, undefined, settings, langs)) ?? [];
      for (const a of bulb) this.checkEdits(doc, a.edit?.changes?.[uri], inputParses, `action "${a.title}"`, problems);
    }
    const onSave = timed('codeActions source.fixAll', () => this.service.codeActions(doc, diags, ['source.fixAll'], settings, langs)) ?? [];
    for (const a of onSave) this.checkEdits(doc, a.edit?.changes?.[uri], inputParses, `action "${a.title}"`, problems);
    const fixed = timed('fixAll', () => this.service.fixAll(doc, settings, langs));
    if (inputParses && fixed !== undefined && !parses(fixed)) problems.push('fixAll produced text that does not parse');
    if (fixed !== undefined) {
      // The fixed text is a new document the user now edits: every rule runs on it again, and its
      // own quick fixes must still apply (a rule that throws on it is reported through onError).
      const after = TextDocument.create(uri, 'json', this.version++, fixed);
      const afterDiags = timed('diagnostics after fixAll', () => this.service.diagnostics(after, settings, langs)) ?? [];
      const afterActions = timed('codeActions after fixAll', () => this.service.codeActions(after, afterDiags, undefined, settings, langs)) ?? [];
      for (const a of afterActions) this.checkEdits(after, a.edit?.changes?.[uri], parses(fixed), `after fixAll, action "${a.title}"`, problems);
    }

    this.service.forget(uri);
    for (const e of this.errors) problems.push(`onError ${e}`);
    return problems;
  }

  private checkEdits(doc: TextDocument, edits: TextEdit[] | undefined, inputParses: boolean, what: string, problems: string[]): void {
    if (!edits?.length) return;
    let out: string;
    try {
      out = TextDocument.applyEdits(doc, edits);
    } catch (e) {
      problems.push(`${what}: its edits cannot be applied (${e instanceof Error ? e.message : String(e)})`);
      return;
    }
    if (inputParses && !parses(out)) problems.push(`${what} produced text that does not parse`);
  }
}
