// The citation grammar: finds every citation in the flat text of one paragraph, heading or
// footnote body (citations.md §3), with its kind, fields, house-style form, URL and the issues
// the citation rules report; plus "vergaderjaar" mentions outside citations.
//
// Linear by construction: one global anchor regex walks the text once; each parser reads forward
// from its anchor through a bounded window with sticky regexes; after a citation the walk resumes
// at its end. Bare URLs and t.v.v. quotations are stepped over whole.
import type { Citation, CitationIssue, LooseIssue } from '../types.js';
import { parseAanhangsel } from './aanhangsel.js';
import { parseHandelingen } from './handelingen.js';
import { parseId } from './ids.js';
import { parseKaleVerwijzing } from './kale-verwijzing.js';
import { parseKamerAfkorting } from './kamer-afkorting.js';
import { parseKamerVoluit } from './kamer-voluit.js';
import { parseKamerstuk, type Lead } from './kamerstuk.js';
import { parseLijstvorm } from './lijstvorm.js';
import { parsePaginatitel } from './paginatitel.js';
import { parsePublicatie } from './publicaties.js';
import { leftBoundary, stickyAt, WINDOW } from './tokens.js';
import { parseLooseVergaderjaar } from './vergaderjaar-los.js';
import { parseZaaknummer } from './zaaknummer.js';

