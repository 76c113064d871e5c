// Moving analysed facts by a number of characters: block facts are cached relative to their
// block and placed in a document by shifting.
import type { FootnoteDefinition, Unit } from './model.js';
import type { Citation, CitationIssue, LooseIssue } from './types.js';

function shiftIssue<T extends CitationIssue>(i: T, d: number): T {
  const out: T = { ...i };
  if (i.span) out.span = { start: i.span.start + d, end: i.span.end + d };
  if (i.fix) out.fix = { span: { start: i.fix.span.start + d, end: i.fix.span.end + d }, text: i.fix.text };
  return out;
}

/** The same unit d characters further on (negative: earlier). */
export function shiftUnit(u: Unit, d: number): Unit {
  if (d === 0) return u;
  return {
    ...u,
    start: u.start + d,
    end: u.end + d,
    pieces: u.pieces.map((p) => ({ ...p, src: p.src + d })),
    calls: u.calls.map((c) => ({ ...c, start: c.start + d, end: c.end + d })),
    lead: u.lead && { ...u.lead, start: u.lead.start + d, end: u.lead.end + d },
    citations: u.citations.map((c): Citation => ({ ...c, start: c.start + d, end: c.end + d, issues: c.issues.map((i) => shiftIssue(i, d)) })),
    loose: u.loose.map((l): LooseIssue => shiftIssue(l, d)),
  };
}

export function shiftDefinition(def: FootnoteDefinition, d: number): FootnoteDefinition {
  return {
    ...def,
    start: def.start + d,
    end: def.end + d,
    labelStart: def.labelStart + d,
    labelEnd: def.labelEnd + d,
    bodyStart: def.bodyStart + d,
    bodyEnd: def.bodyEnd + d,
  };
}
