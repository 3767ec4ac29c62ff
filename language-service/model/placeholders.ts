/**
 * Template placeholders seen in real task definitions, filled in by a deploy step (envsubst, sed,
 * ecspresso, GitHub Actions, CodePipeline/CodeDeploy, Terraform `templatefile`, Octopus, Jenkins...).
 * A value holding one is a template, not a mistake: it is an unknown value for every rule.
 *
 * Styles (each with a fixture in test/unit/placeholders.test.ts):
 * - `${VAR}`, `$VAR`, `$$$VAR$$$`                        envsubst, shells, Terraform
 * - `{{ var }}`, `{{.Var}}`, `{{ must_env "X" }}`        Helm-like tools, Go templates, ecspresso
 * - `<ACCOUNT_ID>`, `<your account id>`                  CodeDeploy `<IMAGE1_NAME>`, docs
 * - `[account id]`, `{INSERT ticket/issue ID}`, `{your-id}` hand-filled
 * - `__TASK_CPU__`, `#{Token}#`, `@@VAR@@`, `@VAR@`, `%VAR%` replace-token tasks, Octopus, Jenkins
 * - `REPLACE_ME_*`, `CHANGEME`, `..._PLACEHOLDER`, `XXXXXXXXXXXX`, `YOUR_...`, `ACCOUNT_ID`
 * - constant-case tokens such as `IMAGE1_NAME`, `REPOSITORY_URI:TAG`, `arn:...:AWS_ACCOUNT_ID:...`
 *
 * Users add their own styles with the `ecsTaskDefinition.placeholderPatterns` setting or the CLI's
 * `--placeholder REGEX`.
 */

/** Delimited styles: unambiguous wherever they appear in a value. */
const STRONG: RegExp[] = [
  /\$\{[^}\n]*\}/, // ${VAR}, ${var:-default}
  /\$\$\$[A-Za-z0-9_]+\$\$\$/, // $$$VAR$$$
  /\$[A-Za-z_][A-Za-z0-9_]*/, // $VAR
  /\{\{[^\n]*?\}\}/, // {{ var }}, {{.Var}}, {{ must_env `X` }}
  /<[A-Za-z][^<>\n]*>/, // <VAR>, <your account id>
  /\[[A-Za-z][A-Za-z0-9 _./-]*\]/, // [account id]
  /\{[A-Za-z][A-Za-z0-9 _./-]*\}/, // {your-account-id}, {INSERT ticket/issue ID}
  /#\{[^}\n]*\}#?/, // #{Octopus}, #{Token}#
  /%[A-Za-z_][A-Za-z0-9_]*%/, // %VAR%
  /@@?[A-Za-z_][A-Za-z0-9_]*@@?/, // @@VAR@@, @VERSION@ (checked below: both sides alike)
  /__[A-Za-z][A-Za-z0-9_]*?__/, // __TASK_CPU__
  /X{4,}/, // XXXXXXXXXXXX
  /\b(?:ACCOUNT_?ID|AWS_ACCOUNT_ID|aws_account_id|account_id|REGION_NAME|YOUR_[A-Z_]+|your[-_][a-z_-]+)\b/,
  /CHANGE_?ME/i,
  /PLACEHOLDER/,
  /\b(?:REPLACE|TODO|FIXME)(?:_[A-Z0-9_]+)?\b/,
];

/**
 * A constant-case token with an underscore (`IMAGE1_NAME`, `TASK_FAMILY`, `AWS_ACCOUNT_ID`), standing
 * alone or between separators (`REPOSITORY_URI:TAG`, `/ecs/TASK_FAMILY`). Real values rarely look so;
 * where they may (enum fields: `ARM_64` is a typo of `ARM64`), the validator asks {@link nearMiss}.
 */
const CONSTANT = /(?:^|[^A-Za-z0-9_])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?![A-Za-z0-9_])/;

/**
 * `@X@` and `@@X@@` only when both sides match (`@@X@` is no style). The pattern already ends with an
 * at sign and holds a name between them.
 */
