/**
 * Loads the HCL parser (web-tree-sitter + tree-sitter's HCL grammar, both WebAssembly) the first
 * time a container-definitions array needs its Terraform module; never at start-up. Node only (the
 * server and the CLI): the files are read with `fs`. A web build would hand the same bytes to
 * `createHclParser` from its extension's URI.
 *
 * In the bundled extension the files sit in `dist/tree-sitter/` (copied by scripts/build.mjs, kept out
 * of the bundle); from a clone (tests) they are found in node_modules.
 */
import fs = require('fs');
import path = require('path');
import type { HclParser } from './hcl-types';

interface TreeSitterModule {
  Parser: { init(options?: object): Promise<void>; new (): { setLanguage(l: unknown): void; parse(text: string): unknown } };
  Language: { load(bytes: Uint8Array): Promise<unknown> };
}

let loading: Promise<HclParser | undefined> | undefined;

function locate(): { module: string; runtime: string; grammar: string } | undefined {
  const bundled = path.join(__dirname, 'tree-sitter');
  if (fs.existsSync(path.join(bundled, 'web-tree-sitter.cjs'))) {
    return { module: path.join(bundled, 'web-tree-sitter.cjs'), runtime: path.join(bundled, 'web-tree-sitter.wasm'), grammar: path.join(bundled, 'tree-sitter-hcl.wasm') };
  }
  try {
    const mod = require.resolve('web-tree-sitter');
    const grammarPkg = require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json');
    return { module: mod, runtime: path.join(path.dirname(mod), 'web-tree-sitter.wasm'), grammar: path.join(path.dirname(grammarPkg), 'tree-sitter-hcl.wasm') };
  } catch {
    return undefined;
  }
}

/** Builds a parser from the two WebAssembly files' bytes. */
export async function createHclParser(ts: TreeSitterModule, runtime: Uint8Array, grammar: Uint8Array): Promise<HclParser> {
  await ts.Parser.init({ wasmBinary: runtime });
  const language = await ts.Language.load(grammar);
  const parser = new ts.Parser();
  parser.setLanguage(language);
  return { parse: (text: string) => parser.parse(text) as ReturnType<HclParser['parse']> };
}

/** The HCL parser, loaded once; undefined when its files are missing (then arrays are checked without Terraform context). */
export function loadHclParser(onError?: (e: unknown) => void): Promise<HclParser | undefined> {
  loading ??= (async () => {
    const where = locate();
    if (!where) return undefined;
    // A path known only at run time: the bundler leaves this require alone.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ts = require(where.module) as TreeSitterModule;
    return createHclParser(ts, fs.readFileSync(where.runtime), fs.readFileSync(where.grammar));
  })().catch((e: unknown) => {
    onError?.(e);
    return undefined;
  });
  return loading;
}

const MAX_TF_FILES = 50;
const MAX_TF_SIZE = 1024 * 1024;

/**
 * The `.tf` files of an array's module: the array's folder and, when the array sits in a
 * `templates/`-like subfolder, the folder above. Read with Node's `fs` (a web build would use the
 * client's `workspace.fs`).
 */
export function readModuleTfFiles(arrayPath: string): Array<{ path: string; text: string }> {
  const dir = path.dirname(arrayPath);
  const out: Array<{ path: string; text: string }> = [];
  for (const d of [dir, path.dirname(dir)]) {
    let names: string[];
    try {
      names = fs.readdirSync(d).filter((n) => n.endsWith('.tf')).sort();
    } catch {
      continue;
    }
    for (const n of names) {
      if (out.length >= MAX_TF_FILES) break;
      const p = path.join(d, n);
      try {
        if (fs.statSync(p).size > MAX_TF_SIZE) continue;
        out.push({ path: p, text: fs.readFileSync(p, 'utf8') });
      } catch { /* unreadable: skipped */ }
    }
    if (out.length && d === dir) break; // the module is the array's own folder
    if (d === path.dirname(d)) break;
  }
  return out;
}
