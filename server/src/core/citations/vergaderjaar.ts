// The vergaderjaar (parliamentary year) in its four surface forms and its arithmetic
// (citations.md §2.1): 2018/19 inside I/II citations, 2018–2019 after the word "vergaderjaar",
// 2018-2019 in open data, 20182019 in ids.
import type { Span } from '../types.js';
import type { Findings } from './build.js';
import type { Cursor } from './cursor.js';

export interface Year {
  first: number;
  /** The second year as written, in full (19 → 2019); null when it has three digits (2022–203). */
  second: number | null;
  sep: '/' | '\u2013' | '-';
  /** Digits of the second part: 2, 3 or 4. */
  digits: number;
  /** Spaces around the separator (2018 – 2019). */
  spaced: boolean;
  span: Span;
}

// Four digits, a separator with at most one space each side, two to four digits.
const YEAR = /(\d{4})([ \u00a0]?)([/\u2013-])([ \u00a0]?)(\d{2,4})(?!\d)/y;

export function readYear(c: Cursor): Year | null {
  const start = c.pos;
  const m = c.eat(YEAR);
  if (!m) return null;
  const first = Number(m[1]);
  const raw = m[5]!;
  let second: number | null = null;
  if (raw.length === 4) second = Number(raw);
  else if (raw.length === 2) {
    second = Math.floor(first / 100) * 100 + Number(raw);
    if (first % 100 === 99 && raw === '00') second += 100; // 1999/00
  }
  return { first, second, sep: m[3] as Year['sep'], digits: raw.length, spaced: Boolean(m[2] || m[4]), span: { start, end: c.pos } };
}

/** The first year the writer meant: the year itself, or the earlier of two reversed years; null when unknown (2018/20, 2023–34). */
export function intendedFirst(y: Year): number | null {
  if (y.second === y.first + 1 && y.digits !== 3) return y.first;
  if (y.second === y.first - 1) return y.second;
  return null;
}

/**
 * For a year that is no vergaderjaar: the first year, when only one vergaderjaar can be meant
 * (§3.10). "2023–34" and "2022–203" have a second part that is no year next to the first, so the
 * four digits written in full stand: 2023/24, 2022–2023. "2018/20" and "2018/18" stay unknown:
 * 2019/20 and 2017/18 are readings as good as 2018/19.
 */
export function assumedFirst(y: Year): number | null {
  if (intendedFirst(y) !== null) return null;
  if (y.digits === 3 || y.second === null) return y.first;
  return Math.abs(y.second - y.first) > 2 ? y.first : null;
}

const pad2 = (n: number): string => String(n % 100).padStart(2, '0');
export const shortYear = (first: number): string => `${first}/${pad2(first + 1)}`;
export const longYear = (first: number): string => `${first}\u2013${first + 1}`;
/** Normalised form of the JSON contract: "2018-2019". */
export const normYear = (first: number): string => `${first}-${first + 1}`;
/** Form inside officielebekendmakingen ids: "20182019". */
export const idYear = (first: number): string => `${first}${first + 1}`;

export const NOT_CONSECUTIVE = 'vergaderjaar bestaat niet uit twee opeenvolgende jaren';
const REVERSED = 'jaren van het vergaderjaar in omgekeerde volgorde';

/** The reason for a year that only one vergaderjaar can have been meant by; says that it is assumed. */
export const assumedReason = (first: number): string =>
  `${NOT_CONSECUTIVE}; aangenomen: ${longYear(first)}, het enige vergaderjaar dat in ${first} begint`;

/** Arithmetic only; returns the intended first year or null (and marks the citation unfixable). */
function arithmetic(y: Year, f: Findings): number | null {
  const first = intendedFirst(y);
  if (first !== null) {
    if (first !== y.first) f.add('KB111', REVERSED, y.span);
    return first;
  }
  const assumed = assumedFirst(y);
  if (assumed === null) f.broken('KB111', NOT_CONSECUTIVE, y.span);
  else f.add('KB111', assumedReason(assumed), y.span);
  return assumed;
}

/** Inside "Kamerstukken II …", "Handelingen II …", "Aanhangsel Handelingen II …": JJJJ/JJ. */
export function judgeShortYear(y: Year, f: Findings): number | null {
  const first = arithmetic(y, f);
  if (first === null) return null;
  const slip = intendedFirst(y) === null; // the digits of the second year are the slip itself
  if (y.sep !== '/') f.add('KB111', `${y.sep === '-' ? 'koppelteken' : 'en-dash'} in plaats van schuine streep: vergaderjaar in een citaat als JJJJ/JJ`, y.span);
  else if (y.digits !== 2 && !slip) f.add('KB111', 'vergaderjaar in een citaat als JJJJ/JJ, met twee cijfers na de schuine streep', y.span);
  if (y.spaced) f.add('KB111', 'spaties rond de schuine streep', y.span);
  return first;
}

/**
 * After the word "vergaderjaar" in a citation (house form "Aanhangsel Handelingen, vergaderjaar
 * 2024–2025, nr. 1028"): four digits each side of an en dash, as the Kamer typesets it.
 */
export function judgeLongYear(y: Year, f: Findings): number | null {
  const first = arithmetic(y, f);
  if (first === null) return null;
  const slip = intendedFirst(y) === null; // the digits of the second year are the slip itself
  if ((y.digits !== 4 && !slip) || y.sep === '/') f.add('KB111', 'na "vergaderjaar" vier cijfers met en-dash: JJJJ–JJJJ', y.span);
  else if (y.sep === '-') f.add('KB111', 'koppelteken in plaats van en-dash (–) in het vergaderjaar', y.span);
  if (y.spaced) f.add('KB111', 'spaties rond het streepje', y.span);
  return first;
}
