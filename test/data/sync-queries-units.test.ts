// data/sync/queries.ts, exactly: the URL every pass asks (each parameter, its order and its
// encoding), when each pass runs, the Zaak Ids an affects pass takes from its rows, where
// registerPass puts a new pass, the fallbacks for a server that refuses $orderby or $select, the
// sync-point keys and the date literals. The replay tests match parts of these URLs with regexes
// and look at the snapshot a sync ends with; a changed field list, a dropped clause or an
// off-by-one in the reread batches still passed them, and any of those makes the Gegevensmagazijn
// answer a different question.
import assert from 'node:assert/strict';
import {
  minusMargin, passDef, PASSES, registerPass, REREAD_BATCH, RESUME_MARGIN_MS, SET_LABEL, sinceLiteral, syncedUntilKey, withoutOrder, withoutSelect,
  type PassContext, type PassDef,
} from '../../server/src/data/sync/queries.js';
import { MOTIE_3370, sample, ZAAKACTOR_30950_495 } from './sync-fixtures.js';

const ENDPOINT = 'https://x.test/OData/v4/2.0/';
const BOUND = '2025-03-05T12:02:07.0737743Z';

/** An incremental, unrestricted sync (the weekly one). */
const weekly: PassContext = {
  endpoint: ENDPOINT, dossiers: [],
  bounds: { Zaak: BOUND, Document: '2025-03-01T00:00:00Z' },
  deletionBounds: { Zaak: BOUND, Document: null },
  runStartBound: '2025-03-06T09:00:00Z', affected: [],
};
/** A first sync: nothing known yet. */
const first: PassContext = { ...weekly, bounds: {}, deletionBounds: {} };

// The field lists as opendata.md §5 asks for them, written out here (not imported) so a changed
// constant in queries.ts shows up.
const DOSSIER = 'Kamerstukdossier($select=Id,Nummer,Toevoeging,Titel,Verwijderd)';
const DOC_FIELDS = 'Id,Soort,DocumentNummer,Titel,Onderwerp,Datum,Vergaderjaar,Volgnummer,Verwijderd,ApiGewijzigdOp';
const DOC_EXPAND = `${DOSSIER},HuidigeDocumentVersie($select=Id,ExterneIdentifier)`;
const ZAAK_FIELDS = 'Id,Nummer,Soort,Titel,Onderwerp,GestartOp,Vergaderjaar,Volgnummer,Kabinetsappreciatie,Verwijderd,ApiGewijzigdOp';
const ZAAK_EXPAND = [
  DOSSIER,
  'ZaakActor($select=Id,Relatie,ActorNaam,ActorFractie,Persoon_Id,Verwijderd;$expand=Persoon($select=Id,Achternaam,Tussenvoegsel))',
  'Besluit($select=Id,BesluitSoort,BesluitTekst,Status,GewijzigdOp,AgendapuntZaakBesluitVolgorde,Verwijderd;$expand=Agendapunt($select=Id;$expand=Activiteit($select=Id,Datum)))',
  `Document($select=${DOC_FIELDS};$expand=${DOC_EXPAND})`,
].join(',');
const PERSOON_FIELDS = 'Id,Achternaam,Tussenvoegsel,Initialen,Roepnaam,Verwijderd';
const PERSOON_EXPAND = 'FractieZetelPersoon($select=Id,Van,TotEnMet,Verwijderd;$expand=FractieZetel($select=Id;$expand=Fractie($select=Id,Afkorting,NaamNL)))';

/** The URLs of a pass, as the OData server reads them: path and the decoded parameters in order. */
function asked(name: string, ctx: PassContext): { path: string; params: [string, string][] }[] {
  return passDef(name)!.urls(ctx).map((u) => {
    const parsed = new URL(u);
    return { path: parsed.origin + parsed.pathname, params: [...parsed.searchParams] };
  });
}

/** Runs `body` with PASSES as `list`, then puts the real list back (registerPass edits it in place). */
function withPasses(list: PassDef[], body: () => void): void {
  const saved = [...PASSES];
  PASSES.splice(0, PASSES.length, ...list);
  try {
    body();
  } finally {
    PASSES.splice(0, PASSES.length, ...saved);
  }
}

const extra = (name: string, kind: PassDef['kind'] = 'records'): PassDef => ({ name, entitySet: 'X', kind, runs: () => true, urls: () => [] });

