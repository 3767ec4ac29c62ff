/**
 * Side by side, in one run, over the same LSP stdio pipe: our server (`node bin/ecs-taskdef-ls.js
 * --stdio`) and VS Code's JSON language server (`vscode-json-language-server --stdio` from
 * vscode-langservers-extracted) given our own schemas/task-definition.schema.json, on generated
 * Fargate task definitions of 1 KB, 64 KB and 1 MB. Plus the CLI start-up against a bare `node -e 0`.
 *
 * The machine may be busy: every figure is a ratio of two figures measured in the same run, with the
 * two servers' requests interleaved (ours, theirs, theirs, ours, ...) so that a change of load hits
 * both sides alike.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fargateTaskDefinitionNear, smallFargateTaskDefinition } from './generate';
import { JSON_SERVER_BIN, NULL_SERVER_BIN, ROOT, SERVER_BIN, Server } from './lsp';
import { summarize, type Summary } from './stats';

export type Side = 'ours' | 'json';
export const SIDES: readonly Side[] = ['ours', 'json'];

const SCHEMA_URL = pathToFileURL(path.join(ROOT, 'schemas', 'task-definition.schema.json')).href;

interface Position { line: number; character: number }

/** A started server of either side, ready for documents. */
async function start(side: Side): Promise<{ server: Server; initializeMs: number }> {
  const server = new Server(side === 'ours' ? SERVER_BIN : JSON_SERVER_BIN);
  if (side === 'json') {
    server.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    await server.initialize({ provideFormatter: false, handledSchemaProtocols: ['file'] });
    const initializeMs = performance.now() - server.spawnedAt;
    await server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { json: { validate: { enable: true }, schemas: [{ fileMatch: ['*.json'], url: SCHEMA_URL }] } },
    });
    return { server, initializeMs };
  }
  await server.initialize();
  return { server, initializeMs: performance.now() - server.spawnedAt };
}

/** The position of the `occurrence`-th (0-based; negative: from the end) match of `needle`, moved by `delta` characters. */
function positionOf(doc: TextDocument, needle: string, delta: number, occurrence = 0): Position | undefined {
  const text = doc.getText();
  const all: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) all.push(i);
  const i = all[occurrence < 0 ? all.length + occurrence : occurrence];
  return i === undefined ? undefined : doc.positionAt(i + delta);
}

/**
 * Where completion and hover are asked: at the top of the document, in the middle and near the end
 * (on a 1 MB file the last container is 1 MB into the text), on keys and on values.
 */
function positions(text: string): { completion: Position[]; hover: Position[] } {
  const doc = TextDocument.create('file:///x.json', 'json', 1, text);
  const mid = Math.floor((text.match(/"logDriver"/g)?.length ?? 1) / 2);
  const valueOf = (key: string, occ: number): Position | undefined => positionOf(doc, `"${key}": "`, key.length + 5, occ);
  const keyOf = (key: string, occ: number): Position | undefined => positionOf(doc, `"${key}"`, 3, occ);
  const completion = [valueOf('networkMode', 0), valueOf('logDriver', 0), valueOf('logDriver', mid), valueOf('logDriver', -1), keyOf('essential', -1), valueOf('protocol', -1)];
  const hover = [keyOf('executionRoleArn', 0), keyOf('image', mid), valueOf('logDriver', -1), keyOf('containerPort', -1), keyOf('cpu', 0)];
  return { completion: completion.filter((p): p is Position => !!p), hover: hover.filter((p): p is Position => !!p) };
}

export interface SizeResult {
  name: string;
  bytes: number;
  completion: Record<Side, Summary>;
  hover: Record<Side, Summary>;
  /** didOpen → first publishDiagnostics of that document. */
  firstDiagnostics: Record<Side, Summary>;
  /** RSS with the document open, after the requests. */
  rss: Record<Side, number>;
  /** Items of the last completion answer (a check that both answered something). */
  items: Record<Side, number>;
}

