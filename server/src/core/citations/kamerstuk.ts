// Kamerstuk citations: letter style (§3.1), several dossiers (§3.2), Leidraad style (§3.3) and
// registry forms after "Kamerstuk" (§3.4). One reader for all of them, so that every slip is
// judged against the form the writer was aiming at.
import type { Citation, CitationIssue } from '../types.js';
import { Cursor } from './cursor.js';
import { dossierIssues, printDossier, readDossier, type Dossier } from './dossier.js';
import { readNummers, type Nummers } from './nummer.js';
import { kstId, obUrl } from './url.js';
import { YEAR, intendedFirst, normYear, readYear, shortYear, yearValid, type Year } from './vergaderjaar.js';

const KEYWORD = /(Bijlage[ \u00a0]bij[ \u00a0])?([Kk]amerstuk(?:ken)?)/y;
const CHAMBER = /(III|II|I|ll|2|1)(?=,?[ \u00a0]\d{4}[ \u00a0]?[/\u2013-])/y;
const YEAR_NO_CHAMBER = /(?=\d{4}[/\u2013-]\d{2,4},)/y;
const VERGADERJAAR_WORD = /vergaderjaar[ \u00a0]/y;
const YEAR_RANGE_TAIL = /-(\d{4})\/(\d{2})(?!\d)/y;
const LIST_SEP = /(,(?:[ \u00a0]|\n[ \t]*)|(?:[ \u00a0]|\n[ \t]*)en(?:[ \u00a0]|\n[ \t]*))(?=\d)/y;
const NR_SEP = /([ \u00a0]?)(,?)((?:[ \u00a0]|\n[ \t]*)*)(?=n[ro]s?\b|N[ro]\b|nummer|Nummer|[A-Z]{1,2}(?![\p{L}\p{N}]))/uy;
const COMPACT_NR = /-(\d+)(?!\d)/y;
const PAGE = /,(?:[ \u00a0]|\n[ \t]*)p\.[ \u00a0]?(\d+(?:-\d+)?)/y;

interface Draft {
  start: number;
  issues: CitationIssue[];
}

function issue(d: Draft, ruleId: string, reason: string, severity?: 'warning'): void {
  d.issues.push({ ruleId, reason, ...(severity ? { severity } : {}) });
}

/** Parses a Kamerstuk citation whose keyword (or "Bijlage bij") starts at `at`. */
export function parseKamerstuk(text: string, at: number, strayStart: number | null): Citation | null {
  const c = new Cursor(text, at, Math.min(text.length, at + 400));
  const kw = c.eat(KEYWORD);
  if (!kw) return null;
  const bijlage = Boolean(kw[1]);
  const keyword = kw[2]!;
  const plural = keyword.toLowerCase() === 'kamerstukken';
  const d: Draft = { start: at, issues: [] };
  if (keyword[0] === 'k') issue(d, 'KB101', 'kleine letter aan het begin van "Kamerstuk"');
  if (strayStart !== null) issue(d, 'KB101', 'los leesteken vóór het citaat');

  const commaAfterKeyword = c.eat(/,/y) !== null;
  const gap = c.space();
  if (!/\d|[IlV]/.test(c.char())) return null; // "het kamerstuk over …": a noun, not a citation
  if (commaAfterKeyword) issue(d, 'KB101', 'komma na "Kamerstuk"');
  if (gap === 0) issue(d, 'KB101', 'geen spatie na "Kamerstuk"');
  if (keyword[0] === 'k' && !/\d/.test(c.char())) return null;

  const chamber = c.eat(CHAMBER);
  if (chamber || c.peek(YEAR_NO_CHAMBER)) return leidraad(text, c, d, { bijlage, plural, chamber: chamber?.[1] ?? null, strayStart });
  return letter(text, c, d, { bijlage, plural, keyword, strayStart });
}

interface LetterCtx {
  bijlage: boolean;
  plural: boolean;
  keyword: string;
  strayStart: number | null;
}

