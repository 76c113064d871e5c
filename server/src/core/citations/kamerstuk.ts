// Kamerstuk citations after the keyword "Kamerstuk(ken)": letter style (§3.1), several dossiers
// (§3.2) and registry forms after the keyword (§3.4). A chamber or a vergaderjaar after the
// keyword hands over to the Leidraad reader (§3.3), so every slip is judged against the form the
// writer was aiming at.
import type { Citation, Span } from '../types.js';
import { build, Findings } from './build.js';
import { Cursor } from './cursor.js';
import { judgeDossier, printDossier, readDossier, type Dossier } from './dossier.js';
import { readChamber } from './kamer.js';
import { parseIdAsKamerstuk } from './id-als-kamerstuk.js';
import { parseLeidraad } from './leidraad.js';
import { judgeNummers, readNummers, type Nummers } from './nummer.js';
import { isDigit, isSingleGap, listWithEn, WINDOW } from './tokens.js';
import { kstId, obUrl } from './url.js';

const MAX_DOSSIERS = 20;

const KEYWORD = /(Bijlage(?:[ \u00a0]|\n[ \t]*)bij(?:[ \u00a0]|\n[ \t]*))?([Kk]amerstuk(?:ken)?)(?!\p{L})/uy;
const VERGADERJAAR_WORD = /vergaderjaar[ \u00a0]/y;
// A vergaderjaar right after the keyword, without a chamber: "Kamerstuk 2018/19, 29 754, …".
const YEAR_AHEAD = /(?:1[89]|20)\d{2}[ \u00a0]?[/\u2013-][ \u00a0]?\d{2,4}(?!\d)(?=,|[ \u00a0]\d)/y;
// Between dossiers: "29 614 en 31 289", "29 614, 31 289".
const LIST_SEP = /(?:(,)([ \u00a0]|\n[ \t]*)?|(?:[ \u00a0]|\n[ \t]*)en(?:[ \u00a0]|\n[ \t]*))(?=\d)/y;

/** Context of the keyword, shared with the Leidraad reader. */
export interface KeywordContext {
  start: number;
  /** Start of the fix: a stray character before the citation, or the start. */
  fixStart: number;
  /** What the fix writes in place of [fixStart, start) before the citation: "" or ". (" (a space before the parenthesis). */
  fixPrefix: string;
  bijlage: boolean;
  plural: boolean;
  keywordSpan: Span;
  findings: Findings;
  /** The chamber an abbreviation names ("TK 2021/22, …"): no chamber is read after the keyword. */
  chamber?: 'I' | 'II';
  /** No keyword at all: "(36 200, nr. 41)" after a motie or brief (§3.10). */
  bare?: boolean;
  /** Style to report instead of the one the reader sees: non-house forms do not vote in KB106. */
  style?: Citation['style'];
}

/**
 * Something wrong right before the keyword, repaired by the citation's fix: a stray character
 * (".Kamerstukken …") or a parenthesis glued to the word before it ("c.s.(Kamerstuk …", §3.10).
 */
export interface Lead {
  /** Where the fix starts. */
  start: number;
  /** What replaces [start, keyword). */
  text: string;
  reason: string;
  span: Span;
}

