// The ondernummer part of a Kamerstuk citation (citations.md §2.4): "nr. 482", "nrs. 16 en 17",
// "nrs. 422, 463, 508", "nrs. 10-11", "nr. 188b", Eerste Kamer letters "C", "AB"; and the slips of
// real drafts: "nr.19", "nr 874", "no.", "Nr.", "nummer", "nr. 679, nr. 684 en 685", "nr. 0".
import type { Span } from '../types.js';
import type { Findings } from './build.js';
import { Cursor } from './cursor.js';
import { isSingleGap, listWithEn } from './tokens.js';

export interface Nummers {
  kind: 'nr' | 'ek';
  values: string[];
  /** House form of this part: "nr. 482", "nrs. 16 en 17", "C". */
  canonical: string;
  span: Span;
  /** What is wrong with the token; `broken` when no fix can know the intent. */
  problems: { reason: string; broken: boolean }[];
  /** An EK letter written after "nr." (Leidraad issue, KB105). */
  ekWithNr: boolean;
}

const WORD = /(nrs|Nrs|NRS|nr|Nr|NR|no|No|nummers|Nummers|nummer|Nummer)(\.?)(?!\p{L})/uy;
const VALUE = /(\d+[a-z]?)(?![\p{L}\p{N}])/uy;
const EK = /([A-Z]{1,2})(?![\p{L}\p{N}])/uy;
// Separators inside a list of numbers; "en", "t/m" and a range end the list.
const COMMA = /,([ \u00a0]?)(?=\d)/y;
const EN = /(?:[ \u00a0]|\n[ \t]*)(en|t\/m)(?:[ \u00a0]|\n[ \t]*)(?=\d)/y;
const RANGE = /([-\u2013])(?=\d)/y;
const REPEATED_NR = /,[ \u00a0]?nr\.?[ \u00a0]?(?=\d)/y;
const MAX_VALUES = 50;

/** Reads the part after "Kamerstuk 29 754, "; `allowEk` for Leidraad citations (Eerste Kamer letters). */
export function readNummers(c: Cursor, allowEk: boolean): Nummers | null {
  const start = c.pos;
  const problems: Nummers['problems'] = [];
  const w = c.eat(WORD);
  if (!w) {
    const ek = allowEk ? c.eat(EK) : null;
    if (!ek) return null;
    return { kind: 'ek', values: [ek[1]!], canonical: ek[1]!, span: { start, end: c.pos }, problems, ekWithNr: false };
  }
  const word = w[1]!;
  const plural = /^(?:nrs|nummers)$/i.test(word);
  const gap = c.gap();
  const first = c.eat(VALUE) ?? (allowEk ? c.eat(EK) : null);
  if (!first) {
    c.pos = start;
    return null;
  }
  if (/^no$/i.test(word)) problems.push({ reason: '"no." in plaats van "nr."', broken: false });
  else if (/^nummers?$/i.test(word)) problems.push({ reason: `"${word}" voluit in plaats van "${plural ? 'nrs.' : 'nr.'}"`, broken: false });
  else if (word !== word.toLowerCase()) problems.push({ reason: `"${word}." met hoofdletter binnen een citaat`, broken: false });
  else if (!w[2]) problems.push({ reason: `"${word}" zonder punt`, broken: false });
  if (gap === '') problems.push({ reason: `geen spatie na ${plural ? 'nrs.' : 'nr.'}`, broken: false });
  else if (!isSingleGap(gap)) problems.push({ reason: `meer dan één spatie na ${plural ? 'nrs.' : 'nr.'}`, broken: false });

  if (/^[A-Z]/.test(first[1]!)) {
    return { kind: 'ek', values: [first[1]!], canonical: first[1]!, span: { start, end: c.pos }, problems, ekWithNr: true };
  }
  const values = [first[1]!];
  // How the list reads in house style: separators as written, normalised.
  let list = first[1]!;
  let repeated = false;
  let ended = false;
  while (!ended && values.length < MAX_VALUES) {
    let sep: string;
    let m: RegExpExecArray | null;
    if (!plural && (m = c.eat(REPEATED_NR))) {
      repeated = true;
      sep = ', ';
    } else if (plural || repeated) {
      if ((m = c.eat(COMMA))) {
        if (m[1] === '') problems.push({ reason: 'geen spatie na de komma tussen de nummers', broken: false });
        sep = ', ';
      } else if ((m = c.eat(EN))) {
        sep = ` ${m[1]} `;
        ended = true;
      } else if (plural && (m = c.eat(RANGE))) {
        sep = '-';
        ended = true;
      } else break;
    } else break;
    const v = c.eat(VALUE);
    if (!v) {
      // The separator led nowhere ("nrs. 16, 17a-"): stop before it.
      c.pos -= m![0].length;
      break;
    }
    values.push(v[1]!);
    list += sep + v[1]!;
  }
  if (values.some((v) => /^0+$/.test(v))) problems.push({ reason: 'ondernummer 0 bestaat niet', broken: true });
  if (repeated) problems.push({ reason: '"nr." herhaald in een opsomming: "nrs. …"', broken: false });
  if (plural && values.length === 1) problems.push({ reason: '"nrs." bij één nummer', broken: false });
  // A repeated "nr." becomes one list in house style: "nrs. 679, 684 en 685".
  const canonical = values.length === 1 ? `nr. ${list}` : `nrs. ${repeated ? listWithEn(values) : list}`;
  return { kind: 'nr', values, canonical, span: { start, end: c.pos }, problems, ekWithNr: false };
}

/** Reports the token's problems under KB101 in both styles: the nr. token is shared. */
export function judgeNummers(n: Nummers, f: Findings): void {
  for (const p of n.problems) {
    if (p.broken) f.broken('KB101', p.reason, n.span);
    else f.add('KB101', p.reason, n.span);
  }
}
