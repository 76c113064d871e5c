// One "## Motie van het lid … over …" section of an overview letter, shaped like the sections of
// the stand-van-zaken letter Kamerstuk 29 754, nr. 501: the formal title as heading (no fractie),
// the first mention in the text with fractie and a footnote citing the motie's own Kamerstuk, the
// afloop as the Kamer recorded it, and placeholders ("[PM: …]") for what only the ministry knows.
import { keyToCitation } from '../core/citations/key-text.js';
import type { Actor, DocumentRecord, MotieRecord, Snapshot, Uitkomst } from '../data/types.js';
import { dutchDate } from './dutch-date.js';
import { draftText } from './markdown-text.js';

/** A motie to report on: the newest version of its chain, and the versions it replaced. */
export interface MotieEntry {
  document: DocumentRecord;
  motie: MotieRecord;
  /** Keys of the earlier versions this one replaces, oldest first. */
  replaces: string[];
}

export interface RenderedSection {
  text: string;
  /** Footnote texts in call order (the caller numbers them). */
  notes: string[];
}

/** A field the civil servant fills in; the rules read past it ("pro memorie"). */
export const PM = (what: string): string => `[PM: ${what}]`;

/** "het lid Podt c.s.", "de leden Kuiken en Gijs van Dijk", "het lid Becker". */
export function naming(motie: MotieRecord, withFractie: ((a: Actor) => string | null) | null): string {
  const first = motie.indieners[0];
  if (!first) return `het lid ${PM('indiener')}`;
  const label = (a: Actor): string => {
    const name = draftText(a.naam);
    if (!withFractie) return name;
    // A bare "(PM)" where the data knows no fractie: the rules still read the mention as one.
    return `${name} (${withFractie(a) ?? 'PM'})`;
  };
  const mede = motie.medeIndieners;
  if (mede.length === 1 && motie.indieners.length === 1 && motie.medeIndienersBekend !== false) return `de leden ${label(first)} en ${label(mede[0]!)}`;
  if (mede.length === 0 && motie.indieners.length === 1 && motie.medeIndienersBekend !== false) return `het lid ${label(first)}`;
  // Three or more, or co-signers the data does not name: the Kamer's "c.s.".
  return withFractie ? `het lid ${label(first)}` : `het lid ${label(first)} c.s.`;
}

/** What the motie is about, from the register title "Motie van het lid … over X (t.v.v. …)". */
export function subjectOf(document: DocumentRecord): string | null {
  const title = (document.onderwerp ?? '').replace(/\s*\(t\.v\.v\.[^)]*\)\s*$/i, '').trim();
  const at = title.search(/\sover\s/);
  if (at < 0) return null;
  const subject = title.slice(at).replace(/^\s*over\s+/, '').trim();
  return subject ? subject : null;
}

/** The date of the decision that gave the outcome (the last besluit with a date). */
function decisionDate(motie: MotieRecord): string | null {
  for (let i = motie.besluiten.length - 1; i >= 0; i--) {
    const d = dutchDate(motie.besluiten[i]!.datum);
    if (d) return d;
  }
  return null;
}

const OUTCOME_VERB: Partial<Record<Uitkomst, string>> = {
  aangenomen: 'aangenomen',
  verworpen: 'verworpen',
  aangehouden: 'aangehouden',
  ingetrokken: 'ingetrokken',
  overgenomen: 'overgenomen',
};

export function motieSection(data: Snapshot, entry: MotieEntry): RenderedSection {
  const { document, motie } = entry;
  const gewijzigd = motie.gewijzigd || /gewijzigd|nader/i.test(document.soort);
  const kind = gewijzigd ? 'gewijzigde motie' : 'motie';
  const subject = subjectOf(document);
  const heading = `## ${gewijzigd ? 'Gewijzigde motie' : 'Motie'} van ${naming(motie, null)} over ${subject ? draftText(subject) : PM('onderwerp')}`;
  const fractie = (a: Actor): string | null => a.fractie ?? (a.persoonId && document.datum ? data.fractieOn(a.persoonId, document.datum) : null);
  const named = `${kind} van ${naming(motie, fractie)}[^]`;
  const verzoek = `waarin de regering verzocht wordt ${PM('het verzoek uit de motie')}`;
  const when = decisionDate(motie);
  const on = when ? `op ${when} ` : '';
  const verb = motie.uitkomst ? OUTCOME_VERB[motie.uitkomst] : undefined;
  let first: string;
  if (motie.uitkomst === 'aangenomen' || motie.uitkomst === 'verworpen') first = `Uw Kamer heeft ${on}de ${named} ${verb}, ${verzoek}.`;
  else if (verb) first = `De ${named}, ${verzoek}, is ${on}${verb}.`;
  else if (motie.uitkomst === 'uitgesteld') first = `De stemming over de ${named}, ${verzoek}, is uitgesteld.`;
  else {
    const filed = dutchDate(document.datum);
    const stemming = motie.uitkomst === 'ingediend' ? 'uw Kamer heeft er nog niet over gestemd' : `de afloop is niet bekend: ${PM('afloop van de stemming')}`;
    first = `De ${named}, ${verzoek}, is ${filed ? `op ${filed} ` : ''}ingediend; ${stemming}.`;
  }
  const lines = [heading, '', first];
  if (entry.replaces.length) {
    const earlier = entry.replaces.map(keyToCitation).join(' en ');
    lines.push('', `Deze gewijzigde motie vervangt de oorspronkelijke motie (${earlier}).`);
  }
  lines.push('', `Ik informeer u graag als volgt. ${PM('stand van zaken van de uitvoering')}`);
  return { text: lines.join('\n'), notes: [`${keyToCitation(motie.key)}.`] };
}
