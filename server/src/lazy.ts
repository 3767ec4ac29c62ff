/**
 * What the server loads after answering `initialize` (server.ts, extra-handlers.ts): the language
 * service and the commands. The Node build makes it a file of its own (dist/server-language-service.js,
 * scripts/build.mjs), so that the start-up reads and compiles only the protocol's code; the web
 * build keeps it in its one bundle.
 */
export { EcsLanguageService, RenameError } from '../../language-service';
export { executeCommand } from './commands';
