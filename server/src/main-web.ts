/**
 * The language server in a browser web worker (vscode.dev, github.dev): the same server and the
 * same language service as on the desktop, over the worker's message port. It has no file system:
 * the workspace's files come through the client (see workspace-files.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import * as lazy from './lazy';
import { startServer } from './server';
import { clientFiles } from './workspace-files';

/** The worker's global scope (typed through the reader, to keep DOM types out of the Node build). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, { files: clientFiles(connection), load: () => lazy });
