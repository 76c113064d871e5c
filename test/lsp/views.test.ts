// The editor's views at the server: the look-up card and the citation report with data, the
// list of citations for the quick pick, the `kamerbrief:` views never linted, the language
// status, the workspace check, a new data folder without restart, and a sync that fails fast offline.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { probeReachable } from '../../server/src/lsp/reachability.js';
import { FIXTURES } from '../helpers/paths.js';
import { startHarness, type Harness } from './harness.js';

const SNAPSHOT = path.join(FIXTURES, 'snapshot');
const DRAFT = [
  '# Moties',
  '',
  'De motie van het lid Podt c.s. (Kamerstuk 19 637, nr. 3370) vraagt om een betere schaderegeling.',
  '',
  'Zie ook Kamerstuk 19637, nr. 3384 en verder niets.',
  '',
].join('\n');

/** A 127.0.0.1 port that nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('LSP: views, status and workspace check for the editor', () => {
  let h: Harness | undefined;
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lsp-views-'));
  });
  afterEach(async () => {
    await h?.close();
    h = undefined;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the card of the citation at a position carries the data; off a citation there is none', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const uri = 'file:///views/concept.md';
    await h.open(uri, DRAFT);
    const card = (await h.client.sendRequest('kamerbrief/citaatkaart', { uri, position: { line: 2, character: 40 } })) as string;
    assert.match(card, /^# Kamerstuk 19 637, nr\. 3370\n/);
    assert.match(card, /Indiener: Podt/);
    assert.match(card, /Gegevens van \d{1,2} \w+ \d{4}/);
    assert.equal(await h.client.sendRequest('kamerbrief/citaatkaart', { uri, position: { line: 0, character: 2 } }), null);
  });

  it('lists the citations of a document with their ranges, for the quick pick', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const uri = 'file:///views/lijst.md';
    await h.open(uri, DRAFT);
    const items = (await h.client.sendRequest('kamerbrief/citaten', { uri })) as { text: string; line: number; character: number; endCharacter: number; valid: boolean }[];
    assert.deepEqual(items.map((i) => [i.text, i.line, i.valid]), [['Kamerstuk 19 637, nr. 3370', 2, true], ['Kamerstuk 19637, nr. 3384', 4, false]]);
    assert.equal(DRAFT.split('\n')[4]!.slice(items[1]!.character, items[1]!.endCharacter), 'Kamerstuk 19637, nr. 3384');
  });

  it('the citation report has every citation with its card and names the data', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const uri = 'file:///views/overzicht.md';
    await h.open(uri, DRAFT);
    const report = (await h.client.sendRequest('kamerbrief/citatieoverzicht', { uri, name: 'overzicht.md' })) as string;
    assert.match(report, /^# Citaten in overzicht\.md/);
    assert.match(report, /2 citaten, waarvan 1 met een afwijkende notatie/);
    assert.match(report, /## Regel 3: Kamerstuk 19 637, nr\. 3370[\s\S]*Indiener: Podt/);
    assert.match(report, /## Regel 5: Kamerstuk 19637, nr\. 3384[\s\S]*Gewijzigde motie/i);
    assert.ok(report.includes(SNAPSHOT.replace(/[\\`*_[\]()<>|~!&#]/g, (c) => '\\' + c)), 'names the data folder');
  });

  it('never lints a kamerbrief: view, even when a client sends one', async () => {
    const c = (h = await startHarness(null, { gegevensmap: SNAPSHOT }));
    const published: string[] = [];
    const draft = 'file:///views/na.md';
    const draftDone = new Promise<void>((resolve) =>
      c.client.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
        published.push(p.uri);
        if (p.uri === draft) resolve();
      }),
    );
    await c.open('kamerbrief:/Citaat.md?x', 'Kamerstuk 29754, nr. 448\n');
    // Validation runs in the order documents arrive: once the draft has its diagnostics, the view had its turn.
    await c.open(draft, 'Kamerstuk 29754, nr. 448\n');
    await draftDone;
    assert.deepEqual(published, [draft]);
  });

  it('status: the process, the active rules for a document and the data date', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    h.settings = { rules: { KB101: 'off', KB206: 'off' } };
    const s = (await h.client.sendRequest('kamerbrief/status', { uri: 'file:///views/status.md' })) as { pid: number; actieveRegels: number; regels: number; zonderGegevens: number; gegevens: { beschikbaar: boolean; datum: string } };
    assert.equal(s.pid, process.pid);
    assert.equal(s.actieveRegels, s.regels - 2);
    assert.equal(s.zonderGegevens, 0);
    assert.equal(s.gegevens.beschikbaar, true);
    assert.match(s.gegevens.datum, /^\d{4}-\d{2}-\d{2}$/);
    await h.close();
    h = await startHarness(null, { gegevensmap: path.join(tmp, 'leeg') });
    const without = (await h.client.sendRequest('kamerbrief/status', {})) as { actieveRegels: number; regels: number; zonderGegevens: number };
    assert.ok(without.zonderGegevens > 0, 'data rules wait for data');
    assert.equal(without.actieveRegels + without.zonderGegevens, without.regels);
  });

  it('the workspace check publishes diagnostics for a draft that is not open, and skips git-ignored ones', async () => {
    fs.writeFileSync(path.join(tmp, 'dicht.md'), 'Zie Kamerstuk 29754, nr. 448.\n');
    fs.mkdirSync(path.join(tmp, 'genegeerd'));
    fs.writeFileSync(path.join(tmp, 'genegeerd', 'oud.md'), 'Zie Kamerstuk 29754, nr. 448.\n');
    fs.writeFileSync(path.join(tmp, '.gitignore'), 'genegeerd/\n');
    h = await startHarness(pathToFileURL(tmp).toString(), { gegevensmap: path.join(tmp, 'geen') });
    const uri = pathToFileURL(path.join(tmp, 'dicht.md')).toString();
    const diags = new Map<string, string[]>();
    h.client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code: string }[] }) => void diags.set(p.uri, p.diagnostics.map((d) => d.code)));
    const result = (await h.client.sendRequest('kamerbrief/werkruimteControleren')) as { ok: boolean; bestanden: number; meldingen: number };
    assert.equal(result.ok, true);
    assert.equal(result.bestanden, 1);
    assert.ok(diags.get(uri)?.includes('KB101'), JSON.stringify([...diags]));
    assert.equal(result.meldingen, diags.get(uri)!.length);
    assert.ok(![...diags.keys()].some((u) => u.includes('genegeerd')));
  });

  it('the workspace check reads no files in an untrusted workspace', async () => {
    fs.writeFileSync(path.join(tmp, 'dicht.md'), 'Zie Kamerstuk 29754, nr. 448.\n');
    h = await startHarness(pathToFileURL(tmp).toString(), { gegevensmap: path.join(tmp, 'geen'), beperkt: true });
    const result = (await h.client.sendRequest('kamerbrief/werkruimteControleren')) as { ok: boolean; bericht: string };
    assert.equal(result.ok, false);
    assert.match(result.bericht, /niet-vertrouwde werkruimte/);
  });

  it('a new data folder from the client applies without restart', async () => {
    h = await startHarness(null, { gegevensmap: path.join(tmp, 'leeg') });
    const before = (await h.client.sendRequest('kamerbrief/dataStatus')) as { beschikbaar: boolean };
    assert.equal(before.beschikbaar, false);
    await h.client.sendNotification('kamerbrief/gegevensInstellingen', { gegevensmap: SNAPSHOT });
    const after = (await h.client.sendRequest('kamerbrief/dataStatus')) as { beschikbaar: boolean; map: string };
    assert.equal(after.beschikbaar, true);
    assert.equal(after.map, SNAPSHOT);
  });

  it('a sync to a source nobody listens on fails at once, not resumable, and leaves no .sync folder', async () => {
    const port = await closedPort();
    const dir = path.join(tmp, 'gegevens');
    h = await startHarness(null, { gegevensmap: dir, gegevensbron: `http://127.0.0.1:${port}/OData/v4/2.0/` });
    const progress: string[] = [];
    h.client.onNotification('kamerbrief/syncProgress', (p: { bericht: string }) => void progress.push(p.bericht));
    const r = (await h.client.sendRequest('kamerbrief/sync', {})) as { ok: boolean; message: string; resumable: boolean };
    assert.equal(r.ok, false);
    assert.equal(r.resumable, false);
    assert.match(r.message, new RegExp(`gegevensbron is niet bereikbaar: 127\\.0\\.0\\.1:${port} weigert de verbinding`));
    assert.deepEqual(progress, [], 'no retry messages');
    assert.deepEqual(fs.readdirSync(tmp), [], 'neither the data folder nor .gegevens.sync');
  });

  it('probeReachable: null for a listening port, a Dutch reason for a closed one or a bad address', async () => {
    const s = net.createServer((c) => c.destroy());
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    try {
      assert.equal(await probeReachable(`http://127.0.0.1:${(s.address() as net.AddressInfo).port}/`), null);
    } finally {
      await new Promise((r) => s.close(r));
    }
    assert.match((await probeReachable(`http://127.0.0.1:${await closedPort()}/`))!, /weigert de verbinding/);
    assert.match((await probeReachable('geen adres'))!, /ongeldig adres/);
  });
});
