// Real Gegevensmagazijn payloads from test/fixtures/data-samples (copied from the shared samples), arranged as pages for the replay server.
import fs from 'node:fs';
import path from 'node:path';
import { SAMPLES } from '../helpers/paths.js';
import { paginate, type ReplayServer } from '../helpers/replay-server.js';

type Row = Record<string, unknown>;

export function sample(name: string): string {
  return fs.readFileSync(path.join(SAMPLES, name), 'utf8');
}

/** Zaak 2025Z02753 (motie 19637:3370) with Document + HuidigeDocumentVersie expanded (real entity). */
export const MOTIE_3370 = (): Row => JSON.parse(sample('tk-odata-zaak-2025Z02753-motie-expand-document.json')) as Row;
/** Zaak 2025Z02986 (gewijzigde motie 19637:3384, t.v.v. 19637-3370), real entity. */
export const MOTIE_3384 = (): Row => JSON.parse(sample('tk-odata-zaak-2025Z02986-gewijzigde-motie-expand-document.json')) as Row;

/** The 250 real Zaak rows of one page (7 of them Verwijderd placeholders). */
export const ZAAK_ROWS = (): Row[] => JSON.parse(sample('tk-odata-zaak-value-array-page.json')) as Row[];

/** A real placeholder row (all fields null except Id/GewijzigdOp/ApiGewijzigdOp, Verwijderd true). */
export function placeholder(idOf?: string): Row {
  const row = ZAAK_ROWS().find((r) => r.Id === 'e5c12a1a-a9aa-4923-8878-224367a51314')!;
  // The samples hold no "before" of this placeholder; reusing its exact shape for an entity we did
  // sync is how a deletion arrives: same Id, every field null, Verwijderd true.
  return idOf ? { ...row, Id: idOf } : row;
}

/**
 * The real Zaak page with its bare rows of 2025Z02753/2025Z02986 replaced by the same zaken as
 * returned with Document expanded, split into pages of 100 (3 pages: 100, 100, 50).
 */
export function zaakPages(): Row[][] {
  const full = new Map([MOTIE_3370(), MOTIE_3384()].map((z) => [z.Id, z]));
  return paginate(ZAAK_ROWS().map((r) => full.get(r.Id) ?? r), 100);
}

/** The two real motie Documents (with HuidigeDocumentVersie) as a Document page. */
export function documentPages(): Row[][] {
  return [[...(MOTIE_3370().Document as Row[]), ...(MOTIE_3384().Document as Row[])]];
}

export const DOC_3370_ID = '8ac6adec-b58d-451f-843b-503147133169';

/** Motie 2025Z18556 (kst-30950-495, Ergin) with Document + HuidigeDocumentVersie, real entity. */
export const MOTIE_30950_495 = (): Row => JSON.parse(sample('tk-odata-zaak-2025Z18556-motie-expand-document.json')) as Row;
/** Its two real ZaakActor rows (Indiener "D.A. Ergin" DENK, Voortouwcommissie). */
export const ZAAKACTOR_30950_495 = (): Row[] => JSON.parse(sample('tk-odata-zaakactor-2025Z18556.json')) as Row[];
/** The real Persoon row of that indiener (D.A. Ergin). */
export const PERSOON_ERGIN = (): Row => JSON.parse(sample('tk-odata-persoon-ergin.json')) as Row;
/** A real Besluit ("Stemmen - aangenomen") → Agendapunt 2025P02454 → Activiteit (18 Feb 2025) chain. */
export const VOTE_CHAIN = (): { Besluit: Row[]; Agendapunt: Row[]; Activiteit: Row[] } =>
  JSON.parse(sample('tk-odata-besluit-agendapunt-activiteit-2025P02454.json')) as { Besluit: Row[]; Agendapunt: Row[]; Activiteit: Row[] };

/**
 * Kamerstukdossier rows are not in the captured samples. These carry the real Nummer and Titel
 * (from the kst XML and the Zaak rows); Id and timestamps are made up (DERIVED).
 */
export const DOSSIER_19637: Row = {
  Id: '0d5c7e1a-0000-4000-8000-000000019637', Titel: 'Vreemdelingenbeleid', Citeertitel: null, Alias: null, Nummer: 19637, Toevoeging: null,
  HoogsteVolgnummer: null, Afgesloten: false, Kamer: 'Tweede Kamer', GewijzigdOp: '2025-02-13T10:00:00+01:00', ApiGewijzigdOp: '2025-02-13T09:00:00Z', Verwijderd: false,
};
export const DOSSIER_30950: Row = {
  ...DOSSIER_19637, Id: '0d5c7e1a-0000-4000-8000-000000030950', Titel: 'Racisme en Discriminatie', Nummer: 30950,
};

/**
 * The honest replay: the real Zaak page (118 live moties among 250 rows, 7 placeholders) with the two
 * Podt moties in full, linked to their dossier, every other set the sync asks about present (empty),
 * pages of `pageSize` (the Zaak pass then reads 3 pages: 50, 50, 18).
 */
export function serveRealWorld(server: ReplayServer, pageSize = 50): void {
  server.pageSize = pageSize;
  for (const set of ['Persoon', 'Besluit', 'ZaakActor', 'Agendapunt', 'Activiteit', 'Document', 'Toezegging']) server.records(set, []);
  server.records('Kamerstukdossier', [DOSSIER_19637, DOSSIER_30950]);
  const full = new Map([MOTIE_3370(), MOTIE_3384()].map((z) => [z.Id, z]));
  server.records('Zaak', ZAAK_ROWS().map((r) => full.get(r.Id) ?? r));
  for (const z of full.values()) linkDossier(server, z, DOSSIER_19637);
}

/** Links a Zaak and its Documents to a dossier (both directions). */
export function linkDossier(server: ReplayServer, zaak: Row, dossier: Row): void {
  server.world.link('Zaak', zaak.Id as string, 'Kamerstukdossier', dossier.Id as string);
  for (const d of (zaak.Document as Row[] | undefined) ?? []) server.world.link('Document', d.Id as string, 'Kamerstukdossier', dossier.Id as string);
}

/** Requests of one pass, told apart by their filter. */
export function passRequests(server: ReplayServer, set: string, filterPart: string): ReturnType<ReplayServer['requestsFor']> {
  return server.requestsFor(set).filter((r) => (r.params.get('$filter') ?? '').includes(filterPart));
}
