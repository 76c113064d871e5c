// Moving analysed facts by a number of characters: block facts are cached relative to their
// block and placed in a document by shifting. This runs for every unit after an edit on every
// version, so objects are built field by field (no spreads: V8 keeps one shape and it is several
// times faster on a megabyte document).
import type { FootnoteCall, FootnoteDefinition, Piece, Unit } from './model.js';
import type { Citation, CitationIssue, LooseIssue } from './types.js';

function shiftIssue<T extends CitationIssue>(i: T, d: number): T {
  const out: T = { ...i };
  if (i.span) out.span = { start: i.span.start + d, end: i.span.end + d };
  if (i.fix) out.fix = { span: { start: i.fix.span.start + d, end: i.fix.span.end + d }, text: i.fix.text };
  return out;
}

function shiftPieces(pieces: Piece[], d: number): Piece[] {
  const out = new Array<Piece>(pieces.length);
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    out[i] = { flat: p.flat, src: p.src + d, len: p.len, srcLen: p.srcLen };
  }
  return out;
}

function shiftCalls(calls: FootnoteCall[], d: number): FootnoteCall[] {
  if (calls.length === 0) return calls;
  return calls.map((c) => ({ label: c.label, start: c.start + d, end: c.end + d, flatIndex: c.flatIndex }));
}

function shiftCitation(c: Citation, d: number): Citation {
  const out: Citation = { ...c, start: c.start + d, end: c.end + d };
  if (c.issues.length > 0) out.issues = c.issues.map((i) => shiftIssue(i, d));
  return out;
}

/** The same unit d characters further on (negative: earlier). */
export function shiftUnit(u: Unit, d: number): Unit {
  if (d === 0) return u;
  return {
    kind: u.kind,
    depth: u.depth,
    start: u.start + d,
    end: u.end + d,
    flat: u.flat,
    pieces: shiftPieces(u.pieces, d),
    footnote: u.footnote,
    inList: u.inList,
    inQuote: u.inQuote,
    calls: shiftCalls(u.calls, d),
    lead: u.lead && { text: u.lead.text, start: u.lead.start + d, end: u.lead.end + d },
    citations: u.citations.length === 0 ? u.citations : u.citations.map((c) => shiftCitation(c, d)),
    loose: u.loose.length === 0 ? u.loose : u.loose.map((l): LooseIssue => shiftIssue(l, d)),
    origin: u.origin ?? u,
  };
}

export function shiftDefinition(def: FootnoteDefinition, d: number): FootnoteDefinition {
  return {
    label: def.label,
    start: def.start + d,
    end: def.end + d,
    labelStart: def.labelStart + d,
    labelEnd: def.labelEnd + d,
    bodyStart: def.bodyStart + d,
    bodyEnd: def.bodyEnd + d,
  };
}