function letter(text: string, c: Cursor, d: Draft, ctx: LetterCtx): Citation | null {
  const first = readDossier(c);
  if (!first) return null;
  const dossiers: Dossier[] = [first];
  for (;;) {
    const save = c.pos;
    if (!c.eat(LIST_SEP)) break;
    const next = readDossier(c);
    if (!next) {
      c.pos = save;
      break;
    }
    dossiers.push(next);
  }
  let nummers: Nummers | null = null;
  let compact = false;
  const compactNr = dossiers.length === 1 ? c.eat(COMPACT_NR) : null;
  if (compactNr) {
    compact = true;
    nummers = { kind: 'nr', values: [compactNr[1]!], canonical: `nr. ${compactNr[1]}`, issues: [], broken: false, ekWithNr: false };
  } else {
    const save = c.pos;
    const sep = c.eat(NR_SEP);
    if (sep) {
      nummers = readNummers(c, false);
      if (!nummers) c.pos = save;
      else {
        const [, spaceBefore, comma, spaceAfter] = sep as unknown as [string, string, string, string];
        if (!comma) issue(d, 'KB101', 'komma tussen dossiernummer en nr. ontbreekt');
        else {
          if (spaceBefore) issue(d, 'KB101', 'spatie vóór de komma');
          if (spaceAfter === '') issue(d, 'KB101', 'geen spatie na de komma');
        }
      }
    }
  }
  const end = c.pos;
  // A whole dossier ("Kamerstukken 31945", Aanwijzing 3.43 lid 2) may be written unspaced.
  const spacedWanted = !compact && (nummers !== null || !ctx.plural);
  for (const dos of dossiers) {
    for (const r of dossierIssues(dos, spacedWanted)) issue(d, 'KB101', r);
    if (dos.toevoegingProblem && !compact) issue(d, 'KB103', dos.toevoegingProblem);
  }
  if (compact) issue(d, 'KB104', 'registervorm in de tekst van een brief');
  let broken = dossiers.some((x) => x.toevoegingBroken);
  if (nummers) {
    for (const r of nummers.issues) issue(d, 'KB101', r);
    broken ||= nummers.broken;
  } else if (!(ctx.plural && dossiers.every((x) => x.style === 'plain' || x.style === 'spaced'))) {
    // "Kamerstukken 31945" cites a whole dossier (Aanwijzing 3.43 lid 2); singular without nr. does not.
    issue(d, 'KB101', 'ondernummer ontbreekt: het citaat wijst een heel dossier aan', 'warning');
    broken = true;
  }

  const several = dossiers.length > 1;
  if (!ctx.plural && several) issue(d, 'KB102', '"Kamerstuk" bij meer dossiers');
  if (ctx.plural && !several && nummers?.kind === 'nr') issue(d, 'KB102', '"Kamerstukken" bij één dossier en één nummer');

  const keyword = several || (ctx.plural && (nummers?.kind === 'nrs' || !nummers)) ? 'Kamerstukken' : 'Kamerstuk';
  const wholeDossier = !nummers && ctx.plural;
  const printed = dossiers.map((x) => printDossier(x, !wholeDossier || x.style === 'spaced'));
  const list = printed.length > 1 ? `${printed.slice(0, -1).join(', ')} en ${printed.at(-1)}` : printed[0]!;
  const canonical = `${ctx.bijlage ? 'Bijlage bij ' : ''}${keyword} ${list}${nummers ? `, ${nummers.canonical}` : ''}`;
  return finish(text, d, {
    end,
    kind: ctx.plural || several ? 'kamerstukken' : 'kamerstuk',
    style: compact ? 'registry' : wholeDossier ? 'neutral' : 'letter',
    canonical: broken && !wholeDossier ? null : canonical,
    fixable: !broken,
    strayStart: ctx.strayStart,
    dossiers,
    nummers,
    extra: {},
  });
}

interface LeidraadCtx {
  bijlage: boolean;
  plural: boolean;
  chamber: string | null;
  strayStart: number | null;
}

