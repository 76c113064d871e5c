// The pure parts of sync that decide what a letter's citation finds: keys of dossiers and
// Kamerstukken as the Kamer writes them, the motie a gewijzigde motie replaces, its outcome, the
// order of change dates, how journaled changes land in the data, and where the data lives.
import assert from 'node:assert/strict';
import { defaultDataDir } from '../../server/src/data/sync/data-dir.js';
import { cleanToevoeging, docKey, dossierKey, instantKey, isoDate, laterInstant, parseKstId } from '../../server/src/data/sync/keys.js';
import { applyJournal, linkReplacements, workingFrom } from '../../server/src/data/sync/merge.js';
import { emptyIndex } from '../../server/src/data/sync/files.js';
import { tvvKey } from '../../server/src/data/sync/tvv.js';
import { uitkomstOf } from '../../server/src/data/sync/uitkomst.js';
import type { DocumentRecord, MotieRecord, SnapshotData } from '../../server/src/data/types.js';

const motie = (key: string, vervangt: string | null = null, vervangenDoor: string[] = []): MotieRecord => ({
  key, zaakNummer: null, gewijzigd: vervangt !== null, indieners: [{ naam: 'Podt', fractie: 'D66' }], medeIndieners: [], besluiten: [], uitkomst: null, vervangt, vervangenDoor,
});

const doc = (key: string, extra: Partial<DocumentRecord> = {}): DocumentRecord => {
  const [dossier, nr] = key.split(':') as [string, string];
  return { key, dossier, nr, soort: 'Motie', titel: `Motie ${key}`, onderwerp: null, datum: '2025-02-18', vergaderjaar: '2024-2025', ...extra };
};

