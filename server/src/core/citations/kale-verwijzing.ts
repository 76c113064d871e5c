// "(36 200, nr. 41)" without "Kamerstuk" (citations.md §3.10) is a citation only right after a
// motie or a brief: "de motie Bikker (36 200, nr. 41)", "de brief van 3 mei (29 754, nr. 501)".
// Elsewhere numbers in parentheses are counts, amounts or article numbers, and a false alarm
// costs more than a miss.
//
// "Right after": the nearest "motie", "moties" (also "motie-Taverne"), "brief", "brieven" (also
// "Kamerbrief") ends at most GAP_MAX characters before the parenthesis, with no parenthesis,
// semicolon, colon or sentence end (". " before a capital) in between, except one short
// parenthesis such as the party ("de motie van het lid Becker (VVD) (29 754, nr. 451)"). A soft
// line break counts as a space. The TextMate grammar (test/grammar/build-grammar.mjs, rule
// kale-verwijzing) uses the same condition on one line.
import type { Citation } from '../types.js';
import { parseBareKamerstuk } from './kamerstuk.js';

export const GAP_MAX = 80;
const AFTER_PARTY_MAX = 40;
const CONTEXT = /(?<![\p{L}\p{N}])[Mm]oties?(?![\p{L}\p{N}])|(?:brie(?:f|ven)|(?<![\p{L}\p{N}])Brie(?:f|ven))(?![\p{L}\p{N}])/gu;
// Text that keeps the context: no ( ) ; : or line break, no period before a space and a capital.
const KEEP = String.raw`(?:[^();:\n.]|\.(?![ \u00a0]\p{Lu}))`;
const GAP = new RegExp(`^${KEEP}{0,${GAP_MAX}}(?:\\([^()\\n]{1,30}\\)${KEEP}{0,${AFTER_PARTY_MAX}})?$`, 'u');
const SOFT_BREAK = /\n[ \t]*/g;

function afterMotieOrBrief(text: string, paren: number): boolean {
  const from = Math.max(0, paren - GAP_MAX - AFTER_PARTY_MAX - 40);
  const before = text.slice(from, paren);
  let last = -1;
  for (const m of before.matchAll(CONTEXT)) last = m.index + m[0].length;
  if (last < 0) return false;
  return GAP.test(before.slice(last).replace(SOFT_BREAK, ' '));
}

/** @param at the opening parenthesis */
export function parseKaleVerwijzing(text: string, at: number): Citation | null {
  if (!afterMotieOrBrief(text, at)) return null;
  return parseBareKamerstuk(text, at + 1);
}
