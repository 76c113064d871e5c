// The pure parts of sync: keys, t.v.v., outcome, names, Retry-After, queries, data folder, client paging.
import assert from 'node:assert/strict';
import { defaultDataDir } from '../../server/src/data/sync/data-dir.js';
import { dossierKey, instantKey, isoDate, laterInstant, parseKstId } from '../../server/src/data/sync/keys.js';
import { letterSurname, mapEntity, surnameFromActorNaam } from '../../server/src/data/sync/map.js';
import { checkSameOrigin, DEFAULT_CLIENT, ODataClient, retryAfterMs } from '../../server/src/data/sync/odata-client.js';
import { passDef, PASSES, sinceLiteral, type PassContext } from '../../server/src/data/sync/queries.js';
import { tvvKey } from '../../server/src/data/sync/tvv.js';
import { uitkomstOf } from '../../server/src/data/sync/uitkomst.js';
import { ReplayServer } from '../helpers/replay-server.js';
import { DOSSIER_30950, MOTIE_30950_495, PERSOON_ERGIN, sample, VOTE_CHAIN, ZAAK_ROWS, ZAAKACTOR_30950_495 } from './sync-fixtures.js';

describe('sync units', () => {
  it('reads every t.v.v. reference in the real Zaak page', () => {
    const refs = ZAAK_ROWS().map((r) => r.Onderwerp as string | null).filter((o): o is string => !!o && o.includes('t.v.v.'));
    assert.ok(refs.length >= 8);
    const keys = refs.map(tvvKey);
    assert.ok(keys.every((k) => k !== null), JSON.stringify(refs.filter((_, i) => keys[i] === null)));
    assert.ok(keys.includes('19637:3370'));
    assert.ok(keys.includes('36600-XVII:23'));
    assert.ok(keys.includes('21501-02:3047'));
  });

  it('reads the t.v.v. shapes counted in opendata.md §4.5', () => {
    const cases: [string, string][] = [
      ['(t.v.v. 34104-257)', '34104:257'],
      ['(t.v.v. 34675-21)', '34675:21'],
      ['(t.v.v. 31209, nr. 192)', '31209:192'],
      ['(t.v.v. 21501-32-1533)', '21501-32:1533'],
      ['(t.v.v. 28 345, nr. 95)', '28345:95'],
      ['(t.v.v. 21501-20, nr. 736)', '21501-20:736'],
      ['(t.v.v. 35300-VIII-46)', '35300-VIII:46'],
      ['(t.v.v. 34117, nr.20)', '34117:20'],
    ];
    for (const [text, key] of cases) assert.equal(tvvKey(`Gewijzigde motie van het lid X over iets ${text}`), key, text);
    assert.equal(tvvKey('Motie van het lid Podt c.s. over een betere schaderegeling'), null);
  });

  it('derives the outcome from real BesluitSoort values', () => {
    const stemming = JSON.parse(sample('tk-odata-stemming-expand-besluit-agendapunt-zaak.json')) as { value: { Besluit: { BesluitSoort: string; BesluitTekst: string } }[] };
    const real = stemming.value[0]!.Besluit;
    const ingediend = { soort: 'Ingediend', tekst: 'Ingediend' };
    assert.equal(uitkomstOf([ingediend, { soort: real.BesluitSoort, tekst: real.BesluitTekst }]), 'aangenomen');
    assert.equal(uitkomstOf([ingediend]), 'ingediend');
    assert.equal(uitkomstOf([]), null);
    assert.equal(uitkomstOf([ingediend, { soort: 'Stemmen - aangehouden (al tijdens debat)', tekst: null }]), 'aangehouden');
    assert.equal(uitkomstOf([{ soort: 'Stemmen - uitstellen', tekst: null }, { soort: 'Stemmen - verworpen', tekst: 'Verworpen.' }]), 'verworpen');
    assert.equal(uitkomstOf([{ soort: 'Stemmen - zonder stemming aannemen', tekst: null }]), 'aangenomen');
    assert.equal(uitkomstOf([{ soort: 'Stemmen - ingetrokken', tekst: null }]), 'ingetrokken');
    assert.equal(uitkomstOf([{ soort: 'Overgenomen', tekst: 'Overgenomen.' }]), 'overgenomen');
  });

  it('maps indieners, besluiten and dossiers of a Zaak with the query\'s expands (real rows)', () => {
    // Real Zaak + Document + ZaakActor + Persoon + Besluit → Agendapunt → Activiteit rows; the variants
    // below change one field of a real row each (a deleted actor, a second and a concept Besluit).
    const [indiener, commissie] = ZAAKACTOR_30950_495();
    const chain = VOTE_CHAIN();
    const vote = { ...chain.Besluit[0]!, Agendapunt: { ...chain.Agendapunt[0]!, Activiteit: chain.Activiteit[0]! } };
    const zaak = {
      ...MOTIE_30950_495(),
      Kamerstukdossier: [DOSSIER_30950],
      ZaakActor: [commissie!, { ...indiener!, Persoon: PERSOON_ERGIN() }, { ...indiener!, Id: 'x', Relatie: 'Medeindiener', Verwijderd: true }],
      Besluit: [
        vote,
        { ...vote, Id: 'b1', BesluitSoort: 'Ingediend', BesluitTekst: 'Ingediend', GewijzigdOp: '2025-02-13T10:00:00+01:00', Agendapunt: { ...vote.Agendapunt, Activiteit: { ...chain.Activiteit[0]!, Datum: '2025-02-13T00:00:00+01:00' } } },
        { ...vote, Id: 'b3', BesluitSoort: 'Stemmen - verworpen', Status: 'Concept voorstel', Agendapunt: null },
      ],
    };
    const change = mapEntity('Zaak', zaak)!;
    const motie = change.moties![0]!;
    assert.equal(motie.key, '30950:495');
    assert.deepEqual(motie.indieners, [{ naam: 'Ergin', volledigeNaam: 'D.A. Ergin', fractie: 'DENK', persoonId: '02da66c7-029f-4207-a00d-21babf0d3cc6' }]);
    assert.deepEqual(motie.medeIndieners, [], 'a deleted actor and the Voortouwcommissie are no indieners');
    assert.deepEqual(motie.besluiten.map((b) => [b.soort, b.datum]), [['Ingediend', '2025-02-13'], ['Stemmen - aangenomen', '2025-02-18']]);
    assert.equal(motie.uitkomst, 'aangenomen', 'a Concept voorstel is no decision');
    assert.equal(motie.kabinetsappreciatie, 'Overbodig');
    assert.deepEqual(change.docIds, { '22dc7057-2c16-4d24-a603-c73290548be9': ['30950:495'] });
    assert.deepEqual(change.dossiers!.map((d) => [d.key, d.titel]), [['30950', 'Racisme en Discriminatie']]);
    assert.ok(change.deps!.includes(chain.Activiteit[0]!.Id as string) && change.deps!.includes(indiener!.Id as string), 'dependent Ids for the sync index');
  });

  it('keys, names and dates', () => {
    assert.equal(dossierKey(36410, 'xvi'), '36410-XVI');
    assert.equal(dossierKey('21 501', '20'), '21501-20');
    assert.equal(dossierKey(36351, '(R2184)'), '36351');
    assert.deepEqual(parseKstId('kst-21501-20-2118'), { nummer: 21501, toevoeging: '20', nr: '2118' });
    assert.deepEqual(parseKstId('kst-19637-3370'), { nummer: 19637, toevoeging: null, nr: '3370' });
    assert.equal(isoDate('2025-02-13T00:00:00+01:00'), '2025-02-13');
    assert.equal(surnameFromActorNaam('M.G.F. Rikkers-Oosterkamp'), 'Rikkers-Oosterkamp');
    assert.equal(surnameFromActorNaam('C.A.M. van der Plas'), 'Van der Plas');
    assert.equal(letterSurname('van', 'Nispen'), 'Van Nispen');
    // 7 and 6 fraction digits, as in the real Zaak page: string order would get these wrong.
    assert.ok(instantKey('2025-09-24T12:58:56.924858Z') < instantKey('2025-09-24T12:58:56.9248581Z'));
    assert.equal(laterInstant('2025-02-19T15:02:37.08Z', '2025-02-19T15:02:37.0830402Z'), '2025-02-19T15:02:37.0830402Z');
  });

  it('Retry-After as seconds or HTTP date, capped', () => {
    const now = Date.parse('2025-03-01T12:00:00Z');
    assert.equal(retryAfterMs('3', 60_000, now), 3000);
    assert.equal(retryAfterMs('Sat, 01 Mar 2025 12:00:10 GMT', 60_000, now), 10_000);
    assert.equal(retryAfterMs('3600', 60_000, now), 60_000);
    assert.equal(retryAfterMs('morgen', 60_000, now), null);
    assert.equal(retryAfterMs(null, 60_000, now), null);
  });

  it('builds the passes: records, dependent sets, reread and date-bounded deletions', () => {
    const ctx: PassContext = {
      endpoint: 'https://x.test/OData/v4/2.0/', dossiers: [],
      bounds: { Zaak: '2025-03-05T12:02:07.0737743Z', Document: '2025-03-01T00:00:00Z' },
      deletionBounds: { Zaak: '2025-03-05T12:02:07.0737743Z', Document: null },
      runStartBound: '2025-03-06T09:00:00Z', affected: [],
    };
    const first = (name: string, c: PassContext = ctx): string => decodeURIComponent(passDef(name)!.urls(c)[0]!);
    assert.match(first('Zaak'), /^https:\/\/x\.test\/OData\/v4\/2\.0\/Zaak\?\$filter=Soort eq 'Motie' and Verwijderd eq false and ApiGewijzigdOp gt 2025-03-05T12:02:07\.0737743Z&\$orderby=ApiGewijzigdOp,Id&\$select=Id,/);
    assert.match(first('Zaak'), /ZaakActor\(\$select=[^)]*;\$expand=Persoon\(\$select=Id,Achternaam,Tussenvoegsel\)\)/, 'the indiener without the whole Persoon');
    assert.match(first('Document'), /Soort ne 'Motie' and Soort ne 'Motie \(gewijzigd\/nader\)'/, 'motie Documents come once, inside their Zaak');
    assert.match(first('Persoon'), /Persoon\?\$filter=Verwijderd eq false&/, 'persons are read in full');
    assert.match(first('Besluit?'), /Besluit\?\$filter=ApiGewijzigdOp gt 2025-03-05T12:02:07\.0737743Z&\$select=Id&\$expand=Zaak\(\$select=Id\)$/);
    assert.match(first('Zaak-'), /\$filter=Verwijderd eq true and ApiGewijzigdOp gt 2025-03-05T12:02:07\.0737743Z&\$select=Id,Verwijderd$/);
    assert.match(first('Document-'), /ApiGewijzigdOp gt 2025-03-06T09:00:00Z/, 'no sync point: bounded by the run\'s own start');
    const ids = Array.from({ length: 45 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const reread = passDef('Zaak!')!.urls({ ...ctx, affected: ids }).map(decodeURIComponent);
    assert.equal(reread.length, 3, '20 Ids per request');
    assert.match(reread[2]!, /\$filter=Id eq 00000000-0000-0000-0000-000000000040 or Id eq .* or Id eq 00000000-0000-0000-0000-000000000044&/);
    const firstSync = { ...ctx, bounds: {}, deletionBounds: {} };
    assert.deepEqual(PASSES.filter((p) => p.runs(firstSync)).map((p) => p.name), ['Persoon', 'Zaak', 'Document', 'Zaak-', 'Document-']);
    assert.deepEqual(PASSES.filter((p) => p.runs(ctx)).map((p) => p.name), ['Persoon', 'Zaak', 'Document', 'Besluit?', 'ZaakActor?', 'Agendapunt?', 'Activiteit?', 'Document?', 'Zaak!', 'Zaak-', 'Document-']);
    assert.equal(sinceLiteral('2025-01-31'), '2025-01-31T00:00:00Z');
    assert.equal(sinceLiteral('31-01-2025'), null);
  });

  it('default data folder per platform', () => {
    assert.equal(defaultDataDir({ XDG_DATA_HOME: '/x/data' }, 'linux', '/home/a'), '/x/data/kamerbrief/gegevens');
    assert.equal(defaultDataDir({}, 'linux', '/home/a'), '/home/a/.local/share/kamerbrief/gegevens');
    assert.equal(defaultDataDir({ XDG_DATA_HOME: 'relatief' }, 'linux', '/home/a'), '/home/a/.local/share/kamerbrief/gegevens');
    assert.equal(defaultDataDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32', 'C:\\Users\\a'), 'C:\\Users\\a\\AppData\\Local\\kamerbrief\\gegevens');
  });

  it('a next link must stay on the endpoint\'s origin', () => {
    assert.equal(checkSameOrigin('https://a.test/OData/v4/2.0/Zaak?$skiptoken=Id-1', 'https://a.test/OData/v4/2.0/'), 'https://a.test/OData/v4/2.0/Zaak?$skiptoken=Id-1');
    assert.throws(() => checkSameOrigin('https://b.test/Zaak', 'https://a.test/OData/v4/2.0/'), /andere server/);
  });

  it('follows the real Stemming page\'s @odata.nextLink verbatim', async () => {
    const server = await new ReplayServer().start();
    try {
      const page1 = sample('tk-odata-stemming-default-page.json');
      server.setRaw('/OData/v4/2.0/Stemming', page1);
      const client = new ODataClient({ ...DEFAULT_CLIENT, pauseMs: 0, sleep: async () => {} });
      const first = await client.page(server.endpoint + 'Stemming');
      assert.equal(first.value.length, 250);
      const real = (JSON.parse(page1) as { '@odata.nextLink': string })['@odata.nextLink'];
      assert.equal(first.nextLink, real.replace('https://gegevensmagazijn.tweedekamer.nl', server.origin));
      const link = new URL(first.nextLink!);
      server.setRaw(link.pathname + link.search, sample('tk-odata-stemming-expand-besluit-agendapunt-zaak.json'));
      const second = await client.page(first.nextLink!);
      assert.equal(server.requests[1]!.raw, link.pathname + link.search);
      assert.equal(second.nextLink, null);
      assert.ok(second.value.length > 0);
    } finally {
      await server.close();
    }
  });
});