const ANCHOR_SOURCE = [
  'https?:\\/\\/|www\\.', // bare URLs: nothing inside is a citation
  't\\.v\\.v\\.', // "ter vervanging van": the Kamer's registry titles, quoted, never judged
  'Bijlage(?:[ \\u00a0]|\\n[ \\t]*)bij(?:[ \\u00a0]|\\n[ \\t]*)[Kk]amerstuk',
  '[Kk]amerstuk',
  'Handelingen',
  'Aanhangsel',
  'Stb|Stcrt|Trb',
  'kst-|a?h-[te]k-|kv-tk-|stb-|stcrt-|trb-',
  '\\(\\d{4,5}[-, \\u00a0]', // Handelingen-list form "(22026, nr. 27)"
  '\\(\\d{1,2}[ \\u00a0]\\d{3}(?!\\d)', // "(36 200, nr. 41)" after a motie or brief (§3.10)
  '(?:Tweede|Eerste)[ \\u00a0]Kamer,', // "Tweede Kamer, vergaderjaar 2020–2021, 35 570, nr. 12" (§3.10)
  '[TE]K[ \\u00a0](?=\\d{4})', // "TK 2021/22, 35 925, nr. 3" (§3.10)
  'Rijksoverheid\\.nl', // a page title "… | Kamerstuk | Rijksoverheid.nl" (§3.10)
  '[Vv]ergaderjaar',
  '\\d{2,4}[ \\u00a0]?[ZzDd][ \\u00a0]?\\d', // zaak/document number
].join('|');
// Compiled once: one for the scan, one for the rescan that checks a fix (the only nesting).
const ANCHOR = new RegExp(ANCHOR_SOURCE, 'g');
const ANCHOR_VERIFY = new RegExp(ANCHOR_SOURCE, 'g');
const URL_REST = /(?:https?:\/\/|www\.)[^\s<>"\uFFFC]*/y;
// What a t.v.v. reference can hold: "33885, nr.18", "36200-XVI-135", "Kamerstuk 33 885, nr. 18".
const TVV = /t\.v\.v\.[ \u00a0]?(?:[Kk]amerstuk[ \u00a0])?\d{1,2}[ .\u00a0]?\d{3}(?:-(?:\d{2}|[IVXL]{1,6}[AB]?|[A-Z]))?(?:,[ \u00a0]?(?:nr\.?[ \u00a0]?)?\d+[a-z]?|-\d+[a-z]?)?/y;
const STRAY = /[.,;:]/;
const BEFORE_STRAY = /[\s(\uFFFC]/;
// A letter, digit or period right before "(": the space before the parenthesis is missing.
const GLUED = /[\p{L}\p{N}.]/u;

/**
 * @param text flat text: inline code, images and footnote calls replaced by U+FFFC, link URLs removed,
 *   soft line breaks as "\n"
 * @param max stop after this many citations (degraded, megabyte-sized blocks report what they can)
 */
export function scanCitations(text: string, max = Infinity): { citations: Citation[]; loose: LooseIssue[] } {
  return scan(text, max, true, Infinity);
}

/** @param stopAt anchors from here on are not read (the rescan of a fix only needs what overlaps it) */
function scan(text: string, max: number, verify: boolean, stopAt: number): { citations: Citation[]; loose: LooseIssue[] } {
  const citations: Citation[] = [];
  const loose: LooseIssue[] = [];
  const anchor = verify ? ANCHOR : ANCHOR_VERIFY;
  anchor.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (citations.length < max && (m = anchor.exec(text)) !== null) {
    const at = m.index;
    if (at >= stopAt) break;
    const token = m[0];
    const first = token[0]!;
    let found: Citation | Citation[] | null = null;
    let skipTo = at + 1;
    if (token.startsWith('http') || token === 'www.') {
      skipTo = at + (stickyAt(URL_REST, text, at)?.[0].length ?? token.length);
    } else if (first === '(') found = parseLijstvorm(text, at) ?? parseKaleVerwijzing(text, at);
    else if (!leftBoundary(text, at)) {
      // Inside a word or number ("motieKamerstuk", "12019Z13154"): look again one further on.
    } else if (token === 't.v.v.') skipTo = at + (stickyAt(TVV, text, at)?.[0].length ?? token.length);
    else if (token.endsWith('Kamer,')) found = parseKamerVoluit(text, at);
    else if (token[1] === 'K' && (first === 'T' || first === 'E')) found = parseKamerAfkorting(text, at);
    else if (first === 'R') {
      const title = parsePaginatitel(text, at);
      if (title) {
        loose.push(title.issue);
        skipTo = title.end;
      }
    } else if (first === 'B' || first === 'K' || first === 'k') {
      if (token.startsWith('kst-') || token.startsWith('kv-')) found = parseId(text, at);
      else found = parseKamerstuk(text, at, leadBefore(text, at));
    } else if (first === 'H') found = parseHandelingen(text, at);
    else if (first === 'A') found = parseAanhangsel(text, at);
    else if (first === 'S' || first === 'T') found = parsePublicatie(text, at);
    else if (first === 'V' || first === 'v') {
      const mention = parseLooseVergaderjaar(text, at);
      if (mention) {
        if (mention.issue) loose.push(mention.issue);
        skipTo = mention.end;
      }
    } else if (first >= '0' && first <= '9') found = parseZaaknummer(text, at);
    else found = parseId(text, at); // ah-, h-tk-, h-ek-, stb-, stcrt-, trb-

    if (found) {
      const list = Array.isArray(found) ? found : [found];
      for (const c of list) {
        if (citations.length >= max) break;
        if (verify) verifyFix(text, c);
        citations.push(c);
      }
      skipTo = list[list.length - 1]!.end;
    }
    anchor.lastIndex = Math.max(skipTo, at + 1);
  }
  return { citations, loose };
}

/**
 * A fix is offered only when the fixed text reads back as it should: nothing fixable left where
 * it wrote. The canonical form could otherwise merge with what follows it ("31839-705,nr. 482"
 * would become "31 839, nr. 705,nr. 482", a list of two numbers). One bounded rescan per fix.
 */
function verifyFix(text: string, c: Citation): void {
  const fix = c.issues.find((i) => i.fix)?.fix;
  if (!fix) return;
  const from = Math.max(0, fix.span.start - 2); // enough for the left boundary and a stray character
  const probe = text.slice(from, fix.span.start) + fix.text + text.slice(fix.span.end, fix.span.end + WINDOW);
  const start = fix.span.start - from;
  const end = start + fix.text.length;
  const again = scan(probe, Infinity, false, end);
  const overlaps = (i: CitationIssue): boolean => i.fix !== undefined && i.fix.span.start < end && i.fix.span.end > start;
  if (!again.citations.some((x) => x.issues.some(overlaps)) && !again.loose.some(overlaps)) return;
  c.issues = c.issues.map((i) => {
    const kept: CitationIssue = { ruleId: i.ruleId, reason: i.reason };
    if (i.severity) kept.severity = i.severity;
    if (i.span) kept.span = i.span;
    if (i.expected) kept.expected = i.expected;
    return kept;
  });
}

/** ".Kamerstukken …" at the start of a footnote or after a space: the stray character's index. */
function strayBefore(text: string, at: number): number | null {
  if (at === 0 || !STRAY.test(text[at - 1]!)) return null;
  return at === 1 || BEFORE_STRAY.test(text[at - 2]!) ? at - 1 : null;
}

/**
 * What the fix of a Kamerstuk citation also repairs before its keyword: a stray character, or a
 * parenthesis glued to the word before it ("c.s.(Kamerstuk …" → "c.s. (Kamerstuk …", §3.10).
 */
function leadBefore(text: string, at: number): Lead | null {
  const stray = strayBefore(text, at);
  if (stray !== null) return { start: stray, text: '', reason: 'los leesteken vóór het citaat', span: { start: stray, end: stray + 1 } };
  if (at >= 2 && text[at - 1] === '(' && GLUED.test(text[at - 2]!)) {
    // Only the parenthesis is rewritten: the character before it may end another citation's fix.
    return { start: at - 1, text: ' (', reason: 'geen spatie vóór het haakje', span: { start: at - 1, end: at } };
  }
  return null;
}
