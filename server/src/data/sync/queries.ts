// The passes a sync makes over the OData API and the URLs each one reads (opendata.md §5).
//
// Snapshot records come from three sets, each expanded (with $select, so only the fields the
// snapshot keeps travel) so one page carries everything its records need:
// - Zaak (Soort 'Motie'): the motie with its dossier, indieners (ZaakActor + the Persoon's surname),
//   besluiten (+ Agendapunt → Activiteit for the vote date) and its Document (+ current version, whose
//   ExterneIdentifier "kst-19637-3370" is the fallback for the dossier/nr.).
// - Document (Volgnummer > 0, not a motie: motie Documents come once, inside their Zaak).
// - Persoon: members with their fractie seats over time. Read in full every time: a new seat does not
//   touch Persoon.ApiGewijzigdOp, and the whole set is a few pages.
//
// A motie's votes, indieners, vote dates and Document are records of their own whose changes do
// not move Zaak.ApiGewijzigdOp. An incremental sync therefore asks each of those sets what changed
// ("affects" passes, Ids only), and re-reads the affected moties it holds ("reread"). This was
// chosen over the SyncFeed because it reuses the same OData client, expands and mapping; the cost
// is a few small pages per week (bench/sync-plan.mjs).
//
// Deletions come from their own date-bounded query per set, read last, so a record deleted while
// the sync ran (even the first one) is removed too.
//
// To add an entity: one PassDef in PASSES (or `registerPass` from its own file) and its mapping.

export type SetName = 'Persoon' | 'Zaak' | 'Document';
export type PassKind = 'records' | 'affects' | 'reread' | 'deletions';

export const SET_LABEL: Record<string, string> = {
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
};

/** Everything a pass needs to build its URLs; fixed when the sync starts, except runStart and affected. */
export interface PassContext {
  endpoint: string;
  dossiers: readonly number[];
  /** Per set: only records that became visible after this instant; null = all (first sync). */
  bounds: Partial<Record<SetName, string | null>>;
  /** Per set: deletions after this instant; null = since the run's own start minus the margin. */
  deletionBounds: Partial<Record<SetName, string | null>>;
  /** Server time of the run's first answer minus the overlap margin. */
  runStartBound: string | null;
  /** Zaak Ids the affects passes found (and the snapshot holds), for the reread pass. */
  affected: readonly string[];
}

export interface PassDef {
  /** Stable name: the key in the sync state and in SET_LABEL. */
  name: string;
  /** The OData entity set requested. */
  entitySet: string;
  kind: PassKind;
  /** How rows become snapshot changes (records, reread, deletions). */
  maps?: SetName;
  /** Whether this pass runs in this sync. */
  runs(ctx: PassContext): boolean;
  /** The start URLs to read, one after the other (each followed through its next links). */
  urls(ctx: PassContext): string[];
  /** For affects passes: the Zaak Ids a page of rows points at. */
  zaakIds?(row: Record<string, unknown>): string[];
}

/** Overlap on the resume point: a row that becomes visible late, with an older timestamp, is still read. */
export const RESUME_MARGIN_MS = 60 * 60 * 1000;
/** Ids per reread request (keeps the URL well under common 8 KB limits). */
export const REREAD_BATCH = 20;

const MOTIE_DOC_SOORTEN = ["'Motie'", "'Motie (gewijzigd/nader)'"];
const DOSSIER_SELECT = 'Kamerstukdossier($select=Id,Nummer,Toevoeging,Titel,Verwijderd)';
const DOC_FIELDS = 'Id,Soort,DocumentNummer,Titel,Onderwerp,Datum,Vergaderjaar,Volgnummer,Verwijderd,ApiGewijzigdOp';
const DOC_EXPAND = `${DOSSIER_SELECT},HuidigeDocumentVersie($select=Id,ExterneIdentifier)`;