describe('sync keys as the Kamer writes them', () => {
  it('dossier keys: spaces and a leading dash dropped, toevoeging upper case, a rijkswet number not part of it', () => {
    assert.equal(dossierKey('36 410', ' -xvi '), '36410-XVI');
    assert.equal(dossierKey('036410', null), '36410');
    assert.equal(dossierKey(21501, undefined), '21501');
    assert.equal(dossierKey(21501, '  '), '21501');
    assert.equal(dossierKey(36351, '(R2184)'), '36351');
    assert.equal(cleanToevoeging('-20'), '20');
    assert.equal(cleanToevoeging('x-1'), 'X-1', 'only a leading dash goes');
    assert.equal(cleanToevoeging(null), null);
    assert.equal(docKey('19637', ' 3370 '), '19637:3370');
    assert.equal(docKey('36410-XVI', 66), '36410-XVI:66');
  });

  it('kst ids: with and without toevoeging, lettered numbers, nothing else', () => {
    assert.deepEqual(parseKstId(' kst-36410-XVI-66 '), { nummer: 36410, toevoeging: 'XVI', nr: '66' });
    assert.deepEqual(parseKstId('kst-36600-A-B'), { nummer: 36600, toevoeging: 'A', nr: 'B' });
    assert.deepEqual(parseKstId('KST-34104-439'), { nummer: 34104, toevoeging: null, nr: '439' });
    for (const other of ['ah-tk-20242025-1', 'kst-19637', 'kst-19637-3370-x-y', 'xkst-19637-3370', 'kst-19637-3370x', 'kst--3370', '', null, undefined]) assert.equal(parseKstId(other), null, String(other));
  });

  it('calendar dates without a zone shift; instants in UTC with any number of fraction digits', () => {
    assert.equal(isoDate('2025-02-13T23:30:00-05:00'), '2025-02-13');
    assert.equal(isoDate('13-02-2025'), null);
    assert.equal(isoDate('x2025-02-13'), null);
    assert.equal(isoDate(null), null);
    assert.equal(instantKey('2025-02-19T15:02:37.08Z'), '2025-02-19T15:02:37.080000000Z');
    assert.equal(instantKey('2025-02-19T16:02:37.0830402+01:00'), '2025-02-19T15:02:37.083040200Z');
    assert.equal(instantKey('2025-02-19T15:02:37'), '2025-02-19T15:02:37.000000000Z', 'no zone: UTC');
    assert.equal(instantKey('2025-02-19T15:02'), '2025-02-19T15:02:00.000000000Z');
    assert.equal(instantKey(' 2025-02-19T15:02:37.1234567891Z '), '2025-02-19T15:02:37.123456789Z');
    assert.equal(instantKey('gisteren'), 'gisteren');
    assert.equal(instantKey('2025-02-30T25:00:00Z'), '2025-02-30T25:00:00Z', 'not a time: as it is');
    assert.equal(laterInstant(null, '2025-01-01T00:00:00Z'), '2025-01-01T00:00:00Z');
    assert.equal(laterInstant('2025-01-01T00:00:00Z', undefined), '2025-01-01T00:00:00Z');
    assert.equal(laterInstant(null, null), null);
    // An hour later in UTC, though it reads as earlier.
    assert.equal(laterInstant('2025-01-01T10:30:00Z', '2025-01-01T10:00:00-01:00'), '2025-01-01T10:00:00-01:00');
    assert.equal(laterInstant('2025-01-01T10:00:00-01:00', '2025-01-01T10:30:00Z'), '2025-01-01T10:00:00-01:00');
    assert.equal(laterInstant('2025-01-01T10:00:00Z', '2025-01-01T10:00:00.000Z'), '2025-01-01T10:00:00Z', 'the same instant: the first');
  });

  it('t.v.v.: the replaced motie, also with a letter number or a non-breaking space', () => {
    assert.equal(tvvKey('Gewijzigde motie van het lid Podt c.s. (t.v.v. 19637-3370)'), '19637:3370');
    assert.equal(tvvKey('Nader gewijzigde motie (t. v. v. 36\u00a0600-VII, nr. 12)'), '36600-VII:12');
    assert.equal(tvvKey('Gewijzigde motie (t.v.v. 36600-A)'), '36600:A');
    assert.equal(tvvKey('(tvv 19637-3370)'), null);
    assert.equal(tvvKey(null), null);
  });

  it('outcome: the last decisive besluit, "ingediend" when only that, else nothing', () => {
    const b = (soort: string) => ({ soort, tekst: null });
    assert.equal(uitkomstOf([b('Stemmen - aangenomen'), b('Ingediend')]), 'aangenomen', 'a later Ingediend decides nothing');
    assert.equal(uitkomstOf([b('Stemmen - verworpen'), b('Stemmen - aangenomen')]), 'aangenomen');
    assert.equal(uitkomstOf([b('Stemmen - uitstel')]), 'uitgesteld');
    assert.equal(uitkomstOf([b('STEMMEN - VERWORPEN')]), 'verworpen');
    assert.equal(uitkomstOf([b('Ingediend'), b('Brief')]), 'ingediend');
    assert.equal(uitkomstOf([b('Brief'), b('Aangehouden stemmen')]), null, 'only at the start of the soort');
    assert.equal(uitkomstOf([b('Niet ingediend')]), null);
  });

  it('data folder on macOS: Application Support, unless XDG_DATA_HOME is set; on Windows without LOCALAPPDATA: the home\'s AppData', () => {
    assert.equal(defaultDataDir({}, 'darwin', '/Users/a'), '/Users/a/Library/Application Support/kamerbrief/gegevens');
    assert.equal(defaultDataDir({ XDG_DATA_HOME: '/x' }, 'darwin', '/Users/a'), '/x/kamerbrief/gegevens');
    assert.equal(defaultDataDir({}, 'win32', 'C:\\Users\\a'), 'C:\\Users\\a\\AppData\\Local\\kamerbrief\\gegevens');
    assert.equal(defaultDataDir({ XDG_DATA_HOME: '' }, 'linux', '/home/a'), '/home/a/.local/share/kamerbrief/gegevens');
  });
});

