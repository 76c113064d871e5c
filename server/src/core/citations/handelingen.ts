// Handelingen, the plenary record (citations.md §3.5): "Handelingen II 2018/19, nr. 28, item 9";
// before 2011 with pages ("Handelingen II 2007/08, nr. 108, p. 7909-7943"); and the house form
// "Handelingen II, vergaderjaar 2024–2025, nr. 8".
import type { Citation } from '../types.js';
import { build, Findings } from './build.js';
import { Cursor } from './cursor.js';
import { readDeel, readPage } from './deel.js';
import { judgeChamber, readChamber } from './kamer.js';
import { isDigit, isSingleGap, WINDOW } from './tokens.js';
import { obUrl } from './url.js';
import { idYear, judgeLongYear, judgeShortYear, longYear, normYear, readYear, shortYear } from './vergaderjaar.js';

const HEAD = /Handelingen(?!\p{L})/uy;
// The house form: ", vergaderjaar 2024–2025".
const HOUSE = /(,?)([ \u00a0]|\n[ \t]*|)vergaderjaar(?:[ \u00a0]|\n[ \t]*)(?=\d)/y;
const RULE = 'KB112';

export function parseHandelingen(text: string, at: number): Citation | null {
  const c = new Cursor(text, at, WINDOW);
  if (!c.eat(HEAD)) return null;
  const headSpan = { start: at, end: c.pos };
  const f = new Findings();
  const { chamber, written, house } = readChamberAndForm(c, RULE, f);
  const y = readYear(c);
  if (!y) return null; // "de Handelingen van de Kamer": a word, not a citation
  const first = house ? judgeLongYear(y, f) : judgeShortYear(y, f);
  // Letters cite the Tweede Kamer's Handelingen; a missing chamber is read as II.
  if (!written) f.add(RULE, 'Kamer (I of II) ontbreekt: "Handelingen II"', headSpan);

  const nr = readDeel(c, 'any', RULE, f);
  let item = nr?.word === 'item' ? nr : null;
  const vergadernummer = nr?.word === 'nr' ? nr.value : null;
  if (!vergadernummer) f.broken(RULE, 'vergadernummer (nr.) ontbreekt', item?.span ?? y.span);
  else item = readDeel(c, 'item', RULE, f);
  const pages = vergadernummer ? readPage(c, RULE, f) : null;
  // From 1 January 2011 every item is its own publication: cite meeting and item (Aanwijzing 3.43).
  const itemMissing = vergadernummer !== null && !item && !house && first !== null && first >= 2010;
  if (itemMissing) f.add(RULE, 'vanaf vergaderjaar 2010/11 hoort bij Handelingen een itemnummer', { start: at, end: c.pos }, 'warning', true);
  const end = c.pos;

  // The corrected form; without the item it is not the whole house-style form, so it is only
  // the fix for the other slips, and canonical stays unknown.
  let corrected: string | null = null;
  if (f.fixable && chamber && chamber !== 'I/II' && first !== null && vergadernummer) {
    const year = house ? `, vergaderjaar ${longYear(first)}` : ` ${shortYear(first)}`;
    corrected = `Handelingen ${chamber}${year}, nr. ${vergadernummer}${item ? `, item ${item.value}` : ''}${pages ? `, p. ${pages}` : ''}`;
  }
  const prefix = chamber === 'I' ? 'ek' : 'tk';
  let id: string | null = null;
  if (first !== null && vergadernummer && (chamber === 'I' || chamber === 'II')) {
    if (item && first >= 2010) id = `h-${prefix}-${idYear(first)}-${vergadernummer}-${item.value}`;
    else if (!item && first < 2010 && pages?.includes('-')) id = `h-${prefix}-${idYear(first)}-${pages}`; // before 2011: first-last page
  }
  return build(
    text,
    at,
    end,
    {
      kind: 'handelingen',
      style: 'neutral',
      canonical: itemMissing ? null : corrected,
      nrs: vergadernummer ? [vergadernummer] : [],
      chamber: chamber === 'I' || chamber === 'II' ? chamber : null,
      vergaderjaar: first === null ? null : normYear(first),
      vergadernummer,
      item: item?.value ?? null,
      pages,
      id,
      url: obUrl(id),
    },
    f,
    corrected,
  );
}

/**
 * After "Handelingen" (or "Aanhangsel Handelingen"): an optional chamber, then either the house
 * form ", vergaderjaar" or the Leidraad year; leaves the cursor on the year.
 */
export function readChamberAndForm(c: Cursor, ruleId: string, f: Findings): { chamber: 'I' | 'II' | 'I/II' | null; written: boolean; house: boolean } {
  let chamber: 'I' | 'II' | 'I/II' | null = 'II';
  let written = false;
  const save = c.pos;
  const gap = c.gap();
  const ch = gap !== '' ? readChamber(c) : null;
  if (ch) {
    written = true;
    chamber = judgeChamber(ch, c.text.slice(ch.span.start, ch.span.end), ruleId, f);
    if (chamber === 'I/II') f.broken(ruleId, 'Kamer moet I of II zijn', ch.span);
    if (!isSingleGap(gap)) f.add(ruleId, 'meer dan één spatie', { start: save, end: ch.span.start });
  } else c.pos = save;
  const houseAt = c.pos;
  const house = c.eat(HOUSE);
  if (house) {
    if (!house[1]) f.add(ruleId, 'komma vóór "vergaderjaar" ontbreekt', { start: houseAt, end: c.pos });
    else if (!house[2]) f.add(ruleId, 'geen spatie na de komma', { start: houseAt, end: c.pos });
    return { chamber, written, house: true };
  }
  const gapAt = c.pos;
  const g = c.gap();
  if (g === '' && !(ch && isDigit(c.char()))) return { chamber, written, house: false };
  if (g === '') f.add(ruleId, 'geen spatie na de Kamer', ch!.span);
  else if (!isSingleGap(g)) f.add(ruleId, 'meer dan één spatie', { start: gapAt, end: c.pos });
  return { chamber, written, house: false };
}
