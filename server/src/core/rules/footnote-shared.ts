// Footnote facts shared by KB201–KB206: calls in document order, literal calls that GFM left as
// text (no definition), and definition bodies.
import { flatEndToSource, flatToSource } from '../facts.js';
import type { DocumentAnalysis, FootnoteCall, FootnoteDefinition, Unit } from '../model.js';

export const norm = (label: string): string => label.toLowerCase();

export interface CallAt extends FootnoteCall {
  unit: Unit;
}

/** Footnote calls in document order (including calls inside footnote bodies). */
export function allCalls(doc: DocumentAnalysis): CallAt[] {
  return doc.units.flatMap((unit) => unit.calls.map((c) => ({ ...c, unit })));
}

const LITERAL = /\[\^([^[\]\s]{1,999})\]/g;

/** `[^x]` left as text: GFM found no definition for it. */
export function literalCalls(doc: DocumentAnalysis): { label: string; start: number; end: number }[] {
  const out: { label: string; start: number; end: number }[] = [];
  for (const unit of doc.units) {
    if (!unit.flat.includes('[^')) continue;
    for (const m of unit.flat.matchAll(LITERAL)) {
      out.push({ label: m[1]!, start: flatToSource(unit, m.index), end: flatEndToSource(unit, m.index + m[0].length) });
    }
  }
  return out;
}

export function bodyText(doc: DocumentAnalysis, def: FootnoteDefinition): string {
  return doc.text.slice(def.bodyStart, def.bodyEnd);
}

export const isNumeric = (label: string): boolean => /^\d+$/.test(label);
