/**
 * A small reader of the snippet syntax shared by VS Code and LSP (`$1`, `${1:default}`,
 * `${1|a,b|}`, `$0`, escapes `\$ \} \\`). It expands a snippet with its default values, as an editor
 * does when the user accepts every placeholder: tests use it to prove each snippet validates, and
 * the catalogue uses it to preview a snippet in the completion documentation.
 */

type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: SnippetNode[] | undefined }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: SnippetNode[] | undefined };

class Reader {
  pos = 0;
  constructor(readonly text: string) {}
  peek(): string {
    return this.text[this.pos] ?? '';
  }
  eof(): boolean {
    return this.pos >= this.text.length;
  }
}

/** Parses until `stop` (a `}` closing a placeholder) or the end. */
function parseSequence(r: Reader, inPlaceholder: boolean): SnippetNode[] {
  const out: SnippetNode[] = [];
  let text = '';
  const flush = (): void => {
    if (text) out.push({ kind: 'text', value: text });
    text = '';
  };
  while (!r.eof()) {
    const c = r.peek();
    if (c === '\\') {
      const n = r.text[r.pos + 1];
      if (n === '$' || n === '}' || n === '\\') {
        text += n;
        r.pos += 2;
        continue;
      }
      text += c;
      r.pos++;
      continue;
    }
    if (c === '}' && inPlaceholder) break;
    if (c === '$') {
      const node = parseDollar(r);
      if (node) {
        flush();
        out.push(node);
        continue;
      }
      text += '$';
      r.pos++;
      continue;
    }
    text += c;
    r.pos++;
  }
  flush();
  return out;
}

function parseDollar(r: Reader): SnippetNode | undefined {
  const start = r.pos;
  const rest = r.text.slice(r.pos);
  let m = /^\$(\d+)/.exec(rest);
  if (m) {
    r.pos += m[0].length;
    return { kind: 'tabstop', index: Number(m[1]), children: undefined };
  }
  m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
  if (m) {
    r.pos += m[0].length;
    return { kind: 'variable', name: m[1], children: undefined };
  }
  m = /^\$\{(\d+)\}/.exec(rest);
  if (m) {
    r.pos += m[0].length;
    return { kind: 'tabstop', index: Number(m[1]), children: undefined };
  }
  m = /^\$\{(\d+)\|/.exec(rest);
  if (m) {
    r.pos += m[0].length;
    const options: string[] = [];
    let cur = '';
    while (!r.eof()) {
      const c = r.peek();
      if (c === '\\' && /[,|\\$}]/.test(r.text[r.pos + 1] ?? '')) {
        cur += r.text[r.pos + 1];
        r.pos += 2;
      } else if (c === ',') {
        options.push(cur);
        cur = '';
        r.pos++;
      } else if (c === '|' && r.text[r.pos + 1] === '}') {
        options.push(cur);
        r.pos += 2;
        return { kind: 'choice', index: Number(m[1]), options };
      } else {
        cur += c;
        r.pos++;
      }
    }
    r.pos = start;
    return undefined;
  }
  m = /^\$\{(\d+):/.exec(rest);
  if (m) {
    r.pos += m[0].length;
    const children = parseSequence(r, true);
    if (r.peek() !== '}') {
      r.pos = start;
      return undefined;
    }
    r.pos++;
    return { kind: 'tabstop', index: Number(m[1]), children };
  }
  m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?)/.exec(rest);
  if (m) {
    r.pos += m[0].length;
    const children = m[2] ? parseSequence(r, true) : undefined;
    if (r.peek() !== '}') {
      r.pos = start;
      return undefined;
    }
    r.pos++;
    return { kind: 'variable', name: m[1], children };
  }
  return undefined;
}

export function parseSnippet(body: string): SnippetNode[] {
  return parseSequence(new Reader(body), false);
}

/** Tab stop indexes used by a snippet, in order of first appearance (for tests: "puts tab stops on..."). */
export function tabStops(body: string): number[] {
  const seen: number[] = [];
  const walk = (nodes: SnippetNode[]): void => {
    for (const n of nodes) {
      if ((n.kind === 'tabstop' || n.kind === 'choice') && !seen.includes(n.index)) seen.push(n.index);
      if ((n.kind === 'tabstop' || n.kind === 'variable') && n.children) walk(n.children);
    }
  };
  walk(parseSnippet(body));
  return seen;
}

/**
 * The text an editor produces when every placeholder keeps its default: `${1:x}` → `x`, `${1|a,b|}` →
 * `a`, a bare `$1` mirrors the default of another `${1:...}`, `$0` → nothing. Variables expand to their
 * default (or nothing).
 */
export function expandSnippet(body: string): string {
  const nodes = parseSnippet(body);
  const defaults = new Map<number, string>();
  const collect = (list: SnippetNode[]): void => {
    for (const n of list) {
      if (n.kind === 'choice' && !defaults.has(n.index)) defaults.set(n.index, n.options[0] ?? '');
      if (n.kind === 'tabstop' && n.children) {
        collect(n.children);
        if (!defaults.has(n.index)) defaults.set(n.index, render(n.children));
      }
      if (n.kind === 'variable' && n.children) collect(n.children);
    }
  };
  const render = (list: SnippetNode[]): string =>
    list
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'choice':
            return defaults.get(n.index) ?? n.options[0] ?? '';
          case 'tabstop':
            return defaults.get(n.index) ?? (n.children ? render(n.children) : '');
          case 'variable':
            return n.children ? render(n.children) : '';
        }
      })
      .join('');
  collect(nodes);
  return render(nodes);
}

/** Escapes literal text for a snippet body. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}
