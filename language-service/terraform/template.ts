/**
 * Terraform template syntax (`templatefile()`, `data "template_file"`) inside a container-definitions
 * array: `${ expr }` interpolations and `%{ if … }` / `%{ for … }` directives.
 *
 * The JSON tools only see the template after a length-preserving mask, so that every offset in the
 * masked text is the offset in the user's file:
 * - an interpolation outside a JSON string (`"containerPort": ${port}`) becomes a placeholder string of
 *   the same length (`"$port_"`-like): an opaque value, never a wrong one;
 * - an interpolation inside a JSON string keeps its place; quotes and line breaks in its expression
 *   (`"${format("%s", x)}"`) are neutralised so the string stays one string;
 * - a directive outside a string becomes spaces, and the text between `%{ if }` / `%{ for }` and its
 *   `%{ endif }` / `%{ endfor }` is a template region (what Terraform renders there is not known:
 *   syntax errors inside are not reported).
 * `$${` and `%%{` are Terraform's escapes for a literal `${` / `%{`, left as they are.
 *
 * The unquoted interpolations are handed to the document model as template tokens (model/placeholders.ts
 * `TemplateToken`, `filledBy: 'terraform'`): the parsed value gets its text back (`${port}`), so every
 * rule sees the one placeholder model of plain task definitions; only ECS014 (a placeholder outside
 * quotes) and ECS011 (a placeholder to fill in) know that `templatefile()` fills these.
 */
import type { TemplateToken } from '../model/placeholders';

export interface TemplateRegion {
  start: number;
  end: number;
}

export interface MaskedTemplate {
  /** Same length as the input. */
  text: string;
  /** Spans the mask changed (interpolations and directives), in input offsets. */
  masked: TemplateRegion[];
  /** `%{ if }…%{ endif }` and `%{ for }…%{ endfor }` spans (whole, directives included). */
  regions: TemplateRegion[];
  /** The interpolations outside JSON strings, each now a same-length string in `text`. */
  tokens: TemplateToken[];
  /** True when the text has any Terraform template syntax. */
  hasTemplateSyntax: boolean;
}

/** End (exclusive) of the `${…}` / `%{…}` sequence starting at `start` (at the `$`/`%`), HCL strings and nesting respected. */
function sequenceEnd(text: string, start: number): number {
  let depth = 0;
  const n = text.length;
  for (let i = start + 1; i < n; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === '"') {
      // An HCL string inside the expression: skip to its end (escapes respected; nested ${} counted loosely).
      for (i++; i < n; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '"') break;
        else if (text[i] === '\n') break;
      }
    }
  }
  return n;
}

const placeholderChar = (c: string): string => (/[A-Za-z0-9_.]/.test(c) ? c : '_');

/** Masks Terraform template syntax; returns the text unchanged (and no regions) when there is none. */
export function maskTerraformTemplate(text: string): MaskedTemplate {
  if (!text.includes('${') && !text.includes('%{')) return { text, masked: [], regions: [], tokens: [], hasTemplateSyntax: false };
  const out = text.split('');
  const masked: TemplateRegion[] = [];
  const tokens: TemplateToken[] = [];
  const regions: TemplateRegion[] = [];
  const open: number[] = [];
  let inString = false;
  let found = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    const next = text[i + 1];
    if ((c === '$' || c === '%') && next === '{') {
      if (text[i - 1] === c) continue; // `$${` / `%%{`: a literal
      const end = sequenceEnd(text, i);
      found = true;
      masked.push({ start: i, end });
      if (c === '$') {
        if (inString) {
          // Keep `${`…`}`; make the expression harmless inside the JSON string.
          for (let k = i + 2; k < end - 1; k++) if (text[k] === '"' || text[k] === '\n' || text[k] === '\r' || text[k] === '\\') out[k] = '_';
        } else if (end - i >= 4 && text[end - 1] === '}') {
          // `${expr}` (length L) → `"$expr"` (length L): a placeholder string.
          out[i] = '"';
          out[i + 1] = '$';
          for (let k = i + 2; k < end - 1; k++) out[k] = placeholderChar(text[k]);
          out[end - 1] = '"';
          tokens.push({ offset: i, length: end - i, text: text.slice(i, end), filledBy: 'terraform' });
        } else if (end - i === 3) {
          out[i] = '"';
          out[i + 1] = 'x';
          out[i + 2] = '"';
          tokens.push({ offset: i, length: 3, text: '${}', filledBy: 'terraform' });
        }
      } else {
        const body = text.slice(i + 2, end - 1).replace(/^~?\s*/, '');
        const keyword = /^[a-z]+/.exec(body)?.[0];
        if (keyword === 'if' || keyword === 'for') open.push(i);
        else if ((keyword === 'endif' || keyword === 'endfor') && open.length) regions.push({ start: open.pop()!, end });
        if (inString) {
          for (let k = i + 2; k < end - 1; k++) if (text[k] === '"' || text[k] === '\n' || text[k] === '\r' || text[k] === '\\') out[k] = '_';
        } else {
          for (let k = i; k < end; k++) if (text[k] !== '\n' && text[k] !== '\r') out[k] = ' ';
        }
      }
      i = end - 1;
      continue;
    }
    if (c === '"') inString = !inString;
    else if (inString && c === '\\') i++;
    else if (inString && (c === '\n' || c === '\r')) inString = false;
  }
  // An unclosed `%{ if }` makes the rest of the file a region.
  for (const s of open) regions.push({ start: s, end: n });
  return { text: found ? out.join('') : text, masked, regions, tokens, hasTemplateSyntax: found };
}

/** A value with its Terraform interpolations taken out (`$${` escapes kept): what is left once `templatefile()` has rendered it, as far as placeholders go. */
export function withoutInterpolations(value: string): string {
  return value.includes('${') ? value.replace(/(?<!\$)\$\{[^}\n]*\}/g, '') : value;
}
