// The language server with parliamentary data: diagnostics of the data rules, the hover card,
// completion from the snapshot, escaping of data, and where the data folder may come from.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSnapshotData, writeSnapshot } from '../../server/src/data/store.js';
import { FIXTURES } from '../helpers/paths.js';
import { startHarness, type Harness } from './harness.js';

const SNAPSHOT = path.join(FIXTURES, 'snapshot');
const DRAFT = [
  '# Moties over vreemdelingenbeleid',
  '',
  'De motie van het lid Podt c.s. (Kamerstuk 19 637, nr. 3370) vraagt om een betere schaderegeling.',
  '',
  'Zie ook Kamerstuk 19 637, nr. ',
  '',
].join('\n');

async function hoverAt(h: Harness, uri: string, line: number, character: number): Promise<string> {
  const hover = (await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as { contents: { kind: string; value: string } } | null;
  return hover?.contents.value ?? '';
}

describe('LSP with parliamentary data', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('reports data rules, shows the card on hover and completes documents of a dossier', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const uri = 'file:///data/concept.md';
    await h.open(uri, DRAFT);
    const diags = await h.diagnostics(uri, 1);
    assert.deepEqual(diags.diagnostics.map((d) => d.code).filter((c) => /^KB30/.test(String(c))), ['KB306']);
    const card = await hoverAt(h, uri, 2, 40);
    assert.match(card, /\*\*Motie\*\* · 2025-02-13 · vergaderjaar 2024-2025/);
    assert.match(card, /Dossier: Vreemdelingenbeleid/);
    assert.match(card, /Indiener: Podt/);
    assert.match(card, /Gewijzigd door: Kamerstuk 19 637, nr\. 3384/);
    assert.match(card, /_Gegevens van 25 april 2025 \(\d+ dagen geleden; ouder dan 30 dagen, voer kamerbrief sync uit\)\._$/);
    const items = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 30 } })) as { label: string; detail: string }[];
    assert.deepEqual(items.map((i) => i.label), ['3370', '3384']);
    assert.match(items[1]!.detail, /^Motie \(gewijzigd\/nader\) · Gewijzigde motie van het lid Podt/);
  });

  it('escapes data in the hover card: a title cannot become a link, a command or HTML', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lsp-data-')), 'gegevens');
    const data = await readSnapshotData(SNAPSHOT);
    const doc = data.documents.find((d) => d.key === '19637:3370')!;
    doc.onderwerp = 'Motie [klik](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>';
    await writeSnapshot(dir, data);
    h = await startHarness(null, { gegevensmap: dir });
    const uri = 'file:///data/escape.md';
    await h.open(uri, DRAFT);
    await h.diagnostics(uri, 1);
    const card = await hoverAt(h, uri, 2, 40);
    assert.ok(card.includes('Motie \\[klik\\]\\(command:workbench.action.terminal.new\\) \\<img src=x onerror=alert\\(1\\)\\>'), card);
    assert.ok(!card.includes('](command:'), 'no live command link');
  });

  it('reads the data folder from the initialization options only, never from workspace settings', async () => {
    h = await startHarness(null); // no folder named: the harness points at a folder that does not exist
    h.settings = { gegevensmap: SNAPSHOT, gegevensbron: 'http://127.0.0.1:9/' };
    const uri = 'file:///data/workspace.md';
    await h.open(uri, DRAFT);
    const diags = await h.diagnostics(uri, 1);
    assert.deepEqual(diags.diagnostics.map((d) => d.code).filter((c) => /^KB(121|30)/.test(String(c))), [], 'no data rules ran');
    const status = (await h.client.sendRequest('kamerbrief/dataStatus')) as { map: string; beschikbaar: boolean };
    assert.equal(status.beschikbaar, false);
    assert.notEqual(status.map, SNAPSHOT);
    assert.doesNotMatch(await hoverAt(h, uri, 2, 40), /Indiener/);
  });
});
