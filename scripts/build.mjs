// Bundles the client and the server with esbuild: the .vsix then carries no node_modules.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow: prefer "module".
  mainFields: ['module', 'main'] };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js' }),
]);
