// Aanhangsel Handelingen, the answers to written Kamervragen (citations.md §3.6): the Leidraad form
// "Aanhangsel Handelingen II 2014/15, nr. 1241" and the Kamer's house form "Aanhangsel
// Handelingen, vergaderjaar 2024–2025, nr. 1028" (after "Zie ook" in published answers).
import type { Citation } from '../types.js';
import { build, Findings } from './build.js';
import { Cursor } from './cursor.js';
import { readBareNumber, readDeel } from './deel.js';
import { readChamberAndForm } from './handelingen.js';
import { WINDOW } from './tokens.js';
import { obUrl } from './url.js';
import { idYear, judgeLongYear, judgeShortYear, longYear, normYear, readYear, shortYear } from './vergaderjaar.js';

// "Aanhangsels Handelingen, vergaderjaar 2023–2024, nr. 1767 en 1775" (two answers) is read as well.
const HEAD = /Aanhangsels?(?!\p{L})/uy;
const HANDELINGEN = /(?:[ \u00a0]|\n[ \t]*)Handelingen(?!\p{L})/uy;
const RULE = 'KB113';

export function parseAanhangsel(text: string, at: number): Citation | null {
  const c = new Cursor(text, at, WINDOW);
  const head = c.eat(HEAD);
  if (!head) return null;
  const plural = head[0].endsWith('s');
  const headSpan = { start: at, end: c.pos };
  const f = new Findings();
  const handelingen = c.eat(HANDELINGEN) !== null;
  const { chamber, written, house } = readChamberAndForm(c, RULE, f);
  const y = readYear(c);
  if (!y) return null; // "Aanhangsel" as an ordinary word
  if (!handelingen) f.add(RULE, '"Handelingen" ontbreekt na "Aanhangsel"', headSpan);
  const first = house ? judgeLongYear(y, f) : judgeShortYear(y, f);
  // The house form names no chamber (it is the Tweede Kamer's); the Leidraad form must.
  if (!house && !written) f.add(RULE, 'Kamer (I of II) ontbreekt: "Aanhangsel Handelingen II"', headSpan);

  let nr: string | null = null;
  const part = readDeel(c, 'any', RULE, f);
  if (part?.word === 'nr') nr = part.value;
  else if (part) f.broken(RULE, 'een Aanhangsel heeft een nummer (nr.), geen item', part.span);
  else if (house) {
    const bare = readBareNumber(c);
    if (bare) {
      nr = bare.value;
      f.add(RULE, '"nr." ontbreekt vóór het nummer', bare.span);
    }
  }
  if (!nr && !part) f.broken(RULE, 'nummer (nr.) ontbreekt', y.span);
  const end = c.pos;

  let canonical: string | null = null;
  // The plural names several answers: no single canonical form to rewrite it to.
  if (f.fixable && !plural && chamber && chamber !== 'I/II' && first !== null && nr) {
    canonical = house
      ? `Aanhangsel Handelingen${written ? ` ${chamber}` : ''}, vergaderjaar ${longYear(first)}, nr. ${nr}`
      : `Aanhangsel Handelingen ${chamber} ${shortYear(first)}, nr. ${nr}`;
  }
  const id = first !== null && nr && chamber !== null && chamber !== 'I/II' ? `ah-${chamber === 'I' ? 'ek' : 'tk'}-${idYear(first)}-${Number(nr)}` : null;
  return build(text, at, end, {
    kind: 'aanhangsel',
    style: 'neutral',
    canonical,
    nrs: nr ? [nr] : [],
    chamber: written && (chamber === 'I' || chamber === 'II') ? chamber : null,
    vergaderjaar: first === null ? null : normYear(first),
    id,
    url: obUrl(id),
  }, f);
}