describe('sync queries, exactly (data/sync/queries.ts)', () => {
  it('the step names people see, per pass; the overlap margin is one hour; 20 Ids per reread', () => {
    // Every pass has a label (check.ts and the progress lines fall back to the bare name otherwise).
    for (const p of PASSES) assert.ok(SET_LABEL[p.name], p.name);
    assert.deepEqual(SET_LABEL, {
      Persoon: 'Kamerleden',
      Zaak: 'moties',
      Document: 'kamerstukken',
      'Besluit?': 'gewijzigde besluiten',
      'ZaakActor?': 'gewijzigde indieners',
      'Agendapunt?': 'gewijzigde agendapunten',
      'Activiteit?': 'gewijzigde activiteiten',
      'Document?': 'gewijzigde motiedocumenten',
      'Zaak!': 'moties opnieuw gelezen',
      'Zaak-': 'verwijderde moties',
      'Document-': 'verwijderde kamerstukken',
    });
    assert.equal(RESUME_MARGIN_MS, 3_600_000);
    assert.equal(REREAD_BATCH, 20);
  });

  it('each pass: its entity set, kind and the set it maps', () => {
    assert.deepEqual(PASSES.map((p) => [p.name, p.entitySet, p.kind, p.maps ?? null]), [
      ['Persoon', 'Persoon', 'records', 'Persoon'],
      ['Zaak', 'Zaak', 'records', 'Zaak'],
      ['Document', 'Document', 'records', 'Document'],
      ['Besluit?', 'Besluit', 'affects', null],
      ['ZaakActor?', 'ZaakActor', 'affects', null],
      ['Agendapunt?', 'Agendapunt', 'affects', null],
      ['Activiteit?', 'Activiteit', 'affects', null],
      ['Document?', 'Document', 'affects', null],
      ['Zaak!', 'Zaak', 'reread', 'Zaak'],
      ['Zaak-', 'Zaak', 'deletions', 'Zaak'],
      ['Document-', 'Document', 'deletions', 'Document'],
    ]);
    assert.equal(passDef('Zaak!')!.kind, 'reread');
    assert.equal(passDef('Zaak?'), undefined, 'no such pass');
  });

  it('which passes run: a Zaak sync point makes a sync incremental, a Document one alone does not', () => {
    const running = (ctx: PassContext) => PASSES.filter((p) => p.runs(ctx)).map((p) => p.name);
    const always = ['Persoon', 'Zaak', 'Document', 'Zaak-', 'Document-'];
    assert.deepEqual(running(first), always);
    assert.deepEqual(running({ ...first, bounds: { Zaak: null, Document: BOUND } }), always);
    assert.deepEqual(running({ ...first, bounds: { Zaak: BOUND } }), [...always.slice(0, 3), 'Besluit?', 'ZaakActor?', 'Agendapunt?', 'Activiteit?', 'Document?', 'Zaak!', ...always.slice(3)]);
  });

  it('Kamerleden: every member in full, with fractie seats, unsorted', () => {
    assert.deepEqual(asked('Persoon', weekly), [{
      path: 'https://x.test/OData/v4/2.0/Persoon',
      params: [['$filter', 'Verwijderd eq false'], ['$select', PERSOON_FIELDS], ['$expand', PERSOON_EXPAND]],
    }]);
  });

  it('moties: records pass, first sync and weekly, sorted, with every expand', () => {
    const zaak = (filter: string) => [{
      path: 'https://x.test/OData/v4/2.0/Zaak',
      params: [['$filter', filter], ['$orderby', 'ApiGewijzigdOp,Id'], ['$select', ZAAK_FIELDS], ['$expand', ZAAK_EXPAND]],
    }];
    assert.deepEqual(asked('Zaak', first), zaak("Soort eq 'Motie' and Verwijderd eq false"));
    assert.deepEqual(asked('Zaak', weekly), zaak(`Soort eq 'Motie' and Verwijderd eq false and ApiGewijzigdOp gt ${BOUND}`));
  });

  it('kamerstukken: numbered, not a motie, bounded by their own sync point', () => {
    const doc = (filter: string) => [{
      path: 'https://x.test/OData/v4/2.0/Document',
      params: [['$filter', filter], ['$orderby', 'ApiGewijzigdOp,Id'], ['$select', DOC_FIELDS], ['$expand', DOC_EXPAND]],
    }];
    const wanted = "Volgnummer gt 0 and Soort ne 'Motie' and Soort ne 'Motie (gewijzigd/nader)' and Verwijderd eq false";
    assert.deepEqual(asked('Document', first), doc(wanted));
    assert.deepEqual(asked('Document', weekly), doc(`${wanted} and ApiGewijzigdOp gt 2025-03-01T00:00:00Z`), 'the Document point, not the Zaak one');
    assert.deepEqual(asked('Document', { ...weekly, bounds: { Zaak: BOUND, Document: null } }), doc(wanted), 'no Document point yet: all of them');
  });

  it('dossiers: one is a bare any(), several are or-ed in brackets, each set with its own range variable', () => {
    const filter = (name: string, dossiers: number[]) => asked(name, { ...first, dossiers })[0]!.params[0]![1];
    assert.equal(filter('Zaak', [19637]), "Soort eq 'Motie' and Kamerstukdossier/any(k: k/Nummer eq 19637) and Verwijderd eq false");
    assert.equal(
      filter('Zaak', [36600, 29754]),
      "Soort eq 'Motie' and (Kamerstukdossier/any(k: k/Nummer eq 36600) or Kamerstukdossier/any(k: k/Nummer eq 29754)) and Verwijderd eq false",
    );
    assert.equal(
      filter('Document', [19637]),
      "Volgnummer gt 0 and Soort ne 'Motie' and Soort ne 'Motie (gewijzigd/nader)' and Kamerstukdossier/any(d: d/Nummer eq 19637) and Verwijderd eq false",
    );
    assert.equal(
      filter('Document', [1, 2, 3]),
      "Volgnummer gt 0 and Soort ne 'Motie' and Soort ne 'Motie (gewijzigd/nader)' and (Kamerstukdossier/any(d: d/Nummer eq 1) or Kamerstukdossier/any(d: d/Nummer eq 2) or Kamerstukdossier/any(d: d/Nummer eq 3)) and Verwijderd eq false",
    );
    // Only the records passes narrow; persons and deletions do not.
    assert.deepEqual(asked('Persoon', { ...weekly, dossiers: [19637] }), asked('Persoon', weekly));
    assert.deepEqual(asked('Zaak-', { ...weekly, dossiers: [19637] }), asked('Zaak-', weekly));
  });

  it('affects passes: Ids changed since the Zaak sync point, with the link back only where the row lacks it', () => {
    const since = ['$filter', `ApiGewijzigdOp gt ${BOUND}`];
    const at = (set: string) => `https://x.test/OData/v4/2.0/${set}`;
    assert.deepEqual(asked('Besluit?', weekly), [{ path: at('Besluit'), params: [since, ['$select', 'Id'], ['$expand', 'Zaak($select=Id)']] }]);
    assert.deepEqual(asked('ZaakActor?', weekly), [{ path: at('ZaakActor'), params: [since, ['$select', 'Id,Zaak_Id']] }], 'Zaak_Id is a field: no expand');
    assert.deepEqual(asked('Agendapunt?', weekly), [{ path: at('Agendapunt'), params: [since, ['$select', 'Id']] }]);
    assert.deepEqual(asked('Activiteit?', weekly), [{ path: at('Activiteit'), params: [since, ['$select', 'Id']] }]);
    assert.deepEqual(asked('Document?', weekly), [{
      path: at('Document'),
      params: [['$filter', `(Soort eq 'Motie' or Soort eq 'Motie (gewijzigd/nader)') and ApiGewijzigdOp gt ${BOUND}`], ['$select', 'Id'], ['$expand', 'Zaak($select=Id)']],
    }], 'only motie Documents, bounded by the Zaak point (they belong to the moties)');
  });

  it('affects passes: the Zaak Ids in real rows; junk and missing links give none', () => {
    const zaakIds = (name: string, row: Record<string, unknown>) => passDef(name)!.zaakIds!(row);
    // A real Besluit with the real Zaak rows its Agendapunt points at (Stemming sample).
    const stemming = JSON.parse(sample('tk-odata-stemming-expand-besluit-agendapunt-zaak.json')) as { value: { Besluit: { Id: string; Agendapunt: { Zaak: { Id: string }[] } } }[] };
    const besluit = stemming.value[0]!.Besluit;
    const zaken = besluit.Agendapunt.Zaak;
    assert.ok(zaken.length > 0);
    assert.deepEqual(zaakIds('Besluit?', { Id: besluit.Id, Zaak: zaken }), zaken.map((z) => z.Id));
    assert.deepEqual(zaakIds('Besluit?', { Id: besluit.Id, Zaak: [null, { Id: null }, { Id: 7 }, {}, { Id: 'z1' }] }), ['z1'], 'only string Ids; a null entry does not throw');
    assert.deepEqual(zaakIds('Besluit?', { Id: besluit.Id, Zaak: { Id: 'z1' } }), [], 'not an array');
    assert.deepEqual(zaakIds('Besluit?', { Id: besluit.Id }), []);
    // Real ZaakActor rows carry Zaak_Id themselves.
    const [indiener] = ZAAKACTOR_30950_495();
    assert.deepEqual(zaakIds('ZaakActor?', indiener!), ['caf4e88d-58b8-4b90-a6c7-bb4b1d2198c5']);
    assert.deepEqual(zaakIds('ZaakActor?', { ...indiener!, Zaak_Id: null }), []);
    assert.deepEqual(zaakIds('ZaakActor?', { Id: 'a', Zaak: [{ Id: 'z1' }] }), [], 'ZaakActor reads Zaak_Id, not an expand');
    // Agendapunt and Activiteit changes cannot be traced to a Zaak from their own row.
    assert.deepEqual(zaakIds('Agendapunt?', { Id: 'a', Zaak: [{ Id: 'z1' }], Zaak_Id: 'z1' }), []);
    assert.deepEqual(zaakIds('Activiteit?', { Id: 'a', Zaak: [{ Id: 'z1' }], Zaak_Id: 'z1' }), []);
    // A real motie Document and the Zaak it belongs to.
    const motie = MOTIE_3370();
    const docId = (motie.Document as { Id: string }[])[0]!.Id;
    assert.deepEqual(zaakIds('Document?', { Id: docId, Zaak: [{ Id: motie.Id }] }), [motie.Id]);
    assert.deepEqual(zaakIds('Document?', { Id: docId, Zaak: null }), []);
    // Passes that do not look for Zaak Ids have no zaakIds at all (sync.ts asks `def.zaakIds`).
    for (const name of ['Persoon', 'Zaak', 'Document', 'Zaak!', 'Zaak-', 'Document-']) assert.equal(passDef(name)!.zaakIds, undefined, name);
  });

  it('reread: no affected motie, no request; batches of exactly 20 Ids, the last one shorter', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `id${i}`);
    const filters = (n: number) => asked('Zaak!', { ...weekly, affected: ids(n) }).map((a) => a.params[0]![1]);
    assert.deepEqual(filters(0), []);
    assert.deepEqual(filters(1), ['Id eq id0']);
    assert.deepEqual(filters(20), [ids(20).map((i) => `Id eq ${i}`).join(' or ')], 'twenty fit one request');
    assert.deepEqual(filters(21), [ids(20).map((i) => `Id eq ${i}`).join(' or '), 'Id eq id20']);
    const [one] = asked('Zaak!', { ...weekly, affected: ['a', 'b'] });
    assert.deepEqual(one, {
      path: 'https://x.test/OData/v4/2.0/Zaak',
      params: [['$filter', 'Id eq a or Id eq b'], ['$select', ZAAK_FIELDS], ['$expand', ZAAK_EXPAND]],
    }, 'the same fields as the records pass, unsorted');
  });

  it('deletions: Id and Verwijderd only, since the set\'s own point, else since the run\'s start', () => {
    const del = (name: string, ctx: PassContext) => asked(name, ctx)[0]!;
    assert.deepEqual(del('Zaak-', weekly), {
      path: 'https://x.test/OData/v4/2.0/Zaak',
      params: [['$filter', `Verwijderd eq true and ApiGewijzigdOp gt ${BOUND}`], ['$select', 'Id,Verwijderd']],
    });
    assert.deepEqual(del('Document-', weekly), {
      path: 'https://x.test/OData/v4/2.0/Document',
      params: [['$filter', 'Verwijderd eq true and ApiGewijzigdOp gt 2025-03-06T09:00:00Z'], ['$select', 'Id,Verwijderd']],
    });
    assert.equal(del('Zaak-', { ...weekly, deletionBounds: { Document: BOUND } }).params[0]![1], 'Verwijderd eq true and ApiGewijzigdOp gt 2025-03-06T09:00:00Z', 'each set its own point');
  });

  it('the URL itself: one slash after the endpoint, the values percent-encoded, the keys as they are', () => {
    const [withSlash] = passDef('Zaak-')!.urls(weekly);
    const [without] = passDef('Zaak-')!.urls({ ...weekly, endpoint: 'https://x.test/OData/v4/2.0' });
    const expected = 'https://x.test/OData/v4/2.0/Zaak?$filter=Verwijderd%20eq%20true%20and%20ApiGewijzigdOp%20gt%202025-03-05T12%3A02%3A07.0737743Z&$select=Id%2CVerwijderd';
    assert.equal(withSlash, expected);
    assert.equal(without, expected);
    assert.equal(passDef('Persoon')!.urls(weekly)[0]!.split('?')[1]!.split('&').map((p) => p.split('=')[0]).join(' '), '$filter $select $expand');
    // An offset with "+" must reach the server as %2B, not as a space.
    const [plus] = passDef('Besluit?')!.urls({ ...weekly, bounds: { Zaak: '2025-03-05T13:00:00+01:00' } });
    assert.ok(plus!.includes('gt%202025-03-05T13%3A00%3A00%2B01%3A00&'), plus);
  });

  it('registerPass: before the first deletion pass, once per name, at the end when there is none', () => {
    withPasses([...PASSES], () => {
      const mine = extra('Toezegging');
      registerPass(mine);
      assert.deepEqual(PASSES.map((p) => p.name).slice(-4), ['Zaak!', 'Toezegging', 'Zaak-', 'Document-']);
      assert.equal(passDef('Toezegging'), mine);
      registerPass(extra('Toezegging', 'affects'));
      assert.equal(PASSES.filter((p) => p.name === 'Toezegging').length, 1, 'a second registration is ignored');
      assert.equal(passDef('Toezegging'), mine);
      registerPass(extra('Later'));
      assert.deepEqual(PASSES.map((p) => p.name).slice(-5), ['Zaak!', 'Toezegging', 'Later', 'Zaak-', 'Document-'], 'in registration order');
    });
    withPasses([extra('A'), extra('B')], () => {
      registerPass(extra('C'));
      assert.deepEqual(PASSES.map((p) => p.name), ['A', 'B', 'C']);
    });
    withPasses([extra('D-', 'deletions'), extra('E')], () => {
      registerPass(extra('C'));
      assert.deepEqual(PASSES.map((p) => p.name), ['C', 'D-', 'E'], 'a deletion pass at index 0 still comes after');
    });
    assert.equal(passDef('Toezegging'), undefined, 'the real list is back');
    assert.equal(PASSES.length, 11);
  });

  it('withoutOrder: the same start URL minus $orderby; null when it has none', () => {
    const [zaak] = passDef('Zaak')!.urls(weekly);
    const plain = withoutOrder(zaak!)!;
    // WHATWG URL parsing percent-encodes the apostrophe in a query; the server decodes both alike.
    assert.equal(plain, zaak!.replace('&$orderby=ApiGewijzigdOp%2CId', '').replaceAll("'", '%27'));
    assert.ok(plain.startsWith('https://x.test/OData/v4/2.0/Zaak?$filter=Soort%20eq%20'), plain);
    assert.equal(withoutOrder('https://x.test/api/Zaak?$orderby=Id&$top=5'), 'https://x.test/api/Zaak?$top=5', 'also as the first parameter');
    assert.equal(withoutOrder('https://x.test/api/Zaak?$top=5&$orderby=Id'), 'https://x.test/api/Zaak?$top=5');
    assert.equal(withoutOrder('https://x.test/api/Zaak?$top=5&x$orderby=1&$orderby=Id'), 'https://x.test/api/Zaak?$top=5&x$orderby=1', 'only the parameter itself');
    assert.equal(withoutOrder(passDef('Persoon')!.urls(weekly)[0]!), null, 'the Persoon query is not sorted');
    assert.equal(withoutOrder('https://x.test/api/Zaak'), null);
  });

  it('withoutSelect: no $select anywhere, expands kept as bare navigation; null when there is none to drop', () => {
    const plain = (u: string) => {
      const out = withoutSelect(u);
      return out === null ? null : { path: new URL(out).origin + new URL(out).pathname, params: [...new URL(out).searchParams] };
    };
    const [zaak] = passDef('Zaak')!.urls(weekly);
    assert.deepEqual(plain(zaak!), {
      path: 'https://x.test/OData/v4/2.0/Zaak',
      params: [
        ['$filter', `Soort eq 'Motie' and Verwijderd eq false and ApiGewijzigdOp gt ${BOUND}`],
        ['$orderby', 'ApiGewijzigdOp,Id'],
        ['$expand', 'Kamerstukdossier,ZaakActor($expand=Persoon),Besluit($expand=Agendapunt($expand=Activiteit)),Document($expand=Kamerstukdossier,HuidigeDocumentVersie)'],
      ],
    });
    assert.deepEqual(plain(passDef('Persoon')!.urls(weekly)[0]!)!.params, [
      ['$filter', 'Verwijderd eq false'],
      ['$expand', 'FractieZetelPersoon($expand=FractieZetel($expand=Fractie))'],
    ]);
    assert.deepEqual(plain(passDef('Zaak-')!.urls(weekly)[0]!)!.params, [['$filter', `Verwijderd eq true and ApiGewijzigdOp gt ${BOUND}`]]);
    // The result is a well-formed URL again: the values re-encoded, the keys left alone.
    assert.equal(withoutSelect(passDef('Zaak-')!.urls(weekly)[0]!), 'https://x.test/OData/v4/2.0/Zaak?$filter=Verwijderd%20eq%20true%20and%20ApiGewijzigdOp%20gt%202025-03-05T12%3A02%3A07.0737743Z');
    // A $select only inside an expand is reason enough; only $expand is rewritten.
    assert.equal(withoutSelect('https://x.test/api/Besluit?$filter=Titel%20eq%20%27()%27&$expand=Zaak(%24select%3DId)'), "https://x.test/api/Besluit?$filter=Titel%20eq%20'()'&$expand=Zaak");
    assert.equal(withoutSelect('https://x.test/api/Besluit?$expand=Zaak&$top=1'), null, 'an expand without $select');
    assert.equal(withoutSelect('https://x.test/api/Besluit'), null);
  });

  it('syncedUntilKey: the set alone, or with its dossiers in number order', () => {
    assert.equal(syncedUntilKey('Zaak', []), 'Zaak');
    assert.equal(syncedUntilKey('Document', [19637]), 'Document@19637');
    const dossiers = [36600, 9999, 100000];
    assert.equal(syncedUntilKey('Zaak', dossiers), 'Zaak@9999+36600+100000', 'by number, not as text');
    assert.deepEqual(dossiers, [36600, 9999, 100000], 'the caller\'s list is left as it was');
  });

  it('minusMargin: an hour by default, any margin, whole seconds in UTC', () => {
    assert.equal(minusMargin('2025-10-03T16:00:00Z'), '2025-10-03T15:00:00Z');
    assert.equal(minusMargin('2025-10-03T18:00:00+02:00'), '2025-10-03T15:00:00Z');
    assert.equal(minusMargin('2025-10-03T16:00:00Z', 1500), '2025-10-03T15:59:58Z', 'the fraction is cut, not rounded');
    assert.equal(minusMargin('2025-10-03T16:00:00.250Z', 0), '2025-10-03T16:00:00Z');
    assert.equal(minusMargin('2025-01-01T00:30:00Z', 7 * 24 * 3600 * 1000), '2024-12-25T00:30:00Z');
  });

  it('sinceLiteral: a date or a full timestamp with a zone, trimmed; anything else null', () => {
    assert.equal(sinceLiteral(' 2025-01-31\n'), '2025-01-31T00:00:00Z');
    assert.equal(sinceLiteral('2025-13-01'), null, 'month 13');
    // Days a month does not have (Date.parse would read 30 February as 2 March).
    for (const day of ['2025-02-29', '2025-02-30', '2025-04-31', '2025-02-30T10:00:00Z']) assert.equal(sinceLiteral(day), null, day);
    assert.equal(sinceLiteral('2024-02-29'), '2024-02-29T00:00:00Z', 'a leap day');
    for (const ok of ['2025-01-31T10:00Z', '2025-01-31T10:00:00Z', '2025-01-31T10:00:00.5Z', '2025-01-31T10:00:00.1234567+01:00', '2025-01-31T10:00:00-05:00']) {
      assert.equal(sinceLiteral(` ${ok} `), ok, ok);
    }
    for (const bad of [
      '', '2025-1-31', 'x2025-01-31', '2025-01-31x', '20250131',
      '12025-01-31', // a five-digit year: Date.parse takes it, the anchored shape check does not
      '1(2025-01-31T10:00:00Z', // V8's Date.parse reads this as 1 January 2001
      '2025-01-31T10:00:00', // no zone: which hour would that be?
      '2025-01-31T10Z', '2025-01-31T10:00:00.Z', '2025-01-31T10:00:00.12345678Z', '2025-01-31T10:00:00+0100', 'x2025-01-31T10:00:00Z', '2025-01-31T10:00:00Zx',
      '2025-01-31T25:00:00Z', '2025-01-31T10:00:00+25:00', // the shape is right, the time is not
    ]) assert.equal(sinceLiteral(bad), null, bad);
  });
});
