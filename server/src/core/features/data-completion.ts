// Completion from the parliamentary snapshot: after "Kamerstuk " the dossiers, after
// "Kamerstuk 19 637, nr. " the documents of that dossier with their titles, and after
// "motie van het lid " the members.
import type { Snapshot } from '../data-port.js';
import { spacedDossier } from '../citations/tokens.js';
import type { CompletionEntry } from './completion.js';
import { toezeggingCompletions } from './toezegging-completion.js';

const LIMIT = 50;

function dossierText(key: string): string {
  const [nummer, toevoeging] = key.split('-');
  const spaced = spacedDossier(Number(nummer));
  if (!toevoeging) return spaced;
  return /^\d+$/.test(toevoeging) ? `${spaced}-${toevoeging}` : `${spaced} ${toevoeging}`;
}

/** `cited`: dossier keys ("29754", "36410-XVI") the document cites, offered first. */
export function dataCompletions(before: string, offset: number, data: Snapshot, cited: readonly string[] = []): CompletionEntry[] {
  const toezegging = toezeggingCompletions(before, offset, data);
  if (toezegging) return toezegging;
  const nr = /\bKamerstuk[ \u00a0]+(\d{1,2}[ \u00a0]?\d{3})(?:[ -]([IVXL]+|\d{2}|[A-Z]))?,[ \u00a0]nr\.[ \u00a0](\d*)$/.exec(before);
  if (nr) {
    const key = `${nr[1]!.replace(/\D/g, '')}${nr[2] ? '-' + nr[2] : ''}`;
    return data
      .documentsOf(key)
      .filter((d) => d.nr.startsWith(nr[3]!))
      .slice(0, LIMIT * 4)
      .map((d) => ({ label: d.nr, detail: [d.soort, d.onderwerp ?? d.titel, d.datum].filter(Boolean).join(' · '), insert: d.nr, snippet: false, replaceStart: offset - nr[3]!.length, kind: 'document' }));
  }
  // Right after "Kamerstuk " (space is a trigger character) too: the dossiers this document
  // already cites first, then the snapshot's; "Kamerstukken " (plural) continues with ", nrs. ".
  const dossier = /\bKamerstuk(ken)?[ \u00a0]+(\d[\d \u00a0]{0,5})?$/.exec(before);
  if (dossier) {
    const typed = dossier[2] ?? '';
    const want = typed.replace(/[\s\u00a0]/g, '');
    const seen = new Set<string>();
    const records = [...cited.map((k) => data.dossier(k)).filter((d) => d !== undefined && d.key.startsWith(want)), ...data.dossiersStartingWith(typed, LIMIT)].filter((d) => !seen.has(d!.key) && seen.add(d!.key));
    return records.slice(0, LIMIT).map((d) => ({
      label: dossierText(d!.key),
      detail: d!.titel ?? '',
      insert: `${dossierText(d!.key)}, ${dossier[1] ? 'nrs.' : 'nr.'} `,
      snippet: false,
      replaceStart: offset - typed.length,
      kind: 'dossier',
    }));
  }
  const member = /\bmotie[ \u00a0]+van[ \u00a0]+(?:het[ \u00a0]+lid|de[ \u00a0]+leden(?:[^.]*?(?:,|[ \u00a0]en))?)[ \u00a0]+([\p{L}' -]*)$/iu.exec(before);
  if (member) {
    const typed = member[1]!;
    return data.personsStartingWith(typed, LIMIT).map((p) => {
      const name = `${p.tussenvoegsel ? p.tussenvoegsel.charAt(0).toUpperCase() + p.tussenvoegsel.slice(1) + ' ' : ''}${p.achternaam}`;
      const party = p.fracties.at(-1)?.fractie;
      return { label: name, detail: [p.initialen, party].filter(Boolean).join(' · ') || 'Kamerlid', insert: party ? `${name} (${party})` : name, snippet: false, replaceStart: offset - typed.length, kind: 'member' };
    });
  }
  return [];
}
