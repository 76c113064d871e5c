// Finding what stands at an offset: the citation, footnote call or definition under the cursor.
import type { DocumentAnalysis, FootnoteCall, FootnoteDefinition, Unit } from '../model.js';
import type { Citation } from '../types.js';

export function citationAt(doc: DocumentAnalysis, offset: number): { citation: Citation; unit: Unit } | undefined {
  return doc.citations.find(({ citation }) => offset >= citation.start && offset <= citation.end);
}

export function callAt(doc: DocumentAnalysis, offset: number): FootnoteCall | undefined {
  for (const u of doc.units) {
    if (offset < u.start || offset > u.end) continue;
    const c = u.calls.find((c) => offset >= c.start && offset <= c.end);
    if (c) return c;
  }
  return undefined;
}

export function definitionLabelAt(doc: DocumentAnalysis, offset: number): FootnoteDefinition | undefined {
  return doc.definitions.find((d) => offset >= d.labelStart && offset <= d.labelEnd);
}

export const sameLabel = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
