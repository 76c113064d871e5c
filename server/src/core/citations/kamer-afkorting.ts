// Kamerstukken cited with the chamber abbreviated (citations.md §3.10): "TK 2021/22, 35 925, nr. 3"
// → "Kamerstukken II 2021/22, 35 925, nr. 3" (KB105); "EK" likewise for the Eerste Kamer. Read by
// the Leidraad reader with the chamber given. Only a vergaderjaar right after the abbreviation
// makes it a citation: "TK" alone, or before anything else, is an ordinary abbreviation.
import type { Citation } from '../types.js';
import { Findings } from './build.js';
import { Cursor } from './cursor.js';
import type { KeywordContext } from './kamerstuk.js';
import { parseLeidraad } from './leidraad.js';
import { WINDOW } from './tokens.js';

const HEAD = /([TE])K[ \u00a0](?=\d{4}[ \u00a0]?[/\u2013-])/y;

export function parseKamerAfkorting(text: string, at: number): Citation[] | null {
  const c = new Cursor(text, at, WINDOW);
  const m = c.eat(HEAD);
  if (!m) return null;
  const chamber = m[1] === 'T' ? 'II' : 'I';
  const keywordSpan = { start: at, end: at + 2 };
  const f = new Findings();
  f.add('KB105', `afkorting "${m[1]}K" in plaats van "Kamerstukken ${chamber}"`, keywordSpan);
  // Not a house form, so it does not vote for the document's style (KB106).
  const ctx: KeywordContext = { start: at, fixStart: at, fixPrefix: '', bijlage: false, plural: true, keywordSpan, findings: f, chamber, style: 'neutral' };
  return parseLeidraad(text, c, ctx, false);
}
