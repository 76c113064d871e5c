// Vergaderjaar (parliamentary year) forms and their arithmetic (citations.md §2.1).

export interface Year {
  first: number;
  second: number;
  /** As written. */
  text: string;
  /** slash2 = 2018/19, slash4 = 2018/2019, dash4 = 2018–2019 (en dash), hyphen4 = 2018-2019, hyphen2 = 2018-19, dash2 = 2018–19 */
  form: 'slash2' | 'slash4' | 'dash4' | 'hyphen4' | 'hyphen2' | 'dash2';
  spacedSeparator: boolean;
}

export const YEAR = /(\d{4})( ?)([/\u2013-])( ?)(\d{2,4})(?!\d)/y;

export function readYear(m: RegExpExecArray): Year {
  const first = Number(m[1]);
  const raw = m[5]!;
  const sep = m[3]!;
  const century = Math.floor(first / 100) * 100;
  let second: number;
  if (raw.length === 2) {
    second = century + Number(raw);
    if (second < first && first % 100 === 99 && raw === '00') second += 100; // 1999/00
  } else if (raw.length === 4) {
    second = Number(raw);
  } else {
    second = Number(raw) >= 100 ? Number(raw) : century + Number(raw); // "2022–203": keep what was written, flagged below
  }
  const long = raw.length === 4;
  const form = sep === '/' ? (long ? 'slash4' : 'slash2') : sep === '-' ? (long ? 'hyphen4' : 'hyphen2') : long ? 'dash4' : 'dash2';
  return { first, second, text: m[0], form, spacedSeparator: Boolean(m[2] || m[4]) };
}

/** Consecutive years and a well-formed second part (two or four digits). */
export function yearValid(y: Year): boolean {
  const digits = y.text.replace(/\s/g, '').split(/[/\u2013-]/)[1]!.length;
  return (digits === 2 || digits === 4) && y.second === y.first + 1;
}

export const shortYear = (first: number): string => `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
export const longYear = (first: number): string => `${first}\u2013${first + 1}`;

/** Normalised for JSON: "2018-2019". */
export const normYear = (first: number): string => `${first}-${first + 1}`;

/**
 * The first year a writer most likely meant, or null when it cannot be known
 * (2018/20: 2018/19 or 2019/20? 2023–34?). Reversed years (2019/18) mean 2018/19.
 */
export function intendedFirst(y: Year): number | null {
  if (yearValid(y)) return y.first;
  if (y.second === y.first - 1) return y.second;
  return null;
}