/** Parses a Kamerstuk citation whose keyword (or "Bijlage bij") starts at `at`. */
export function parseKamerstuk(text: string, at: number, lead: Lead | null): Citation | Citation[] | null {
  const c = new Cursor(text, at, WINDOW);
  const kw = c.eat(KEYWORD);
  if (!kw) return null;
  // Cheap exit for prose ("het kamerstuk over …"): a citation goes on with a number or a chamber.
  if (!/[\dIlakh \u00a0\n\t]/.test(charAfterKeyword(text, c.pos))) return null;
  const word = kw[2]!;
  const plural = word.length > 'Kamerstuk'.length;
  const keywordSpan = { start: at + (kw[1]?.length ?? 0), end: c.pos };
  const f = new Findings();
  if (lead) f.add('KB101', lead.reason, lead.span);
  if (word[0] === 'k') f.add('KB101', `kleine letter aan het begin van "${plural ? 'Kamerstukken' : 'Kamerstuk'}"`, keywordSpan);
  const commaAt = c.pos;
  if (c.lit(',')) f.add('KB101', `komma na "${word}"`, { start: commaAt, end: commaAt + 1 });
  const gapAt = c.pos;
  const gap = c.gap();
  if (gap === '') f.add('KB101', `geen spatie na "${word}"`, keywordSpan);
  else if (!isSingleGap(gap)) f.add('KB101', `meer dan één spatie na "${word}"`, { start: gapAt, end: c.pos });
  const ctx: KeywordContext = { start: at, fixStart: lead?.start ?? at, fixPrefix: lead?.text ?? '', bijlage: kw[1] !== undefined, plural, keywordSpan, findings: f };
  // "Kamerstuk 2024D28457", "Kamerstuk ah-tk-20232024-1314": an id cited as a Kamerstuk.
  const asId = parseIdAsKamerstuk(text, at, c.pos);
  if (asId) return asId;
  if (looksLeidraad(c)) return parseLeidraad(text, c, ctx, false);
  // "het kamerstuk over …" is a noun; only a number makes it a citation.
  if (!isDigit(c.char())) return null;
  const one = letter(c, ctx, word[0] === 'k');
  return one ? [one] : null;
}

/**
 * A dossier and number without the keyword, in parentheses right after a motie or a brief
 * ("de motie Bikker (36 200, nr. 41)", §3.10): the caller has checked that context. Only the
 * letter-style dossier (29 754) counts; the unspaced one is the Handelingen list form (lijstvorm).
 */
export function parseBareKamerstuk(text: string, at: number): Citation | null {
  const c = new Cursor(text, at, WINDOW);
  const f = new Findings();
  const span = { start: at, end: at };
  const ctx: KeywordContext = { start: at, fixStart: at, fixPrefix: '', bijlage: false, plural: false, keywordSpan: span, findings: f, bare: true, style: 'neutral' };
  const one = letter(c, ctx, false);
  return one && text[one.end] === ')' ? one : null;
}

/** The character after the keyword, past an optional comma and one space. */
function charAfterKeyword(text: string, pos: number): string {
  if (text[pos] === ',') pos++;
  if (text[pos] === ' ' || text[pos] === '\u00a0' || text[pos] === '\n') pos++;
  return text[pos] ?? '';
}

/** A chamber (II, I/II, ll, 2 + year) or a vergaderjaar follows: the writer aims at the Leidraad form. */
function looksLeidraad(c: Cursor): boolean {
  const save = c.pos;
  let yes = false;
  const ch = readChamber(c);
  if (ch) {
    c.lit(',');
    c.gap();
    c.eat(VERGADERJAAR_WORD);
    yes = isDigit(c.char());
  } else yes = c.peek(YEAR_AHEAD) !== null;
  c.pos = save;
  return yes;
}