export interface StartResult {
  initialize: Record<Side, Summary>;
  /** The first hover after start (initialize, open, diagnostics; then hover). */
  firstHover: Record<Side, Summary>;
  cli: { check: Summary; node: Summary; ratio: Summary };
}

function itemCount(r: unknown): number {
  if (Array.isArray(r)) return r.length;
  const items = (r as { items?: unknown[] } | null)?.items;
  return Array.isArray(items) ? items.length : 0;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One document size on both servers (already started). */
async function size(servers: Record<Side, Server>, name: string, text: string, n: number, opens: number): Promise<SizeResult> {
  const { completion: cAt, hover: hAt } = positions(text);
  const first: Record<Side, number[]> = { ours: [], json: [] };
  // First diagnostics: fresh documents (new URIs), the two servers in alternating order.
  for (let i = 0; i < opens; i++) {
    for (const side of i % 2 ? [...SIDES].reverse() : SIDES) {
      const s = servers[side];
      const uri = `file:///bench/compare/open-${i}/task-definition.json`;
      const got = s.diagnostics(uri);
      const t0 = performance.now();
      await s.open(uri, text);
      await got;
      first[side].push(performance.now() - t0);
      await s.close(uri);
    }
  }
  const uri = `file:///bench/compare/${name.replace(/\W+/g, '-')}/task-definition.json`;
  await Promise.all(SIDES.map(async (side) => {
    const got = servers[side].diagnostics(uri);
    await servers[side].open(uri, text);
    await got;
  }));
  const items: Record<Side, number> = { ours: 0, json: 0 };
  const run = async (method: string, at: Position[], count: number): Promise<Record<Side, number[]>> => {
    const xs: Record<Side, number[]> = { ours: [], json: [] };
    for (let i = 0; i < count; i++) {
      const position = at[i % at.length];
      for (const side of i % 2 ? [...SIDES].reverse() : SIDES) {
        const [ms, r] = await timed(() => servers[side].connection.sendRequest(method, { textDocument: { uri }, position }));
        xs[side].push(ms);
        if (method === 'textDocument/completion') items[side] = itemCount(r);
      }
    }
    return xs;
  };
  // Warm-up: every position once per server, not counted.
  await run('textDocument/completion', cAt, cAt.length * 3);
  await run('textDocument/hover', hAt, hAt.length * 3);
  // Completion and hover rounds alternate too, in blocks.
  const comp: Record<Side, number[]> = { ours: [], json: [] };
  const hov: Record<Side, number[]> = { ours: [], json: [] };
  const block = 50;
  for (let done = 0; done < n; done += block) {
    const c = await run('textDocument/completion', cAt, Math.min(block, n - done));
    const h = await run('textDocument/hover', hAt, Math.min(block, n - done));
    for (const side of SIDES) {
      comp[side].push(...c[side]);
      hov[side].push(...h[side]);
    }
  }
  await sleep(300);
  const rss: Record<Side, number> = { ours: servers.ours.rss() ?? NaN, json: servers.json.rss() ?? NaN };
  await Promise.all(SIDES.map((side) => servers[side].close(uri)));
  return {
    name,
    bytes: text.length,
    completion: { ours: summarize(comp.ours), json: summarize(comp.json) },
    hover: { ours: summarize(hov.ours), json: summarize(hov.json) },
    firstDiagnostics: { ours: summarize(first.ours), json: summarize(first.json) },
    rss,
    items,
  };
}

export async function compareSizes(quick: boolean): Promise<SizeResult[]> {
  const docs: Array<[string, string]> = [
    ['1 KB', fargateTaskDefinitionNear(1024)],
    ['64 KB', fargateTaskDefinitionNear(64 * 1024)],
    ['1 MB', fargateTaskDefinitionNear(1024 * 1024)],
  ];
  const out: SizeResult[] = [];
  // A fresh pair of servers per size: the memory figure is then that of one document of that size.
  for (const [name, text] of docs) {
    const started = await Promise.all(SIDES.map((s) => start(s)));
    const servers: Record<Side, Server> = { ours: started[0].server, json: started[1].server };
    try {
      // 1000 of each kind: the p99 is then the 10 slowest answers, not 3 or 4 (which one stall of the
      // machine could make up alone).
      const n = quick ? 100 : 1000;
      out.push(await size(servers, name, text, n, quick ? 2 : name === '1 MB' ? 5 : 9));
    } finally {
      await Promise.all(SIDES.map((s) => servers[s].stop()));
    }
  }
  return out;
}

/**
 * The floor: `n` hover requests to a server that answers `null` at once (null-server.ts), over the
 * same kind of pipe, and the share of answers slower than 2 ms. What no server can go below here; a
 * p99 of the two servers near this floor's slowest answers is the machine's, not the server's.
 */
export async function pipeFloor(quick: boolean): Promise<{ times: Summary; slowerThan2ms: number }> {
  const server = new Server(NULL_SERVER_BIN);
  try {
    await server.initialize();
    const params = { textDocument: { uri: 'file:///bench/floor.json' }, position: { line: 0, character: 0 } };
    const n = quick ? 200 : 2000;
    for (let i = 0; i < 50; i++) await server.connection.sendRequest('textDocument/hover', params);
    const xs: number[] = [];
    for (let i = 0; i < n; i++) xs.push((await timed(() => server.connection.sendRequest('textDocument/hover', params)))[0]);
    return { times: summarize(xs), slowerThan2ms: xs.filter((x) => x > 2).length / xs.length };
  } finally {
    await server.stop();
  }
}

/** Start-up: spawn → initialize answered, and the first hover after start; the CLI against `node -e 0`. */
export async function compareStart(quick: boolean): Promise<StartResult> {
  const init: Record<Side, number[]> = { ours: [], json: [] };
  const hover: Record<Side, number[]> = { ours: [], json: [] };
  const text = smallFargateTaskDefinition();
  const { hover: hAt } = positions(text);
  const runs = quick ? 3 : 9;
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 ? [...SIDES].reverse() : SIDES) {
      const { server, initializeMs } = await start(side);
      init[side].push(initializeMs);
      const uri = 'file:///bench/start/task-definition.json';
      const got = server.diagnostics(uri);
      await server.open(uri, text);
      await got;
      const [ms] = await timed(() => server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hAt[0] }));
      hover[side].push(ms);
      await server.stop();
    }
  }
  return {
    initialize: { ours: summarize(init.ours), json: summarize(init.json) },
    firstHover: { ours: summarize(hover.ours), json: summarize(hover.json) },
    cli: cliStart(quick ? 7 : 21),
  };
}

/**
 * `ecs-taskdef check small.json` against `node -e 0`, alternately, in a folder holding only that
 * file (the check also indexes the current folder's definitions, as the editor indexes the workspace).
 */
export function cliStart(runs: number): { check: Summary; node: Summary; ratio: Summary } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-taskdef-cli-start-'));
  try {
    fs.writeFileSync(path.join(dir, 'task-definition.json'), smallFargateTaskDefinition());
    const cli = path.join(ROOT, 'bin', 'ecs-taskdef.js');
    const once = (args: string[]): number => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: dir, stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
      return performance.now() - t0;
    };
    once(['-e', '0']);
    once([cli, 'check', 'task-definition.json']);
    const check: number[] = [];
    const node: number[] = [];
    const ratio: number[] = [];
    for (let i = 0; i < runs; i++) {
      let c: number;
      let b: number;
      if (i % 2) {
        b = once(['-e', '0']);
        c = once([cli, 'check', 'task-definition.json']);
      } else {
        c = once([cli, 'check', 'task-definition.json']);
        b = once(['-e', '0']);
      }
      check.push(c);
      node.push(b);
      ratio.push(c / b);
    }
    return { check: summarize(check), node: summarize(node), ratio: summarize(ratio) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
