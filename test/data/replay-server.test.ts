// The honest replay server: it answers by the query it receives and refuses what $metadata does not allow.
import assert from 'node:assert/strict';
import { ReplayServer } from '../helpers/replay-server.js';
import { parseFilter } from '../helpers/odata/filter.js';
import { MOTIE_3370, serveRealWorld, ZAAK_ROWS } from './sync-fixtures.js';

type Page = { value: Record<string, unknown>[]; '@odata.nextLink'?: string; error?: { message: string } };

describe('replay server (honest OData)', () => {
  let server: ReplayServer;
  const get = async (pathAndQuery: string): Promise<{ status: number; body: Page }> => {
    const res = await fetch(pathAndQuery.startsWith('http') ? pathAndQuery : server.endpoint + pathAndQuery);
    return { status: res.status, body: (await res.json()) as Page };
  };
  const q = (set: string, params: Record<string, string>): string => `${set}?${Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;

  beforeEach(async () => {
    server = await new ReplayServer().start();
    serveRealWorld(server);
  });
  afterEach(() => server.close());

  it('returns 400 for a property, navigation or option that $metadata does not have', async () => {
    const bad: [string, RegExp][] = [
      [q('Zaak', { $filter: "Onbekend eq 'x'" }), /Could not find a property named 'Onbekend' on type 'TK\.DA\.GGM\.OData\.Zaak'/],
      [q('Zaak', { $filter: 'Kamerstukdossier/any(k: k/Nummerr eq 1)' }), /named 'Nummerr' on type 'TK\.DA\.GGM\.OData\.Kamerstukdossier'/],
      [q('Zaak', { $select: 'Id,Indiener' }), /named 'Indiener'/],
      [q('Zaak', { $expand: 'Stemming' }), /named 'Stemming' on type 'TK\.DA\.GGM\.OData\.Zaak'/],
      [q('Zaak', { $expand: 'ZaakActor($select=Id,Achternaam)' }), /named 'Achternaam' on type 'TK\.DA\.GGM\.OData\.ZaakActor'/],
      [q('Zaak', { $expand: 'ZaakActor($expand=Persoon($select=Naam))' }), /named 'Naam' on type 'TK\.DA\.GGM\.OData\.Persoon'/],
      [q('Zaak', { $orderby: 'Datum' }), /named 'Datum'/],
      [q('Zaak', { $filter: "Volgnummer eq '3370'" }), /incompatible types/],
      [q('Zaak', { $filter: 'Kamerstukdossier/Nummer eq 1' }), /not a single value/],
      [q('Zaak', { $filter: "Soort eq 'Motie' and" }), /Syntax error/],
      [q('Zaak', { $zoek: 'x' }), /'\$zoek' is not supported/],
    ];
    for (const [url, message] of bad) {
      const { status, body } = await get(url);
      assert.equal(status, 400, url);
      assert.match(body.error!.message, message, url);
    }
  });

  it('answers from its records by the filter, not by the URL', async () => {
    const motieCount = ZAAK_ROWS().filter((r) => r.Soort === 'Motie' && r.Verwijderd !== true).length;
    const byNummer = await get(q('Zaak', { $filter: "Nummer eq '2025Z02753'", $select: 'Id,Nummer' }));
    assert.deepEqual(byNummer.body.value, [{ Id: MOTIE_3370().Id, Nummer: '2025Z02753' }]);
    const inDossier = await get(q('Zaak', { $filter: "Soort eq 'Motie' and Kamerstukdossier/any(k: k/Nummer eq 19637)", $select: 'Nummer' }));
    assert.deepEqual(inDossier.body.value.map((r) => r.Nummer).sort(), ['2025Z02753', '2025Z02986']);
    const byId = await get(q('Zaak', { $filter: `Id eq ${String(MOTIE_3370().Id).toUpperCase()} or Id eq 00000000-0000-0000-0000-000000000000`, $select: 'Nummer' }));
    assert.deepEqual(byId.body.value, [{ Nummer: '2025Z02753' }], 'GUID literals, case-insensitive');
    const late = await get(q('Zaak', { $filter: "Soort eq 'Motie' and not (Verwijderd eq true) and ApiGewijzigdOp gt 2025-09-24T13:00:30.12Z", $select: 'ApiGewijzigdOp' }));
    assert.deepEqual(late.body.value, [{ ApiGewijzigdOp: '2025-09-24T13:00:30.1251567Z' }], 'instants compare as instants, whatever the fraction length');
    const deleted = await get(q('Zaak', { $filter: 'Verwijderd eq true', $select: 'Id,Soort' }));
    assert.equal(deleted.body.value.length, 7);
    assert.ok(deleted.body.value.every((r) => r.Soort === null));
    const all = await get(q('Zaak', { $filter: "Soort eq 'Motie' and Verwijderd eq false", $top: '500' }));
    assert.equal(all.body.value.length, 50, 'never more than a page');
    assert.ok(motieCount > 100);
  });

  it('pages with the real server\'s $skiptoken shape and never repeats or skips a row', async () => {
    const motieCount = ZAAK_ROWS().filter((r) => r.Soort === 'Motie' && r.Verwijderd !== true).length;
    for (const [orderby, token] of [[null, /^Id-[0-9a-f-]{36}$/], ['ApiGewijzigdOp,Id', /^ApiGewijzigdOp-2025-[\d:T.-]+Z,Id-[0-9a-f-]{36}$/]] as const) {
      let url: string | undefined = server.endpoint + q('Zaak', { $filter: "Soort eq 'Motie' and Verwijderd eq false", $select: 'Id,ApiGewijzigdOp', ...(orderby && { $orderby: orderby }) });
      const seen: string[] = [];
      let previous = '';
      while (url) {
        const { status, body } = await get(url);
        assert.equal(status, 200);
        for (const r of body.value) {
          seen.push(r.Id as string);
          const key = orderby ? `${String(r.ApiGewijzigdOp)}` : String(r.Id);
          if (orderby) assert.ok(Date.parse(key) >= Date.parse(previous || '2000-01-01T00:00:00Z'), 'in ApiGewijzigdOp order');
          previous = key;
        }
        url = body['@odata.nextLink'];
        if (url) assert.match(new URL(url).searchParams.get('$skiptoken')!, token);
      }
      assert.equal(seen.length, motieCount);
      assert.equal(new Set(seen).size, motieCount);
    }
  });

  it('expands nested navigations with their own $select and links rows both ways', async () => {
    const { body } = await get(q('Zaak', {
      $filter: "Nummer eq '2025Z02753'",
      $select: 'Nummer',
      $expand: 'Kamerstukdossier($select=Nummer,Titel),Document($select=DocumentNummer;$expand=HuidigeDocumentVersie($select=ExterneIdentifier),Zaak($select=Nummer))',
    }));
    assert.deepEqual(body.value, [{
      Nummer: '2025Z02753',
      Kamerstukdossier: [{ Nummer: 19637, Titel: 'Vreemdelingenbeleid' }],
      Document: [{ DocumentNummer: '2025D06268', HuidigeDocumentVersie: { ExterneIdentifier: 'kst-19637-3370' }, Zaak: [{ Nummer: '2025Z02753' }] }],
    }]);
  });

  it('parses the filter subset: precedence, lambdas, literals', () => {
    assert.deepEqual(parseFilter("not Soort eq 'Motie' or Volgnummer gt 0 and Titel eq 'It''s'"), {
      k: 'or',
      a: { k: 'not', e: { k: 'cmp', op: 'eq', a: { k: 'path', segs: ['Soort'] }, b: { k: 'lit', t: 'string', v: 'Motie' } } },
      b: { k: 'and', a: { k: 'cmp', op: 'gt', a: { k: 'path', segs: ['Volgnummer'] }, b: { k: 'lit', t: 'number', v: 0 } }, b: { k: 'cmp', op: 'eq', a: { k: 'path', segs: ['Titel'] }, b: { k: 'lit', t: 'string', v: "It's" } } },
    });
    assert.deepEqual(parseFilter('Besluit/any()'), { k: 'lambda', fn: 'any', path: ['Besluit'], v: null, e: null });
    assert.throws(() => parseFilter("contains(Titel, 'x')"), /Unknown function/);
  });
});
