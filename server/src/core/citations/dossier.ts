// A dossier number with its toevoeging and Rijkswet part (citations.md §2.3), as written, with
// what is wrong with it. Print forms: "36 410 VIII", "36 410 A", "21 501-02", "36 455 (R2188)".
// Registry forms glue the ondernummer on with a hyphen ("31839-705", "21501-20-2128",
// "36200-VIII-12"); that number is returned as compactNr.
import type { Span } from '../types.js';
import type { Findings } from './build.js';
import { Cursor } from './cursor.js';
import { isRoman, isSingleGap, spacedDossier } from './tokens.js';

export interface Dossier {
  number: number;
  /** spaced: 29 754, plain: 29754, dot: 29.754, misplaced: 2 9754 */
  style: 'spaced' | 'plain' | 'dot' | 'misplaced';
  span: Span;
  /** Normalised toevoeging ("VIII", "A", "IIA", "02"), or null. */
  toevoeging: string | null;
  /** What is wrong with the toevoeging, and whether a fix can know the intent. */
  toevoegingIssue: { reason: string; broken: boolean; span: Span } | null;
  rijkswet: string | null;
  rijkswetIssue: Span | null;
  /** Ondernummer joined with a hyphen (registry form), or null. */
  compactNr: string | null;
}

// A dossier number is never followed by another digit, a letter ("2019Z13154" is a zaak), or a
// slash or en dash, spaced or not (that is a year: "2018 / 19").
const NOT_AFTER_NUMBER = '(?![\\p{L}\\p{N}/\\u2013]|[ \\u00a0][/\\u2013])';
const SPACED = new RegExp(`(\\d{1,2})(?:[ \\u00a0]|\\n[ \\t]*)(\\d{3})${NOT_AFTER_NUMBER}`, 'uy');
const DOTTED = new RegExp(`(\\d{1,2})\\.(\\d{3})${NOT_AFTER_NUMBER}`, 'uy');
const MISPLACED = new RegExp(`(\\d{1,3})[ \\u00a0](\\d{2,4})${NOT_AFTER_NUMBER}`, 'uy');
const PLAIN = new RegExp(`(\\d{4,5})${NOT_AFTER_NUMBER}`, 'uy');

const END = '(?![\\p{L}\\p{N}])';
// Registry forms: 21501-20-2128, 36200-VIII-12.
const SUB_COMPACT = new RegExp(`-(\\d{2})-(\\d+[a-z]?)${END}`, 'uy');
const ROMAN_COMPACT = new RegExp(`-([IVXL]{1,6}[AB]?|[A-Z]|[ivxl]{1,6})-(\\d+[a-z]?)${END}`, 'uy');
const SUB_HYPHEN = new RegExp(`-(\\d{2})${END}`, 'uy');
const NR_HYPHEN = new RegExp(`-(\\d+[a-z]?)${END}`, 'uy');
const ROMAN_HYPHEN = new RegExp(`-([IVXL]{1,6}[AB]?|[A-Z]|[ivxl]{1,6})(?![\\p{L}\\p{N}-])`, 'uy');
// After a space: 36 410 VIII, 36 410 A, and the slips 21 501 02, viii, XV1. What may follow a
// toevoeging written after a space: a comma, "nr.", or the Rijkswet part.
const TOEV_END = '(?=[ \\u00a0]?,|[ \\u00a0]nrs?\\b|[ \\u00a0]\\(R\\d)';
const SUB_SPACE = new RegExp(`(\\d{2})${TOEV_END}`, 'y');
const ROMAN_SPACE = new RegExp(`([IVXL]{1,6})([AB]?)${END}`, 'uy');
const ROMAN_LOWER = new RegExp(`([ivxl]{1,6}[ab]?)${TOEV_END}`, 'y');
const ROMAN_DIGIT = new RegExp(`([IVXL1]{2,6})${TOEV_END}`, 'y');
const FUND_LETTER = new RegExp(`([A-Z])${TOEV_END}`, 'y');
const RIJKSWET = /([ \u00a0]|\n[ \t]*|-|)\((R\d{3,5})\)/y;

/** A valid begroting numeral ("VIII", "IIA") or fund letter ("A"), upper case; null otherwise. */
function romanOrLetter(s: string): string | null {
  const up = s.toUpperCase();
  if (/^[A-Z]$/.test(s)) return s;
  const base = /^[IVXL]+[AB]$/.test(up) ? up.slice(0, -1) : up;
  return isRoman(base) ? up : null;
}

export function readDossier(c: Cursor): Dossier | null {
  const start = c.pos;
  let m: RegExpExecArray | null;
  let style: Dossier['style'];
  if ((m = c.eat(SPACED))) style = 'spaced';
  else if ((m = c.eat(DOTTED))) style = 'dot';
  else if ((m = c.eat(MISPLACED)) && (m[1]! + m[2]!).length === 5) style = 'misplaced';
  else {
    if (m) c.pos = start;
    if (!(m = c.eat(PLAIN))) return null;
    style = 'plain';
  }
  const d: Dossier = {
    number: Number(m[1]! + (m[2] ?? '')),
    style,
    span: { start, end: c.pos },
    toevoeging: null,
    toevoegingIssue: null,
    rijkswet: null,
    rijkswetIssue: null,
    compactNr: null,
  };
  readToevoeging(c, d);
  const rwStart = c.pos;
  if ((m = c.eat(RIJKSWET))) {
    d.rijkswet = m[2]!;
    if (m[1] !== '' && m[1] !== '-' && isSingleGap(m[1]!)) return d;
    d.rijkswetIssue = { start: rwStart, end: c.pos };
  }
  return d;
}

