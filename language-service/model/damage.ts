/**
 * What a real syntax error does to the tree, so that rules report nothing that only follows from it
 * (issue 11, "cascades").
 *
 * "Real" means what is left in `doc.syntaxErrors`: placeholders outside quotes are parsed as opaque
 * values first (ECS014), and trailing commas and comments are accepted by the parse (ECS015/ECS016),
 * so none of them damages anything.
 *
 * jsonc-parser recovers from an error in one of two ways:
 * - **Token errors** (an unknown word such as `...` or `integer`, a bad number, an unterminated
 *   string, a bad escape, a missing comma), and skips that stay at one level (`"size": integer,`,
 *   `"a" 1,`): the parser drops or cuts a few tokens and goes on at the same nesting level. What
 *   follows is read as written; only the property (or array item) holding the tokens is unreliable,
 *   and the object around them may lack members (an elision `...` stands for any number of them).
 * - **Structural errors** (a skip across a bracket, a missing closing bracket, text after the end):
 *   the parser skips tokens up to the next `,`, `}` or `]` *at any nesting level*, so properties can
 *   be lost, or moved into another object or list. It is back in step with the text only after the
 *   innermost enclosing object or list whose closing bracket is the one that matches its opening
 *   bracket in the text; up to there nothing it read can be trusted, and every object in that span
 *   may lack members. With no such object (a bracket left open to the end), nothing is bounded.
 *   And since a missing bracket shows as an error only where the counts stop matching, the stretch
 *   between an opening bracket and a closing bracket of the other kind that meets it in the text
 *   is unreliable too (an unclosed object reads its neighbour's properties as its own).
 *
 * Consequences, applied in features/diagnostics.ts and model/task-facts.ts:
 * - **Presence** findings (a wrong value, an unknown key, a duplicate...) are dropped when they sit in
 *   or point at an unreliable span (`zones`): the value there is what the parser made of a broken
 *   text. Elsewhere they stay: those values were read exactly as written.
 * - **Absence** findings (a missing property, a default assumed because a field is absent) are
 *   dropped when what is missing could be in an object that may lack members (`open`). Each rule says
 *   where it looks (`Rule.absence`): in the object it underlines, among the task-level fields (open
 *   when the break is in the task object itself), or anywhere (then any real syntax error drops it).
 *   An object whose brackets hold no error is complete even when its neighbours are broken.
 * - **References**: a container or volume may be in the broken part when the break is in the list,
 *   in one of its items or at task level; the facts then open the list, and the rules about unknown
 *   names stay quiet, as for a placeholder. An undeclared launch type is unknown rather than the EC2
 *   default when the break is at task level.
 */
import type * as jsonc from 'jsonc-parser';
import { ParseErrorCode } from 'jsonc-parser';
import { definitionOf, forEachBracket, propertyValue, type JsonNode, type ParsedDocument } from './document';
import { substituteTokens } from './placeholders';

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface SyntaxDamage {
  /** The document has a real syntax error. */
  readonly damaged: boolean;
  /** Spans whose content the parser could not read as written (sorted by start). */
  readonly zones: readonly Span[];
  /** Objects and lists that may lack members the author wrote (in the part the parser could not read). */
  readonly open: readonly JsonNode[];
  readonly root?: JsonNode;
  /** The parser never got back in step (a bracket left open to the end): any object may lack members. */
  readonly unbounded: boolean;
  /** The definition object itself may lack properties: any task-level field may be missing. */
  readonly taskLevel: boolean;
  /** A container, or the `containerDefinitions` list, may lack members: any container may be missing. */
  readonly containersOpen: boolean;
  /** The same for `volumes`. */
  readonly volumesOpen: boolean;
}

const NONE: SyntaxDamage = { damaged: false, zones: [], open: [], unbounded: false, taskLevel: false, containersOpen: false, volumesOpen: false };

