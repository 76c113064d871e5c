// Headings and sections (all headings, also those of blocks the engine did not parse).
import { flatEndToSource, flatToSource } from '../../facts.js';
import type { DocumentAnalysis, Unit } from '../../model.js';
import type { Span } from '../../types.js';

export interface HeadingInfo {
  depth: number;
  start: number;
  end: number;
  /** Heading text (flat for parsed units, raw otherwise). */
  text: string;
  unit: Unit | null;
}

const headingsCache = new WeakMap<DocumentAnalysis, HeadingInfo[]>();

/** All headings of the document in order (read once per analysis; several rules ask). */
export function documentHeadings(doc: DocumentAnalysis): HeadingInfo[] {
  let got = headingsCache.get(doc);
  if (!got) headingsCache.set(doc, (got = readHeadings(doc)));
  return got;
}

function readHeadings(doc: DocumentAnalysis): HeadingInfo[] {
  const out: HeadingInfo[] = [];
  for (const u of doc.units) {
    if (u.kind === 'heading' && u.footnote === null) out.push({ depth: u.depth, start: u.start, end: u.end, text: u.flat, unit: u });
  }
  for (const block of doc.blocks) {
    if (block.facts.parsed) continue;
    const raw = doc.text.slice(block.start, block.end);
    if (/^(?: {4}|\t| {0,3}(?:```|~~~))/.test(raw)) continue; // code: no headings
    let pos = block.start;
    let prevText = false;
    for (const line of raw.split('\n')) {
      const atx: RegExpExecArray | null = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*\r?$/.exec(line);
      const setext: RegExpExecArray | null = prevText ? /^ {0,3}(=+|-+)[ \t]*\r?$/.exec(line) : null;
      if (atx) out.push({ depth: atx[1]!.length, start: pos, end: pos + line.replace(/\r$/, '').length, text: atx[2] ?? '', unit: null });
      else if (setext) out.push({ depth: setext[1]![0] === '=' ? 1 : 2, start: pos, end: pos + line.length, text: '', unit: null });
      prevText = !atx && !setext && line.trim() !== '';
      pos += line.length + 1;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Source span of a heading's section: after the heading up to the next heading of the same or a higher level. */
export function sectionOf(doc: DocumentAnalysis, headings: HeadingInfo[], heading: HeadingInfo): Span {
  const at = indexOfHeading(headings, heading);
  for (let i = at < 0 ? 0 : at + 1; i < headings.length; i++) {
    const h = headings[i]!;
    if (h.start >= heading.end && h.depth <= heading.depth) return { start: heading.end, end: h.start };
  }
  return { start: heading.end, end: doc.text.length };
}

/** Index of `heading` in `headings` (sorted by start): binary search, not a scan per section. */
function indexOfHeading(headings: HeadingInfo[], heading: HeadingInfo): number {
  let [i] = within(headings, (h) => h.start, { start: heading.start, end: heading.start });
  for (; i < headings.length && headings[i]!.start === heading.start; i++) if (headings[i] === heading) return i;
  return -1;
}

/** The heading of a unit, or undefined (a map per heading list, built once). */
const byUnitCache = new WeakMap<HeadingInfo[], Map<Unit, HeadingInfo>>();
export function headingOfUnit(headings: HeadingInfo[], unit: Unit): HeadingInfo | undefined {
  let map = byUnitCache.get(headings);
  if (!map) {
    map = new Map();
    for (const h of headings) if (h.unit && !map.has(h.unit)) map.set(h.unit, h);
    byUnitCache.set(headings, map);
  }
  return map.get(unit);
}

/** Indices [from, to) of the items whose start lies in span; items sorted by start. */
export function within<T>(items: readonly T[], startOf: (item: T) => number, span: Span): [number, number] {
  const first = (pos: number): number => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (startOf(items[mid]!) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [first(span.start), first(span.end)];
}

/** Source offsets of a flat span when the source there is the same text (no markup inside). */
export function exactSource(doc: DocumentAnalysis, unit: Unit, flatStart: number, flatEnd: number): [number, number] | null {
  const s = flatToSource(unit, flatStart);
  const e = flatStart === flatEnd ? s : flatEndToSource(unit, flatEnd);
  return doc.text.slice(s, e) === unit.flat.slice(flatStart, flatEnd) ? [s, e] : null;
}
