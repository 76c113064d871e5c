// Handelingen (§3.5) and Aanhangsel Handelingen (§3.6), in the Leidraad form and the house form
// with "vergaderjaar JJJJ–JJJJ".
import type { Citation, CitationIssue } from '../types.js';
import { Cursor } from './cursor.js';
import { yearIssues } from './kamerstuk.js';
import { OB } from './url.js';
import { YEAR, longYear, normYear, readYear, intendedFirst, shortYear, yearValid } from './vergaderjaar.js';

const HEAD = /(Zie[ \u00a0]ook[ \u00a0])?(Aanhangsel(?:[ \u00a0]Handelingen)?|Handelingen)/y;
const CHAMBER = /[ \u00a0](III|II|I|ll)(?![\p{L}\p{N}])/uy;
const HOUSE = /(,?)[ \u00a0]vergaderjaar[ \u00a0]/y;
const NUMBER = /(,?)([ \u00a0]*)(nr|item|punt)(\.?)([ \u00a0]*)(\d+)(?!\d)/y;
const BARE_NUMBER = /,[ \u00a0](\d+)(?![\d/])/y;
const ITEM = /(,?)([ \u00a0]*)(item|punt)(\.?)([ \u00a0]*)(\d+)(?!\d)/y;
const PAGE = /,[ \u00a0]p\.[ \u00a0]?(\d+)(?:-(\d+))?/y;