function leidraad(text: string, c: Cursor, d: Draft, ctx: LeidraadCtx): Citation | null {
  let fixable = true;
  let chamber = ctx.chamber;
  if (chamber === null) {
    issue(d, 'KB105', 'vergaderjaar zonder Kamer (I of II)');
    fixable = false;
  } else if (chamber === 'III') {
    issue(d, 'KB105', 'Kamer moet I of II zijn');
    fixable = false;
  } else if (chamber === 'll' || chamber === '2') {
    issue(d, 'KB105', `"${chamber}" in plaats van "II"`);
    chamber = 'II';
  } else if (chamber === '1') {
    issue(d, 'KB105', '"1" in plaats van "I"');
    chamber = 'I';
  }
  if (!ctx.plural) issue(d, 'KB105', '"Kamerstuk" in enkelvoud in de Leidraad-notatie');
  if (ctx.chamber !== null) {
    if (c.eat(/,/y)) issue(d, 'KB105', 'komma na de Kamer');
    if (c.space() === 0) return null;
  }
  if (c.eat(VERGADERJAAR_WORD)) issue(d, 'KB105', '"vergaderjaar" hoort niet in de Leidraad-notatie');
  const ym = c.eat(YEAR);
  if (!ym) return null;
  const year = readYear(ym);
  let tail = '';
  const range = c.eat(YEAR_RANGE_TAIL);
  if (range) tail = `-${range[1]}/${range[2]}`;
  const firstYear = yearIssues(d, year);
  if (firstYear === null) fixable = false;

  if (!c.eat(/,/y)) issue(d, 'KB105', 'komma na het vergaderjaar ontbreekt');
  c.space();
  const dossier = readDossier(c);
  if (!dossier) return null;
  for (const r of dossierIssues(dossier, false)) issue(d, 'KB101', r);
  if (dossier.toevoegingProblem) issue(d, 'KB103', dossier.toevoegingProblem);
  if (dossier.toevoegingBroken) fixable = false;

  let nummers: Nummers | null = null;
  const save = c.pos;
  const sep = c.eat(/(,?)([ \u00a0]*)/y);
  nummers = readNummers(c, true);
  if (!nummers) c.pos = save;
  else {
    if (!sep![1]) issue(d, 'KB105', 'komma vóór het nummer ontbreekt');
    else if (!sep![2]) issue(d, 'KB105', 'geen spatie na de komma');
    for (const r of nummers.issues) issue(d, 'KB101', r);
    if (nummers.ekWithNr) issue(d, 'KB105', 'Eerste Kamer-letter zonder "nr."');
    if (nummers.broken) fixable = false;
  }
  const page = nummers ? c.eat(PAGE) : null;
  const end = c.pos;

  const yearText = firstYear === null ? year.text : shortYear(firstYear) + tail;
  const dossierText = printDossier(dossier, dossier.style === 'spaced');
  const canonical = `${ctx.bijlage ? 'Bijlage bij ' : ''}Kamerstukken ${chamber ?? '?'} ${yearText}, ${dossierText}${nummers ? `, ${nummers.canonical}` : ''}${page ? `, p. ${page[1]}` : ''}`;
  return finish(text, d, {
    end,
    kind: 'kamerstukken-leidraad',
    style: 'leidraad',
    canonical: fixable ? canonical : null,
    fixable,
    strayStart: ctx.strayStart,
    dossiers: [dossier],
    nummers,
    extra: { chamber: chamber === 'I' || chamber === 'II' ? chamber : null, vergaderjaar: firstYear === null ? null : normYear(firstYear), pages: page?.[1] ?? null },
  });
}

/** Year checks shared by Leidraad-style citations; returns the intended first year or null. */
export function yearIssues(d: { issues: CitationIssue[] }, year: Year): number | null {
  const first = intendedFirst(year);
  if (!yearValid(year)) {
    d.issues.push({ ruleId: 'KB111', reason: first === null ? 'vergaderjaar bestaat niet uit twee opeenvolgende jaren' : 'jaren in omgekeerde volgorde' });
  } else if (year.form !== 'slash2') {
    d.issues.push({ ruleId: 'KB111', reason: 'vergaderjaar in een citaat als "JJJJ/JJ" met schuine streep' });
  } else if (year.spacedSeparator) {
    d.issues.push({ ruleId: 'KB111', reason: 'spaties rond de schuine streep' });
  }
  return first;
}

interface FinishArgs {
  end: number;
  kind: Citation['kind'];
  style: Citation['style'];
  canonical: string | null;
  fixable: boolean;
  strayStart: number | null;
  dossiers: Dossier[];
  nummers: Nummers | null;
  extra: Partial<Citation>;
}

function finish(text: string, d: Draft, a: FinishArgs): Citation {
  const first = a.dossiers[0]!;
  const nr = a.nummers?.values[0] ?? null;
  const id = kstId(first.number, first.toevoeging && !first.toevoegingBroken ? first.toevoeging : null, nr);
  const fixStart = a.strayStart ?? d.start;
  const issues = d.issues.map((i): CitationIssue => {
    const out: CitationIssue = { ...i };
    if (a.fixable && a.canonical && i.severity !== 'warning') out.fix = { span: { start: fixStart, end: a.end }, text: a.canonical };
    if (a.strayStart !== null && i.reason.startsWith('los leesteken')) out.span = { start: a.strayStart, end: d.start + 1 };
    return out;
  });
  return {
    kind: a.kind,
    start: d.start,
    end: a.end,
    text: text.slice(d.start, a.end),
    valid: !issues.some((i) => i.severity !== 'info'),
    canonical: a.canonical,
    dossier: a.dossiers.map((x) => x.number),
    toevoeging: first.toevoeging,
    rijkswet: first.rijkswet,
    nrs: a.nummers?.values ?? [],
    chamber: null,
    vergaderjaar: null,
    style: a.style,
    id,
    url: obUrl(id),
    issues,
    ...a.extra,
  };
}
