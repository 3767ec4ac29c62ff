// Bundles the client and the server with esbuild: the .vsix then carries no node_modules.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow: prefer "module".
  mainFields: ['module', 'main'] };

const web = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'],
  // picomatch's entry looks at process.platform; its posix build needs nothing from Node.
  alias: { picomatch: 'picomatch/posix' } };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js' }),
  // The web extension (vscode.dev, github.dev): the client in the browser extension host, the
  // server in a web worker. Same sources; a Node built-in reaching these bundles fails the build.
  esbuild.build({ ...web, entryPoints: ['client/src/extension-web.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] }),
  esbuild.build({ ...web, entryPoints: ['server/src/main-web.ts'], outfile: 'dist/web/server.js', format: 'iife' }),
]);