const ZAAK_SELECT = 'Id,Nummer,Soort,Titel,Onderwerp,GestartOp,Vergaderjaar,Volgnummer,Kabinetsappreciatie,Verwijderd,ApiGewijzigdOp';
const ZAAK_EXPAND = [
  DOSSIER_SELECT,
  // The indiener's surname from Persoon, not the whole Persoon record ("A.P.C. (Tony) van Dijck" → "Van Dijck").
  'ZaakActor($select=Id,Relatie,ActorNaam,ActorFractie,Persoon_Id,Verwijderd;$expand=Persoon($select=Id,Achternaam,Tussenvoegsel))',
  'Besluit($select=Id,BesluitSoort,BesluitTekst,Status,GewijzigdOp,AgendapuntZaakBesluitVolgorde,Verwijderd;$expand=Agendapunt($select=Id;$expand=Activiteit($select=Id,Datum)))',
  `Document($select=${DOC_FIELDS};$expand=${DOC_EXPAND})`,
].join(',');
const PERSOON_SELECT = 'Id,Achternaam,Tussenvoegsel,Initialen,Roepnaam,Verwijderd';
const PERSOON_EXPAND = 'FractieZetelPersoon($select=Id,Van,TotEnMet,Verwijderd;$expand=FractieZetel($select=Id;$expand=Fractie($select=Id,Afkorting,NaamNL)))';

/** The moties a sync keeps, optionally of some dossiers only. */
function zaakWanted(dossiers: readonly number[]): string[] {
  return ["Soort eq 'Motie'", ...dossierClause('k', dossiers)];
}

function documentWanted(dossiers: readonly number[]): string[] {
  return ['Volgnummer gt 0', ...MOTIE_DOC_SOORTEN.map((s) => `Soort ne ${s}`), ...dossierClause('d', dossiers)];
}

function dossierClause(v: string, dossiers: readonly number[]): string[] {
  if (!dossiers.length) return [];
  const any = dossiers.map((n) => `Kamerstukdossier/any(${v}: ${v}/Nummer eq ${n})`);
  return [any.length === 1 ? any[0]! : `(${any.join(' or ')})`];
}

const since = (bound: string | null | undefined): string[] => (bound ? [`ApiGewijzigdOp gt ${bound}`] : []);
const incremental = (ctx: PassContext): boolean => !!ctx.bounds.Zaak;

export const PASSES: PassDef[] = [
  {
    name: 'Persoon', entitySet: 'Persoon', kind: 'records', maps: 'Persoon',
    runs: () => true,
    urls: (c) => [url(c, 'Persoon', { $filter: 'Verwijderd eq false', $select: PERSOON_SELECT, $expand: PERSOON_EXPAND })],
  },
  {
    name: 'Zaak', entitySet: 'Zaak', kind: 'records', maps: 'Zaak',
    runs: () => true,
    urls: (c) => [url(c, 'Zaak', { $filter: [...zaakWanted(c.dossiers), 'Verwijderd eq false', ...since(c.bounds.Zaak)].join(' and '), $orderby: SORTED, $select: ZAAK_SELECT, $expand: ZAAK_EXPAND })],
  },
  {
    name: 'Document', entitySet: 'Document', kind: 'records', maps: 'Document',
    runs: () => true,
    urls: (c) => [url(c, 'Document', { $filter: [...documentWanted(c.dossiers), 'Verwijderd eq false', ...since(c.bounds.Document)].join(' and '), $orderby: SORTED, $select: DOC_FIELDS, $expand: DOC_EXPAND })],
  },
  affects('Besluit', 'Id', 'Zaak($select=Id)', (r) => ids(r.Zaak)),
  affects('ZaakActor', 'Id,Zaak_Id', null, (r) => (typeof r.Zaak_Id === 'string' ? [r.Zaak_Id] : [])),
  affects('Agendapunt', 'Id', null, () => []),
  affects('Activiteit', 'Id', null, () => []),
  {
    ...affects('Document', 'Id', 'Zaak($select=Id)', (r) => ids(r.Zaak)),
    urls: (c) => [url(c, 'Document', { $filter: `(${MOTIE_DOC_SOORTEN.map((s) => `Soort eq ${s}`).join(' or ')}) and ApiGewijzigdOp gt ${c.bounds.Zaak}`, $select: 'Id', $expand: 'Zaak($select=Id)' })],
  },
  {
    name: 'Zaak!', entitySet: 'Zaak', kind: 'reread', maps: 'Zaak',
    runs: incremental,
    urls: (c) => {
      const out: string[] = [];
      for (let i = 0; i < c.affected.length; i += REREAD_BATCH) {
        const batch = c.affected.slice(i, i + REREAD_BATCH).map((id) => `Id eq ${id}`).join(' or ');
        out.push(url(c, 'Zaak', { $filter: batch, $select: ZAAK_SELECT, $expand: ZAAK_EXPAND }));
      }
      return out;
    },
  },
  deletions('Zaak'),
  deletions('Document'),
];

