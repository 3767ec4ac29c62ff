/** Which files to check: explicit paths, folders (walked) and globs (expanded here, so quoting them works on every shell). */
import fs = require('fs');
import path = require('path');
import picomatch from 'picomatch';

export interface Input {
  /** Absolute path. */
  path: string;
  /** Named on the command line (a skipped one gets a note); otherwise found in a folder or by a glob. */
  explicit: boolean;
}

export interface Collected {
  inputs: Input[];
  /** Paths that do not exist. */
  missing: string[];
  /** Globs that matched no file. */
  emptyGlobs: string[];
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** JSON files, and the templates Terraform renders into container definitions (checked when their content is an array). */
const JSON_FILE = /\.(?:jsonc?|tpl|tftpl)$/i;

/** Every file under `dir` (skipping node_modules and .git, not following symbolic links to folders). */
export function walk(dir: string, accept: (file: string) => boolean, out: string[] = []): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name)) walk(full, accept, out);
    } else if (e.isFile() || (e.isSymbolicLink() && isFile(full))) {
      if (accept(full)) out.push(full);
    }
  }
  return out;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Expands the command-line arguments; with none, every JSON file under `cwd`. */
export function collectFiles(args: readonly string[], cwd: string): Collected {
  const result: Collected = { inputs: [], missing: [], emptyGlobs: [] };
  const seen = new Set<string>();
  const add = (p: string, explicit: boolean): void => {
    if (seen.has(p)) return;
    seen.add(p);
    result.inputs.push({ path: p, explicit });
  };
  const isJson = (f: string): boolean => JSON_FILE.test(f);
  if (!args.length) {
    for (const f of walk(cwd, isJson)) add(f, false);
    return result;
  }
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    const stat = fs.statSync(abs, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      for (const f of walk(abs, isJson)) add(f, false);
      continue;
    }
    if (stat) {
      add(abs, true);
      continue;
    }
    const scan = picomatch.scan(toPosix(arg));
    if (!scan.isGlob) {
      result.missing.push(arg);
      continue;
    }
    const base = path.resolve(cwd, scan.base || '.');
    const match = picomatch(scan.glob, { dot: false });
    const found = walk(base, (f) => match(toPosix(path.relative(base, f))));
    if (!found.length) result.emptyGlobs.push(arg);
    for (const f of found) add(f, false);
  }
  return result;
}

/** The path to show: relative to `cwd` when inside it, else absolute; always with forward slashes. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return toPosix(rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs);
}
