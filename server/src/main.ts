/** The Node server in one file (dist/server.js, the one in the .vsix): see node-main.ts. */
import * as lazy from './lazy';
import { startNodeServer } from './node-main';

startNodeServer(() => lazy);
