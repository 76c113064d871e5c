// data/sync/check.ts in-process, against the replay server: the week it asks about, an endpoint
// written without its slash, the reread skipped when no motie changed, dossiers, one retry, and the
// table exactly as the CLI prints it. (test/data/sync-check.test.ts drives the same through the CLI.)
import assert from 'node:assert/strict';
import { checkQueries, formatCheck, type CheckRow } from '../../server/src/data/sync/check.js';
import { minusMargin, PASSES } from '../../server/src/data/sync/queries.js';
import { toezeggingUrl } from '../../server/src/data/sync/toezeggingen.js';
import { ReplayServer } from '../helpers/replay-server.js';
import { serveRealWorld } from './sync-fixtures.js';

const NOW = new Date('2026-03-18T12:00:00.000Z');
/** What the check asks about: changes of the last seven days. */
const WEEK_AGO = minusMargin(NOW.toISOString(), 7 * 24 * 3600 * 1000);
const noSleep = async (): Promise<void> => {};

describe('sync --check in-process (data/sync/check.ts)', () => {
  let server: ReplayServer;
  beforeEach(async () => {
    server = await new ReplayServer().start();
    serveRealWorld(server);
  });
  afterEach(() => server.close());

  const run = (extra: Partial<Parameters<typeof checkQueries>[0]> = {}) =>
    checkQueries({ endpoint: server.endpoint, now: () => NOW, pauseMs: 0, sleep: noSleep, env: {}, ...extra });

  it('asks about the seven days before "now", for every pass and the toezeggingen register', async () => {
    const rows = await run();
    const zaak = server.requestsFor('Zaak')[0]!;
    assert.match(zaak.params.get('$filter')!, new RegExp(`ApiGewijzigdOp gt ${WEEK_AGO}$`));
    const last = rows.at(-1)!;
    assert.equal(last.stap, 'toezeggingen');
    assert.equal(last.url, toezeggingUrl(server.endpoint, WEEK_AGO));
    const deleted = server.requests.filter((r) => (r.params.get('$filter') ?? '').startsWith('Verwijderd eq true'));
    assert.equal(deleted.length, 2);
    for (const d of deleted) assert.equal(d.params.get('$filter'), `Verwijderd eq true and ApiGewijzigdOp gt ${WEEK_AGO}`);
  });

  it('an endpoint written without its closing slash gives the same requests', async () => {
    const withSlash = (await run()).map((r) => r.url);
    const without = (await run({ endpoint: server.endpoint.replace(/\/$/, '') })).map((r) => r.url);
    assert.ok(!server.endpoint.replace(/\/$/, '').endsWith('/'));
    assert.deepEqual(without, withSlash);
  });

  it('no motie changed this week: the reread is skipped with its reason, no next page is followed', async () => {
    const rows = await run();
    const reread = rows.find((r) => r.stap === 'moties opnieuw gelezen')!;
    assert.deepEqual(reread, { stap: 'moties opnieuw gelezen', url: '', status: null, rows: null, ms: 0, bytes: null, fout: 'overgeslagen: de motievraag gaf geen Zaak om opnieuw te lezen' });
    assert.equal(rows.some((r) => r.stap.includes('volgende pagina')), false);
    // Every other row is one request that was answered.
    assert.equal(server.requests.length, rows.length - 1);
    for (const r of rows.filter((x) => x !== reread)) {
      assert.equal(r.status, 200, r.stap);
      assert.equal(r.fout, null);
      // An empty OData page is still some 100 bytes of JSON; the body's size, not a count of rows.
      assert.ok(r.bytes! > 50 && r.rows! >= 0 && r.ms >= 0, JSON.stringify(r));
      assert.ok(!('next' in r), 'the next link stays inside');
    }
    assert.match(formatCheck(server.endpoint, rows), /Alle \d+ vragen beantwoord\.\n- moties opnieuw gelezen: overgeslagen: de motievraag gaf geen Zaak om opnieuw te lezen\n$/);
  });

  it('a changed motie: its Id is read again, and the rows of a page are counted', async () => {
    const motie = server.world.all('Zaak').find((z) => z.Soort === 'Motie')!;
    motie.ApiGewijzigdOp = NOW.toISOString();
    const rows = await run();
    assert.equal(rows.find((r) => r.stap === 'moties')!.rows, 1);
    const reread = server.requests.filter((r) => r.set === 'Zaak' && /^Id eq /.test(r.params.get('$filter') ?? ''));
    assert.equal(reread.length, 1);
    assert.equal(reread[0]!.params.get('$filter'), `Id eq ${motie.Id}`);
    assert.equal(rows.find((r) => r.stap === 'moties opnieuw gelezen')!.rows, 1);
  });

  it('dossiers narrow the motie and kamerstuk queries', async () => {
    await run({ dossiers: [29754, 36600] });
    const zaakFilter = server.requestsFor('Zaak')[0]!.params.get('$filter')!;
    assert.match(zaakFilter, /and \(Kamerstukdossier\/any\(k: k\/Nummer eq 29754\) or Kamerstukdossier\/any\(k: k\/Nummer eq 36600\)\) and/);
    assert.match(server.requestsFor('Document')[0]!.params.get('$filter')!, /Nummer eq 29754\).* or .*Nummer eq 36600\)/);
    const before = server.requests.length;
    await run();
    const plain = server.requests.slice(before).find((r) => r.set === 'Zaak')!;
    assert.match(plain.params.get('$filter')!, /^Soort eq 'Motie' and Verwijderd eq false/, 'without dossiers: every motie');
  });

  it('one retry per request: a single 503 is retried and answered, a second one is a failure', async () => {
    server.fault((r) => r.set === 'Persoon', { kind: 'status', status: 503 }, 1);
    const once = await run();
    assert.equal(once[0]!.stap, 'Kamerleden');
    assert.equal(once[0]!.status, 200);
    server.fault((r) => r.set === 'Persoon', { kind: 'status', status: 503 }, 2);
    const twice = await run();
    assert.equal(twice[0]!.status, null);
    assert.match(twice[0]!.fout!, /na 2 pogingen geen bruikbaar antwoord/);
    assert.equal(twice[0]!.rows, null);
    assert.equal(twice[0]!.bytes, null);
  });

  it('a refused request keeps its HTTP status in the row', async () => {
    server.fault((r) => r.set === 'Document', { kind: 'status', status: 404 }, 1);
    const rows = await run();
    const row = rows.find((r) => r.stap === 'kamerstukken')!;
    assert.equal(row.status, 404);
    assert.match(row.fout!, /HTTP 404/);
    assert.match(formatCheck(server.endpoint, rows), new RegExp(`\\n1 van ${rows.length} vragen mislukt:\\n- kamerstukken: .*HTTP 404`));
  });

  it('follows a next link only for the motie query, and only once', async () => {
    server.pageSize = 2;
    const zaken = server.world.all('Zaak');
    for (const z of zaken) z.ApiGewijzigdOp = NOW.toISOString();
    for (const z of zaken.slice(-3)) z.Verwijderd = true;
    const rows = await run();
    assert.equal(rows.find((r) => r.stap === 'verwijderde moties')!.rows, 2, 'the deletions have more than one page too');
    assert.deepEqual(rows.filter((r) => r.stap.endsWith('(volgende pagina)')).map((r) => r.stap), ['moties (volgende pagina)']);
  });

  it('every pass that runs on a weekly sync is asked once, in order', async () => {
    const rows = await run();
    const labels = rows.map((r) => r.stap);
    assert.equal(labels.length, PASSES.length + 1);
    assert.deepEqual(labels.slice(0, 3), ['Kamerleden', 'moties', 'kamerstukken']);
    assert.deepEqual(labels.slice(-3), ['verwijderde moties', 'verwijderde kamerstukken', 'toezeggingen']);
  });
});

