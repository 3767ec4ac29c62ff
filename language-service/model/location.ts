/**
 * Where an offset is in a parsed document, without walking the whole text or tree.
 *
 * jsonc-parser's `getLocation(text, offset)` re-scans the text from the start up to the offset, and
 * `findNodeAtOffset` tries every earlier sibling on the way down: on a 1 MB task definition that made
 * each completion request cost as much as a parse. These functions give the same answers from the
 * parse tree we already have (one parse per document version):
 * - `nodeAtOffset`: a binary search among the children at each level (O(depth × log siblings));
 * - `locationAt`: the innermost container holding the offset is found in the tree, and jsonc-parser's
 *   own `getLocation` then runs only on the text of the one child of that container the offset is in
 *   (prefixed with the container's bracket), so the cost depends on that child's size, not the file's.
 *   Where the text before that child has a syntax error the events could differ from a scan from the
 *   start, so it falls back to the full scan (exactly the old behaviour).
 */
import * as jsonc from 'jsonc-parser';

type Node = jsonc.Node;

function contains(node: Node, offset: number, includeRightBound: boolean): boolean {
  return (offset >= node.offset && offset < node.offset + node.length) || (includeRightBound && offset === node.offset + node.length);
}

/** Index of the last child whose offset is at most `offset` (children are in text order), or -1. */
function lastChildAtOrBefore(children: readonly Node[], offset: number): number {
  let lo = 0;
  let hi = children.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (children[mid].offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The innermost node at `offset`: the same node as jsonc-parser's `findNodeAtOffset(root, offset,
 * includeRightBound)`, found by binary search at each level.
 */
export function nodeAtOffset(root: Node | undefined, offset: number, includeRightBound = false): Node | undefined {
  let node: Node | undefined = root;
  if (!node || !contains(node, offset, includeRightBound)) return undefined;
  for (;;) {
    const children: Node[] | undefined = node.children;
    if (!children || !children.length) return node;
    const last = lastChildAtOrBefore(children, offset);
    if (last < 0) return node;
    // jsonc-parser takes the first child (in order) that contains the offset. Siblings do not
    // overlap, so only the one before the last candidate can, when it ends exactly at the offset.
    let next: Node | undefined;
    if (last > 0 && contains(children[last - 1], offset, includeRightBound)) next = children[last - 1];
    else if (contains(children[last], offset, includeRightBound)) next = children[last];
    if (!next) return node;
    node = next;
  }
}

/** Sorted offsets of a document's syntax errors, computed once per error list. */
const errorOffsets = new WeakMap<readonly jsonc.ParseError[], number[]>();
function sortedErrorOffsets(errors: readonly jsonc.ParseError[]): number[] {
  let offsets = errorOffsets.get(errors);
  if (!offsets) {
    offsets = errors.map((e) => e.offset).sort((a, b) => a - b);
    errorOffsets.set(errors, offsets);
  }
  return offsets;
}

/** True when a syntax error starts in [from, to]. */
function errorIn(offsets: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && offsets[lo] <= to;
}

export interface LocatableDocument {
  readonly text: string;
  readonly root: Node | undefined;
  readonly syntaxErrors: readonly jsonc.ParseError[];
}

/** jsonc-parser's `Location` (path, previous node, whether on a key) of `offset` in `doc.text`. */
export function locationAt(doc: LocatableDocument, offset: number): jsonc.Location {
  return fastLocation(doc, offset) ?? jsonc.getLocation(doc.text, offset);
}

/** The fast path of `locationAt`; undefined where only a scan from the start is sure to be exact. */
export function fastLocation(doc: LocatableDocument, offset: number): jsonc.Location | undefined {
  const root = doc.root;
  if (!root || (root.type !== 'object' && root.type !== 'array')) return undefined;
  const inside = (n: Node | undefined): n is Node => !!n && (n.type === 'object' || n.type === 'array') && n.offset < offset && offset < n.offset + n.length;
  if (!inside(root)) return undefined;
  const errors = sortedErrorOffsets(doc.syntaxErrors);
  // Walk down to the innermost container holding the offset. An array's element index is the count
  // of commas before it (what a scan from the start counts): with no syntax error between the
  // elements up to this one, that is its index in the tree.
  const chain: Array<{ container: Node; child: number }> = [];
  let container = root;
  for (;;) {
    const children = container.children ?? [];
    const k = lastChildAtOrBefore(children, offset);
    chain.push({ container, child: k });
    if (k < 0) break;
    const c = children[k];
    const value = c.type === 'property' ? c.children?.[1] : c;
    if (!inside(value)) break;
    container = value;
  }
  if (errors.length) {
    for (const { container: x, child } of chain) {
      if (x.type !== 'array') continue;
      // Commas inside an element belong to it; each gap between elements must hold exactly one.
      let from = x.offset;
      for (let j = 0; j <= child; j++) {
        const el = x.children![j];
        if (errorIn(errors, from, el.offset)) return undefined;
        from = el.offset + el.length;
      }
    }
  }
  const { container: a, child: k } = chain[chain.length - 1];
  const children = a.children ?? [];
  const end = k + 1 < children.length ? children[k + 1].offset : a.offset + a.length;
  let text: string;
  let shift: number;
  let indexShift = 0;
  if (a.type === 'object') {
    if (k < 0) {
      // Before the first property: the object's own text up to it.
      shift = a.offset;
      text = doc.text.slice(a.offset, end);
    } else {
      // From the property on, behind a bracket: the state a scan reaches after the comma before the
      // property (on a key, nothing before it), provided that the text between the previous
      // property and this one is clean.
      const prev = children[k - 1];
      if (prev && errorIn(errors, prev.offset + prev.length, children[k].offset)) return undefined;
      shift = children[k].offset - 1;
      text = '{' + doc.text.slice(children[k].offset, end);
    }
  } else {
    // In an array, whether the cursor counts as on a key is left over from the last object begun
    // or colon or comma seen before the element: `{},` sets it again when that was "on a key".
    const stale = staleBefore(doc, a, Math.max(k, 0));
    if (stale === null) return undefined;
    const start = k < 0 ? a.offset + 1 : children[k].offset;
    const prefix = stale ? '[{},' : '[';
    shift = start - prefix.length;
    indexShift = Math.max(k, 0) - (stale ? 1 : 0);
    text = prefix + doc.text.slice(start, end);
  }
  const loc = jsonc.getLocation(text, offset - shift);
  const base = chain.slice(0, -1).map(({ container: x, child }) => {
    const c = x.children![child];
    return x.type === 'array' ? child : (c.children![0].value as string);
  });
  const inner = loc.path.slice();
  if (a.type === 'array' && typeof inner[0] === 'number') inner[0] += indexShift;
  const path = [...base, ...inner];
  let previousNode: jsonc.Node | undefined;
  if (loc.previousNode) {
    const p = loc.previousNode;
    previousNode = { ...p, offset: p.offset + shift, colonOffset: p.colonOffset === undefined ? undefined : p.colonOffset + shift };
  }
  return { path, previousNode, isAtPropertyKey: loc.isAtPropertyKey, matches: (pattern) => matches(path, pattern) };
}

/**
 * jsonc-parser's `getLocation` keeps "on a property key" from the last event that set it: an object
 * begun (true), a colon after a key (false), a comma between properties (true). This is that value
 * just before element `index` of `array`, from the tree: undefined when nothing set it (false at the
 * start), null when a syntax error nearby makes the tree unsure (the caller then scans).
 */
function staleBefore(doc: LocatableDocument, array: Node, index: number): boolean | null {
  for (let a: Node = array, i = index; ;) {
    for (let j = i - 1; j >= 0; j--) {
      const r = lastAssignIn(doc, a.children![j]);
      if (r !== undefined) return r;
    }
    const parent = a.parent;
    if (!parent) return false;
    if (parent.type === 'property') return false; // the colon before the value
    if (parent.type !== 'array' || !parent.children) return null;
    i = lastChildAtOrBefore(parent.children, a.offset);
    if (parent.children[i] !== a) return null;
    a = parent;
  }
}

/** The last "on a key" value set by the events of `node` (see staleBefore). */
function lastAssignIn(doc: LocatableDocument, node: Node): boolean | null | undefined {
  if (node.type === 'array') {
    for (let j = (node.children?.length ?? 0) - 1; j >= 0; j--) {
      const r = lastAssignIn(doc, node.children![j]);
      if (r !== undefined) return r;
    }
    return undefined;
  }
  if (node.type !== 'object') return undefined;
  const errors = sortedErrorOffsets(doc.syntaxErrors);
  const props = node.children ?? [];
  const last = props[props.length - 1];
  if (errorIn(errors, last ? last.offset : node.offset, node.offset + node.length)) return null;
  // A trailing comma after the last property.
  const scanner = jsonc.createScanner(doc.text.slice(last ? last.offset + last.length : node.offset + 1, node.offset + node.length), false);
  for (let t = scanner.scan(); t !== jsonc.SyntaxKind.EOF; t = scanner.scan()) {
    if (t === jsonc.SyntaxKind.CommaToken) return true;
  }
  if (!last) return true; // the object's begin
  const value = last.children?.[1];
  const r = value ? lastAssignIn(doc, value) : undefined;
  if (r !== undefined) return r;
  return last.colonOffset !== undefined ? false : null;
}

/** jsonc-parser's `Location.matches`. */
function matches(segments: jsonc.JSONPath, pattern: jsonc.JSONPath): boolean {
  let k = 0;
  for (let i = 0; k < pattern.length && i < segments.length; i++) {
    if (pattern[k] === segments[i] || pattern[k] === '*') k++;
    else if (pattern[k] !== '**') return false;
  }
  return k === pattern.length;
}
