// What kind of document a draft is (PRODUCT.md §5): the front matter's `soort`, else recognised
// from the text. An uitstelbericht ("Mededeling van … (ontvangen …).") and a list of questions hold
// questions only: the pairing rules and the answering term do not apply to them.
import type { DocumentAnalysis } from '../model.js';
import { entry } from './frontmatter-shared.js';

export const DOC_KINDS = ['brief', 'antwoorden-kamervragen', 'uitstelbericht', 'vragen', 'lijst-van-vragen'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** The header line of an uitstelbericht as the Kamer publishes it. */
const MEDEDELING = /^Mededeling[ \u00a0]+van[ \u00a0]+\S[^]*\([ \u00a0]*ontvangen[ \u00a0]/;

const cache = new WeakMap<DocumentAnalysis, DocKind | null>();

/** The declared kind, or the kind recognised from a Mededeling header line; null when neither. */
function recognised(doc: DocumentAnalysis): DocKind | null {
  const hit = cache.get(doc);
  if (hit !== undefined) return hit;
  let kind: DocKind | null = null;
  const declared = String(entry(doc, 'soort')?.value ?? '').trim();
  if ((DOC_KINDS as readonly string[]).includes(declared)) kind = declared as DocKind;
  else if (doc.units.some((u) => u.kind === 'paragraph' && u.footnote === null && !u.inList && !u.inQuote && MEDEDELING.test(u.flat.trimStart()))) kind = 'uitstelbericht';
  cache.set(doc, kind);
  return kind;
}

export function docKind(doc: DocumentAnalysis): DocKind {
  return recognised(doc) ?? 'brief';
}

/** Questions without their answers: an uitstelbericht or a question list sent to the minister. */
export function questionsOnly(doc: DocumentAnalysis): boolean {
  const kind = recognised(doc);
  return kind === 'uitstelbericht' || kind === 'vragen' || kind === 'lijst-van-vragen';
}
