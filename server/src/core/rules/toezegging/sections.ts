// A letter's "Toezegging – …" sections and the register entry each one is about (KB312, hover).
import type { ToezeggingRecord } from '../../data-port.js';
import type { DocumentAnalysis } from '../../model.js';
import type { Span } from '../../types.js';
import { documentHeadings, sectionOf, type HeadingInfo } from '../motie/headings.js';
import { headingLead } from '../motie/mentions.js';
import { byNumber, numbersIn, textMatches } from './register.js';

export interface ToezeggingSection {
  heading: HeadingInfo;
  /** Heading text after "Toezegging – ". */
  title: string;
  section: Span;
  /** Raw text of the section and of the footnotes it calls. */
  body: string;
  notes: string;
}

/** Score from which a text match is trusted enough to judge the section's claims or show a card. */
export const CONFIDENT = { score: 0.5, shared: 3 };
/** Score from which a section counts as found at all (KB312 stays silent about it). */
export const SOME = { score: 0.3, shared: 2 };

export type Found =
  | { how: 'nummer'; entry: ToezeggingRecord; nummer: string }
  | { how: 'onbekend-nummer'; nummer: string }
  | { how: 'tekst'; entry: ToezeggingRecord; score: number; shared: number }
  | { how: 'geen' };

const TITLE = /^toezegging(?![\p{L}\d])\s*(?:[–—-]\s*)?/iu;

export function toezeggingSections(doc: DocumentAnalysis): ToezeggingSection[] {
  const headings = documentHeadings(doc);
  const out: ToezeggingSection[] = [];
  for (const h of headings) {
    const text = h.text.slice(headingLead(h.text));
    const m = TITLE.exec(text);
    if (!m) continue;
    const section = sectionOf(doc, headings, h);
    // Footnote definitions at the end of the last section are the letter's, not this section's.
    const body = doc.text.slice(section.start, section.end).replace(/^ {0,3}\[\^[^\]\s]+\]:.*$/gm, '');
    out.push({ heading: h, title: text.slice(m[0].length).replace(/\uFFFC/g, '').trim(), section, body, notes: calledNotes(doc, body) });
  }
  return out;
}

/** Text of the footnotes the section calls (a toezeggingnummer often stands in one). */
function calledNotes(doc: DocumentAnalysis, body: string): string {
  const labels = new Set([...body.matchAll(/\[\^([^\]\s]{1,100})\]/g)].map((m) => m[1]!.toLowerCase()));
  if (labels.size === 0) return '';
  return doc.definitions
    .filter((d) => labels.has(d.label.toLowerCase()))
    .map((d) => doc.text.slice(d.bodyStart, d.bodyEnd))
    .join('\n');
}

/** The heading and the first paragraph: what the section says the toezegging was. */
function matchText(s: ToezeggingSection): string {
  const first = s.body.trim().split(/\n\s*\n/)[0] ?? '';
  return `${s.title}\n${first.slice(0, 800)}`;
}

export function findInRegister(list: readonly ToezeggingRecord[], s: ToezeggingSection): Found {
  const numbers = numbersIn(`${s.heading.text}\n${s.body}\n${s.notes}`);
  for (const nummer of numbers) {
    const entry = byNumber(list, nummer);
    if (entry) return { how: 'nummer', entry, nummer };
  }
  if (numbers.length) return { how: 'onbekend-nummer', nummer: numbers[0]! };
  const best = textMatches(list, matchText(s), 1)[0];
  if (best && best.score >= SOME.score && best.shared >= SOME.shared) return { how: 'tekst', entry: best.entry, score: best.score, shared: best.shared };
  return { how: 'geen' };
}

export function confident(found: Found): found is Extract<Found, { entry: ToezeggingRecord }> {
  if (found.how === 'nummer') return true;
  return found.how === 'tekst' && found.score >= CONFIDENT.score && found.shared >= CONFIDENT.shared;
}
