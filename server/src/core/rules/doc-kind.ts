// What kind of document a draft is (PRODUCT.md §5): the front matter's `soort`, else recognised
// from the text. An uitstelbericht ("Mededeling van … (ontvangen …).") and a list of questions hold
// questions only: the pairing rules and the answering term do not apply to them.
import type { DocumentAnalysis } from '../model.js';
import { entry } from './frontmatter-shared.js';

export const DOC_KINDS = ['brief', 'antwoorden-kamervragen', 'uitstelbericht', 'vragen', 'lijst-van-vragen'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** The header line of an uitstelbericht as the Kamer publishes it. */
const MEDEDELING = /^Mededeling[ \u00a0]+van[ \u00a0]+\S[^]*\([ \u00a0]*ontvangen[ \u00a0]/;

const cache = new WeakMap<DocumentAnalysis, { declared: DocKind | null; mededeling: boolean }>();

function read(doc: DocumentAnalysis): { declared: DocKind | null; mededeling: boolean } {
  const hit = cache.get(doc);
  if (hit) return hit;
  const value = String(entry(doc, 'soort')?.value ?? '').trim();
  const declared = (DOC_KINDS as readonly string[]).includes(value) ? (value as DocKind) : null;
  const mededeling = doc.units.some((u) => u.kind === 'paragraph' && u.footnote === null && !u.inList && !u.inQuote && MEDEDELING.test(u.flat.trimStart()));
  const out = { declared, mededeling };
  cache.set(doc, out);
  return out;
}

/** The declared kind; else an uitstelbericht when a Mededeling header line says so; else a letter. */
export function docKind(doc: DocumentAnalysis): DocKind {
  const { declared, mededeling } = read(doc);
  return declared ?? (mededeling ? 'uitstelbericht' : 'brief');
}

/**
 * Questions without their answers: an uitstelbericht, a question list sent to the minister, or a
 * document under a Mededeling header (also one that says the questions were answered elsewhere).
 */
export function questionsOnly(doc: DocumentAnalysis): boolean {
  const { declared, mededeling } = read(doc);
  return mededeling || declared === 'uitstelbericht' || declared === 'vragen' || declared === 'lijst-van-vragen';
}