/** Errors after which jsonc-parser goes on at the same nesting level, having dropped or cut one token. */
const TOKEN_ERRORS: ReadonlySet<number> = new Set([
  ParseErrorCode.InvalidSymbol,
  ParseErrorCode.InvalidNumberFormat,
  ParseErrorCode.CommaExpected,
  ParseErrorCode.InvalidCommentToken,
  ParseErrorCode.UnexpectedEndOfComment,
  ParseErrorCode.UnexpectedEndOfString,
  ParseErrorCode.UnexpectedEndOfNumber,
  ParseErrorCode.InvalidUnicode,
  ParseErrorCode.InvalidEscapeCharacter,
  ParseErrorCode.InvalidCharacter,
]);

const cache = new WeakMap<ParsedDocument, SyntaxDamage>();

/** The damage of the document's real syntax errors, computed once per parsed document. */
export function syntaxDamage(doc: ParsedDocument): SyntaxDamage {
  if (!doc.syntaxErrors.length) return NONE;
  let d = cache.get(doc);
  if (!d) {
    d = compute(doc);
    cache.set(doc, d);
  }
  return d;
}

/** True when a node (or span) starts inside one of the unreliable spans. */
export function inZone(damage: SyntaxDamage, node: { offset: number; length: number }): boolean {
  const zones = damage.zones;
  if (!zones.length) return false;
  // Zones are sorted by start; `reach[k]` is the furthest end among zones 0..k.
  const reach = reachOf(damage);
  const k = lastStartAtOrBefore(zones, node.offset);
  if (k >= 0 && reach[k] > node.offset) return true;
  // A node that starts just before a zone and reaches into it is a value cut by the error
  // (an unterminated string): unreliable too. A container holding the zone is not.
  const next = zones[k + 1];
  return !!next && next.start < node.offset + node.length && !isContainerSpan(node);
}

const reaches = new WeakMap<SyntaxDamage, number[]>();
function reachOf(damage: SyntaxDamage): number[] {
  let r = reaches.get(damage);
  if (!r) {
    r = [];
    let max = -1;
    for (const z of damage.zones) r.push((max = Math.max(max, z.end)));
    reaches.set(damage, r);
  }
  return r;
}

