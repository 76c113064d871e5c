// What kind of text a footnote holds, so that final periods are compared like with like
// (citations.md §6.8): a citation ("Kamerstuk 29 754, nr. 501."), a full sentence, a web-page
// title ("… | Kamerstuk | Rijksoverheid.nl"), another reference ("NRC.nl, 26 juni 2024, «…»"), or
// something whose final period says nothing: a bare URL (never add a period after it), a note
// ending in an abbreviation ("c.s.", "e.a."), a fragment that starts in lower case.
import type { DocumentAnalysis, FootnoteDefinition } from '../../model.js';
import { ENDS_IN_ABBREVIATION } from '../abbreviation.js';

export type NoteKind = 'citation' | 'sentence' | 'title' | 'reference' | 'neutral';

const URL_ONLY = /^(?:<)?(?:https?:\/\/|www\.)\S+?(?:>)?\.?$/i;
const ENDS_IN_URL = /(?:https?:\/\/|www\.)\S+$/i;
/** A web-page title: "Titel | Rapport | Rijksoverheid.nl", "Titel (forbes.com)", "… (https://…)". */
const WEB_TITLE = /[ \u00a0]\|[ \u00a0]|\((?:[\w-]+\.)+[a-z]{2,}\)\.?$|\(https?:/i;
/** Two sentences: a sentence end followed by a capital. */
const TWO_SENTENCES = /\p{Ll}[.!?]["'»”]?[ \u00a0]+\p{Lu}/u;
const LEAD_IN = /^(?:zie(?:[ \u00a0]+ook)?[ \u00a0:]+|vgl\.[ \u00a0]+)?/i;

/** The first citation starting at or after `offset` (binary search: citations are in document order). */
function citationFrom(doc: DocumentAnalysis, offset: number): DocumentAnalysis['citations'][number] | undefined {
  const list = doc.citations;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.citation.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return list[lo];
}

/** Words of letters (numbers do not make a sentence: "Tweede Kamer, vergaderjaar 2022–2023, 26 485, nr. 424"). */
const TWO_LETTERS = /\p{L}{2}/u;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => TWO_LETTERS.test(w)).length;
}

/** Classifies the trimmed body of a definition (`body` is its text, `start` its source offset). */
export function noteKind(doc: DocumentAnalysis, def: FootnoteDefinition, body: string): NoteKind {
  const text = body.trim();
  if (text === '' || URL_ONLY.test(text) || ENDS_IN_URL.test(text) || ENDS_IN_ABBREVIATION.test(text)) return 'neutral';
  const lead = LEAD_IN.exec(text)![0].length;
  const first = citationFrom(doc, def.bodyStart);
  const starts = first !== undefined && first.citation.start <= def.bodyStart + lead + 1 && first.citation.start < def.bodyEnd;
  if (starts) {
    // The citation is the note, perhaps with a page, a date or a link after it; more is prose.
    const rest = doc.text.slice(first!.citation.end, def.bodyEnd).replace(/\([^()]*\)/g, ' ').replace(/[.\s]+$/, '');
    if (words(rest) <= 4) return 'citation';
  }
  if (/^\p{Ll}/u.test(text)) return 'neutral';
  if (/^\p{Lu}/u.test(text) && TWO_SENTENCES.test(text)) return 'sentence';
  if (WEB_TITLE.test(text)) return 'title';
  // One clause without a final period may be a title: only a note that ends like a sentence counts.
  if (/^\p{Lu}/u.test(text) && text.endsWith('.') && words(text) >= 8 && !/[«“]/.test(text.slice(0, 60))) return 'sentence';
  return 'reference';
}
