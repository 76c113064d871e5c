// Kamerstukken cited with the chamber written out (citations.md §3.10): the page-footer line of a
// Kamerstuk pasted as a citation ("Tweede Kamer, vergaderjaar 2020–2021, 35 570, nr. 12") and the
// Eerste Kamer letter without the Leidraad form ("Eerste Kamer, 35 925, C").
//
// - Tweede Kamer: the letter style follows from the text (the year is not part of it):
//   "Kamerstuk 35 570, nr. 12" (KB101). A Leidraad document gets KB106's say after the fix.
// - Eerste Kamer: its stukken always carry chamber and year, "Kamerstukken I 2020/21, 35 925, C"
//   (KB105); without a year in the text the message names the form with "JJJJ/JJ" and has no fix.
//
// Only a letter-style dossier (35 570) or a five-digit one counts: "de Tweede Kamer, 2019, …" and
// "Tweede Kamer, 12 000 handtekeningen" are prose.
import type { Citation } from '../types.js';
import { build, Findings } from './build.js';
import { Cursor } from './cursor.js';
import { judgeDossier, printDossier, readDossier } from './dossier.js';
import { judgeNummers, readNummers } from './nummer.js';
import { WINDOW } from './tokens.js';
import { kstId, obUrl } from './url.js';
import { assumedFirst, intendedFirst, judgeLongYear, normYear, readYear, shortYear } from './vergaderjaar.js';

const HEAD = /(Tweede|Eerste)[ \u00a0]Kamer,(?:[ \u00a0]|\n[ \t]*)/y;
const YEAR_WORD = /vergaderjaar[ \u00a0]/y;
const COMMA = /,(?:[ \u00a0]|\n[ \t]*)/y;

export function parseKamerVoluit(text: string, at: number): Citation | null {
  const c = new Cursor(text, at, WINDOW);
  const head = c.eat(HEAD);
  if (!head) return null;
  const eerste = head[1] === 'Eerste';
  const f = new Findings();
  let first: number | null = null;
  let hasYear = false;
  if (c.eat(YEAR_WORD)) {
    const y = readYear(c);
    if (!y || !c.eat(COMMA)) return null;
    hasYear = true;
    // The letter style drops the year, so only an Eerste Kamer citation is judged on it.
    first = eerste ? judgeLongYear(y, f) : (intendedFirst(y) ?? assumedFirst(y));
  }
  const d = readDossier(c);
  if (!d || !(d.style === 'spaced' || (d.style === 'plain' && d.number >= 10000)) || d.compactNr) return null;
  if (!c.eat(COMMA)) return null;
  const n = readNummers(c, eerste);
  if (!n || (!eerste && n.kind !== 'nr')) return null;
  const end = c.pos;
  judgeDossier(d, !eerste, f);
  judgeNummers(n, f);

  let canonical: string | null = null;
  if (!eerste) {
    f.add('KB101', hasYear ? 'paginavoet van een Kamerstuk als citaat: schrijf de briefnotatie' : '"Tweede Kamer" vóór het dossiernummer: schrijf de briefnotatie', { start: at, end });
    canonical = f.fixable ? `Kamerstuk ${printDossier(d, true)}, ${n.canonical}` : null;
  } else {
    const rest = `${printDossier(d, d.style === 'spaced')}, ${n.canonical}`;
    if (!hasYear) {
      f.brokenExpecting('KB105', 'Eerste Kamer-stuk zonder vergaderjaar: het vergaderjaar staat niet in de tekst', `Kamerstukken I JJJJ/JJ, ${rest}`, { start: at, end });
    } else {
      f.add('KB105', 'Eerste Kamer-stuk in de vorm van een paginavoet: "Kamerstukken I JJJJ/JJ, …"', { start: at, end });
      canonical = f.fixable && first !== null ? `Kamerstukken I ${shortYear(first)}, ${rest}` : null;
    }
  }
  const id = d.toevoegingIssue?.broken ? null : kstId(d.number, d.toevoeging, n.values[0] ?? null);
  return build(text, at, end, {
    kind: eerste ? 'kamerstukken-leidraad' : 'kamerstuk',
    style: 'neutral',
    canonical,
    dossier: [d.number],
    toevoeging: d.toevoeging,
    rijkswet: d.rijkswet,
    nrs: n.values,
    chamber: eerste ? 'I' : 'II',
    vergaderjaar: first === null ? null : normYear(first),
    id,
    url: obUrl(id),
  }, f);
}
