// The engine's port to the parliamentary data: the records rules, hovers and completion read, and
// the read interface (`Snapshot`). The snapshot store in server/src/data implements it; nothing in
// core imports data/ (test/unit/core-imports.test.ts), so the engine can be fed by any source.

/**
 * Kamerstuk key, the same normalisation the engine uses (core/rules/motie-shared.ts citationKey):
 * dossier without spaces or leading zeros, "-" + upper-case toevoeging when present, ":" + ondernummer.
 * "19637:3370", "36410-XVI:66", "21501-20:2118", "35300-VI:Y".
 */
export type DocKey = string;

/** Dossier key: "19637", "36410-XVI", "21501-20". */
export type DossierKey = string;

/** Where a record came from, so every fact can be traced (fixture snapshot: sample file or corpus letter). */
export type Source = string;

export interface DossierRecord {
  key: DossierKey;
  nummer: number;
  toevoeging: string | null;
  titel: string | null;
  source?: Source;
}

export interface Actor {
  /** Surname as written in letters ("Podt", "Van Nispen", "Rikkers-Oosterkamp"). */
  naam: string;
  /** Full name as registered, when known ("M.G.F. Rikkers-Oosterkamp"). */
  volledigeNaam?: string | null;
  /** Party (afkorting) at the time of the document, when known ("D66"). */
  fractie: string | null;
  persoonId?: string | null;
}

/** Outcome of a motie after its votes, in the words a letter uses. */
export type Uitkomst =
  | 'aangenomen'
  | 'verworpen'
  | 'aangehouden'
  | 'ingetrokken'
  | 'uitgesteld'
  | 'overgenomen'
  | 'ingediend';

export interface Besluit {
  /** BesluitSoort as in the data ("Stemmen - aangenomen"). */
  soort: string;
  /** BesluitTekst ("Aangenomen."). */
  tekst: string | null;
  datum?: string | null;
}

export interface DocumentRecord {
  key: DocKey;
  dossier: DossierKey;
  /** Ondernummer as written ("3370", "Y"). */
  nr: string;
  /** Document.Soort ("Motie", "Motie (gewijzigd/nader)", "Brief regering"). */
  soort: string;
  titel: string | null;
  onderwerp: string | null;
  /** ISO date (yyyy-mm-dd). */
  datum: string | null;
  vergaderjaar: string | null;
  /** Document number ("2025D06268") and Zaak number ("2025Z02753"), when known. */
  documentNummer?: string | null;
  zaakNummer?: string | null;
  source?: Source;
}

export interface MotieRecord {
  /** Key of the motie's own document. */
  key: DocKey;
  zaakNummer: string | null;
  gewijzigd: boolean;
  indieners: Actor[];
  medeIndieners: Actor[];
  /** False when the text says "c.s." but the co-signers' names are unknown (KB303 then stays silent). */
  medeIndienersBekend?: boolean;
  besluiten: Besluit[];
  /** Derived from besluiten (last vote wins; only "Ingediend" → "ingediend"); null when unknown. */
  uitkomst: Uitkomst | null;
  /** The motie this one replaces ("t.v.v."), and the ones that replaced it. */
  vervangt: DocKey | null;
  vervangenDoor: DocKey[];
  kabinetsappreciatie?: string | null;
  source?: Source;
}

export interface PersonRecord {
  id: string;
  achternaam: string;
  tussenvoegsel: string | null;
  initialen: string | null;
  roepnaam: string | null;
  /** Party memberships over time; `tot` null = still a member. ISO dates. */
  fracties: { fractie: string; van: string | null; tot: string | null }[];
  source?: Source;
}

/** One entry of the Kamer's toezeggingen register (entity Toezegging). */
export interface ToezeggingRecord {
  /** TK GUID (sync merges and deletes by it). */
  id: string;
  /** "TZ202309-010". */
  nummer: string | null;
  tekst: string | null;
  /** As the register says: "Openstaand", "Voldaan", "Deels voldaan", "Vervallen", … */
  status: string | null;
  /** ISO date the register expects fulfilment, or null (the API's 0001-01-01 means none). */
  datumNakoming: string | null;
  /** ISO date it was registered. */
  aanmaakdatum: string | null;
  /** "Infrastructuur en Waterstaat". */
  ministerie: string | null;
  /** Who made it, as the register writes it ("Harbers, M.G.J.") and in which function. */
  toezegger: string | null;
  functie: string | null;
  /** The debate it was made in (Activiteit), when known. */
  activiteit: { nummer: string | null; soort: string | null; onderwerp: string | null; datum: string | null } | null;
  /** Kamerbrief that fulfils it, as the register names it. */
  kamerbriefNakoming: string | null;
  source?: Source;
}

export interface SnapshotMeta {
  format: number;
  /** ISO timestamp when this snapshot was written. */
  createdAt: string;
  /** Base URL it was synced from, or "fixture". */
  origin: string;
  /** Per entity set: the last ApiGewijzigdOp seen, so an incremental sync knows where to resume. */
  syncedUntil: Record<string, string>;
  counts: { dossiers: number; documents: number; moties: number; persons: number; toezeggingen?: number };
  /**
   * Dossiers the snapshot holds completely (a sync with --dossier, the fixture), or absent/null for
   * all Tweede Kamer data: KB121 calls a citation unknown only inside this scope.
   */
  scope?: { dossiers: DossierKey[] } | null;
}

/** Read access the engine and the shells use; every lookup is a map access. */
export interface Snapshot {
  readonly meta: SnapshotMeta;
  document(key: DocKey): DocumentRecord | undefined;
  motie(key: DocKey): MotieRecord | undefined;
  dossier(key: DossierKey): DossierRecord | undefined;
  /** Documents of one dossier, ordered by ondernummer (completion after "Kamerstuk 19 637, nr. "). */
  documentsOf(key: DossierKey): readonly DocumentRecord[];
  /** Dossiers whose key starts with the given digits (completion after "Kamerstuk "). */
  dossiersStartingWith(prefix: string, limit: number): readonly DossierRecord[];
  /** Members whose surname starts with the prefix, case-insensitive (completion after "motie van het lid "). */
  personsStartingWith(prefix: string, limit: number): readonly PersonRecord[];
  /** A person's party on a date (yyyy-mm-dd), or null. */
  fractieOn(personId: string, date: string): string | null;
  /**
   * True when the part of the snapshot that would hold this key could not be read (a damaged
   * shard): its absence then says nothing, and rules must not call the key unknown.
   */
  unreadable?(key: DocKey): boolean;
  /** Damaged parts met so far, one Dutch sentence each (shown once by the shells). */
  readonly problems?: readonly string[];
  /**
   * The toezeggingen register, or null when this snapshot holds none (written before it was
   * synced, or a source without it): rules about toezeggingen then stay silent.
   */
  toezeggingen?(): readonly ToezeggingRecord[] | null;
}
