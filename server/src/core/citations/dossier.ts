// Dossier numbers with their toevoeging and Rijkswet part, as written, with what is wrong.
import { Cursor } from './cursor.js';
import { spacedDossier } from './url.js';

export interface Dossier {
  number: number;
  /** spaced: 29 754, plain: 29754, dot: 29.754, misplaced: 2 9754 */
  style: 'spaced' | 'plain' | 'dot' | 'misplaced';
  toevoeging: string | null;
  /** How the toevoeging was attached: "-" (sub-dossier or wrong), " " (begroting/fund, or missing hyphen). */
  toevoegingProblem: string | null;
  /** Toevoeging that cannot be corrected (XV1). */
  toevoegingBroken: boolean;
  rijkswet: string | null;
}

const SPACED = /(\d{1,2})[ \u00a0](\d{3})(?!\d)/y;
const DOTTED = /(\d{1,2})\.(\d{3})(?!\d)/y;
const MISPLACED = /(\d)[ \u00a0](\d{4})(?!\d)/y;
const PLAIN = /(\d{4,5})(?!\d)/y;

const SUB_HYPHEN = /-(\d{2})(?![\d])/y;
const SUB_SPACE = /[ \u00a0](\d{2})(?=,|[ \u00a0]nr)/y;
const ROMAN_HYPHEN = /-([IVXL]{1,5}[AB]?|[ivxl]{1,5}|[A-Z])(?=[-,\s;)]|$)/y;
const ROMAN_SPACE = /[ \u00a0]([IVXL]{1,5}[AB]?)(?![\p{L}\p{N}])/uy;
const ROMAN_LOWER = /[ \u00a0]([ivxl]{1,5})(?=,)/y;
const ROMAN_DIGIT = /[ \u00a0]([IVXL1]{2,6})(?=,)/y;
const FUND_SPACE = /[ \u00a0]([A-Z])(?=,)/y;
const RIJKSWET = /(?:[ \u00a0]|-)?\((R\d{4})\)/y;

export function readDossier(c: Cursor): Dossier | null {
  let m: RegExpExecArray | null;
  let number: number;
  let style: Dossier['style'];
  if ((m = c.eat(SPACED))) {
    number = Number(m[1]! + m[2]!);
    style = 'spaced';
  } else if ((m = c.eat(DOTTED))) {
    number = Number(m[1]! + m[2]!);
    style = 'dot';
  } else if ((m = c.eat(MISPLACED))) {
    number = Number(m[1]! + m[2]!);
    style = 'misplaced';
  } else if ((m = c.eat(PLAIN))) {
    number = Number(m[1]);
    style = 'plain';
  } else return null;

  const d: Dossier = { number, style, toevoeging: null, toevoegingProblem: null, toevoegingBroken: false, rijkswet: null };
  if ((m = c.eat(SUB_HYPHEN))) d.toevoeging = m[1]!;
  else if ((m = c.eat(ROMAN_HYPHEN))) {
    d.toevoeging = m[1]!.toUpperCase();
    // Registry forms (36200-VIII-12) are judged as a whole by the caller; in print it is a space.
    d.toevoegingProblem = c.char() === '-' ? null : 'begrotingshoofdstuk of fondsletter met koppelteken in plaats van spatie';
    if (m[1] !== m[1]!.toUpperCase()) d.toevoegingProblem = 'toevoeging in kleine letters';
  } else if ((m = c.eat(SUB_SPACE))) {
    d.toevoeging = m[1]!;
    d.toevoegingProblem = 'subdossier zonder koppelteken';
  } else if ((m = c.eat(ROMAN_DIGIT)) && /1/.test(m[1]!) && /[IVXL]/.test(m[1]!)) {
    d.toevoeging = m[1]!;
    d.toevoegingProblem = 'cijfer 1 in een Romeins cijfer';
    d.toevoegingBroken = true;
  } else {
    if (m) c.pos -= m[0].length; // ROMAN_DIGIT matched but was no broken numeral
    if ((m = c.eat(ROMAN_SPACE))) d.toevoeging = m[1]!;
    else if ((m = c.eat(ROMAN_LOWER))) {
      d.toevoeging = m[1]!.toUpperCase();
      d.toevoegingProblem = 'Romeins cijfer in kleine letters';
    } else if ((m = c.eat(FUND_SPACE))) d.toevoeging = m[1]!;
  }
  if ((m = c.eat(RIJKSWET))) d.rijkswet = m[1]!;
  return d;
}

/** Print form: "36 410 VIII", "21 501-02", "36 455 (R2188)"; Leidraad keeps an unspaced number. */
export function printDossier(d: Dossier, spaced = true): string {
  const num = spaced ? spacedDossier(d.number) : String(d.number);
  const toev = d.toevoeging ? (/^\d/.test(d.toevoeging) ? `-${d.toevoeging}` : ` ${d.toevoeging}`) : '';
  return `${num}${toev}${d.rijkswet ? ` (${d.rijkswet})` : ''}`;
}

export function dossierIssues(d: Dossier, wantSpaced: boolean): string[] {
  const out: string[] = [];
  if (d.style === 'dot') out.push('punt als duizendtalscheiding in het dossiernummer');
  else if (d.style === 'misplaced') out.push('duizendtalspatie op de verkeerde plaats');
  else if (wantSpaced && d.style === 'plain') out.push('dossiernummer zonder duizendtalspatie');
  return out;
}
