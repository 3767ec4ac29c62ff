// Type-aware lint: strict rules where bugs hide (floating promises, misused promises).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**', 'test-results/**', '.stryker-tmp/**', 'reports/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./common/tsconfig.json', './language-service/tsconfig.json', './server/tsconfig.json', './client/tsconfig.json', './cli/tsconfig.json', './scripts/tsconfig.json', './test/tsconfig.json', './test/vscode/tsconfig.json', './test/web/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-template-curly-in-string': 'off',
      // `import fs = require('fs')` for Node's built-ins: esbuild turns `import * as fs` into a copy of
      // every export of the module at start-up (its __toESM), which the CLI's start paid for (PERFORMANCE.md).
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
    },
  },
  {
    // Code that also runs in the web build (a browser worker and the web extension host): no Node
    // globals. setImmediate here once stopped the web server's start-up (workspace scan, settings).
    files: ['language-service/**/*.ts', 'common/**/*.ts', 'server/src/server.ts', 'server/src/extra-handlers.ts', 'server/src/commands.ts', 'server/src/main-web.ts', 'server/src/workspace-files.ts', 'client/src/activation.ts', 'client/src/extension-web.ts', 'client/src/web-files.ts', 'client/src/commands.ts', 'client/src/compare.ts', 'client/src/language.ts', 'client/src/texts.ts'],
    ignores: ['common/hcl-loader.ts'], // Node only: the desktop server loads the HCL parser from disk
    rules: {
      'no-restricted-globals': ['error',
        ...['setImmediate', 'clearImmediate', 'process', 'Buffer', '__dirname', '__filename', 'global'].map((name) => ({ name, message: 'This file also runs in the web build, which has no Node globals.' })),
      ],
    },
  },
);
