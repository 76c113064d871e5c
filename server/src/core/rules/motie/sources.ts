// Sources: the Kamerstuk of a motie, in the sentence that mentions it or in a footnote it calls.
import { flatEndToSource, flatToSource } from '../../facts.js';
import type { DocumentAnalysis, FootnoteCall, FootnoteDefinition, Unit } from '../../model.js';
import type { Citation } from '../../types.js';

export interface MotieSource {
  /** The citation text as written (source text). */
  text: string;
  /** Source offsets of the citation. */
  start: number;
  end: number;
  /** Normalised Kamerstuk key "29754:451", "21501-02:1538", "35300-VI:Y", "D:2019D12345", or null. */
  key: string | null;
  /** Written after "t.v.v.": the motie this one replaced, not its own number. */
  replaced: boolean;
  /** Label of the footnote it stands in, or null when in the sentence itself. */
  footnote: string | null;
  /** Flat index in the mentioning sentence: the citation's own place, or the footnote call's. */
  anchor: number;
  citation: Citation | null;
}

const SOURCE_KINDS = new Set(['kamerstuk', 'kamerstukken', 'kamerstukken-leidraad', 'document-nummer']);
// The citation grammar finds every Kamerstuk form except registry quotations after "t.v.v."
// (it never judges those): read them here, as the replaced motie of a gewijzigde motie.
const SOURCE_FORMS: { re: RegExp; build: (m: RegExpExecArray) => string | null }[] = [
  {
    // "t.v.v. 33885, nr.18", "t.v.v. 35300-VI, letter Y"
    re: /t\.v\.v\.[ \u00a0]{0,3}(\d{5})(?:-(\d{2}|[IVXL]{1,5}[AB]?|[A-Z]))?,[ \u00a0]{0,3}(?:nr\.[ \u00a0]?(\d+)|letter[ \u00a0](\p{Lu}{1,2}))/gu,
    build: (m) => dossierKey(m[1]!, m[2] ?? null, m[3] ?? m[4]!),
  },
  {
    // "t.v.v. 36200-XVI-135"
    re: /t\.v\.v\.[ \u00a0]{0,3}(\d{5})(?:-(\d{2}|[IVXL]{1,5}[AB]?|[A-Z]))?-(\d+[a-z]?|[A-Z]{1,2})\b/gu,
    build: (m) => dossierKey(m[1]!, m[2] ?? null, m[3]!),
  },
];

export function dossierKey(dossier: string, toevoeging: string | null, nr: string): string {
  const d = String(Number(dossier.replace(/\D/g, '')));
  return `${d}${toevoeging ? '-' + toevoeging.toUpperCase() : ''}:${nr}`;
}

export function citationKey(c: Citation): string | null {
  if (c.kind === 'document-nummer') return c.nummer ? `D:${c.nummer}` : null;
  if (c.dossier.length === 0 || c.nrs.length === 0) return null;
  return dossierKey(String(c.dossier[0]), c.toevoeging, c.nrs[0]!);
}

const TVV_BEFORE = /t\.v\.v\.[ \u00a0]*$/;

/** Sources found in a stretch of text: the citation grammar's, plus t.v.v. references. */
function sourcesInText(text: string, offset: number, citations: Citation[], anchorOf: (start: number) => number, footnote: string | null): MotieSource[] {
  const out: MotieSource[] = [];
  for (const c of citations) {
    if (!SOURCE_KINDS.has(c.kind)) continue;
    const before = text.slice(Math.max(0, c.start - offset - 10), c.start - offset);
    out.push({ text: c.text, start: c.start, end: c.end, key: citationKey(c), replaced: TVV_BEFORE.test(before), footnote, anchor: anchorOf(c.start), citation: c });
  }
  for (const form of SOURCE_FORMS) {
    for (const m of text.matchAll(form.re)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (out.some((s) => s.start < end && start < s.end)) continue;
      out.push({ text: m[0].replace(/^\(/, ''), start, end, key: form.build(m as RegExpExecArray), replaced: m[0].startsWith('t.v.v.') || TVV_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)), footnote, anchor: anchorOf(start), citation: null });
    }
  }
  return out.sort((a, b) => a.anchor - b.anchor || a.start - b.start);
}