/** For a neighbour's own entity (its file adds one pass; runs before the deletion passes). */
export function registerPass(def: PassDef): void {
  if (PASSES.some((p) => p.name === def.name)) return;
  const firstDeletion = PASSES.findIndex((p) => p.kind === 'deletions');
  PASSES.splice(firstDeletion < 0 ? PASSES.length : firstDeletion, 0, def);
}

export function passDef(name: string): PassDef | undefined {
  return PASSES.find((p) => p.name === name);
}

/** Sorted paging: resumable by time. The server adds Id as the tie-breaker only when asked, so ask. */
const SORTED = 'ApiGewijzigdOp,Id';

/** A set whose changes can alter moties the snapshot holds; rows carry only Ids (and the link back). */
function affects(entitySet: string, select: string, expand: string | null, zaakIds: (r: Record<string, unknown>) => string[]): PassDef {
  return {
    name: `${entitySet}?`, entitySet, kind: 'affects',
    runs: incremental,
    urls: (c) => [url(c, entitySet, { $filter: `ApiGewijzigdOp gt ${c.bounds.Zaak}`, $select: select, ...(expand && { $expand: expand }) })],
    zaakIds,
  };
}

function deletions(set: SetName): PassDef {
  return {
    name: `${set}-`, entitySet: set, kind: 'deletions', maps: set,
    runs: () => true,
    // Always bounded: by the previous sync point, or (first sync) by this run's own start.
    urls: (c) => [url(c, set, { $filter: `Verwijderd eq true and ApiGewijzigdOp gt ${c.deletionBounds[set] ?? c.runStartBound}`, $select: 'Id,Verwijderd' })],
  };
}

function ids(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => (x as { Id?: unknown })?.Id).filter((x): x is string => typeof x === 'string') : [];
}

function url(c: PassContext, set: string, params: Record<string, string>): string {
  const base = c.endpoint.endsWith('/') ? c.endpoint : c.endpoint + '/';
  return `${base}${set}?${Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/** The same URL in the server's default (Id) order, for a server that refuses the sorted next link. */
export function withoutOrder(u: string): string | null {
  const parsed = new URL(u);
  if (!parsed.searchParams.has('$orderby')) return null;
  const parts = parsed.search.slice(1).split('&').filter((p) => !p.startsWith('$orderby='));
  return `${parsed.origin}${parsed.pathname}?${parts.join('&')}`;
}

/**
 * The same URL without any $select (top level and inside $expand), for a server that refuses them:
 * full rows cost bytes, not correctness. Null when there is none to drop.
 */
export function withoutSelect(u: string): string | null {
  const parsed = new URL(u);
  if (!parsed.searchParams.has('$select') && !(parsed.searchParams.get('$expand') ?? '').includes('$select=')) return null;
  const parts: string[] = [];
  for (const [k, v] of parsed.searchParams) {
    if (k === '$select') continue;
    const value = k === '$expand' ? v.replace(/\$select=[^;)]*;?/g, '').replace(/\(\)/g, '') : v;
    parts.push(`${k}=${encodeURIComponent(value)}`);
  }
  return `${parsed.origin}${parsed.pathname}?${parts.join('&')}`;
}

/** The key under which meta.syncedUntil remembers a set; a dossier-limited sync has its own. */
export function syncedUntilKey(set: SetName, dossiers: readonly number[]): string {
  return dossiers.length ? `${set}@${[...dossiers].sort((a, b) => a - b).join('+')}` : set;
}

/** The instant `ms` before `iso`, as an OData literal without fraction ("2025-10-03T15:00:00Z"). */
export function minusMargin(iso: string, ms = RESUME_MARGIN_MS): string {
  return new Date(Date.parse(iso) - ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** "2025-01-31" or a full timestamp → an OData DateTimeOffset literal; null when unreadable. */
export function sinceLiteral(input: string): string | null {
  const s = input.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return realDay(s) ? `${s}T00:00:00Z` : null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) && realDay(s.slice(0, 10)) && !Number.isNaN(Date.parse(s))) return s;
  return null;
}

/** "2025-02-30" parses (as 2 March): a day counts only when the date it gives is that day. */
function realDay(ymd: string): boolean {
  const t = Date.parse(`${ymd}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === ymd;
}