describe('the --check table (formatCheck)', () => {
  const row = (stap: string, o: Partial<CheckRow> = {}): CheckRow => ({ stap, url: 'u', status: 200, rows: 12, ms: 345, bytes: 67890, fout: null, ...o });

  it('columns padded to the longest step name, numbers right-aligned, "-" for what is not known', () => {
    const text = formatCheck('https://x/', [
      row('Kamerleden'),
      row('moties', { status: null, rows: null, bytes: null, ms: 1234, fout: 'geen bruikbaar antwoord (netwerkfout)' }),
      row('moties opnieuw gelezen', { url: '', status: null, rows: null, ms: 0, bytes: null, fout: 'overgeslagen: geen Zaak' }),
      row('kamerstukken', { status: 404, rows: null, bytes: null, fout: 'het Gegevensmagazijn weigerde het verzoek (HTTP 404)' }),
    ]);
    assert.equal(
      text,
      [
        'Controle van https://x/ (de vragen van een wekelijkse sync, één verzoek per vraag):',
        '',
        'stap                    status  rijen      ms      bytes',
        'Kamerleden                 200     12     345      67890',
        'moties                    fout      -    1234          -',
        'moties opnieuw gelezen       -      -       0          -',
        'kamerstukken               404      -     345          -',
        '',
        '2 van 4 vragen mislukt:',
        '- moties: geen bruikbaar antwoord (netwerkfout)',
        '- kamerstukken: het Gegevensmagazijn weigerde het verzoek (HTTP 404)',
        '- moties opnieuw gelezen: overgeslagen: geen Zaak',
        '',
      ].join('\n'),
    );
  });

  it('short step names still get the width of the heading "stap"', () => {
    assert.equal(
      formatCheck('e', [row('ab')]),
      ['Controle van e (de vragen van een wekelijkse sync, één verzoek per vraag):', '', 'stap  status  rijen      ms      bytes', 'ab       200     12     345      67890', '', 'Alle 1 vragen beantwoord.', ''].join('\n'),
    );
  });
});
