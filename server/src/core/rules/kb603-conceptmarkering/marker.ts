// The shapes of a concept/confidentiality marker. A line is a marker when, stripped of emphasis
// and brackets, it opens with a marker word and what follows is only more marking: nothing, a
// separator with a short note ("– niet verspreiden", ": nog afstemmen"), a version or a date.
const WORD =
  '(?:concept(?:versie|tekst|brief|antwoord(?:en)?|beantwoording|nota)?|(?:strikt |departementaal |zeer )?vertrouwelijk|(?:alleen )?(?:voor )?intern(?: gebruik| document| stuk)?|niet (?:openbaar|verspreiden|voor verspreiding|delen)|draft|(?:staats)?geheim)';
const LINE = new RegExp(`^${WORD}(?![\\p{L}\\p{N}])(.*)$`, 'iu');
// What may follow the marker word on a marker line.
const TAIL = /^(?:\s*$|\s*[-–—:|,/(]|\s+(?:v(?:ersie)?\.?\s*\d|\d|d\.d\.|per\b|tot\b))/i;
const SHOUT = /(?<![\p{L}\p{N}])(?:CONCEPT|VERTROUWELIJK|INTERN|DRAFT|NIET OPENBAAR|STAATSGEHEIM)(?![\p{L}\p{N}])/u;

/** The line's text is a marker (a whole paragraph or heading, or a front matter value). */
export function markerLine(text: string): boolean {
  const bare = text.replace(/[*_~[\]()#>]/g, ' ').replace(/\s+/g, ' ').trim();
  if (bare.length === 0 || bare.length > 100) return false;
  const m = LINE.exec(bare);
  return m !== null && TAIL.test(m[1]!);
}

/** A marker word in capitals inside a line ("Betreft: CONCEPT beantwoording"), or null. */
export function shoutedMarker(text: string): { text: string; index: number } | null {
  const m = SHOUT.exec(text);
  // A line all in capitals (an old-style title) says nothing by shouting one word.
  if (!m || text.replace(/[^\p{Ll}]/gu, '').length === 0) return null;
  return { text: m[0], index: m.index };
}
