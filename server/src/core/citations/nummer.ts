// The ondernummer part: "nr. 482", "nrs. 16 en 17", Eerste Kamer letters "C", and the slips
// seen in real drafts ("nr.19", "nr 874", "no.", "Nr.", "nummer", "nr. 679, nr. 684 en 685").
import { Cursor } from './cursor.js';

export interface Nummers {
  kind: 'nr' | 'nrs' | 'ek';
  values: string[];
  /** House form of this part: "nr. 482", "nrs. 16 en 17", "C". */
  canonical: string;
  issues: string[];
  /** A problem that has no safe fix (nr. 0). */
  broken: boolean;
  /** "nr. AB": an EK letter after nr. (Leidraad issue). */
  ekWithNr: boolean;
}

const NRS = /nrs\.([ \u00a0]?)(\d+[a-z]?)((?:(?:,[ \u00a0]?|[ \u00a0]en[ \u00a0]|[ \u00a0]t\/m[ \u00a0]|-)\d+[a-z]?){1,50})/y;
const NR = /(nr|Nr|NR|no|No|nummer|Nummer)(\.?)((?:[ \u00a0]|\n[ \t]*)*)(\d+[a-z]?|[A-Z]{1,2})(?![\p{L}\p{N}])/uy;
const MORE_NR = /,[ \u00a0]nr\.[ \u00a0](\d+)((?:(?:,[ \u00a0]|[ \u00a0]en[ \u00a0])\d+){0,50})(?!\d)/y;
const EK = /([A-Z]{1,2})(?![\p{L}\p{N}])/uy;

export function readNummers(c: Cursor, allowEk: boolean): Nummers | null {
  let m: RegExpExecArray | null;
  if ((m = c.eat(NRS))) {
    const rest = m[3]!.replace(/,[ \u00a0]?/g, ', ').replace(/[ \u00a0]/g, ' ');
    const values = (m[2]! + m[3]!).match(/\d+[a-z]?/g)!;
    const issues = m[1] === '' ? ['geen spatie na nrs.'] : [];
    if (rest !== m[3]!.replace(/\u00a0/g, ' ')) issues.push('spatie na komma ontbreekt');
    return { kind: 'nrs', values, canonical: `nrs. ${m[2]}${rest}`, issues, broken: false, ekWithNr: false };
  }
  if ((m = c.eat(NR))) {
    const [, word, period, spaces, value] = m as unknown as [string, string, string, string, string];
    const issues: string[] = [];
    if (word === 'no' || word === 'No') issues.push('"no." in plaats van "nr."');
    else if (/^nummer$/i.test(word)) issues.push('"nummer" voluit in plaats van "nr."');
    else if (word !== 'nr') issues.push('"Nr." met hoofdletter binnen een citaat');
    else if (!period) issues.push('"nr" zonder punt');
    if (spaces === '') issues.push('geen spatie na nr.');
    else if (spaces.length > 1 && !spaces.includes('\n')) issues.push('dubbele spatie na nr.');
    const letters = /^[A-Z]/.test(value);
    if (letters && !allowEk) {
      c.pos -= m[0].length;
      return null;
    }
    const broken = !letters && Number.parseInt(value, 10) === 0;
    if (broken) issues.push('ondernummer 0 bestaat niet');
    if (letters) return { kind: 'ek', values: [value], canonical: value, issues, broken: false, ekWithNr: true };
    const more = c.eat(MORE_NR);
    if (more) {
      const values = [value, more[1]!, ...(more[2]!.match(/\d+/g) ?? [])];
      const list = values.length === 2 ? `${values[0]} en ${values[1]}` : `${values.slice(0, -1).join(', ')} en ${values.at(-1)}`;
      issues.push('"nr." herhaald in een opsomming: gebruik "nrs."');
      return { kind: 'nrs', values, canonical: `nrs. ${list}`, issues, broken, ekWithNr: false };
    }
    return { kind: 'nr', values: [value], canonical: `nr. ${value}`, issues, broken, ekWithNr: false };
  }
  if (allowEk && (m = c.eat(EK))) return { kind: 'ek', values: [m[1]!], canonical: m[1]!, issues: [], broken: false, ekWithNr: false };
  return null;
}