/** Index of the last zone starting at or before `offset` (-1 when none). */
function lastStartAtOrBefore(zones: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = zones.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (zones[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

function isContainerSpan(node: { offset: number; length: number }): boolean {
  const type = (node as Partial<JsonNode>).type;
  return type === 'object' || type === 'array' || type === 'property';
}

function compute(doc: ParsedDocument): SyntaxDamage {
  const root = doc.root;
  const zones: Span[] = [];
  const open = new Set<JsonNode>();
  const textEnd = doc.text.length;
  const all: SyntaxDamage = { damaged: true, zones: [{ start: 0, end: textEnd + 1 }], open: [], unbounded: true, taskLevel: true, containersOpen: true, volumesOpen: true };
  if (!root) return all;
  const text = substituteTokens(doc.text, doc.templateTokens);
  let matches: Map<number, number> | undefined;
  let lost = false;
  const structural = doc.syntaxErrors.some((e) => !TOKEN_ERRORS.has(e.error));
  if (structural) {
    // A closing bracket that does not match the bracket it should close: the parser may have left
    // an object early or late anywhere between the two, so what it read there is unreliable, and
    // the object that bracket opens may lack members (or hold some of its neighbour's).
    const mismatches: Span[] = [];
    matches = bracketMatches(text, mismatches);
    for (const m of mismatches) {
      zones.push(m);
      const n = innermost(root, m.start);
      if (n && n.offset === m.start && (n.type === 'object' || n.type === 'array')) { open.add(n); addOverlapping(n, m.start, m.end, open); }
    }
  }
  for (const e of doc.syntaxErrors) {
    const around = container(innermost(root, e.offset));
    const skipEnd = SKIPPING_ERRORS.has(e.error) ? flatSkipEnd(text, e.offset, around) : undefined;
    if (TOKEN_ERRORS.has(e.error) || skipEnd !== undefined) {
      // A missing comma loses nothing: the next member is read as written (its object stays open,
      // in case the comma went missing with more text).
      const z = e.error === ParseErrorCode.CommaExpected ? { start: e.offset, end: e.offset } : tokenZone(root, e);
      zones.push({ start: z.start, end: Math.max(z.end, skipEnd ?? 0) });
      if (around) open.add(around);
      else lost = true;
      continue;
    }
    matches ??= bracketMatches(text);
    const w = resyncContainer(root, e.offset, matches);
    const end = w ? w.offset + w.length : textEnd + 1;
    zones.push({ start: e.offset, end });
    if (!w) { lost = true; continue; }
    // The container the parser got back in step after, and everything in it from the error on.
    open.add(w);
    addOverlapping(w, e.offset, end, open);
  }
  zones.sort((a, b) => a.start - b.start);
  const def = definitionOf(doc)?.node;
  if (lost || !def) return { ...all, zones, root };
  const nodes = [...open];
  // Open at the definition or around it: any of its own fields may be missing.
  const taskLevel = nodes.some((n) => n.offset <= def.offset && def.offset + def.length <= n.offset + n.length);
  const listOpen = (key: string): boolean => {
    const list = propertyValue(def, key);
    return !!list && nodes.some((n) => n === list || n.parent === list);
  };
  return { damaged: true, zones, open: nodes, root, unbounded: false, taskLevel, containersOpen: taskLevel || listOpen('containerDefinitions'), volumesOpen: taskLevel || listOpen('volumes') };
}

/** Structural errors after which the parser skips tokens up to the next `,` or closing bracket. */
const SKIPPING_ERRORS: ReadonlySet<number> = new Set([ParseErrorCode.ValueExpected, ParseErrorCode.PropertyNameExpected, ParseErrorCode.ColonExpected]);

/**
 * Where the skip after a structural error at `offset` ends, when it stays at one nesting level: no
 * bracket on the way to the `,` or the closing bracket of the container it is in (`"size": integer,`
 * skips nothing; `"a" 1,` skips `1`). Undefined when the skip crosses a bracket, so that the parser
 * may have moved out of step with the text.
 */
function flatSkipEnd(text: string, offset: number, around: JsonNode | undefined): number | undefined {
  if (!around) return undefined;
  const closer = around.type === 'object' ? 125 /* } */ : 93; /* ] */
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 /* , */ || c === closer) return i;
    if (c === 123 || c === 91 || c === 125 || c === 93) return undefined;
    if (c === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34 || d === 10 || d === 13) break;
      }
    } else if (c === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      return undefined; // comments: not worth following
    }
  }
  return undefined;
}

/** The object or list a node is, or is in. */
function container(n: JsonNode | undefined): JsonNode | undefined {
  for (; n; n = n.parent) if (n.type === 'object' || n.type === 'array') return n;
  return undefined;
}

/** Adds the objects and lists inside `node` that reach into `start..end`. */
function addOverlapping(node: JsonNode, start: number, end: number, out: Set<JsonNode>): void {
  for (const c of node.children ?? []) {
    if (c.offset + c.length <= start || c.offset >= end) continue;
    if (c.type === 'object' || c.type === 'array') out.add(c);
    addOverlapping(c, start, end, out);
  }
}

/**
 * True when a finding underlined at `node` is in an object or list that may lack members (its nearest
 * object or list is open), or on the key of one: an absence finding there may be about what the
 * parser could not read. Objects nested in an open one are not concerned: their own brackets hold
 * all of their members.
 */
export function inOpen(damage: SyntaxDamage, node: { offset: number; length: number }): boolean {
  if (damage.unbounded) return true;
  if (!damage.open.length || !damage.root) return false;
  const sets = openSetsOf(damage);
  if (sets.keys.has(node.offset)) return true;
  const around = container(innermost(damage.root, node.offset));
  return !!around && sets.nodes.has(around);
}

