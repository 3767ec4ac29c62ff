import { CodeActionKind } from 'vscode-languageserver-types';

/**
 * The code action kind of "fix all ECS problems". Its own small module: the server announces it in
 * its capabilities before it loads the language service (server/src/server.ts).
 */
export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.ecsTaskDefinition';
