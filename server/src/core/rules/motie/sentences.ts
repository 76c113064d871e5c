// Sentences of a unit's flat text, with Dutch abbreviations that do not end one.

const ABBREVIATION = /(?:^|[\s(])(?:c\.s|[Nn][Rr][Ss]?|[Nn][Oo]|jl|j\.l|o\.a|e\.a|ca|bijv|t\.v\.v|i\.v\.m|m\.b\.t|d\.w\.z|z\.g|dhr|mevr|drs?|mr|prof|ir|ing|p|blz|art|vs|resp|incl|excl|Stb|Stcrt|Trb|(?:\p{Lu}\.)*\p{Lu})$/u;

/** Flat span of the sentence around `index`: ends after ".?!" (plus quotes and footnote calls) before a space. */
export function sentenceAt(flat: string, index: number): { start: number; end: number } {
  const ends = sentenceEnds(flat);
  // Binary search for the first end after index.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= index) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? ends[lo - 1]! : 0;
  return { start: skipSpace(flat, start), end: lo < ends.length ? ends[lo]! : flat.length };
}

// The rules ask for many sentences of the same unit in a row: keep the last unit's ends.
let endsCache: { flat: string; ends: number[] } | null = null;

function sentenceEnds(flat: string): number[] {
  if (endsCache?.flat === flat) return endsCache.ends;
  const ends: number[] = [];
  const re = /[.?!]+["'”’»)\]]*\uFFFC*(?=\s|$)/g;
  const last = flat.trimEnd().length;
  for (const m of flat.matchAll(re)) {
    // An abbreviation ("c.s.", "nr.", "jl.", initials) ends the sentence only when nothing follows.
    if (/^\.[^?!]*$/.test(m[0]) && ABBREVIATION.test(flat.slice(Math.max(0, m.index - 8), m.index)) && m.index + m[0].length < last) continue;
    ends.push(m.index + m[0].length);
  }
  endsCache = { flat, ends };
  return ends;
}

function skipSpace(flat: string, p: number): number {
  while (p < flat.length && /\s/.test(flat[p]!)) p++;
  return p;
}
