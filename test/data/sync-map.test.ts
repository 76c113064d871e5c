// data/sync/map.ts: OData entities → snapshot records, on the real Zaak, Document and Persoon rows
// of sync-fixtures.ts; each variant changes what one branch of the mapping reads.
import assert from 'node:assert/strict';
import { mapEntity } from '../../server/src/data/sync/map.js';
import { DOSSIER_30950, MOTIE_30950_495, PERSOON_ERGIN } from './sync-fixtures.js';

type Row = Record<string, unknown>;
const ZAAK = (): Row => ({ ...MOTIE_30950_495(), Kamerstukdossier: [DOSSIER_30950] });
const DOC = (): Row => (ZAAK().Document as Row[])[0]!;

describe('sync: mapping OData rows to records (map.ts)', () => {
  it('no Id: nothing; Verwijderd: a deletion; a Zaak that is no motie: nothing', () => {
    assert.equal(mapEntity('Zaak', { ...ZAAK(), Id: '' }), null);
    assert.deepEqual(mapEntity('Document', { ...DOC(), Verwijderd: true }), { set: 'Document', id: DOC().Id, deleted: true });
    assert.equal(mapEntity('Zaak', { ...ZAAK(), Soort: 'Schriftelijke vragen' }), null);
  });

  it('a motie Zaak: its document record, dossier and names as a letter cites them', () => {
    const change = mapEntity('Zaak', ZAAK())!;
    assert.equal(change.set, 'Zaak');
    assert.deepEqual(change.documents, [
      {
        key: '30950:495',
        dossier: '30950',
        nr: '495',
        soort: 'Motie',
        titel: 'Racisme en Discriminatie',
        onderwerp: 'Motie van het lid Ergin over halal- en koosjer vlees ondubbelzinnig erkennen',
        datum: '2025-10-02',
        vergaderjaar: '2025-2026',
        documentNummer: '2025D43129',
        zaakNummer: '2025Z18556',
        source: 'tk-odata:Document(22dc7057-2c16-4d24-a603-c73290548be9)',
      },
    ]);
    const motie = change.moties![0]!;
    assert.equal(motie.gewijzigd, false);
    assert.equal(motie.vervangt, null);
    assert.deepEqual(motie.vervangenDoor, []);
    assert.equal(motie.source, `tk-odata:Zaak(${ZAAK().Id})`);
  });

  it('only motie documents count; without one, documents with a volgnummer', () => {
    const bijlage = { ...DOC(), Id: 'bijlage', Soort: 'Bijlage', Volgnummer: 496 };
    assert.deepEqual(mapEntity('Zaak', { ...ZAAK(), Document: [bijlage, DOC()] })!.documents!.map((d) => d.key), ['30950:495']);
    const onlyOther = mapEntity('Zaak', { ...ZAAK(), Document: [bijlage, { ...bijlage, Id: 'x', Volgnummer: 0 }] })!;
    assert.deepEqual(onlyOther.documents!.map((d) => [d.key, d.soort]), [['30950:496', 'Bijlage']]);
  });

  it("without a usable document the Zaak's own volgnummer and dossier name the motie; a gewijzigde motie says so", () => {
    const bare = mapEntity('Zaak', { ...ZAAK(), Document: [], Onderwerp: '  Gewijzigde   motie van het lid Ergin  ' })!;
    assert.deepEqual(bare.documents!.map((d) => [d.key, d.nr, d.soort, d.onderwerp, d.documentNummer, d.source]), [
      ['30950:495', '495', 'Motie (gewijzigd/nader)', 'Gewijzigde motie van het lid Ergin', null, `tk-odata:Zaak(${ZAAK().Id})`],
    ]);
    assert.equal(bare.moties![0]!.gewijzigd, true);
    assert.equal(mapEntity('Zaak', { ...ZAAK(), Document: [], Volgnummer: 0 }), null, 'no dossier number or nr.: cannot be cited');
    assert.equal(mapEntity('Zaak', { ...ZAAK(), Document: [], Kamerstukdossier: [] }), null);
  });

  it('a document without dossier rows takes the dossier from its kst- identifier, with its toevoeging', () => {
    const doc = { ...DOC(), Kamerstukdossier: [], HuidigeDocumentVersie: { ExterneIdentifier: 'kst-36410-XVI-66' }, Volgnummer: null };
    const change = mapEntity('Document', doc)!;
    assert.deepEqual(change.documents!.map((d) => [d.key, d.dossier, d.nr]), [['36410-XVI:66', '36410-XVI', '66']]);
    assert.deepEqual(change.dossiers!.map((d) => [d.key, d.nummer, d.toevoeging, d.titel, d.source]), [['36410-XVI', 36410, 'XVI', 'Racisme en Discriminatie', `tk-odata:Document(${DOC().Id})`]]);
    assert.deepEqual(change.docIds, { [DOC().Id as string]: ['36410-XVI:66'] });
    assert.equal(mapEntity('Document', { ...doc, HuidigeDocumentVersie: null }), null, 'no dossier and no nr.');
    // Dossier rows, where present, come before the identifier.
    const both = mapEntity('Document', { ...DOC(), Kamerstukdossier: [DOSSIER_30950], HuidigeDocumentVersie: { ExterneIdentifier: 'kst-36410-XVI-66' } })!;
    assert.deepEqual(both.documents!.map((d) => d.key), ['30950:495']);
    assert.equal(mapEntity('Document', { ...doc, Soort: '' }), null, 'no soort');
  });

  it('a dossier title missing from its row is the Titel of the document; blank titles are none', () => {
    const doc = { ...DOC(), Kamerstukdossier: [{ ...DOSSIER_30950, Titel: '  ' }], Titel: '  Racisme  ' };
    assert.equal(mapEntity('Document', doc)!.dossiers![0]!.titel, 'Racisme');
    const blank = mapEntity('Document', { ...doc, Titel: ' ' })!;
    assert.equal(blank.dossiers![0]!.titel, null);
    assert.equal(blank.documents![0]!.titel, null);
    assert.equal(mapEntity('Document', { ...doc, Kamerstukdossier: [{ ...DOSSIER_30950, Nummer: 0 }], HuidigeDocumentVersie: null }), null, 'a dossier row without a number is no dossier');
  });

  it('a Persoon: trimmed names, blank ones none, party seats oldest first, seats without a party left out', () => {
    const seat = (afkorting: string | null, van: string, naamNL: string | null = null) => ({ Van: van, TotEnMet: null, FractieZetel: { Fractie: { Afkorting: afkorting, NaamNL: naamNL } } });
    const p: Row = { ...PERSOON_ERGIN(), Tussenvoegsel: ' van ', Initialen: ' ', Roepnaam: ' Doğukan ', FractieZetelPersoon: [seat('DENK', '2025-11-12T00:00:00'), seat(null, '2021-03-31T00:00:00', 'Partij X'), seat(null, '2019-01-01T00:00:00')] };
    const person = mapEntity('Persoon', p)!.person!;
    assert.deepEqual([person.achternaam, person.tussenvoegsel, person.initialen, person.roepnaam], ['Ergin', 'van', null, 'Doğukan']);
    assert.deepEqual(person.fracties.map((f) => [f.fractie, f.van]), [['Partij X', '2021-03-31'], ['DENK', '2025-11-12']]);
    assert.equal(person.source, `tk-odata:Persoon(${p.Id})`);
    assert.equal(mapEntity('Persoon', { ...p, Achternaam: '  ' }), null);
  });
});
