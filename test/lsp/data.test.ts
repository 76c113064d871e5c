// The language server with parliamentary data: diagnostics of the data rules, the hover card,
// completion from the snapshot, escaping of data, and where the data folder may come from.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
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
  const made: string[] = [];
  const tmpDir = (): string => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lsp-data-'));
    made.push(d);
    return d;
  };
  afterEach(async () => {
    await h?.close();
    for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

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

  it('the data status names the snapshot\'s age and counts', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const status = (await h.client.sendRequest('kamerbrief/dataStatus')) as { map: string; beschikbaar: boolean; tekst: string };
    assert.equal(status.map, SNAPSHOT);
    assert.equal(status.beschikbaar, true);
    assert.match(status.tekst, /^gegevens van \d+ (dagen|maanden) geleden \(14 Kamerstukken, 9 moties\)$/);
  });

  it('damaged data: one warning, the reason in the status, and the drafts are linted without data', async () => {
    const dir = path.join(tmpDir(), 'gegevens');
    fs.cpSync(SNAPSHOT, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'manifest.json'), '{"format":999,"shards":1}');
    h = await startHarness(null, { gegevensmap: dir });
    const warnings: string[] = [];
    h.client.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => void warnings.push(`${p.type} ${p.message}`));
    for (const name of ['een', 'twee']) {
      await h.open(`file:///data/${name}.md`, DRAFT);
      const diags = await h.diagnostics(`file:///data/${name}.md`, 1);
      assert.deepEqual(diags.diagnostics.filter((d) => d.code === 'KB306'), [], 'no data rules');
    }
    const reason = `De gegevens in ${dir} hebben een nieuwer formaat (999, verwacht 2); werk Kamerbrief bij of synchroniseer opnieuw.`;
    const status = (await h.client.sendRequest('kamerbrief/dataStatus')) as { beschikbaar: boolean; tekst: string };
    assert.deepEqual([status.beschikbaar, status.tekst], [false, reason]);
    assert.deepEqual(warnings, [`2 Kamerbrief: ${reason}`], 'shown once (MessageType.Warning)');
  });

  it('a blank data folder counts as none named: the per-user folder', async () => {
    const xdg = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lsp-xdg-'));
    const saved = process.env['XDG_DATA_HOME'];
    process.env['XDG_DATA_HOME'] = xdg;
    try {
      h = await startHarness(null, { gegevensmap: '  ' });
      const status = (await h.client.sendRequest('kamerbrief/dataStatus')) as { map: string; beschikbaar: boolean; tekst: string };
      assert.equal(status.map, path.join(xdg, 'kamerbrief', 'gegevens'));
      assert.deepEqual([status.beschikbaar, status.tekst], [false, 'geen gegevens; voer "Kamerbrief: gegevens bijwerken" uit']);
    } finally {
      if (saved === undefined) delete process.env['XDG_DATA_HOME'];
      else process.env['XDG_DATA_HOME'] = saved;
      fs.rmSync(xdg, { recursive: true, force: true });
    }
  });

  it('a sync through a proxy nobody listens on names the proxy, not the source', async () => {
    const s = net.createServer();
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const port = (s.address() as net.AddressInfo).port;
    await new Promise((r) => s.close(r));
    const tmp = tmpDir();
    h = await startHarness(null, { gegevensmap: path.join(tmp, 'gegevens'), gegevensbron: 'http://bron.example/OData/v4/2.0/' });
    const r = (await h.client.sendRequest('kamerbrief/sync', { proxy: { proxy: `http://127.0.0.1:${port}` } })) as { ok: boolean; message: string; resumable: boolean };
    assert.deepEqual(r, { ok: false, message: `de proxy http://127.0.0.1:${port} is niet bereikbaar: 127.0.0.1:${port} weigert de verbinding.`, resumable: false });
    assert.deepEqual(fs.readdirSync(tmp), []);
  });
});
