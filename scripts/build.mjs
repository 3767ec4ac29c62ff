// Bundles the client, the server and the CLI with esbuild: the .vsix then carries no node_modules.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as esbuild from 'esbuild';
import * as path from 'path';
import { createRequire } from 'module';

const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow: prefer "module".
  mainFields: ['module', 'main'] };

const web = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'],
  // picomatch's entry looks at process.platform; its posix build needs nothing from Node.
  alias: { picomatch: 'picomatch/posix' },
  // secretlint's detector preset (ECS607) imports node:path (a base name) and node:fs (a .p12 file);
  // neither is reached when scanning values: small shims, scripts/web-shims/.
  plugins: [{
    name: 'node-shims',
    setup(build) {
      build.onResolve({ filter: /^node:(path|fs)$/ }, (a) => ({ path: new URL(`./web-shims/node-${a.path.slice(5)}.mjs`, import.meta.url).pathname }));
    },
  }] };

// The field docs (most of the code by size) stay separate files, required on first use by
// language-service/field-docs/index.ts: starting the server or the CLI neither reads nor compiles them.
const FIELD_DOCS = ['task-definition', 'container-definition-a', 'container-definition-b', 'service-definition'];
const lazyFieldDocs = {
  name: 'lazy-field-docs',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^\\./(${FIELD_DOCS.join('|')})$`) }, (args) =>
      /[\\/]language-service[\\/]field-docs[\\/]index\.ts$/.test(args.importer) ? { path: `./field-docs/${args.path.slice(2)}.js`, external: true } : undefined);
  },
};

// The Node server is built twice. dist/server.js, one file, is the one in the .vsix (VS Code starts
// it with its own Node.js). For bin/ecs-taskdef-ls.js (Neovim, Helix, any editor that starts the
// server with Node.js), the same server in two files: dist/server-start.js answers `initialize` and
// loads the language service and the commands (server/src/lazy.ts) from
// dist/server-language-service.js afterwards, so that a start reads and compiles only the protocol's
// code (from a code cache, below). The second file takes the two libraries both use from the first
// (set by server/src/main-start.ts) instead of carrying copies. Split, the .vsix would be about 4 KB larger
// (two files compress less well than one): over its 1 MB budget. The web build keeps one bundle.
const lazyServer = {
  name: 'lazy-server',
  setup(build) {
    build.onResolve({ filter: /^\.\/lazy$/ }, (args) => (/[\\/]server[\\/]src[\\/]main-start\.ts$/.test(args.importer) ? { path: './server-language-service.js', external: true } : undefined));
  },
};
// vscode-languageserver and vscode-jsonrpc require `crypto` (a random name for a named pipe) and
// `child_process` (resolving global node modules) when they load; the server over stdio or IPC uses
// neither, and loading `crypto` was a large part of the start-up. Both are loaded on first use instead.
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(crypto|child_process)$/ }, (args) => ({ path: args.path, namespace: 'lazy-builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m; const load = () => (m ??= require('node:${args.path}'));
module.exports = new Proxy({}, {
  get: (_, k) => load()[k],
  has: (_, k) => k in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, k) => { const d = Reflect.getOwnPropertyDescriptor(load(), k); return d && { ...d, configurable: true }; },
});`,
      loader: 'js',
    }));
  },
};
// jsonc-parser's table of indented line breaks, built on first use (scripts/bundle-shims/jsonc-string-intern.ts).
// Only for the version the shim was written from: another version bundles its own file.
const JSONC_VERSION = createRequire(import.meta.url)('jsonc-parser/package.json').version;
const lazyJsoncStrings = {
  name: 'lazy-jsonc-strings',
  setup(build) {
    if (!/^3\.3\./.test(JSONC_VERSION)) return;
    build.onResolve({ filter: /^\.\/string-intern$/ }, (args) =>
      /[\\/]jsonc-parser[\\/]lib[\\/]esm[\\/]impl$/.test(args.resolveDir) ? { path: new URL('./bundle-shims/jsonc-string-intern.ts', import.meta.url).pathname } : undefined);
  },
};
// vscode-languageserver-types has an ES module (for `import`) and a UMD build (for `require`, which
// vscode-languageserver-protocol and vscode-languageclient use): bundles held both copies (28 KB more in
// the server's start bundle, read and loaded at every start). Every `require` of it takes the ES module too.
const LSP_TYPES_ESM = path.join(path.dirname(createRequire(import.meta.url).resolve('vscode-languageserver-types')), '..', 'esm', 'main.js');
const oneLspTypes = {
  name: 'one-lsp-types',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver-types$/ }, (args) => (args.kind === 'require-call' ? { path: LSP_TYPES_ESM } : undefined));
  },
};
const SHARED = ['vscode-languageserver-types', 'vscode-languageserver-textdocument'];
const sharedFromServer = {
  name: 'shared-from-server',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${SHARED.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'shared-from-server' }));
    build.onLoad({ filter: /.*/, namespace: 'shared-from-server' }, (args) => ({
      contents: `const s = globalThis[Symbol.for('ecs-taskdef-ls.shared')]; if (!s) throw new Error('server-language-service.js is loaded by server.js'); module.exports = s[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [lazyFieldDocs, lazyJsoncStrings, oneLspTypes] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', plugins: [lazyFieldDocs, lazyBuiltins, lazyJsoncStrings, oneLspTypes] }),
  // Minified in every build, as the CLI below: a start reads the whole file (and plain ASCII, once the
  // comments are gone, is read without decoding: bin/cached-require.js).
  esbuild.build({ ...common, entryPoints: ['server/src/main-start.ts'], outfile: 'dist/server-start.js', minify: true, plugins: [lazyFieldDocs, lazyServer, lazyBuiltins, lazyJsoncStrings, oneLspTypes] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lazy.ts'], outfile: 'dist/server-language-service.js', minify: true, plugins: [lazyFieldDocs, sharedFromServer, lazyJsoncStrings] }),
  // The CLI is minified in every build (its source map keeps stack traces readable): a start of
  // `ecs-taskdef check` reads the whole bundle, and on this path each megabyte costs about 4 ms (docs/PERFORMANCE.md).
  esbuild.build({ ...common, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js', minify: true, plugins: [lazyFieldDocs, lazyJsoncStrings, oneLspTypes] }),
  esbuild.build({ ...common, entryPoints: FIELD_DOCS.map((f) => ({ in: `language-service/field-docs/${f}.ts`, out: f })), outdir: 'dist/field-docs' }),
  // The web extension (vscode.dev, github.dev): the client in the browser extension host, the
  // server in a web worker. Same sources; a Node built-in reaching these bundles fails the build.
  esbuild.build({ ...web, entryPoints: ['client/src/extension-web.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'], plugins: [...web.plugins, lazyJsoncStrings] }),
  esbuild.build({ ...web, entryPoints: ['server/src/main-web.ts'], outfile: 'dist/web/server.js', format: 'iife', plugins: [...web.plugins, lazyJsoncStrings] }),
]);

// V8's code caches of the CLI and of the server's start-up (bin/cached-require.js): `ecs-taskdef check`
// then starts without compiling the bundle, and bin/ecs-taskdef-ls.js answers `initialize` without
// compiling dist/server-start.js.
// Made with this Node.js; another one ignores them. A failure only costs speed.
fs.rmSync('dist/server.js.cache', { force: true }); // made by an earlier build (the server's cache is dist/server-start.js.cache)
for (const [bundle, writer, what] of [['dist/cli.js', 'scripts/write-code-cache.cjs', 'the CLI'], ['dist/server-start.js', 'scripts/write-server-code-cache.cjs', 'the server']]) {
  fs.rmSync(`${bundle}.cache`, { force: true });
  const cache = spawnSync(process.execPath, [writer], { encoding: 'utf8' });
  if (cache.status !== 0) console.warn(`build: no code cache for ${what} (${(cache.stderr || cache.error?.message || '').trim().split('\n')[0]})`);
}
// The HCL parser for Terraform files (web-tree-sitter + tree-sitter's HCL grammar) stays out of the
// bundles: the server and the CLI load it from dist/tree-sitter/ only when a container-definitions
// array has .tf files beside it (common/hcl-loader.ts).
const require = createRequire(import.meta.url);
const treeSitter = path.dirname(require.resolve('web-tree-sitter'));
const grammar = path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json'));
fs.mkdirSync('dist/tree-sitter', { recursive: true });
for (const [from, to] of [
  [path.join(treeSitter, 'web-tree-sitter.cjs'), 'web-tree-sitter.cjs'],
  [path.join(treeSitter, 'web-tree-sitter.wasm'), 'web-tree-sitter.wasm'],
  [path.join(treeSitter, 'LICENSE'), 'LICENSE.web-tree-sitter'],
  [path.join(grammar, 'tree-sitter-hcl.wasm'), 'tree-sitter-hcl.wasm'],
  [path.join(grammar, 'LICENSE'), 'LICENSE.tree-sitter-hcl'],
]) fs.copyFileSync(from, path.join('dist/tree-sitter', to));
// Minified in the .vsix (about 12 KB less, compressed): the package stays under its 1 MB budget.
if (production) {
  const file = path.join('dist/tree-sitter', 'web-tree-sitter.cjs');
  fs.writeFileSync(file, esbuild.transformSync(fs.readFileSync(file, 'utf8'), { minify: true, format: 'cjs', platform: 'node', target: 'node18', legalComments: 'none' }).code);
}
