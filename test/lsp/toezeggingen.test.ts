// The language server and the toezeggingen register: the hover card on a "Toezegging – …" heading,
// completion after "Toezegging – ", KB312 among the diagnostics, and the data's date on every card.
import assert from 'node:assert/strict';
import path from 'node:path';
import { FIXTURES } from '../helpers/paths.js';
import { startHarness, type Harness } from './harness.js';

const SNAPSHOT = path.join(FIXTURES, 'snapshot');
const DRAFT = [
  '# Toezeggingen',
  '',
  '## Toezegging – Toolkit evidence based werken preventie radicalisering',
  '',
  'Tijdens het AO Preventie van 20 juni 2018 is toegezegd dieper in te gaan op de toolkit. Deze toezegging is reeds nagekomen.',
  '',
  '## Toezegging – drone',
  '',
  'Zie Handelingen II 2018/19, nr. 28, item 9.',
  '',
].join('\n');

async function hoverAt(h: Harness, uri: string, line: number, character: number): Promise<string> {
  const hover = (await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as { contents: { value: string } } | null;
  return hover?.contents.value ?? '';
}

describe('LSP and the toezeggingen register', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('shows the register entry on a toezegging heading, with the data date', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const uri = 'file:///data/toezeggingen.md';
    await h.open(uri, DRAFT);
    const diags = await h.diagnostics(uri, 1);
    const kb312 = diags.diagnostics.filter((d) => d.code === 'KB312');
    // The toolkit is open in the register but called fulfilled (warning); "drone" alone matches nothing (info).
    assert.deepEqual(kb312.map((d) => [d.range.start.line, d.severity]), [[2, 2], [6, 3]], JSON.stringify(kb312));
    assert.ok(diags.diagnostics.some((d) => d.code === 'KB122' && d.range.start.line === 0), 'the fixture data is older than 30 days');
    const card = await hoverAt(h, uri, 2, 20);
    const lines = card.split('  \n');
    assert.equal(lines[0], '**Toezegging TZ201806-902** · Openstaand');
    assert.ok(lines.includes('Nakomingsdatum: 1 maart 2019'), card);
    assert.ok(lines.includes('Ministerie: Sociale Zaken en Werkgelegenheid'), card);
    assert.ok(lines.includes('Debat: Algemeen overleg Preventie radicalisering van 20 juni 2018'), card);
    assert.match(lines.at(-1)!, /^_Gegevens van 25 april 2025 \(\d+ dagen geleden; ouder dan 30 dagen, voer kamerbrief sync uit\)\._$/);
    assert.equal(await hoverAt(h, uri, 4, 10), '', 'no card on the body text');
  });

  it('ends every citation card with the data date, also when the data know nothing of that kind', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const uri = 'file:///data/handelingen.md';
    await h.open(uri, DRAFT);
    await h.diagnostics(uri, 1);
    const card = await hoverAt(h, uri, 8, 12);
    assert.match(card, /^\*\*Handelingen\*\*/);
    assert.match(card, /_Gegevens van 25 april 2025 \(\d+ dagen geleden; ouder dan 30 dagen, voer kamerbrief sync uit\)\._$/);
  });

  it('completes toezeggingen after "Toezegging – ", narrowed by the words typed', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const uri = 'file:///data/completion.md';
    await h.open(uri, DRAFT);
    await h.diagnostics(uri, 1);
    const items = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 20 } })) as { label: string; detail: string; textEdit?: { newText: string } }[];
    const tz = items.filter((i) => /TZ\d{6}/.test(i.detail));
    assert.deepEqual(tz.map((i) => i.detail), ['TZ202309-010 · Openstaand · Infrastructuur en Waterstaat']);
    assert.match(tz[0]!.textEdit?.newText ?? '', /^De minister informeert de Kamer over de registratiekosten voor … \(TZ202309-010\)$/);
  });
});
