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

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [lazyFieldDocs] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', plugins: [lazyFieldDocs] }),
  esbuild.build({ ...common, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js', plugins: [lazyFieldDocs] }),
  esbuild.build({ ...common, entryPoints: FIELD_DOCS.map((f) => ({ in: `language-service/field-docs/${f}.ts`, out: f })), outdir: 'dist/field-docs' }),
  // The web extension (vscode.dev, github.dev): the client in the browser extension host, the
  // server in a web worker. Same sources; a Node built-in reaching these bundles fails the build.
  esbuild.build({ ...web, entryPoints: ['client/src/extension-web.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] }),
  esbuild.build({ ...web, entryPoints: ['server/src/main-web.ts'], outfile: 'dist/web/server.js', format: 'iife' }),
]);

// V8's code caches of the CLI and of the server's start-up (bin/cached-require.js): `ecs-taskdef check`
// then starts without compiling the bundle, and the server answers `initialize` without compiling it.
// Made with this Node.js; another one ignores them. A failure only costs speed.
for (const [bundle, writer, what] of [['dist/cli.js', 'scripts/write-code-cache.cjs', 'the CLI'], ['dist/server.js', 'scripts/write-server-code-cache.cjs', 'the server']]) {
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
