// npm run bench:sync-plan — requests and bytes of a full first sync and of a week's incremental
// sync, before (the query plan up to f8d7cdc) and after (server/src/data/sync/queries.ts), computed
// from the query plan, the server's page size (250) and the size of real rows as each query's
// $select/$expand shapes them. No network: the honest replay server's projection (test helpers)
// answers both plans from the real rows in test/fixtures/data-samples.
//
// Row counts are estimates from opendata.md §9 and the real dumps it cites (stated below); the
// point is the comparison, which uses the same counts on both sides.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.resolve(ROOT, process.env.KB_OUT || 'out');
const { tkModel } = await import(path.join(OUT, 'test/helpers/odata/metadata.js'));
const { parseQuery, project } = await import(path.join(OUT, 'test/helpers/odata/options.js'));
const { ODataWorld } = await import(path.join(OUT, 'test/helpers/odata/world.js'));
const { PASSES, REREAD_BATCH } = await import(path.join(OUT, 'server/src/data/sync/queries.js'));

const SAMPLES = path.join(ROOT, 'test/fixtures/data-samples');
const read = (f) => JSON.parse(fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
const PAGE = 250;
/** "@odata.context", "value", "@odata.nextLink" of one page. */
const PAGE_OVERHEAD = 450;

// ---- counts (assumptions; same on both sides) -------------------------------------------------
const FULL = {
  moties: 55_676, // Motie-zaken (opendata.md §3.3, real dump)
  kamerstukDocs: 200_000, // Documents with Volgnummer > 0, moties included (§9: 160k–250k)
  motieDocs: 55_700, // one Document per motie (§3.3 invariant)
  personen: 5_000, // the Persoon set (not counted in the samples; a guess)
};
const WEEK = {
  moties: 250, // Zaak rows of moties changed in a sitting week (~5,000 new per year + updates)
  kamerstukDocs: 450, // Documents with Volgnummer > 0 changed (moties included)
  motieDocs: 250,
  besluiten: 1_000, // all Besluiten changed (moties ≈ 2 per vote + procedural ones)
  zaakActors: 1_500, // all zaken, ~3 actors each, ~25k zaken a year
  agendapunten: 1_000,
  activiteiten: 600,
  affectedMoties: 300, // moties the snapshot holds that one of those points at
  affectedAlreadyRead: 150, // of which the Zaak pass of the same run already read
  deletedZaken: 10,
  deletedDocs: 20,
};

// ---- real rows, linked as the API links them ---------------------------------------------------
const model = tkModel();
const world = new ODataWorld(model);
const zaak = read('tk-odata-zaak-2025Z18556-motie-expand-document.json');
const persoon = read('tk-odata-persoon-ergin.json');
const chain = read('tk-odata-besluit-agendapunt-activiteit-2025P02454.json');
const dossier = {
  Id: '0d5c7e1a-0000-4000-8000-000000030950', Titel: 'Racisme en Discriminatie', Citeertitel: null, Alias: null, Nummer: 30950,
  Toevoeging: null, HoogsteVolgnummer: 501, Afgesloten: false, Kamer: 'Tweede Kamer', GewijzigdOp: '2025-10-03T10:00:00+02:00', ApiGewijzigdOp: '2025-10-03T08:00:00Z', Verwijderd: false,
};
world.add('Zaak', [zaak]);
world.add('ZaakActor', read('tk-odata-zaakactor-2025Z18556.json'));
world.add('Persoon', [persoon]);
world.add('Kamerstukdossier', [dossier]);
world.add('Activiteit', chain.Activiteit);
world.add('Agendapunt', chain.Agendapunt);
// A voted motie has two Besluiten ("Ingediend" and the vote): the real one twice.
world.add('Besluit', [chain.Besluit[0], { ...chain.Besluit[0], Id: 'b695bcf3-f687-4dbd-af39-08bacaccdee0', BesluitSoort: 'Ingediend', BesluitTekst: 'Ingediend' }]);
for (const b of world.all('Besluit')) world.link('Besluit', b.Id, 'Zaak', zaak.Id);
world.link('Zaak', zaak.Id, 'Kamerstukdossier', dossier.Id);
world.link('Document', zaak.Document[0].Id, 'Kamerstukdossier', dossier.Id);

/** Bytes of one row of `set` as the query in `url` shapes it. */
function rowBytes(set, url) {
  const params = new URL(url).searchParams;
  const o = parseQuery(model, set, params);
  const row = world.all(set)[0];
  return Buffer.byteLength(JSON.stringify(project(model, set, row, o, world.navigate))) + 1;
}

const E = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/';
const enc = (p) => Object.entries(p).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
// The plan up to f8d7cdc (queries.ts then): three sets, full rows, motie Documents in both sets.
const BEFORE = {
  Persoon: `${E}Persoon?${enc({ $filter: 'Verwijderd eq false', $orderby: 'Id', $expand: 'FractieZetelPersoon($expand=FractieZetel($expand=Fractie))' })}`,
  Zaak: `${E}Zaak?${enc({ $filter: "Soort eq 'Motie' and Verwijderd eq false", $orderby: 'ApiGewijzigdOp,Id', $expand: 'Kamerstukdossier,ZaakActor($expand=Persoon),Besluit($expand=Agendapunt($expand=Activiteit)),Document($expand=Kamerstukdossier,HuidigeDocumentVersie)' })}`,
  Document: `${E}Document?${enc({ $filter: 'Volgnummer gt 0 and Verwijderd eq false', $orderby: 'ApiGewijzigdOp,Id', $expand: 'Kamerstukdossier,HuidigeDocumentVersie' })}`,
};
const ctx = { endpoint: E, dossiers: [], bounds: { Zaak: '2026-11-29T00:00:00Z', Document: '2026-11-29T00:00:00Z' }, deletionBounds: { Zaak: '2026-11-29T00:00:00Z', Document: '2026-11-29T00:00:00Z' }, runStartBound: '2026-12-06T20:00:00Z', affected: ['caf4e88d-58b8-4b90-a6c7-bb4b1d2198c5'] };
const AFTER = Object.fromEntries(PASSES.map((p) => [p.name, p.urls(ctx)[0]]));

// Bytes per row; the Persoon rows' seats (FractieZetelPersoon → FractieZetel → Fractie) are not in the
// samples: both sides count the Persoon row alone, so the seat expansion cancels out of the comparison.
const per = {
  before: { Persoon: rowBytes('Persoon', BEFORE.Persoon), Zaak: rowBytes('Zaak', BEFORE.Zaak), Document: rowBytes('Document', BEFORE.Document) },
  after: Object.fromEntries(Object.entries(AFTER).map(([name, url]) => [name, rowBytes(PASSES.find((p) => p.name === name).entitySet, url)])),
};
// Affects rows reference a Zaak the world links them to; Agendapunt/Activiteit are Ids only.

const pages = (rows) => Math.max(1, Math.ceil(rows / PAGE));
const cost = (rows, bytesPerRow) => ({ requests: pages(rows), bytes: rows * bytesPerRow + pages(rows) * PAGE_OVERHEAD });
const sum = (parts) => parts.reduce((a, b) => ({ requests: a.requests + b.requests, bytes: a.bytes + b.bytes }), { requests: 0, bytes: 0 });

function beforePlan(n, first) {
  return {
    Persoon: cost(FULL.personen, per.before.Persoon),
    Zaak: cost(n.moties + (first ? 0 : n.deletedZaken), per.before.Zaak),
    Document: cost(n.kamerstukDocs + (first ? 0 : n.deletedDocs), per.before.Document),
  };
}
function afterPlan(n, first) {
  const p = {
    Persoon: cost(FULL.personen, per.after.Persoon),
    Zaak: cost(n.moties, per.after.Zaak),
    Document: cost(n.kamerstukDocs - n.motieDocs, per.after.Document),
  };
  if (!first) {
    p['Besluit?'] = cost(n.besluiten, per.after['Besluit?']);
    p['ZaakActor?'] = cost(n.zaakActors, per.after['ZaakActor?']);
    p['Agendapunt?'] = cost(n.agendapunten, per.after['Agendapunt?']);
    p['Activiteit?'] = cost(n.activiteiten, per.after['Activiteit?']);
    p['Document?'] = cost(n.motieDocs, per.after['Document?']);
    const reread = n.affectedMoties - n.affectedAlreadyRead;
    p['Zaak!'] = { requests: Math.ceil(reread / REREAD_BATCH), bytes: reread * per.after['Zaak!'] + Math.ceil(reread / REREAD_BATCH) * PAGE_OVERHEAD };
  }
  p['Zaak-'] = cost(first ? 0 : n.deletedZaken, per.after['Zaak-']);
  p['Document-'] = cost(first ? 0 : n.deletedDocs, per.after['Document-']);
  return p;
}

const mb = (b) => `${(b / 1_000_000).toFixed(1)} MB`;
const kb = (b) => `${(b / 1000).toFixed(0)} kB`;
function table(title, plan, fmt) {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(plan)) console.log(`  ${k.padEnd(12)} ${String(v.requests).padStart(5)} verzoeken  ${fmt(v.bytes).padStart(10)}`);
  const t = sum(Object.values(plan));
  console.log(`  ${'totaal'.padEnd(12)} ${String(t.requests).padStart(5)} verzoeken  ${fmt(t.bytes).padStart(10)}`);
  return t;
}

console.log('Bytes per row (real rows, shaped by each query):');
console.log('  before', per.before);
console.log('  after ', per.after);
const fb = table('Full first sync — before', beforePlan({ ...FULL, deletedZaken: 0, deletedDocs: 0 }, true), mb);
const fa = table('Full first sync — after', afterPlan({ ...FULL, deletedZaken: 0, deletedDocs: 0 }, true), mb);
const wb = table("A week's incremental sync — before", beforePlan(WEEK, false), kb);
const wa = table("A week's incremental sync — after", afterPlan(WEEK, false), kb);
console.log(`\nFull: ${fb.requests} → ${fa.requests} requests, ${mb(fb.bytes)} → ${mb(fa.bytes)} (${Math.round((100 * fa.bytes) / fb.bytes)} %)`);
console.log(`Week: ${wb.requests} → ${wa.requests} requests, ${kb(wb.bytes)} → ${kb(wa.bytes)} (${Math.round((100 * wa.bytes) / wb.bytes)} %)`);