function atSignOk(m: RegExpExecArray): boolean {
  return m[0].startsWith('@@') === m[0].endsWith('@@');
}

export class Placeholders {
  private readonly extra: RegExp[];
  /** The user's patterns, anchored where the scanner stands (for tokens outside quotes). */
  private readonly sticky: RegExp[] = [];
  readonly key: string;

  constructor(userPatterns: readonly string[] = []) {
    this.extra = [];
    for (const p of userPatterns) {
      if (typeof p !== 'string' || !p) continue;
      try {
        this.extra.push(new RegExp(p));
        this.sticky.push(new RegExp(p, 'y'));
      } catch {
        // A pattern that does not compile is left out.
      }
    }
    this.key = userPatterns.join('\u0000');
  }

  /** The placeholder text inside a value, or undefined when the value holds none. */
  find(value: string): string | undefined {
    const p = this.findDelimited(value);
    if (p !== undefined) return p;
    const c = CONSTANT.exec(value);
    return c ? c[1] : undefined;
  }

  /** Like {@link find}, without the bare constant-case tokens (`IMAGE1_NAME`, `TASK_FAMILY`). */
  findDelimited(value: string): string | undefined {
    if (!value) return undefined;
    for (const re of this.extra) {
      const m = re.exec(value);
      if (m && m[0]) return m[0];
    }
    for (const re of STRONG) {
      const m = re.exec(value);
      if (m && (m[0][0] !== '@' || atSignOk(m))) return m[0];
    }
    return undefined;
  }

  /** The length of a user-pattern match starting exactly at `offset`, or 0. */
  userMatchAt(text: string, offset: number): number {
    for (const re of this.sticky) {
      re.lastIndex = offset;
      const m = re.exec(text);
      if (m && m[0].length > 0 && !m[0].includes('\n')) return m[0].length;
    }
    return 0;
  }

  test(value: string): boolean {
    return this.find(value) !== undefined;
  }

  /**
   * A placeholder-looking value that is rather a typo of an allowed value (`ARM_64` for `ARM64`,
   * `AWS_VPC` for `awsvpc`): only delimited styles count as placeholders in an enum field.
   */
  testForEnum(value: string, allowed: readonly unknown[]): boolean {
    if (this.findDelimited(value) !== undefined) return true;
    if (!CONSTANT.test(value)) return false;
    return !allowed.some((a) => typeof a === 'string' && squash(a) === squash(value));
  }
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[-_\s]/g, '');
}

export const DEFAULT_PLACEHOLDERS = new Placeholders();

/**
 * The placeholders of the document being checked. Rules run synchronously, one document at a time:
 * the language service sets the document's placeholders (built-in + the user's patterns) around a run.
 */
let current: Placeholders = DEFAULT_PLACEHOLDERS;

export function withPlaceholders<T>(p: Placeholders | undefined, fn: () => T): T {
  const saved = current;
  current = p ?? DEFAULT_PLACEHOLDERS;
  try {
    return fn();
  } finally {
    current = saved;
  }
}

export function isPlaceholder(value: string): boolean {
  return current.test(value);
}

/** The placeholder text inside a value, for messages. */
export function placeholderIn(value: string): string | undefined {
  return current.find(value);
}

export function currentPlaceholders(): Placeholders {
  return current;
}

/** A token outside quotes that a template engine replaces: `${PORT}`, `{{ command }}`, `$ENVOY_JSON`, `IMAGE1_NAME`. */
export interface TemplateToken {
  offset: number;
  length: number;
  text: string;
  /**
   * Set when the engine that renders the file fills the token in and the file is meant to be used
   * through it: a Terraform interpolation in a `templatefile()` template. Such a token is a template
   * part, not a placeholder left outside quotes (no ECS014, no ECS011).
   */
  filledBy?: 'terraform';
}

