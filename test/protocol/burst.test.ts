/**
 * 500 edits in a burst to one document, as fast as a client can send them (a paste, a macro, a
 * fast typist on a slow machine): the server keeps answering requests in between, and the last
 * diagnostics it publishes are those of the final text.
 */
import * as assert from 'assert';
import type { CompletionItem, CompletionList, Diagnostic, Hover, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings } from '../../common/settings';
import { doc, fargate, service } from '../support/harness';
import { startServer, type LspClient } from '../support/lsp-client';

const URI = 'file:///work/project/task-definition.json';
const EDITS = 500;

function positionOf(d: TextDocument, needle: string, delta = 0): { line: number; character: number } {
  return d.positionAt(d.getText().indexOf(needle) + delta);
}

function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
  return !r ? [] : Array.isArray(r) ? r : r.items;
}

function hoverValue(h: Hover | null): string {
  return h ? JSON.stringify(h.contents) : '';
}

/** The comparable part of a diagnostic. */
function summary(d: Diagnostic): string {
  return `${String(d.code)} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
}

describe('a burst of 500 edits to one document', function () {
  this.timeout(60_000);
  let client: LspClient;
  afterEach(async () => { await client?.stop(); });

  it('stays responsive during the burst and publishes the diagnostics of the final text last', async () => {
    client = await startServer({ locale: 'en' });
    // The local copy of the document, edited exactly as the server's copy is.
    let local = TextDocument.create(URI, 'json', 1, fargate());
    const opened = client.diagnostics(URI);
    await client.open(URI, local.getText(), 1);
    await opened;

    const sent: Array<Promise<void>> = [];
    let midHover: Promise<Hover | null> | undefined;
    let midCompletion: Promise<CompletionItem[] | CompletionList | null> | undefined;
    for (let i = 1; i <= EDITS; i++) {
      // Type into the family name (every fifth edit deletes, every 50th types a space): the name
      // ends up longer than 255 characters and with spaces, which the final diagnostics must show.
      const end = local.getText().indexOf('"', local.getText().indexOf('"family": "') + 11);
      const change: TextDocumentContentChangeEvent = i % 5 === 0
        ? { range: { start: local.positionAt(end - 1), end: local.positionAt(end) }, text: '' }
        : { range: { start: local.positionAt(end), end: local.positionAt(end) }, text: i % 50 === 1 ? ' ' : String.fromCharCode(97 + (i % 26)) };
      local = TextDocument.update(local, [change], i + 1);
      sent.push(client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: i + 1 }, contentChanges: [change] }));
      if (i === EDITS / 2) {
        midHover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(local, '"executionRoleArn"', 3) });
        midCompletion = client.connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: positionOf(local, '"awsvpc"', 1) });
      }
    }
    await Promise.all(sent);
    const finalVersion = EDITS + 1;

    // Answered in the middle of the burst, for the text as it was then.
    assert.ok(hoverValue(await midHover!).includes('executionRoleArn'), 'hover answered during the burst');
    assert.ok(items(await midCompletion!).some((c) => c.label === 'awsvpc'), 'completion answered during the burst');

    // Answered after it, on the final text.
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(local, '"family"', 3) })) as Hover | null;
    assert.ok(hoverValue(hover).includes('family'));
    const completion = items(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: positionOf(local, '"awsvpc"', 1) }));
    assert.ok(completion.some((c) => c.label === 'bridge'));

    const last = await client.diagnostics(URI, (p) => p.version === finalVersion, 20_000);
    // Nothing older may arrive after the final version: give a stale validation time to show up.
    await new Promise((r) => setTimeout(r, 1000));
    const all = client.published.get(URI)!;
    assert.strictEqual(all[all.length - 1], last, `a stale publish came after version ${finalVersion}: ${JSON.stringify(all.slice(-3).map((p) => p.version))}`);
    assert.ok(all.every((p) => p.version === undefined || p.version <= finalVersion));

    const expected = service.diagnostics(doc(local.getText(), URI), defaultSettings, ['en']);
    assert.ok(expected.some((d) => d.code === 'ECS006' || d.code === 'ECS007'), 'precondition: the final family name is reported');
    assert.deepStrictEqual(last.diagnostics.map(summary), expected.map(summary));
    assert.ok(all.length < EDITS / 2, `the server debounces: ${all.length} publishes for ${EDITS} edits`);
  });
});
