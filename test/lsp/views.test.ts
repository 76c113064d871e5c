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

  it('the report without data: says so, counts one citation as "citaat", and names an empty draft "Geen citaten gevonden"', async () => {
    h = await startHarness(null, { gegevensmap: path.join(tmp, 'leeg') });
    const uri = 'file:///views/zonder.md';
    // A citation broken over two lines is shown on one line, in the heading and in the card's title.
    await h.open(uri, 'Tekst.\n\nZie Kamerstuk 19 637,\nnr. 3370 over de motie.\n');
    const report = (await h.client.sendRequest('kamerbrief/citatieoverzicht', { uri, name: '' })) as string;
    const lines = report.split('\n');
    assert.equal(lines[0], '# Citaten in file:///views/zonder.md', 'without a name, the URI');
    assert.equal(lines[2], '_Zonder gegevens van de Tweede Kamer: geen gegevens; voer "Kamerbrief: gegevens bijwerken" uit._');
    assert.ok(lines.includes('1 citaat, waarvan 0 met een afwijkende notatie.'), report);
    assert.ok(lines.includes('## Regel 3: Kamerstuk 19 637, nr. 3370'), report);
    assert.ok(!report.includes('Geen citaten gevonden.'));
    assert.ok(!report.includes('---'), 'no data part in the card');
    const card = (await h.client.sendRequest('kamerbrief/citaatkaart', { uri, position: { line: 3, character: 2 } })) as string;
    assert.ok(card.startsWith('# Kamerstuk 19 637, nr. 3370\n\n'), card);
    const items = (await h.client.sendRequest('kamerbrief/citaten', { uri })) as { text: string; soort: string; line: number; character: number; endLine: number; endCharacter: number }[];
    assert.deepEqual(items.map((i) => [i.text, i.soort, i.line, i.character, i.endLine, i.endCharacter]), [['Kamerstuk 19 637, nr. 3370', 'Kamerstuk', 2, 4, 3, 8]]);

    const empty = 'file:///views/leeg.md';
    await h.open(empty, '# Brief\n\nGeen verwijzingen hier.\n');
    const none = (await h.client.sendRequest('kamerbrief/citatieoverzicht', { uri: empty, name: 'leeg.md' })) as string;
    assert.equal(none, '# Citaten in leeg.md\n\n_Zonder gegevens van de Tweede Kamer: geen gegevens; voer "Kamerbrief: gegevens bijwerken" uit._\n\nGeen citaten gevonden.\n');
    assert.deepEqual(await h.client.sendRequest('kamerbrief/citaten', { uri: empty }), []);
  });

  it('views of a document the server does not have: no card, no citations, no report', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const uri = 'file:///views/nooit-geopend.md';
    assert.equal(await h.client.sendRequest('kamerbrief/citaatkaart', { uri, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await h.client.sendRequest('kamerbrief/citaten', { uri }), []);
    assert.equal(await h.client.sendRequest('kamerbrief/citatieoverzicht', { uri, name: 'nooit-geopend.md' }), null);
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

  it('the workspace check reports its progress and counts in Dutch; open documents keep the editor\'s text', async () => {
    fs.writeFileSync(path.join(tmp, 'een.md'), 'Zie Kamerstuk 29754, nr. 482.\n');
    fs.writeFileSync(path.join(tmp, 'open.md'), 'Zie Kamerstuk 29754, nr. 482.\n');
    h = await startHarness(pathToFileURL(tmp).toString(), { gegevensmap: path.join(tmp, 'geen') }, { window: { workDoneProgress: true } });
    const progress: Record<string, unknown>[] = [];
    h.client.onRequest('window/workDoneProgress/create', () => null);
    h.client.onNotification('$/progress', (p: { value: Record<string, unknown> }) => void progress.push(p.value));
    const open = pathToFileURL(path.join(tmp, 'open.md')).toString();
    await h.open(open, 'Zie Kamerstuk 29 754, nr. 482.\n');
    assert.deepEqual((await h.diagnostics(open, 1)).diagnostics, []);
    const published = new Map<string, number>();
    h.client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => void published.set(p.uri, p.diagnostics.length));
    const result = (await h.client.sendRequest('kamerbrief/werkruimteControleren')) as { ok: boolean; bestanden: number; meldingen: number; bericht: string };
    assert.deepEqual(result, { ok: true, bestanden: 2, meldingen: 1, bericht: '2 concepten gecontroleerd, 1 melding in niet-geopende bestanden.' });
    assert.deepEqual([...published], [[pathToFileURL(path.join(tmp, 'een.md')).toString(), 1]], 'the open document is left to the validator');
    assert.deepEqual(progress, [
      { kind: 'begin', title: 'Kamerbrief: werkruimte controleren', message: 'concepten zoeken', cancellable: true, percentage: 0 },
      { kind: 'report', percentage: 0, message: '1 van 2' },
      { kind: 'report', percentage: 50, message: '2 van 2' },
      { kind: 'end' },
    ]);

    // One draft, more messages; focus mode counts only the errors; a draft over 5 MB is skipped.
    await h.client.sendNotification('textDocument/didClose', { textDocument: { uri: open } });
    fs.rmSync(path.join(tmp, 'open.md'));
    fs.writeFileSync(path.join(tmp, 'een.md'), '---\nsoort: brief\n---\n\nZie Kamerstuk 29754, nr. 482 en Kamerstuk 29754, nr. 451.\nDe volgende regel: Kamerstukken II 2018/19, 29754, nr. 3.\n\nde motie-Becker van het het lid Jansen.\n');
    fs.writeFileSync(path.join(tmp, 'groot.md'), 'Zie Kamerstuk 29754, nr. 482.\n'.repeat(200_000));
    published.clear();
    const all = (await h.client.sendRequest('kamerbrief/werkruimteControleren')) as { bestanden: number; meldingen: number; bericht: string };
    assert.deepEqual([all.bestanden, all.meldingen, all.bericht], [2, 6, '2 concepten gecontroleerd, 6 meldingen in niet-geopende bestanden.']);
    assert.equal(published.get(pathToFileURL(path.join(tmp, 'een.md')).toString()), 6);
    assert.ok(!published.has(pathToFileURL(path.join(tmp, 'groot.md')).toString()), 'nothing for the draft over 5 MB');
    fs.rmSync(path.join(tmp, 'groot.md'));
    h.settings = { focusmodus: true };
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const focus = (await h.client.sendRequest('kamerbrief/werkruimteControleren')) as { bestanden: number; meldingen: number; bericht: string };
    assert.deepEqual([focus.bestanden, focus.meldingen, focus.bericht], [1, 2, '1 concept gecontroleerd, 2 meldingen in niet-geopende bestanden.']);
    assert.equal(published.get(pathToFileURL(path.join(tmp, 'een.md')).toString()), 2);
  });

  it('the workspace check with Kamerbrief switched off clears the drafts\' diagnostics and counts nothing', async () => {
    fs.writeFileSync(path.join(tmp, 'uit.md'), 'Zie Kamerstuk 29754, nr. 482.\n');
    h = await startHarness(pathToFileURL(tmp).toString(), { gegevensmap: path.join(tmp, 'geen') });
    h.settings = { ingeschakeld: false };
    const published: [string, number][] = [];
    h.client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => void published.push([path.basename(new URL(p.uri).pathname), p.diagnostics.length]));
    const result = (await h.client.sendRequest('kamerbrief/werkruimteControleren')) as { ok: boolean; bestanden: number; meldingen: number; bericht: string };
    assert.deepEqual(result, { ok: true, bestanden: 1, meldingen: 0, bericht: '1 concept gecontroleerd, 0 meldingen in niet-geopende bestanden.' });
    assert.deepEqual(published, [['uit.md', 0]]);
  });

  it('the workspace check stops when the user cancels its progress, and says how far it got', async () => {
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(tmp, `concept-${String(i).padStart(3, '0')}.md`), 'Zie Kamerstuk 29754, nr. 482.\n');
    h = await startHarness(pathToFileURL(tmp).toString(), { gegevensmap: path.join(tmp, 'geen') }, { window: { workDoneProgress: true } });
    const c = h;
    let token: string | number | undefined;
    c.client.onRequest('window/workDoneProgress/create', (p: { token: string }) => void (token = p.token));
    let ended = false;
    c.client.onNotification('$/progress', (p: { value: { kind: string; message?: string } }) => {
      if (p.value.kind === 'report' && p.value.message === '2 van 300') void c.client.sendNotification('window/workDoneProgress/cancel', { token });
      if (p.value.kind === 'end') ended = true;
    });
    const result = (await c.client.sendRequest('kamerbrief/werkruimteControleren')) as { ok: boolean; bestanden: number; meldingen: number; bericht: string };
    assert.equal(result.ok, false);
    assert.ok(result.bestanden >= 2 && result.bestanden < 300, String(result.bestanden));
    assert.equal(result.meldingen, result.bestanden);
    assert.equal(result.bericht, `Gestopt: ${result.bestanden} concepten gecontroleerd, ${result.meldingen} meldingen in niet-geopende bestanden.`);
    assert.ok(ended, 'the progress ends');
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
    assert.equal(await probeReachable('geen adres'), 'ongeldig adres: "geen adres"');
  });

  it('probeReachable: a name that does not exist, an IPv6 address, and the default ports of http and https', async () => {
    // .invalid never resolves (RFC 2606): ENOTFOUND with DNS, EAI_AGAIN without; one sentence for both.
    assert.equal(await probeReachable('https://kamerbrief.invalid/OData/v4/2.0/'), 'de naam kamerbrief.invalid is niet op te zoeken (geen netwerk of geen DNS)');
    const port = await closedPort();
    // Without the brackets: "::1:port" (refused, or not available where the machine has no IPv6).
    assert.match((await probeReachable(`http://[::1]:${port}/`))!, new RegExp(`^::1:${port} (weigert de verbinding|is niet bereikbaar)`));
    // Nothing listens on 80 or 443 here, or something does: either way the probe went to that port.
    for (const [url, where] of [['http://127.0.0.1/', '127.0.0.1:80'], ['https://127.0.0.1/', '127.0.0.1:443']] as const) {
      const problem = await probeReachable(url);
      assert.ok(problem === null || problem === `${where} weigert de verbinding`, `${url}: ${problem}`);
    }
  });
});
