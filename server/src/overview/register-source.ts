// The toezeggingen of a snapshot that carries the Kamer's register (`toezeggingen()`, added to the
// snapshot by the register sync), as the overview's ToezeggingSource; a snapshot without a
// register gives null.
// The register names no dossier: a toezegging counts for a dossier when the Kamerbrief that
// fulfils it cites that dossier. Open toezeggingen have no such letter yet and are not found.
import { scanCitations } from '../core/citations/index.js';
import type { ToezeggingRecord } from '../core/data-port.js';
import { dossierKey } from '../data/sync/keys.js';
import type { ToezeggingInput, ToezeggingSource } from './toezegging-input.js';

/** The fields of a register entry the overview uses. */
export type RegisterEntry = Pick<ToezeggingRecord, 'nummer' | 'tekst' | 'status' | 'datumNakoming' | 'aanmaakdatum' | 'ministerie' | 'functie' | 'activiteit' | 'kamerbriefNakoming'>;

/** What the overview needs of a snapshot: its register, or null when it holds none. */
export interface WithRegister {
  toezeggingen?(): readonly RegisterEntry[] | null;
}

/** The dossiers a register text cites ("Kamerstuk 29 754, nr. 501" → ["29754"]). */
function citedDossiers(text: string | null): string[] {
  if (!text) return [];
  return scanCitations(text).citations.flatMap((c) => c.dossier.map((d) => dossierKey(d, c.toevoeging)));
}

export function toInput(e: RegisterEntry): ToezeggingInput {
  const soort = e.activiteit?.soort?.trim();
  const onderwerp = e.activiteit?.onderwerp?.trim();
  return {
    nummer: e.nummer,
    tekst: e.tekst ?? '',
    status: e.status,
    ministerie: e.ministerie,
    bewindspersoon: e.functie ? `de ${e.functie}` : null,
    debat: soort ? `het ${soort.toLowerCase()}${onderwerp ? ' ' + onderwerp : ''}` : null,
    datum: e.activiteit?.datum ?? e.aanmaakdatum,
    nakomingsdatum: e.datumNakoming,
  };
}

export function registerSource(snapshot: WithRegister | null): ToezeggingSource | null {
  const register = snapshot?.toezeggingen?.() ?? null;
  if (!register) return null;
  return {
    toezeggingenOf: (dossier) => register.filter((e) => citedDossiers(e.kamerbriefNakoming).includes(dossier)).map(toInput),
  };
}