function readToevoeging(c: Cursor, d: Dossier): void {
  const at = c.pos;
  const span = (): Span => ({ start: at, end: c.pos });
  let m: RegExpExecArray | null;
  if (c.char() === '-') {
    if ((m = c.eat(SUB_COMPACT))) {
      d.toevoeging = m[1]!;
      d.compactNr = m[2]!;
      return;
    }
    if ((m = c.eat(ROMAN_COMPACT))) {
      const t = romanOrLetter(m[1]!);
      if (t === null) return void (c.pos = at);
      d.toevoeging = t;
      d.compactNr = m[2]!;
      if (t !== m[1]) d.toevoegingIssue = { reason: 'toevoeging in kleine letters', broken: false, span: span() };
      return;
    }
    // "-02" is a sub-dossier; "-705" an ondernummer. Two digits after a spaced number, with a
    // leading zero, or before ", nr." are a sub-dossier (21 501-20, nr. 2128; 21501-02).
    if ((m = c.peek(SUB_HYPHEN))) {
      const after = c.text.slice(c.pos + 3, c.pos + 8);
      if (d.style === 'spaced' || m[1]![0] === '0' || /^[ \u00a0]?,|^[ \u00a0]nr/.test(after)) {
        c.eat(SUB_HYPHEN);
        d.toevoeging = m[1]!;
        return;
      }
    }
    if ((m = c.eat(NR_HYPHEN))) {
      d.compactNr = m[1]!;
      return;
    }
    if ((m = c.eat(ROMAN_HYPHEN))) {
      const t = romanOrLetter(m[1]!);
      if (t === null) return void (c.pos = at);
      d.toevoeging = t;
      const lower = t !== m[1];
      d.toevoegingIssue = {
        reason: lower ? 'toevoeging in kleine letters en met koppelteken' : 'begrotingshoofdstuk of fondsletter met koppelteken in plaats van spatie',
        broken: false,
        span: span(),
      };
    }
    return;
  }
  if (!isSingleGap(c.gap())) return void (c.pos = at);
  if ((m = c.eat(SUB_SPACE))) {
    d.toevoeging = m[1]!;
    d.toevoegingIssue = { reason: 'subdossier zonder koppelteken', broken: false, span: span() };
  } else if ((m = c.peek(ROMAN_SPACE)) && romanOrLetter(m[1]! + m[2]!)) {
    c.eat(ROMAN_SPACE);
    d.toevoeging = m[1]! + m[2]!;
  } else if ((m = c.peek(ROMAN_LOWER)) && romanOrLetter(m[1]!)) {
    c.eat(ROMAN_LOWER);
    d.toevoeging = m[1]!.toUpperCase();
    d.toevoegingIssue = { reason: 'Romeins cijfer in kleine letters', broken: false, span: span() };
  } else if ((m = c.peek(ROMAN_DIGIT)) && m[1]!.includes('1') && /[IVXL]/.test(m[1]!)) {
    c.eat(ROMAN_DIGIT);
    d.toevoeging = m[1]!;
    d.toevoegingIssue = { reason: `cijfer 1 in het Romeinse cijfer "${m[1]}"`, broken: true, span: span() };
  } else if ((m = c.eat(FUND_LETTER))) {
    d.toevoeging = m[1]!;
  } else c.pos = at;
}

/** Print form; `spaced` picks letter style (29 754) or Leidraad/registry style (29754). */
export function printDossier(d: Dossier, spaced: boolean): string {
  const num = spaced ? spacedDossier(d.number) : String(d.number);
  const toev = d.toevoeging ? (/^\d/.test(d.toevoeging) ? `-${d.toevoeging}` : ` ${d.toevoeging}`) : '';
  return `${num}${toev}${d.rijkswet ? ` (${d.rijkswet})` : ''}`;
}

/** Reports the number's spacing (KB101), toevoeging (KB103) and Rijkswet part (KB101). */
export function judgeDossier(d: Dossier, wantSpaced: boolean, f: Findings): void {
  if (d.style === 'dot') f.add('KB101', 'punt als duizendtalscheiding in het dossiernummer', d.span);
  else if (d.style === 'misplaced') f.add('KB101', 'duizendtalspatie op de verkeerde plaats in het dossiernummer', d.span);
  else if (wantSpaced && d.style === 'plain' && d.number >= 1000) f.add('KB101', 'dossiernummer zonder duizendtalspatie', d.span);
  const t = d.toevoegingIssue;
  if (t) {
    if (t.broken) f.broken('KB103', t.reason, t.span);
    else f.add('KB103', t.reason, t.span);
  }
  if (d.rijkswetIssue) f.add('KB101', 'één spatie vóór het Rijkswetnummer: "(R…)"', d.rijkswetIssue);
}