/** Sources in a flat span of a unit (the sentence itself), and in the footnotes it calls. */
export function sourcesOfSentence(doc: DocumentAnalysis, unit: Unit, span: { start: number; end: number }): { sources: MotieSource[]; calls: FootnoteCall[] } {
  const srcStart = flatToSource(unit, span.start);
  const srcEnd = flatEndToSource(unit, span.end);
  const inSentence = citationsWithin(unit.citations, srcStart, srcEnd);
  // Loose forms are read in the flat text; offsets map back through the unit.
  const flatSources = sourcesInText(unit.flat.slice(span.start, span.end), span.start, [], (i) => i, null).map((s) => {
    const start = flatToSource(unit, s.start);
    const end = flatEndToSource(unit, s.end);
    return { ...s, start, end, text: doc.text.slice(start, end).replace(/^\(/, '') };
  });
  const cited: MotieSource[] = inSentence
    .filter((c) => SOURCE_KINDS.has(c.kind))
    .map((c) => ({ text: c.text, start: c.start, end: c.end, key: citationKey(c), replaced: TVV_BEFORE.test(doc.text.slice(Math.max(0, c.start - 10), c.start)), footnote: null, anchor: flatIndexOf(unit, c.start), citation: c }));
  const sources = [...cited, ...flatSources.filter((s) => !cited.some((c) => c.start < s.end && s.start < c.end))];
  const calls = callsWithin(unit.calls, span.start, span.end);
  for (const call of calls) sources.push(...footnoteSources(doc, call.label, call.flatIndex, call.start));
  return { sources: sources.sort((a, b) => a.anchor - b.anchor || a.start - b.start), calls };
}

/** Citations (sorted by start) inside [start, end): binary search, not a scan per sentence. */
function citationsWithin(citations: Citation[], start: number, end: number): Citation[] {
  let lo = 0;
  let hi = citations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (citations[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Citation[] = [];
  for (let i = lo; i < citations.length && citations[i]!.start < end; i++) if (citations[i]!.end <= end) out.push(citations[i]!);
  return out;
}

/** A unit's calls (in flat order) at flat indices [start, end): binary search, not a scan per sentence. */
function callsWithin(calls: FootnoteCall[], start: number, end: number): FootnoteCall[] {
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (calls[mid]!.flatIndex < start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < calls.length && calls[to]!.flatIndex < end) to++;
  return calls.slice(lo, to);
}

/**
 * Kamerstuk sources in the body of the footnote a call at source offset `at` refers to. A label
 * defined more than once (letters pasted into one file each number their notes from 1) refers to
 * the nearest definition after the call — each letter's notes follow its text — or, with none
 * after it, the last one before. One definition per call keeps the work linear.
 */
export function footnoteSources(doc: DocumentAnalysis, label: string, anchor: number, at: number): MotieSource[] {
  const entries = footnoteIndex(doc).get(label.toLowerCase());
  if (!entries) return [];
  const entry = entries.length === 1 ? entries[0]! : nearestAfter(entries, at);
  entry.sources ??= sourcesInText(doc.text.slice(entry.def.bodyStart, entry.def.bodyEnd), entry.def.bodyStart, entry.cites, () => 0, entry.def.label);
  return entry.sources.map((s) => ({ ...s, anchor }));
}

/** The first entry starting after `at`, else the last one (entries in document order). */
function nearestAfter(entries: IndexedDefinition[], at: number): IndexedDefinition {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.def.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return entries[Math.min(lo, entries.length - 1)]!;
}

interface IndexedDefinition {
  def: FootnoteDefinition;
  cites: Citation[];
  /** The sources in its body, read once (anchors are set per call). */
  sources?: MotieSource[];
}

// Footnote bodies by label with the citations inside them, built once per analysis: a mention
// looks up its footnotes without scanning every definition and citation of the document.
const indexCache = new WeakMap<DocumentAnalysis, Map<string, IndexedDefinition[]>>();

function footnoteIndex(doc: DocumentAnalysis): Map<string, IndexedDefinition[]> {
  let index = indexCache.get(doc);
  if (index) return index;
  index = new Map();
  for (const def of doc.definitions) {
    const key = def.label.toLowerCase();
    const list = index.get(key);
    if (list) list.push({ def, cites: [] });
    else index.set(key, [{ def, cites: [] }]);
  }
  for (const { citation, unit } of doc.citations) {
    if (unit.footnote === null) continue;
    const entries = index.get(unit.footnote.toLowerCase());
    if (!entries) continue;
    // The definition holding the citation: the last one starting at or before it (binary search).
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entries[mid]!.def.start <= citation.start) lo = mid + 1;
      else hi = mid;
    }
    const entry = entries[lo - 1];
    if (entry && citation.start >= entry.def.bodyStart && citation.end <= entry.def.bodyEnd) entry.cites.push(citation);
  }
  indexCache.set(doc, index);
  return index;
}

function flatIndexOf(unit: Unit, src: number): number {
  // Binary search: a megabyte paragraph has thousands of pieces.
  const pieces = unit.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.src <= src) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  if (!p || src < p.src || src >= p.src + p.srcLen) return unit.flat.length;
  return p.flat + (p.len === p.srcLen ? src - p.src : 0);
}
