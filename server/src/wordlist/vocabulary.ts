// The proper words of Dutch parliamentary letters, taken from the snapshot: members' names (with
// tussenvoegsels), parties, dossier titles; plus the ministries' names and abbreviations (from
// KB504's table: the snapshot holds no ministries) and the abbreviations letters use ("c.s.").
import { MINISTRIES } from '../core/rules/kb504-kopregel-antwoord/ministeries.js';
import type { Actor, SnapshotData } from '../data/types.js';

export interface Vocabulary {
  /** Names as letters write them: "Van der Plas" (surname alone), "Caroline van der Plas", "Gijs van Dijk". */
  names: string[];
  /** Party abbreviations as the Kamer writes them: "D66", "PvdA", "DENK". */
  parties: string[];
  /** "Volksgezondheid, Welzijn en Sport", and abbreviations "VWS", "JenV". */
  ministries: string[];
  /** Capitalised words inside dossier titles ("Raad", "Volksgezondheid", "XVI"). */
  dossierWords: string[];
  /** Abbreviations with periods that spelling checkers take for slips. */
  abbreviations: string[];
}

/** Abbreviations of the citation and motie house style (citations.md, KB308). */
export const ABBREVIATIONS = ['c.s.', 't.v.v.', 'jl.', 'nr.', 'nrs.', 'Stb.', 'Stcrt.', 'Trb.', 'blz.'];

/** Words that start a surname and are written lower case after a first name ("Gijs van Dijk"). */
export const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'in', 'op', 'uit', 'aan', 'bij', 'la', 'le', 'du', 'da', 'di', 'von', 'zu', 'el', "d'", 'l']);

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function collectVocabulary(data: SnapshotData): Vocabulary {
  const names = new Set<string>();
  const parties = new Set<string>();
  for (const p of data.persons) {
    const tv = clean(p.tussenvoegsel);
    const achternaam = clean(p.achternaam);
    if (!achternaam) continue;
    // Alone the surname starts with a capital ("Van der Plas"), after a first name not.
    names.add(tv ? `${capitalised(tv)} ${achternaam}` : capitalised(achternaam));
    const roepnaam = clean(p.roepnaam);
    if (roepnaam) names.add(`${roepnaam} ${tv ? tv + ' ' : ''}${achternaam}`);
    for (const f of p.fracties) if (clean(f.fractie)) parties.add(clean(f.fractie));
  }
  const actor = (a: Actor): void => {
    if (clean(a.naam)) names.add(clean(a.naam));
    if (clean(a.fractie)) parties.add(clean(a.fractie));
  };
  for (const m of data.moties) {
    m.indieners.forEach(actor);
    m.medeIndieners.forEach(actor);
  }
  const ministries = new Set<string>();
  for (const m of MINISTRIES) {
    ministries.add(m.name);
    for (const a of m.abbreviations ?? []) ministries.add(a);
  }
  const dossierWords = new Set<string>();
  for (const d of data.dossiers) {
    const words = clean(d.titel).split(/[\s,;:()«»"“”]+/).filter(Boolean);
    words.forEach((w, i) => {
      const word = w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
      // The first word is capitalised as any title is; later capitals and abbreviations are names.
      if (/^\p{Lu}{2,}$/u.test(word) || (i > 0 && /^\p{Lu}/u.test(word))) dossierWords.add(word);
    });
  }
  return { names: sorted(names), parties: sorted(parties), ministries: sorted(ministries), dossierWords: sorted(dossierWords), abbreviations: [...ABBREVIATIONS] };
}

export function sorted(set: Iterable<string>): string[] {
  return [...new Set(set)].sort((a, b) => a.localeCompare(b, 'nl') || (a < b ? -1 : a > b ? 1 : 0));
}
