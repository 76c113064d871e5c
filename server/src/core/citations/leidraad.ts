// Kamerstukken in the Leidraad / Aanwijzing 3.43 form (citations.md §3.3):
// "Kamerstukken II 2015/16, 34442, nr. 3, p. 7", Eerste Kamer letters ("33802, C"), several
// vergaderjaren ("1993/94-1996/97"), the hybrid with a spaced dossier that ministries write
// ("Kamerstukken II 2023/24, 36 410 IV, nr. 49"), and the abbreviated continuation after a
// semicolon ("…; I 2022/23, 36 021, B").
import type { Citation } from '../types.js';
import { build, Findings } from './build.js';
import { Cursor } from './cursor.js';
import { judgeDossier, printDossier, readDossier } from './dossier.js';
import { judgeChamber, readChamber } from './kamer.js';
import type { KeywordContext } from './kamerstuk.js';
import { judgeNummers, readNummers } from './nummer.js';
import { isDigit, isSingleGap, WINDOW } from './tokens.js';
import { kstId, obUrl } from './url.js';
import { judgeShortYear, normYear, readYear, shortYear } from './vergaderjaar.js';

const MAX_CONTINUATIONS = 10;
const VERGADERJAAR_WORD = /vergaderjaar[ \u00a0]/y;
// The second vergaderjaar of a span: "1993/94-1996/97".
const YEAR_RANGE_TAIL = /-(\d{4})\/(\d{2})(?!\d)/y;
const PAGE = /,((?:[ \u00a0]|\n[ \t]*)?)p\.([ \u00a0]?)(\d+(?:[-\u2013]\d+)?)(?!\d)/y;
// "; I 2022/23, 36 021, B": chamber and year repeated without "Kamerstukken".
const CONTINUATION = /;(?:[ \u00a0]|\n[ \t]*)(?=(?:II|I)[ \u00a0]\d{4}[/\u2013-])/y;

/**
 * Reads from the chamber (or the year, when the chamber is missing). Returns the citation and,
 * unless it is itself a continuation, the continuations after it.
 */