const openSets = new WeakMap<SyntaxDamage, { nodes: Set<JsonNode>; keys: Set<number> }>();
function openSetsOf(damage: SyntaxDamage): { nodes: Set<JsonNode>; keys: Set<number> } {
  let sets = openSets.get(damage);
  if (!sets) {
    const keys = new Set<number>();
    for (const n of damage.open) if (n.parent?.type === 'property') keys.add(n.parent.offset);
    sets = { nodes: new Set(damage.open), keys };
    openSets.set(damage, sets);
  }
  return sets;
}

/**
 * A token error spoils the property (or array item) that holds the token, key included, and nothing
 * else. Between two properties (an elision `...` on a line of its own) it spoils only itself.
 */
function tokenZone(root: JsonNode, e: jsonc.ParseError): Span {
  const start = e.offset;
  const end = e.offset + Math.max(e.length, 1);
  let holder: JsonNode | undefined;
  for (let n: JsonNode | undefined = innermost(root, start); n; n = n.parent) {
    if (n.type === 'object' || n.type === 'array') break; // between members: only the tokens
    if (n.type === 'property' || n.parent?.type === 'array') { holder = n; break; }
  }
  if (!holder) return { start, end };
  return { start: Math.min(start, holder.offset), end: Math.max(end, holder.offset + holder.length) };
}

/**
 * Where the parser is back in step after a structural error at `offset`: after the innermost object
 * or list around it whose closing bracket matches its opening bracket in the text; undefined when
 * there is none (then it is only at the end of the text).
 */
function resyncContainer(root: JsonNode, offset: number, matches: Map<number, number>): JsonNode | undefined {
  for (let n: JsonNode | undefined = innermost(root, offset); n; n = n.parent) {
    if (n.type !== 'object' && n.type !== 'array') continue;
    if (n.offset >= offset) continue; // a value that starts at the error is inside the broken part
    if (matches.get(n.offset) === n.offset + n.length - 1) return n;
  }
  return undefined;
}

/** The innermost node whose span holds `offset` (its end included, as where an error is reported at a closer). */
function innermost(root: JsonNode, offset: number): JsonNode | undefined {
  if (offset < root.offset || offset > root.offset + root.length) return undefined;
  let node = root;
  for (;;) {
    // Children are in text order: a binary search for the last one starting at or before `offset`.
    const children = node.children ?? [];
    let lo = 0;
    let hi = children.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (children[mid].offset <= offset) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    const child = at >= 0 ? children[at] : undefined;
    if (!child || offset >= child.offset + child.length) return node;
    node = child;
  }
}

/**
 * Offsets of the brackets that match in the text (opening → closing), tokenised as jsonc-parser does:
 * strings end at a quote or a line break, comments are skipped. A closer that does not match the
 * innermost open bracket matches nothing.
 */
export function bracketMatches(text: string, mismatches?: Span[]): Map<number, number> {
  const out = new Map<number, number>();
  const stack: number[] = [];
  // A closer of the other kind may be the one the author wrote for a bracket further down the stack
  // (`[{ "containerPort": 80 ]`: the list ends there, the object's `}` is missing). The parser takes it
  // for a stray and reads on inside that bracket: what it puts there up to the bracket's closer in
  // the text (the next container, read as a port mapping) is unreliable too.
  const strays: Array<{ at: number; meant: number }> = [];
  forEachBracket(text, (i, c) => {
    if (c === 123 /* { */ || c === 91 /* [ */) {
      stack.push(i);
      return;
    }
    const kind = c === 125 ? 123 : 91;
    const open = stack[stack.length - 1];
    if (open !== undefined && text.charCodeAt(open) === kind) {
      stack.pop();
      out.set(open, i);
    } else if (open !== undefined) {
      // The closer of `open` is missing (or this one is extra) somewhere in between.
      mismatches?.push({ start: open, end: i + 1 });
      for (let k = stack.length - 2; k >= 0; k--) {
        if (text.charCodeAt(stack[k]) === kind) { strays.push({ at: i, meant: stack[k] }); break; }
      }
    }
  });
  for (const { at, meant } of strays) mismatches?.push({ start: at, end: (out.get(meant) ?? text.length) + 1 });
  return out;
}