export function parseHandelingen(text: string, at: number): Citation | null {
  const c = new Cursor(text, at, Math.min(text.length, at + 300));
  const head = c.eat(HEAD);
  if (!head) return null;
  const zieOok = Boolean(head[1]);
  const word = head[2]!.replace(/\u00a0/g, ' ');
  const aanhangsel = word.startsWith('Aanhangsel');
  const issues: CitationIssue[] = [];
  let fixable = true;
  if (word === 'Aanhangsel') issues.push({ ruleId: 'KB113', reason: '"Handelingen" ontbreekt na "Aanhangsel"' });
  const rule = aanhangsel ? 'KB113' : 'KB112';

  let chamber: string | null = null;
  const ch = c.eat(CHAMBER);
  if (ch) {
    chamber = ch[1]!;
    if (chamber === 'III') {
      issues.push({ ruleId: rule, reason: 'Kamer moet I of II zijn' });
      fixable = false;
    } else if (chamber === 'll') {
      issues.push({ ruleId: rule, reason: '"ll" in plaats van "II"' });
      chamber = 'II';
    }
  }
  // House form: "Aanhangsel Handelingen(, II), vergaderjaar 2024–2025, nr. 1028".
  const house = c.eat(HOUSE);
  if (!house) c.space();
  const ym = c.eat(YEAR);
  if (!ym) return null; // "Handelingen" as an ordinary word
  const year = readYear(ym);
  let first: number | null;
  if (house) {
    first = intendedFirst(year);
    if (!yearValid(year)) issues.push({ ruleId: 'KB111', reason: 'vergaderjaar bestaat niet uit twee opeenvolgende jaren' });
    else if (year.form === 'slash2' || year.form === 'hyphen2' || year.form === 'dash2' || year.form === 'slash4') {
      issues.push({ ruleId: 'KB111', reason: 'na "vergaderjaar" vier cijfers met en-dash: "JJJJ–JJJJ"' });
    } else if (year.spacedSeparator) issues.push({ ruleId: 'KB111', reason: 'spaties rond het streepje' });
    // A hyphen (2024-2025) is what ministry drafts write; accepted, as in open data.
  } else {
    first = yearIssues({ issues }, year);
    if (chamber === null) {
      issues.push({ ruleId: rule, reason: 'Kamer (I of II) ontbreekt' });
      chamber = 'II'; // letters to the Tweede Kamer cite its Handelingen
    }
  }
  if (first === null) fixable = false;

  let nr: string | null = null;
  let item: string | null = null;
  const n = c.peek(NUMBER);
  if (n && (n[3] === 'nr')) {
    c.eat(NUMBER);
    nr = n[6]!;
    if (!n[1]) issues.push({ ruleId: rule, reason: 'komma ontbreekt' });
    if (!n[4]) issues.push({ ruleId: rule, reason: '"nr" zonder punt' });
    if (!n[5]) issues.push({ ruleId: rule, reason: 'geen spatie na nr.' });
  } else if (n && aanhangsel) {
    issues.push({ ruleId: rule, reason: 'een Aanhangsel heeft een nummer (nr.), geen item' });
    c.eat(NUMBER);
    fixable = false;
  } else if (aanhangsel && house) {
    const bare = c.eat(BARE_NUMBER);
    if (bare) {
      nr = bare[1]!;
      issues.push({ ruleId: rule, reason: '"nr." ontbreekt' });
    }
  } else if (n) {
    issues.push({ ruleId: rule, reason: 'vergadernummer (nr.) ontbreekt' });
    fixable = false;
  }
  if (!nr && !aanhangsel && !n) {
    issues.push({ ruleId: rule, reason: 'vergadernummer (nr.) ontbreekt' });
    fixable = false;
  }
  if (!aanhangsel) {
    const it = c.eat(ITEM);
    if (it) {
      item = it[6]!;
      if (it[3] === 'punt') issues.push({ ruleId: rule, reason: '"punt" in plaats van "item"' });
      if (!it[1]) issues.push({ ruleId: rule, reason: 'komma ontbreekt' });
      if (!it[5]) issues.push({ ruleId: rule, reason: 'geen spatie na item' });
    }
  }
  const page = !aanhangsel ? c.eat(PAGE) : null;
  if (!aanhangsel && nr && !item && first !== null && first >= 2010 && !house) {
    issues.push({ ruleId: rule, reason: 'vanaf vergaderjaar 2010/11 hoort bij Handelingen een itemnummer', severity: 'warning' });
  }
  const end = c.pos;
  const start = at + (zieOok ? head[1]!.length : 0);
  const chamberText = chamber ?? '';
  let canonical: string | null = null;
  if (fixable && first !== null) {
    if (aanhangsel && house) {
      canonical = `Aanhangsel Handelingen${ch ? ` ${chamberText}` : ''}, vergaderjaar ${year.form === 'hyphen4' && yearValid(year) ? year.text.replace(/ /g, '') : longYear(first)}, nr. ${nr ?? '?'}`;
    } else if (aanhangsel) {
      canonical = `Aanhangsel Handelingen ${chamberText} ${shortYear(first)}, nr. ${nr ?? '?'}`;
    } else {
      canonical = `Handelingen ${chamberText} ${shortYear(first)}, nr. ${nr}${item ? `, item ${item}` : ''}${page ? `, p. ${page[1]}${page[2] ? `-${page[2]}` : ''}` : ''}`;
    }
    if (canonical.includes('?')) canonical = null;
  }
  const house2011 = !aanhangsel && house; // "Handelingen II, vergaderjaar 2024–2025, nr. 8" is accepted as written
  if (house2011 && canonical) canonical = text.slice(start, end);
  const prefix = chamber === 'I' ? 'ek' : 'tk';
  const years = first !== null ? `${first}${first + 1}` : null;
  let id: string | null = null;
  if (years && nr) {
    if (aanhangsel) id = `ah-${prefix}-${years}-${Number(nr)}`;
    else if (item) id = `h-${prefix}-${years}-${nr}-${item}`;
    else if (page?.[2]) id = `h-${prefix}-${years}-${page[1]}-${page[2]}`;
  }
  const finalIssues = issues.map((i) => (canonical && fixable && i.severity !== 'warning' ? { ...i, fix: { span: { start, end }, text: canonical } } : i));
  return {
    kind: aanhangsel ? 'aanhangsel' : 'handelingen',
    start,
    end,
    text: text.slice(start, end),
    valid: finalIssues.length === 0,
    canonical,
    dossier: [],
    toevoeging: null,
    nrs: nr ? [nr] : [],
    chamber: chamber === 'I' || chamber === 'II' ? chamber : null,
    vergaderjaar: first !== null ? normYear(first) : null,
    vergadernummer: aanhangsel ? null : nr,
    item,
    pages: page ? `${page[1]}${page[2] ? `-${page[2]}` : ''}` : null,
    style: 'neutral',
    id,
    url: id ? `${OB}${id}.html` : null,
    issues: finalIssues,
  };
}
