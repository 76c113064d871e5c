// The editor settings that decide what the validator publishes: "ingeschakeld" off clears a
// document, "focusmodus" shows only errors, "controlemoment" onSave lints on save, not while typing;
// and a draft with more than 1000 problems gets the first 1000.
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { startHarness, type Harness } from './harness.js';

const NO_DATA = { gegevensmap: path.join(os.tmpdir(), 'kamerbrief-test-geen-gegevens') };
// Two errors (KB101), three warnings and an info (the draft of test/lsp/actions.test.ts).
const DRAFT = '---\nsoort: brief\n---\n\nZie Kamerstuk 29754, nr. 482 en Kamerstuk 29754, nr. 451.\nDe volgende regel: Kamerstukken II 2018/19, 29754, nr. 3.\n\nde motie-Becker van het het lid Jansen.\n';

describe('LSP validator: the settings for what is shown and when', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  const codes = async (uri: string, version: number): Promise<string[]> => (await h!.diagnostics(uri, version)).diagnostics.map((d) => `${d.code}:${d.severity}`);

  it('all six problems by default; focus mode shows only the two errors; switched off, none', async () => {
    h = await startHarness(null, NO_DATA);
    await h.open('file:///standaard.md', DRAFT);
    assert.deepEqual((await codes('file:///standaard.md', 1)).sort(), ['KB101:1', 'KB101:1', 'KB106:2', 'KB301:2', 'KB308:2', 'KB502:3']);
    h.settings = { focusmodus: true };
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await h.open('file:///focus.md', DRAFT);
    assert.deepEqual(await codes('file:///focus.md', 1), ['KB101:1', 'KB101:1']);
    h.settings = { ingeschakeld: false };
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await h.open('file:///uit.md', DRAFT);
    const off = await h.diagnostics('file:///uit.md', 1);
    assert.deepEqual([off.version, off.diagnostics], [1, []]);
  });

  it('"controlemoment" onSave: a lint on open, none while typing, a lint on save', async () => {
    h = await startHarness(null, NO_DATA);
    h.settings = { controlemoment: 'onSave' };
    const uri = 'file:///opslaan.md';
    const published: [number | undefined, string[]][] = [];
    let openLinted!: () => void;
    const opened = new Promise<void>((resolve) => (openLinted = resolve));
    const saved = new Promise<void>((resolve) =>
      h!.client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: { code: string }[] }) => {
        if (p.uri !== uri) return;
        published.push([p.version, p.diagnostics.map((d) => d.code)]);
        if (p.version === 1) openLinted();
        if (p.version === 3) resolve();
      }),
    );
    await h.open(uri, 'Zie Kamerstuk 29 754, nr. 482.\n');
    await opened; // the open is linted
    await h.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Zie Kamerstuk 29754, nr. 482.\n' }] });
    await h.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'Zie Kamerstuk 29754, nr. 483.\n' }] });
    // Nothing to wait for while typing: a round trip, then the save.
    await h.client.sendRequest('kamerbrief/dataStatus');
    await h.client.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await saved;
    // The open is linted too (its own content-change event once cancelled that lint).
    assert.deepEqual(published, [[1, []], [3, ['KB101']]]);
  });

  it('a draft with more than 1000 problems gets the first 1000', async () => {
    h = await startHarness(null, NO_DATA);
    const uri = 'file:///veel.md';
    await h.open(uri, 'Zie Kamerstuk 29754, nr. 482.\n\n'.repeat(1001));
    const d = await h.diagnostics(uri, 1);
    assert.equal(d.diagnostics.length, 1000);
    assert.equal(d.diagnostics[0]!.range.start.line, 0);
    assert.equal(d.diagnostics[999]!.range.start.line, 1998);
  });
});
