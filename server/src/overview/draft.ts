// The stand-van-zaken letter drafted from the data: front matter, the introduction of Kamerstuk
// 29 754, nr. 501, a section per motie of the dossier (the newest version of each gewijzigde
// chain), a section per toezegging when a register is at hand, the signature, and the footnotes.
import type { DossierKey, Snapshot } from '../data/types.js';
import { vergaderjaarOf } from './dutch-date.js';
import { draftText } from './markdown-text.js';
import { motieSection, PM, type MotieEntry } from './motie-section.js';
import { toezeggingSection } from './toezegging-section.js';
import type { ToezeggingInput, ToezeggingSource } from './toezegging-input.js';

export interface OverviewOptions {
  /** Dossier key as the snapshot writes it ("29754", "36410-XVI"). */
  dossier: DossierKey;
  /** Ministry name ("Justitie en Veiligheid"): front matter, signature, and the toezeggingen filter. */
  ministerie?: string | null;
  /** Only moties and toezeggingen dated on or after this day (yyyy-mm-dd); undated ones stay. */
  sinds?: string | null;
  toezeggingen?: ToezeggingSource | null;
  /** The day the draft is written (vergaderjaar in the front matter). */
  today: Date;
}

export interface OverviewDraft {
  text: string;
  moties: number;
  toezeggingen: number;
}

/** The moties of a dossier to report on: a motie replaced by a gewijzigde version is reported as that version. */
export function motieEntries(data: Snapshot, dossier: DossierKey): MotieEntry[] {
  const entries: MotieEntry[] = [];
  for (const document of data.documentsOf(dossier)) {
    const motie = data.motie(document.key);
    if (!motie || !/^motie\b/i.test(document.soort)) continue;
    // Reported under its newest version when that version is known.
    if (motie.vervangenDoor.some((k) => data.motie(k) && data.document(k))) continue;
    const replaces: string[] = [];
    const seen = new Set([motie.key]);
    for (let prev = motie.vervangt; prev && !seen.has(prev); prev = data.motie(prev)?.vervangt ?? null) {
      seen.add(prev);
      replaces.unshift(prev);
    }
    entries.push({ document, motie, replaces });
  }
  return entries;
}

const onOrAfter = (date: string | null | undefined, sinds: string | null | undefined): boolean => !sinds || !date || date.slice(0, 10) >= sinds;

const sameMinistry = (a: string | null | undefined, b: string): boolean => !a || a.toLowerCase().replace(/^ministerie van /, '') === b.toLowerCase().replace(/^ministerie van /, '');

export function overviewDraft(data: Snapshot, options: OverviewOptions): OverviewDraft {
  const ministerie = options.ministerie?.trim() ? options.ministerie.trim().replace(/^ministerie van /i, '') : null;
  const moties = motieEntries(data, options.dossier).filter((e) => onOrAfter(e.document.datum, options.sinds));
  const toezeggingen: ToezeggingInput[] = (options.toezeggingen?.toezeggingenOf(options.dossier) ?? []).filter(
    (t) => onOrAfter(t.datum, options.sinds) && (!ministerie || sameMinistry(t.ministerie, ministerie)),
  );
  const titel = data.dossier(options.dossier)?.titel ?? null;
  const over = titel ? draftText(titel) : PM('beleidsterrein');
  const front = ['---', 'soort: brief', 'aan: Tweede Kamer', `onderwerp: ${frontValue(`Stand van zaken moties en toezeggingen ${titel ?? PM('beleidsterrein')}`)}`, `vergaderjaar: ${vergaderjaarOf(options.today)}`];
  if (ministerie) front.push(`ministerie: ${frontValue(`Ministerie van ${ministerie}`)}`);
  front.push('---');
  const what = toezeggingen.length ? 'moties en toezeggingen' : 'moties';
  const intro = `Bijgaand bied ik u onderstaande stand van zaken moties en toezeggingen. Dit betreft een toelichting op welke wijze invulling wordt gegeven aan de ${what} over ${over}.`;
  const parts = [front.join('\n'), intro];
  const notes: string[] = [];
  for (const entry of moties) {
    const section = motieSection(data, entry);
    let text = section.text;
    for (const note of section.notes) {
      notes.push(note);
      text = text.replace('[^]', `[^${notes.length}]`);
    }
    parts.push(text);
  }
  for (const t of toezeggingen) parts.push(toezeggingSection(t));
  parts.push(`De Minister van ${ministerie ? draftText(ministerie) : PM('ministerie')},\n\n${PM('naam')}`);
  parts.push(notes.map((n, i) => `[^${i + 1}]: ${n}`).join('\n'));
  return { text: parts.filter(Boolean).join('\n\n') + '\n', moties: moties.length, toezeggingen: toezeggingen.length };
}

/** A YAML plain scalar that stays one: quoted when it holds what YAML would read otherwise. */
function frontValue(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return /^[\p{L}\d«]/u.test(flat) && !/[:#]\s|[:#]$|[[\]{}]/.test(flat) ? flat : JSON.stringify(flat);
}
