// The entity sets a sync reads and the OData URLs it starts from (opendata.md §5).
//
// Three sets only, each expanded so one page carries everything its records need:
// - Zaak (Soort 'Motie'): the motie with its dossier, indieners (ZaakActor + Persoon for the surname),
//   besluiten (+ Agendapunt → Activiteit for the vote date) and its Document (+ current version, whose
//   ExterneIdentifier "kst-19637-3370" is the fallback for the dossier/nr.).
// - Document (Volgnummer > 0): every kamerstuk (brieven, moties, nota's) for hover and completion.
// - Persoon: members with their fractie seats over time. Read in full every time: a new seat does not
//   touch Persoon.ApiGewijzigdOp, and the whole set is a few pages.
// Dossier records come inline (Kamerstukdossier expands); no separate Kamerstukdossier set.

export type SetName = 'Persoon' | 'Zaak' | 'Document';
export const SET_ORDER: readonly SetName[] = ['Persoon', 'Zaak', 'Document'];

export const SET_LABEL: Record<SetName, string> = { Persoon: 'Kamerleden', Zaak: 'moties', Document: 'kamerstukken' };

const EXPAND: Record<SetName, string> = {
  Zaak: 'Kamerstukdossier,ZaakActor($expand=Persoon),Besluit($expand=Agendapunt($expand=Activiteit)),Document($expand=Kamerstukdossier,HuidigeDocumentVersie)',
  Document: 'Kamerstukdossier,HuidigeDocumentVersie',
  Persoon: 'FractieZetelPersoon($expand=FractieZetel($expand=Fractie))',
};

export interface QueryInput {
  endpoint: string;
  /** ISO instant: only entities that became visible after it. Null = everything. */
  since: string | null;
  dossiers: readonly number[];
  /** A snapshot exists whose records deletions may have to remove. */
  hasBase: boolean;
}

/** Whether a set is read incrementally (ApiGewijzigdOp gt …) or in full every time. */
export function isDelta(set: SetName): boolean {
  return set !== 'Persoon';
}

/** The key under which meta.syncedUntil remembers a set; a dossier-limited sync has its own. */
export function syncedUntilKey(set: SetName, dossiers: readonly number[]): string {
  return dossiers.length ? `${set}@${[...dossiers].sort((a, b) => a - b).join('+')}` : set;
}

export function startUrl(set: SetName, q: QueryInput): string {
  const parts: string[] = [];
  if (set === 'Zaak') parts.push("Soort eq 'Motie'");
  if (set === 'Document') parts.push('Volgnummer gt 0');
  if (set !== 'Persoon' && q.dossiers.length) {
    const v = set === 'Zaak' ? 'k' : 'd';
    const any = q.dossiers.map((n) => `Kamerstukdossier/any(${v}: ${v}/Nummer eq ${n})`);
    parts.push(any.length === 1 ? any[0]! : `(${any.join(' or ')})`);
  }
  const wanted = parts.join(' and ');
  let filter: string;
  if (!isDelta(set) || (!q.since && !q.hasBase)) {
    filter = wanted ? `${wanted} and Verwijderd eq false` : 'Verwijderd eq false';
  } else {
    // Placeholders of deleted entities have every field null (Soort, Volgnummer, …), so a filter on
    // those fields alone never returns them: ask for them explicitly (never "Verwijderd eq false" here).
    const alive = wanted ? `(${wanted}) or Verwijderd eq true` : '';
    filter = q.since ? (alive ? `(${alive}) and ApiGewijzigdOp gt ${q.since}` : `ApiGewijzigdOp gt ${q.since}`) : alive;
  }
  const params: [string, string][] = [['$filter', filter]];
  // A unique order ($skiptoken pages on it; ApiGewijzigdOp alone is shared by thousands after a bulk re-stamp).
  params.push(['$orderby', isDelta(set) ? 'ApiGewijzigdOp,Id' : 'Id']);
  params.push(['$expand', EXPAND[set]]);
  const base = q.endpoint.endsWith('/') ? q.endpoint : q.endpoint + '/';
  return `${base}${set}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/** "2025-01-31" or a full timestamp → an OData DateTimeOffset literal; null when unreadable. */
export function sinceLiteral(input: string): string | null {
  const s = input.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return Number.isNaN(Date.parse(s)) ? null : `${s}T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s))) return s;
  return null;
}
