// core/features/toezegging-card.ts: the hover card on a "Toezegging – …" heading — the register's
// entry found by number or by text, with every field escaped, and what is said when nothing fits.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import type { Snapshot, ToezeggingRecord } from '../../server/src/core/data-port.js';
import { toezeggingHover } from '../../server/src/core/features/toezegging-card.js';

const CREATED = '2026-12-03T10:00:00.000Z';
const NOW = new Date('2026-12-06T12:00:00.000Z');
const FULL: ToezeggingRecord = {
  id: 'g1',
  nummer: 'TZ202401-042',
  tekst: 'De minister stuurt de Kamer voor de zomer een brief over de *stikstofbank* en de voortgang van de vergunningverlening.',
  status: 'Openstaand',
  datumNakoming: '2024-07-01',
  aanmaakdatum: '2024-01-10',
  ministerie: 'Landbouw, Visserij, Voedselzekerheid en Natuur',
  toezegger: 'Wiersma, F.M.',
  functie: 'minister',
  activiteit: { nummer: null, soort: 'Commissiedebat', onderwerp: 'Stikstof', datum: '2024-01-10' },
  kamerbriefNakoming: 'Kamerstuk 35 334, nr. 300',
};
const BARE: ToezeggingRecord = { id: 'g2', nummer: 'TZ202402-001', tekst: null, status: null, datumNakoming: null, aanmaakdatum: null, ministerie: null, toezegger: 'Jansen', functie: null, activiteit: { nummer: null, soort: null, onderwerp: null, datum: null }, kamerbriefNakoming: null };

const snapshot = (register: ToezeggingRecord[] | null): Snapshot =>
  ({ meta: { createdAt: CREATED }, ...(register ? { toezeggingen: () => register } : {}) }) as unknown as Snapshot;

function hover(text: string, data: Snapshot | null, at = text.indexOf('Toezegging')) {
  return toezeggingHover(analyze(text), at, data, NOW);
}

describe('the hover card of a toezegging heading', () => {
  it('the entry found by its number, every field escaped', () => {
    const text = '## Toezegging – Stikstofbank (TZ202401-042)\n\nZie het debat.\n';
    const card = hover(text, snapshot([BARE, FULL]))!;
    assert.deepEqual(card.markdown.split('  \n'), [
      '**Toezegging TZ202401-042** · Openstaand',
      'De minister stuurt de Kamer voor de zomer een brief over de \\*stikstofbank\\* en de voortgang van de vergunningverlening.',
      'Nakomingsdatum: 1 juli 2024',
      'Ministerie: Landbouw, Visserij, Voedselzekerheid en Natuur',
      'Toegezegd door: Wiersma, F.M. \\(minister\\)',
      'Debat: Commissiedebat Stikstof van 10 januari 2024',
      'Nagekomen met: Kamerstuk 35 334, nr. 300',
      '_Gegevens van 3 december 2026 (3 dagen geleden)._',
    ]);
    assert.equal(text.slice(card.start, card.end), '## Toezegging – Stikstofbank (TZ202401-042)');
    // An entry with few fields: only what it has.
    const bare = hover('## Toezegging – Iets (TZ202402-001)\n\nTekst.\n', snapshot([BARE, FULL]))!;
    assert.deepEqual(bare.markdown.split('  \n'), ['**Toezegging TZ202402-001**', 'Toegezegd door: Jansen', '_Gegevens van 3 december 2026 (3 dagen geleden)._']);
  });

  it('a number the register does not know, a text that matches nothing, no register at all', () => {
    const unknown = hover('## Toezegging – Iets (TZ209912-001)\n\nTekst.\n', snapshot([FULL]))!;
    assert.equal(unknown.markdown.split('  \n')[0], 'TZ209912-001: niet in de toezeggingenregistratie.');
    const none = hover('## Toezegging – Fietspaden\n\nOver fietspaden in Drenthe.\n', snapshot([FULL]))!;
    assert.equal(none.markdown.split('  \n')[0], 'Geen toezegging met een vergelijkbare tekst in de toezeggingenregistratie.');
    const noRegister = hover('## Toezegging – Fietspaden\n\nTekst.\n', snapshot(null))!;
    assert.deepEqual(noRegister.markdown.split('  \n'), ['De gegevens bevatten geen toezeggingenregistratie; voer kamerbrief sync uit.', '_Gegevens van 3 december 2026 (3 dagen geleden)._']);
  });

  it('the entry found by its text, with how well it matched', () => {
    const text = '## Toezegging – Brief over de stikstofbank\n\nDe minister stuurt de Kamer voor de zomer een brief over de stikstofbank en de voortgang van de vergunningverlening.\n';
    const lines = hover(text, snapshot([FULL]))!.markdown.split('  \n');
    assert.equal(lines[0], '**Toezegging TZ202401-042** · Openstaand');
    // Every content word of the register's text is in the section: 100 %.
    assert.equal(lines.at(-2), '_Gevonden op tekst (overeenkomst 100 %)._');
  });

  it('nothing without data, or off the heading', () => {
    const text = '## Toezegging – Stikstofbank (TZ202401-042)\n\nZie het debat.\n';
    assert.equal(hover(text, null), null);
    assert.equal(hover(text, snapshot([FULL]), text.indexOf('debat')), null);
  });
});
