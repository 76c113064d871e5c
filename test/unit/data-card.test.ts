// core/features/data-card.ts: what the hover card (and `kamerbrief lookup`) says about a cited
// Kamerstuk from the snapshot — from a snapshot made here with every field filled, so that each
// line of the card is checked, and from the fixture snapshot of real rows.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import type { DocumentRecord, DossierRecord, MotieRecord, Snapshot } from '../../server/src/core/data-port.js';
import { dataCard, snapshotAge } from '../../server/src/core/features/data-card.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

const CREATED = '2025-04-25T10:53:21.952Z';
const daysLater = (n: number): Date => new Date(new Date(CREATED).getTime() + n * 86_400_000);
const citation = (text: string) => scanCitations(text).citations[0]!;

const doc = (nr: string, extra: Partial<DocumentRecord> = {}): DocumentRecord => ({
  key: `36200:${nr}`, dossier: '36200', nr, soort: 'Motie', titel: null, onderwerp: null, datum: null, vergaderjaar: null, ...extra,
});
const motie = (nr: string, extra: Partial<MotieRecord>): MotieRecord => ({
  key: `36200:${nr}`, zaakNummer: null, gewijzigd: false, indieners: [], medeIndieners: [], besluiten: [], uitkomst: null, vervangt: null, vervangenDoor: [], ...extra,
} as MotieRecord);

/** A small snapshot: dossier 36 200 with a motie (nr. 10) replaced by nr. 11, which was adopted. */
function snapshot(): Snapshot {
  const docs = new Map<string, DocumentRecord>([
    ['36200:10', doc('10', { datum: '2025-03-01', vergaderjaar: '2024-2025', onderwerp: '  Over *vette* zaken  ' })],
    ['36200:11', doc('11', { soort: 'Motie (gewijzigd/nader)' })],
  ]);
  const moties = new Map<string, MotieRecord>([
    ['36200:10', motie('10', { indieners: [{ naam: 'Van der Plas', fractie: 'BBB' }], medeIndieners: [{ naam: 'Eerdmans', fractie: null }], uitkomst: 'ingediend', vervangenDoor: ['36200:11'] })],
    ['36200:11', motie('11', { indieners: [{ naam: 'Van der Plas', fractie: 'BBB' }], uitkomst: 'aangenomen', vervangt: '36200:10' })],
  ]);
  const dossiers = new Map<string, DossierRecord>([['36200', { key: '36200', nummer: 36200, toevoeging: null, titel: 'Vaststelling [begroting]' }]]);
  return {
    meta: { createdAt: CREATED } as Snapshot['meta'],
    document: (k) => docs.get(k),
    motie: (k) => moties.get(k),
    dossier: (k) => dossiers.get(k),
  } as Snapshot;
}

describe('the data card of a cited Kamerstuk', () => {
  it('says the age of the data in days, then months', () => {
    assert.deepEqual([0, 1, 2, 59, 60, 200].map((n) => snapshotAge(CREATED, daysLater(n))), [
      'van vandaag', 'van gisteren', 'van 2 dagen geleden', 'van 59 dagen geleden', 'van 2 maanden geleden', 'van 7 maanden geleden',
    ]);
    // A clock before the snapshot, or a date that cannot be read: the date as it is.
    assert.equal(snapshotAge(CREATED, daysLater(-2)), 'van 2025-04-25');
    assert.equal(snapshotAge('onbekend', daysLater(1)), 'van onbekend');
  });

  it('shows every field it has, escaped, with the outcome reached through the amended motie', () => {
    const card = dataCard(citation('Kamerstuk 36 200, nr. 10'), snapshot(), daysLater(3))!;
    assert.deepEqual(card.split('  \n'), [
      '**Motie** · 2025-03-01 · vergaderjaar 2024-2025',
      'Over \\*vette\\* zaken',
      'Dossier: Vaststelling \\[begroting\\]',
      'Indiener: Van der Plas \\(BBB\\)',
      'Medeindieners: Eerdmans',
      'Afloop: aangenomen (via de gewijzigde motie)',
      'Gewijzigd door: Kamerstuk 36 200, nr. 11',
      '_Gegevens van 25 april 2025 (3 dagen geleden)._',
    ]);
    const amended = dataCard(citation('Kamerstuk 36 200, nr. 11'), snapshot(), daysLater(3))!;
    assert.deepEqual(amended.split('  \n').slice(0, 2), ['**Motie \\(gewijzigd/nader\\)**', 'Dossier: Vaststelling \\[begroting\\]']);
    assert.ok(amended.includes('Afloop: aangenomen  \nTer vervanging van: Kamerstuk 36 200, nr. 10'), amended);
  });

  it('several numbers: one block each, an unknown one said as such, and the date once at the end', () => {
    const card = dataCard(citation('Kamerstukken 29 754, nrs. 451 en 999'), fixtureSnapshot(), daysLater(3))!;
    assert.deepEqual(card.split('\n\n'), [
      'Kamerstuk 29 754, nr. 451  \n**Motie**  \nIndiener: Becker \\(VVD\\)  \nMedeindieners: ja (namen niet in de gegevens)  \n_Gegevens van 25 april 2025 (3 dagen geleden)._',
      'Kamerstuk 29 754, nr. 999: niet in de gegevens (van 3 dagen geleden)',
      '_Gegevens van 25 april 2025 (3 dagen geleden)._',
    ]);
    // One known number: no citation line above the card.
    assert.ok(dataCard(citation('Kamerstuk 29 754, nr. 451'), fixtureSnapshot(), daysLater(3))!.startsWith('**Motie**'));
    // Several dossiers name no one document: no card.
    assert.equal(dataCard(citation('Kamerstukken 29 754 en 30 123, nr. 3'), fixtureSnapshot(), daysLater(3)), null);
  });
});