export function parseLeidraad(text: string, c: Cursor, ctx: KeywordContext, continuation: boolean): Citation[] | null {
  const f = ctx.findings;
  let chamber: 'I' | 'II' | 'I/II' | null = ctx.chamber ?? null;
  const ch = ctx.chamber ? null : readChamber(c);
  if (ctx.chamber) {
    // "TK 2021/22, …": the abbreviation names the chamber; the year follows after one space.
  } else if (ch) {
    chamber = judgeChamber(ch, text.slice(ch.span.start, ch.span.end), 'KB105', f);
    const commaAt = c.pos;
    if (c.lit(',')) f.add('KB105', 'komma na de Kamer', { start: commaAt, end: commaAt + 1 });
    const gapAt = c.pos;
    const gap = c.gap();
    if (gap === '') f.add('KB105', 'geen spatie na de Kamer', ch.span);
    else if (!isSingleGap(gap)) f.add('KB105', 'meer dan één spatie na de Kamer', { start: gapAt, end: c.pos });
  } else {
    // "Kamerstuk 2018/19, 29 754, nr. 482": Kamerstukken II …, or a letter-style Kamerstuk?
    f.broken('KB105', 'vergaderjaar zonder Kamer: "Kamerstukken II JJJJ/JJ, …" of "Kamerstuk 29 754, nr. …"', ctx.keywordSpan);
  }
  if (!ctx.plural && !continuation) f.add('KB105', '"Kamerstukken" in meervoud in de Leidraad-notatie', ctx.keywordSpan);
  const wordAt = c.pos;
  if (c.eat(VERGADERJAAR_WORD)) f.add('KB105', '"vergaderjaar" hoort niet in de Leidraad-notatie', { start: wordAt, end: c.pos });

  const y = readYear(c);
  let first: number | null = null;
  let tail = '';
  if (y) {
    first = judgeShortYear(y, f);
    const tailAt = c.pos;
    const range = c.eat(YEAR_RANGE_TAIL);
    if (range) {
      const a = Number(range[1]);
      if ((a + 1) % 100 !== Number(range[2]) || (first !== null && a < first)) f.broken('KB111', 'vergaderjaar bestaat niet uit twee opeenvolgende jaren', { start: tailAt, end: c.pos });
      tail = range[0];
    }
    const commaAt = c.pos;
    const comma = c.lit(',');
    const gap = c.gap();
    if (!comma) f.add('KB105', 'komma na het vergaderjaar ontbreekt', { start: commaAt, end: c.pos });
    else if (gap === '') f.add('KB105', 'geen spatie na de komma', { start: commaAt, end: c.pos });
    else if (!isSingleGap(gap)) f.add('KB105', 'meer dan één spatie na de komma', { start: commaAt, end: c.pos });
  } else {
    if (!ch || !isDigit(c.char())) return null;
    f.broken('KB105', 'vergaderjaar ontbreekt na de Kamer', ch.span);
  }

  const d = readDossier(c);
  if (!d) return null;
  judgeDossier(d, false, f);
  let nrs: string[] = d.compactNr ? [d.compactNr] : [];
  let nrText = d.compactNr ? `nr. ${d.compactNr}` : null;
  if (d.compactNr) f.add('KB104', 'registervorm in een citaat: "…, 31839, nr. 705"', d.span);
  let page: string | null = null;
  if (!d.compactNr) {
    const save = c.pos;
    const before = c.gap();
    const comma = c.lit(',');
    const after = c.gap();
    const n = comma || before !== '' ? readNummers(c, true) : null;
    if (!n) c.pos = save;
    else {
      const sepSpan = { start: save, end: n.span.start };
      if (!comma) f.add('KB105', 'komma vóór het nummer ontbreekt', sepSpan);
      else if (before !== '') f.add('KB105', 'spatie vóór de komma', sepSpan);
      else if (after === '') f.add('KB105', 'geen spatie na de komma', sepSpan);
      else if (!isSingleGap(after)) f.add('KB105', 'meer dan één spatie na de komma', sepSpan);
      judgeNummers(n, f);
      if (n.ekWithNr) f.add('KB105', 'Eerste Kamer-letter zonder "nr."', n.span);
      nrs = n.values;
      nrText = n.canonical;
    }
  }
  if (nrText) {
    const pageAt = c.pos;
    const p = c.eat(PAGE);
    if (p) {
      page = p[3]!;
      if (p[1] === '' || p[2] === '') f.add('KB105', 'spatie na de komma en na "p."', { start: pageAt, end: c.pos });
    }
  }
  const end = c.pos;

  const keyword = continuation ? '' : `${ctx.bijlage ? 'Bijlage bij ' : ''}Kamerstukken `;
  const body = chamber && first !== null ? `${chamber} ${shortYear(first)}${tail}, ${printDossier(d, d.style === 'spaced')}${nrText ? `, ${nrText}` : ''}${page ? `, p. ${page}` : ''}` : null;
  const ok = f.fixable && body !== null;
  // The canonical form is the full citation; a continuation's fix keeps it abbreviated.
  const canonical = ok ? `${ctx.bijlage && !continuation ? 'Bijlage bij ' : ''}Kamerstukken ${body}` : null;
  const broken = d.toevoegingIssue?.broken ?? false;
  const id = broken ? null : kstId(d.number, d.toevoeging, nrs[0] ?? null);
  const citation = build(
    text,
    ctx.start,
    end,
    {
      kind: 'kamerstukken-leidraad',
      style: ctx.style ?? 'leidraad',
      canonical,
      dossier: [d.number],
      toevoeging: d.toevoeging,
      rijkswet: d.rijkswet,
      nrs,
      chamber: chamber === 'I' || chamber === 'II' ? chamber : null,
      vergaderjaar: first === null ? null : normYear(first),
      pages: page,
      id,
      url: obUrl(id),
    },
    f,
    ok ? ctx.fixPrefix + keyword + body : null,
    ctx.fixStart,
  );
  const out = [citation];
  if (continuation) return out;
  // Continuations: each is its own citation, read with its own window.
  let at = end;
  for (let i = 0; i < MAX_CONTINUATIONS; i++) {
    const probe = new Cursor(text, at, WINDOW);
    if (!probe.eat(CONTINUATION)) break;
    const start = probe.pos;
    const cont: KeywordContext = { start, fixStart: start, fixPrefix: '', bijlage: false, plural: true, keywordSpan: { start, end: start }, findings: new Findings() };
    const next = parseLeidraad(text, new Cursor(text, start, WINDOW), cont, true);
    if (!next) break;
    out.push(next[0]!);
    at = next[0]!.end;
  }
  return out;
}
