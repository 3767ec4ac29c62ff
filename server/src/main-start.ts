/**
 * The Node server's start-up bundle (dist/server-start.js, started by bin/ecs-taskdef-ls.js): it
 * answers `initialize`, then requires the language service and the commands from
 * dist/server-language-service.js (scripts/build.mjs makes `./lazy` that file).
 */
import * as lspTypes from 'vscode-languageserver-types';
import * as lspTextDocument from 'vscode-languageserver-textdocument';
import { startNodeServer } from './node-main';

// The libraries dist/server-language-service.js takes from this bundle instead of carrying copies.
(globalThis as Record<symbol, unknown>)[Symbol.for('ecs-taskdef-ls.shared')] = { 'vscode-languageserver-types': lspTypes, 'vscode-languageserver-textdocument': lspTextDocument };

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a file of its own, loaded after `initialize`
startNodeServer(() => require('./lazy') as typeof import('./lazy'));