function letter(c: Cursor, ctx: KeywordContext, lowerCase: boolean): Citation | null {
  const f = ctx.findings;
  const first = readDossier(c);
  if (!first || (ctx.bare && first.style !== 'spaced')) return null;
  // "(36 471-64)" after a brief: two digits after the hyphen and then the parenthesis are the
  // ondernummer (a bare form names a document), except for the EU sub-dossiers of 21 501.
  if (ctx.bare && c.char() === ')' && first.number !== 21501 && first.toevoeging && /^\d{2}$/.test(first.toevoeging) && !first.toevoegingIssue) {
    first.compactNr = first.toevoeging;
    first.toevoeging = null;
  }
  const dossiers: Dossier[] = [first];
  const firstEnd = c.pos;
  const listStart = c.pos;
  const seps: ('comma' | 'comma-tight' | 'en')[] = [];
  while (!first.compactNr && dossiers.length < MAX_DOSSIERS) {
    const save = c.pos;
    const sep = c.eat(LIST_SEP);
    if (!sep) break;
    const next = readDossier(c);
    if (!next || next.compactNr) {
      c.pos = save;
      break;
    }
    seps.push(sep[1] ? (sep[2] ? 'comma' : 'comma-tight') : 'en');
    dossiers.push(next);
  }
  const listEnd = c.pos;

  const compactNr = first.compactNr;
  let nummers: Nummers | null = null;
  let sepSpan: Span | null = null;
  const sepProblems: string[] = [];
  if (!compactNr) {
    const save = c.pos;
    const before = c.gap();
    const comma = c.lit(',');
    const after = c.gap();
    nummers = comma || before !== '' ? readNummers(c, false) : null;
    if (!nummers) c.pos = save;
    else {
      sepSpan = { start: save, end: nummers.span.start };
      if (!comma) sepProblems.push('komma tussen dossiernummer en nr. ontbreekt');
      else {
        if (before !== '') sepProblems.push('spatie vóór de komma');
        if (after === '') sepProblems.push('geen spatie na de komma');
        else if (!isSingleGap(after)) sepProblems.push('meer dan één spatie na de komma');
      }
    }
  }
  // "Kamerstuk 29 754, 2019 …": a list without a number after a singular keyword was no list.
  if (!nummers && dossiers.length > 1 && !ctx.plural) {
    dossiers.length = 1;
    seps.length = 0;
    c.pos = firstEnd;
  }
  // A lower-case "kamerstuk" with a short number and no ondernummer is prose ("in het kamerstuk
  // 2019"); a five-digit dossier number makes it a citation.
  if (lowerCase && !nummers && !compactNr && first.number < 10000) return null;
  // Without the keyword only a dossier with its number is a citation.
  if (ctx.bare && !nummers && !compactNr) return null;
  const end = c.pos;
  // The registry form's rule names the missing keyword too: one slip, one message.
  if (ctx.bare) f.add(compactNr ? 'KB104' : 'KB101', 'dossier en nummer zonder "Kamerstuk"', { start: ctx.start, end });

  const whole = !nummers && !compactNr && ctx.plural; // "Kamerstukken 31945" (Aanwijzing 3.43 lid 2)
  // The registry form is judged as a whole (KB104); otherwise each dossier on its own.
  if (!compactNr) for (const d of dossiers) judgeDossier(d, !whole, f);
  const printed = dossiers.map((d) => printDossier(d, !whole || d.style !== 'plain'));
  const several = dossiers.length > 1;
  // House style lists dossiers as "A, B en C".
  if (seps.some((s, i) => s !== (i === seps.length - 1 ? 'en' : 'comma'))) {
    f.add('KB101', 'dossiers opsommen als "A, B en C"', { start: listStart, end: listEnd });
  }
  if (nummers) {
    for (const p of sepProblems) f.add('KB101', p, sepSpan!);
    judgeNummers(nummers, f);
  }
  if (compactNr) f.add('KB104', 'registervorm in de tekst van een brief: schrijf de briefnotatie', { start: first.span.start, end });
  else if (!nummers && !ctx.plural) {
    f.broken('KB101', 'ondernummer ontbreekt: het citaat wijst een heel dossier aan', { start: first.span.start, end }, 'warning');
  }
  if (!ctx.plural && several && !ctx.bare) f.add('KB102', '"Kamerstuk" bij meer dossiers: "Kamerstukken"', ctx.keywordSpan);
  if (ctx.plural && !several && nummers?.values.length === 1) f.add('KB102', '"Kamerstukken" bij één dossier en één nummer: "Kamerstuk"', ctx.keywordSpan);

  const nrs = nummers?.values ?? (compactNr ? [compactNr] : []);
  const keyword = several || (ctx.plural && (whole || nrs.length > 1)) ? 'Kamerstukken' : 'Kamerstuk';
  const nrPart = nummers ? `, ${nummers.canonical}` : compactNr ? `, nr. ${compactNr}` : '';
  const canonical = f.fixable ? `${ctx.bijlage ? 'Bijlage bij ' : ''}${keyword} ${listWithEn(printed)}${nrPart}` : null;
  const broken = first.toevoegingIssue?.broken ?? false;
  const id = broken ? null : kstId(first.number, first.toevoeging, nrs[0] ?? null);
  return build(
    c.text,
    ctx.start,
    end,
    {
      kind: ctx.plural || several ? 'kamerstukken' : 'kamerstuk',
      style: ctx.style ?? (compactNr ? 'registry' : whole ? 'neutral' : 'letter'),
      canonical,
      dossier: dossiers.map((d) => d.number),
      toevoeging: first.toevoeging,
      rijkswet: first.rijkswet,
      nrs,
      id,
      url: obUrl(id),
    },
    f,
    canonical === null ? null : ctx.fixPrefix + canonical,
    ctx.fixStart,
  );
}