describe('sync merge: how changes land in the data', () => {
  it('a gewijzigde motie links both ways; a motie that names itself, or nothing, replaces nothing', () => {
    const moties = new Map([
      ['19637:3370', motie('19637:3370', null, ['19637:9999'])],
      ['19637:3384', motie('19637:3384', '19637:3370')],
      ['19637:3390', motie('19637:3390', '19637:3370')],
      ['19637:10', motie('19637:10', '19637:3370')],
      ['19637:3400', motie('19637:3400', '19637:3400')],
    ]);
    const before = moties.get('19637:3384');
    linkReplacements(moties);
    assert.deepEqual(moties.get('19637:3370')?.vervangenDoor, ['19637:10', '19637:3384', '19637:3390'], 'in number order');
    assert.deepEqual(moties.get('19637:3400')?.vervangenDoor, []);
    assert.equal(moties.get('19637:3384'), before, 'a motie whose links did not change is the same record');
  });

  it('an upsert keeps the dossier title and the zaak number it had when the new record lacks them; Persoon changes only on a full read', () => {
    const base: SnapshotData = {
      meta: { format: 2, createdAt: '2026-01-01T00:00:00.000Z', origin: 'test', syncedUntil: {}, counts: { dossiers: 1, documents: 1, moties: 0, persons: 1 } },
      dossiers: [{ key: '19637', nummer: 19637, toevoeging: null, titel: 'Vreemdelingenbeleid' }],
      documents: [doc('19637:3370', { zaakNummer: '2025Z02753' })],
      moties: [],
      persons: [{ id: 'p1', achternaam: 'Podt', tussenvoegsel: null, initialen: null, roepnaam: null, fracties: [] }],
    };
    const w = workingFrom(base);
    const index = emptyIndex();
    const person = { id: 'p2', achternaam: 'Piri', tussenvoegsel: null, initialen: null, roepnaam: null, fracties: [] };
    applyJournal(w, index, [
      { set: 'Document', changes: [{ set: 'Document', id: 'D1', dossiers: [{ key: '19637', nummer: 19637, toevoeging: null, titel: null }], documents: [doc('19637:3370', { titel: 'Nieuw' })], docIds: { D1: ['19637:3370'] } }] },
      { set: 'Persoon', changes: [{ set: 'Persoon', id: 'p2', person }, { set: 'Persoon', id: 'p1', deleted: true }] },
    ], false);
    assert.equal(w.dossiers.get('19637')?.titel, 'Vreemdelingenbeleid');
    assert.equal(w.documents.get('19637:3370')?.titel, 'Nieuw');
    assert.equal(w.documents.get('19637:3370')?.zaakNummer, '2025Z02753');
    assert.deepEqual([...w.persons.keys()], ['p1'], 'an incremental run leaves the members alone');
    applyJournal(w, index, [
      { set: 'Document', changes: [{ set: 'Document', id: 'D1', dossiers: [{ key: '19637', nummer: 19637, toevoeging: null, titel: 'Nieuwe titel' }], documents: [doc('19637:3370', { zaakNummer: '2025Z99999' })], docIds: { D1: ['19637:3370'] } }] },
      { set: 'Persoon', changes: [{ set: 'Persoon', id: 'p2', person }, { set: 'Persoon', id: 'p3', deleted: true }, { set: 'Persoon', id: 'p4' }] },
    ], true);
    assert.equal(w.dossiers.get('19637')?.titel, 'Nieuwe titel');
    assert.equal(w.documents.get('19637:3370')?.zaakNummer, '2025Z99999');
    assert.deepEqual([...w.persons.keys()], ['p2'], 'a full read replaces the members');
    assert.deepEqual(w.stats, { upserts: 2, deletions: 0 });
  });

  it('a Document or Zaak that now yields other keys drops the ones it no longer yields, and remembers what it depends on', () => {
    const w = workingFrom(null);
    const index = emptyIndex();
    applyJournal(w, index, [
      { set: 'Document', changes: [{ set: 'Document', id: 'D1', documents: [doc('19637:3370'), doc('19637:3371')], docIds: { D1: ['19637:3370', '19637:3371'] } }] },
      { set: 'Zaak', changes: [{ set: 'Zaak', id: 'Z1', moties: [motie('19637:3370'), motie('19637:3371')], deps: ['P1', 'D1'] }, { set: 'Zaak', id: 'Z2', moties: [], deps: ['P1'] }] },
    ], false);
    applyJournal(w, index, [
      { set: 'Document', changes: [{ set: 'Document', id: 'D1', documents: [doc('19637:3370')], docIds: { D1: ['19637:3370'] } }] },
      { set: 'Zaak', changes: [{ set: 'Zaak', id: 'Z1', moties: [motie('19637:3371')], deps: ['P1'] }] },
    ], false);
    assert.deepEqual([...w.documents.keys()], ['19637:3370']);
    assert.deepEqual([...w.moties.keys()], ['19637:3371']);
    assert.deepEqual(index.zaak, { Z1: ['19637:3371'], Z2: [] });
    assert.deepEqual(index.dep, { P1: ['Z1', 'Z2'], D1: ['Z1'] });
    applyJournal(w, index, [{ set: 'Zaak', changes: [{ set: 'Zaak', id: 'Z9', deleted: true }] }], false);
    assert.deepEqual(w.stats, { upserts: 5, deletions: 0 }, 'deleting an unknown Zaak deletes nothing');
  });
});