/** Starts of unquoted tokens: a delimited style, or a bare identifier (checked after the match). */
const UNQUOTED_START = /\$\{[^}\n]*\}|\$\$\$[A-Za-z0-9_]+\$\$\$|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[^\n]*?\}\}|<[A-Za-z][^<>\n"]*>|#\{[^}\n]*\}#?|%[A-Za-z_][A-Za-z0-9_]*%|@@?[A-Za-z_][A-Za-z0-9_]*@@?|__[A-Za-z][A-Za-z0-9_]*?__|[A-Za-z_][A-Za-z0-9_]*/y;
/** What may continue a token after its first part (`${A}-${B}`, `$X:latest`): anything but JSON's own separators. */
const TOKEN_TAIL = /[^\s,\]}"]*/y;

/**
 * Unquoted placeholders at value positions (after `:`, `[` or `,` in an array), found with a small
 * scanner that skips strings and comments. JSON's own literals (`true`, `false`, `null`, numbers)
 * are not tokens; a bare word counts only when the placeholders recognise it (`IMAGE1_NAME`, `ROLE_ARN`,
 * a user pattern), so a typo such as `ture` stays a syntax error.
 */
export function unquotedTokens(text: string, p: Placeholders = DEFAULT_PLACEHOLDERS): TemplateToken[] {
  const out: TemplateToken[] = [];
  const n = text.length;
  // Whether the next non-blank character starts a value: after `:`, `[`, or `,` inside an array.
  let expectValue = true;
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    if (c === 34 /* " */) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34 || d === 10 || d === 13) break;
      }
      expectValue = false;
      continue;
    }
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (expectValue && c === 123 && text.charCodeAt(i + 1) === 123) {
        // `{{ ... }}` where a value goes: a template token, not an object.
      } else {
        stack.push(c);
        expectValue = c === 91;
        continue;
      }
    } else if (c === 125 || c === 93) {
      stack.pop();
      expectValue = false;
      continue;
    } else if (c === 58 /* : */) {
      expectValue = true;
      continue;
    } else if (c === 44 /* , */) {
      expectValue = stack[stack.length - 1] === 91;
      continue;
    }
    if (!expectValue) continue;
    expectValue = false;
    // A JSON literal or number: not a token.
    if (c === 45 || (c >= 48 && c <= 57)) continue;
    const user = p.userMatchAt(text, i);
    UNQUOTED_START.lastIndex = i;
    const m = user ? [text.slice(i, i + user)] : UNQUOTED_START.exec(text);
    if (!m) continue;
    let end = i + m[0].length;
    TOKEN_TAIL.lastIndex = end;
    const tail = TOKEN_TAIL.exec(text);
    if (tail) end += tail[0].length;
    const tok = text.slice(i, end);
    if (/^(?:true|false|null)$/.test(tok)) continue;
    // A bare word: a placeholder when all capitals (`FAMILY`, `ROLE_ARN`) or when the styles say so;
    // a lowercase word (`ture`, `nul`) is a typo, left to the syntax error.
    const bare = !user && /^[A-Za-z_][A-Za-z0-9_]*$/.test(m[0]);
    if (bare && !/^[A-Z][A-Z0-9_]+$/.test(tok) && !p.test(tok)) continue;
    if (tok.length < 2) continue;
    out.push({ offset: i, length: tok.length, text: tok });
    i = end - 1;
  }
  return out;
}

/**
 * The text with each token replaced by a string of the same length (`${PORT}` → `"{PORT"`), so the
 * parser sees a value and every offset stays right. The parsed string nodes get their token back.
 */
export function substituteTokens(text: string, tokens: readonly TemplateToken[]): string {
  if (!tokens.length) return text;
  let out = '';
  let at = 0;
  for (const t of tokens) {
    let inner = '';
    // Quotes, backslashes and control characters would end or break the string: same-length stand-ins.
    for (const ch of t.text.slice(1, -1)) inner += ch === '"' || ch === '\\' || ch.charCodeAt(0) < 32 ? '_' : ch;
    out += text.slice(at, t.offset) + '"' + inner + '"';
    at = t.offset + t.length;
  }
  return out + text.slice(at);
}
