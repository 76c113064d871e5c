// Shared reading of motie references and member names for KB301, KB307, KB308, KB503 (and the
// later data-backed KB302–KB306). Everything works on a unit's flat text (citations.md §4):
//   heading   `Motie van het lid Becker c.s. over …`, `Gewijzigde motie van de leden A en B over …`
//   body      `de motie van het lid Becker (VVD)[^3]`, `motie-Taverne (Kamerstuk …)`, `motie Becker c.s.`
// Generic words ("de motie", "deze motie", "moties") are no reference: a reference names a mover.
import { flatEndToSource, flatToSource } from '../facts.js';
import type { DocumentAnalysis, FootnoteCall, Unit } from '../model.js';
import type { Citation, Span } from '../types.js';

const OBJ = '\uFFFC';

// ---------------------------------------------------------------------------------------------
// Names of members

/** Lower-case name parts that may stand inside (or, after "en", at the start of) a name. */
export const TUSSENVOEGSELS = new Set([
  'van', 'de', 'der', 'den', 'het', 'ter', 'te', 'ten', "'t", '’t', 'in', 'op', 'aan', 'la', 'le', 'du', 'da', 'di', 'del', 'von', 'zu', 'vom', 'el', 'al', 'uit', 'tot', 'bij', 'onder', 'voor',
]);

/** Capitalised words that never start a member's name (they end a list of names). */
const NOT_A_NAME = new Set([
  'Kamerstuk', 'Kamerstukken', 'Handelingen', 'Aanhangsel', 'Bijlage', 'Minister', 'Ministers', 'Staatssecretaris',
  'Kamer', 'Tweede', 'Eerste', 'Regering', 'Kabinet', 'Rijk', 'Voorzitter', 'Commissie', 'Zie', 'In', 'Op', 'Naar',
  'Bij', 'Met', 'Zo', 'Dit', 'Deze', 'Die', 'Dat', 'Een', 'Het', 'En', 'Of', 'Over', 'Ook', 'Wel', 'Niet', 'Motie', 'Moties',
]);

const CAP = /\p{Lu}[\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*/uy;
const INITIALS = /(?:\p{Lu}\.){1,5}/uy;
const LOWER_WORD = /[\p{Ll}'’]+/uy;
const GAP = /[ \u00a0\n]/;

function stickyAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** One name: initials, capitalised words and tussenvoegsels, ending in a capitalised word. */
export function parseName(flat: string, at: number, mayStartLower: boolean): { start: number; end: number } | null {
  let p = at;
  let end = -1;
  let first = true;
  for (let guard = 0; guard < 12; guard++) {
    const init = stickyAt(INITIALS, flat, p);
    const cap = stickyAt(CAP, flat, p);
    const lower = stickyAt(LOWER_WORD, flat, p);
    let took = 0;
    if (cap && NOT_A_NAME.has(cap)) break; // "het lid Becker in de Tweede Kamer"
    if (cap && (!init || cap.length >= init.length)) {
      took = cap.length;
      end = p + took;
    } else if (init) {
      took = init.length;
    } else if (lower && TUSSENVOEGSELS.has(lower.toLowerCase()) && (!first || mayStartLower)) {
      took = lower.length;
    } else break;
    p += took;
    first = false;
    // Initials may be glued to the surname ("M.B.Vos").
    if (GAP.test(flat[p] ?? '')) p++;
    else if (!/\p{Lu}/u.test(flat[p] ?? '') || !/\.$/.test(flat.slice(at, p))) break;
  }
  return end > at ? { start: at, end } : null;
}

export interface Member {
  name: string;
  /** Flat span of the name. */
  flatStart: number;
  flatEnd: number;
  /** Party as written between the parentheses ("VVD", "allen GroenLinks"), or null. */
  party: string | null;
  /** Flat span of "(VVD)" including parentheses. */
  partyStart: number;
  partyEnd: number;
  /** Whether a space stands between the name (or its footnote call) and the "(" of the party. */
  partySpaced: boolean;
}

export interface MemberList {
  names: Member[];
  /** "c.s." as written ("c.s", "cs", …) with its flat span, or null. */
  cs: { text: string; flatStart: number; flatEnd: number } | null;
  /** False when the list stops at " en <something that is no name>": the count is then unsure. */
  complete: boolean;
  /** Flat index just after the last name, party, c.s. or footnote call. */
  end: number;
}

const PARTY = /\((?:(?:allen|beiden|allebei) )?[\p{Lu}\d][\p{L}\d]*(?:[- ][\p{L}\d]+){0,2}\)/uy;
const PARTY_NOT = /^\((?:Kamerstuk|Handelingen|Aanhangsel|Bijlage|Zie|Motie|\d+\))/u;
const CS = /(?:c\.\s?s\.?|c\s?s\.|cs|C\.S\.?)(?![\p{L}\d])/uy;

/** Flat text for a message: footnote calls (U+FFFC) left out. */
export function withoutCalls(flat: string): string {
  return flat.replace(/\uFFFC/g, '').trim();
}

function skipCalls(flat: string, p: number): number {
  while (flat[p] === OBJ) p++;
  return p;
}

function parseParty(flat: string, p: number): { start: number; end: number; text: string; spaced: boolean } | null {
  let q = skipCalls(flat, p);
  let spaced = false;
  if (flat[q] === ' ' || flat[q] === '\u00a0') {
    q++;
    spaced = true;
  }
  const m = stickyAt(PARTY, flat, q);
  if (!m || PARTY_NOT.test(m)) return null;
  return { start: q, end: q + m.length, text: m.slice(1, -1), spaced: spaced || q > p };
}

/**
 * Names after "het lid" / "de leden" (separator "en": `A`, `A en B`, `A, B en C`) or after
 * "motie-" (separator "/": `A/B`), with parties, footnote calls and c.s.
 */
export function parseMemberList(flat: string, at: number, sep: 'en' | 'slash', firstMayStartLower = false): MemberList | null {
  const names: Member[] = [];
  let p = at;
  let complete = true;
  let commaFrom = -1; // names taken after a comma wait for a closing " en NAME"
  let commaEnd = -1;
  for (let guard = 0; guard < 20; guard++) {
    const n = parseName(flat, p, names.length > 0 || firstMayStartLower);
    if (!n) break;
    const member: Member = { name: flat.slice(n.start, n.end), flatStart: n.start, flatEnd: n.end, party: null, partyStart: n.end, partyEnd: n.end, partySpaced: true };
    p = skipCalls(flat, n.end);
    const party = parseParty(flat, n.end);
    if (party) {
      member.party = party.text;
      member.partyStart = party.start;
      member.partyEnd = party.end;
      member.partySpaced = party.spaced;
      p = skipCalls(flat, party.end);
    }
    names.push(member);
    if (sep === 'slash') {
      const m = /^ ?\/ ?/.exec(flat.slice(p, p + 3));
      if (m && parseName(flat, p + m[0].length, true)) {
        p += m[0].length;
        continue;
      }
      break;
    }
    const rest = flat.slice(p, p + 5);
    if (/^, /.test(rest) && parseName(flat, p + 2, true)) {
      if (commaFrom < 0) {
        commaFrom = names.length;
        commaEnd = p;
      }
      p += 2;
      continue;
    }
    const en = /^[ \u00a0\n]en[ \u00a0\n]/.exec(rest);
    if (en) {
      if (parseName(flat, p + en[0].length, true)) {
        p += en[0].length;
        commaFrom = -1;
        continue;
      }
      complete = false;
    }
    break;
  }
  if (names.length === 0) return null;
  if (commaFrom >= 0) {
    // "A, B" without a closing "en C" is no list: the comma ends the phrase after A, and how
    // many members were meant is unsure.
    names.length = commaFrom;
    p = commaEnd;
    complete = false;
  }
  let cs: MemberList['cs'] = null;
  const afterName = skipCalls(flat, p);
  const space = flat[afterName] === ' ' || flat[afterName] === '\u00a0' ? 1 : 0;
  const csText = space ? stickyAt(CS, flat, afterName + 1) : null;
  if (csText) {
    const text = csText;
    cs = { text, flatStart: afterName + 1, flatEnd: afterName + 1 + text.length };
    p = skipCalls(flat, cs.flatEnd);
    const party = parseParty(flat, p);
    if (party && names.length > 0) {
      const last = names[names.length - 1]!;
      if (!last.party) Object.assign(last, { party: party.text, partyStart: party.start, partyEnd: party.end, partySpaced: party.spaced });
      p = skipCalls(flat, party.end);
    }
  }
  return { names, cs, complete, end: p };
}

/** Two spellings name the same member: equal, or one is the other with first names before it. */
export function sameMember(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  return x === y || x.endsWith(' ' + y) || y.endsWith(' ' + x);
}

export function normalizeName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A set of members under sameMember, looked up by surname's last word (no quadratic scans). */
export class MemberSet {
  readonly #byLast = new Map<string, string[]>();

  add(name: string): void {
    const n = normalizeName(name);
    const key = n.slice(n.lastIndexOf(' ') + 1);
    const list = this.#byLast.get(key);
    if (!list) this.#byLast.set(key, [n]);
    else if (!list.includes(n)) list.push(n);
  }

  has(name: string): boolean {
    const n = normalizeName(name);
    return (this.#byLast.get(n.slice(n.lastIndexOf(' ') + 1)) ?? []).some((x) => sameMember(x, n));
  }
}

// ---------------------------------------------------------------------------------------------
// Member phrases: "het lid …", "de leden …", "lid …" anywhere (moties, Vragen, toezeggingen)

export interface MemberPhrase {
  unit: Unit;
  /** The article and noun as written ("het lid", "De leden", "lid"), flat span. */
  article: string;
  articleStart: number;
  articleEnd: number;
  /** "het" / "de" / null, and "lid" / "leden". */
  determiner: string | null;
  noun: 'lid' | 'leden';
  /** A doubled word right before or inside the article ("van van", "het het"): flat span of the second copy plus its space. */
  doubled: { word: string; flatStart: number; flatEnd: number } | null;
  list: MemberList;
}

const ARTICLE = /(?<![\p{L}\d])(?:(het|de)[ \u00a0\n](?:(het|de)[ \u00a0\n])?)?(lid|leden)[ \u00a0\n](?=[\p{Lu}\p{Ll}])/giu;

export function memberPhrases(unit: Unit): MemberPhrase[] {
  const out: MemberPhrase[] = [];
  const flat = unit.flat;
  for (const m of flat.matchAll(ARTICLE)) {
    const noun = m[3]!.toLowerCase();
    if (noun !== 'lid' && noun !== 'leden') continue;
    if (m[3] !== m[3]!.toLowerCase()) continue; // "LID", "Leden" as a title word: not this phrase
    const start = m.index;
    const nameAt = start + m[0].length;
    const list = parseMemberList(flat, nameAt, 'en');
    if (!list) continue;
    let doubled: MemberPhrase['doubled'] = null;
    if (m[2] && m[2].toLowerCase() === m[1]!.toLowerCase()) {
      const second = start + m[1]!.length + 1;
      doubled = { word: m[2], flatStart: second, flatEnd: second + m[2].length + 1 };
    } else {
      const before = /(?<![\p{L}])(van|door)[ \u00a0](van|door)[ \u00a0]$/iu.exec(flat.slice(Math.max(0, start - 12), start));
      if (before && before[1]!.toLowerCase() === before[2]!.toLowerCase()) {
        const second = start - before[2]!.length - 1;
        doubled = { word: before[2]!, flatStart: second, flatEnd: start };
      }
    }
    const articleEnd = start + m[0].length - 1;
    out.push({
      unit,
      article: flat.slice(start, articleEnd),
      articleStart: start,
      articleEnd,
      determiner: m[1] ? (m[2] ?? m[1]).toLowerCase() : null,
      noun,
      doubled,
      list,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sentences

const ABBREVIATION = /(?:^|[\s(])(?:c\.s|nrs?|jl|j\.l|o\.a|e\.a|ca|bijv|t\.v\.v|i\.v\.m|m\.b\.t|d\.w\.z|z\.g|dhr|mevr|drs?|mr|prof|ir|ing|p|blz|art|vs|resp|incl|excl|Stb|Stcrt|Trb|(?:\p{Lu}\.)*\p{Lu})$/u;

/** Flat span of the sentence around `index`: ends after ".?!" (plus quotes and footnote calls) before a space. */
export function sentenceAt(flat: string, index: number): { start: number; end: number } {
  const ends = sentenceEnds(flat);
  // Binary search for the first end after index.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= index) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? ends[lo - 1]! : 0;
  return { start: skipSpace(flat, start), end: lo < ends.length ? ends[lo]! : flat.length };
}

// The rules ask for many sentences of the same unit in a row: keep the last unit's ends.
let endsCache: { flat: string; ends: number[] } | null = null;

function sentenceEnds(flat: string): number[] {
  if (endsCache?.flat === flat) return endsCache.ends;
  const ends: number[] = [];
  const re = /[.?!]+["'”’»)\]]*\uFFFC*(?=\s|$)/g;
  const last = flat.trimEnd().length;
  for (const m of flat.matchAll(re)) {
    // An abbreviation ("c.s.", "nr.", "jl.", initials) ends the sentence only when nothing follows.
    if (/^\.[^?!]*$/.test(m[0]) && ABBREVIATION.test(flat.slice(Math.max(0, m.index - 8), m.index)) && m.index + m[0].length < last) continue;
    ends.push(m.index + m[0].length);
  }
  endsCache = { flat, ends };
  return ends;
}

function skipSpace(flat: string, p: number): number {
  while (p < flat.length && /\s/.test(flat[p]!)) p++;
  return p;
}

// ---------------------------------------------------------------------------------------------
// Sources: the Kamerstuk of a motie

export interface MotieSource {
  /** The citation text as written (source text). */
  text: string;
  /** Source offsets of the citation. */
  start: number;
  end: number;
  /** Normalised Kamerstuk key "29754:451", "21501-02:1538", "35300-VI:Y", "D:2019D12345", or null. */
  key: string | null;
  /** Written after "t.v.v.": the motie this one replaced, not its own number. */
  replaced: boolean;
  /** Label of the footnote it stands in, or null when in the sentence itself. */
  footnote: string | null;
  /** Flat index in the mentioning sentence: the citation's own place, or the footnote call's. */
  anchor: number;
  citation: Citation | null;
}

const SOURCE_KINDS = new Set(['kamerstuk', 'kamerstukken', 'kamerstukken-leidraad', 'document-nummer']);
// The citation grammar finds every Kamerstuk form except registry quotations after "t.v.v."
// (it never judges those): read them here, as the replaced motie of a gewijzigde motie.
const SOURCE_FORMS: { re: RegExp; build: (m: RegExpExecArray) => string | null }[] = [
  {
    // "t.v.v. 33885, nr.18", "t.v.v. 35300-VI, letter Y"
    re: /t\.v\.v\.[ \u00a0]{0,3}(\d{5})(?:-(\d{2}|[IVXL]{1,5}[AB]?|[A-Z]))?,[ \u00a0]{0,3}(?:nr\.[ \u00a0]?(\d+)|letter[ \u00a0](\p{Lu}{1,2}))/gu,
    build: (m) => dossierKey(m[1]!, m[2] ?? null, m[3] ?? m[4]!),
  },
  {
    // "t.v.v. 36200-XVI-135"
    re: /t\.v\.v\.[ \u00a0]{0,3}(\d{5})(?:-(\d{2}|[IVXL]{1,5}[AB]?|[A-Z]))?-(\d+[a-z]?|[A-Z]{1,2})\b/gu,
    build: (m) => dossierKey(m[1]!, m[2] ?? null, m[3]!),
  },
];

function dossierKey(dossier: string, toevoeging: string | null, nr: string): string {
  const d = String(Number(dossier.replace(/\D/g, '')));
  return `${d}${toevoeging ? '-' + toevoeging.toUpperCase() : ''}:${nr}`;
}

export function citationKey(c: Citation): string | null {
  if (c.kind === 'document-nummer') return c.nummer ? `D:${c.nummer}` : null;
  if (c.dossier.length === 0 || c.nrs.length === 0) return null;
  return dossierKey(String(c.dossier[0]), c.toevoeging, c.nrs[0]!);
}

const TVV_BEFORE = /t\.v\.v\.[ \u00a0]*$/;

/** Sources found in a stretch of text: the citation grammar's, plus t.v.v. references. */
function sourcesInText(text: string, offset: number, citations: Citation[], anchorOf: (start: number) => number, footnote: string | null): MotieSource[] {
  const out: MotieSource[] = [];
  for (const c of citations) {
    if (!SOURCE_KINDS.has(c.kind)) continue;
    const before = text.slice(Math.max(0, c.start - offset - 10), c.start - offset);
    out.push({ text: c.text, start: c.start, end: c.end, key: citationKey(c), replaced: TVV_BEFORE.test(before), footnote, anchor: anchorOf(c.start), citation: c });
  }
  for (const form of SOURCE_FORMS) {
    for (const m of text.matchAll(form.re)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (out.some((s) => s.start < end && start < s.end)) continue;
      out.push({ text: m[0].replace(/^\(/, ''), start, end, key: form.build(m as RegExpExecArray), replaced: m[0].startsWith('t.v.v.') || TVV_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)), footnote, anchor: anchorOf(start), citation: null });
    }
  }
  return out.sort((a, b) => a.anchor - b.anchor || a.start - b.start);
}

/** Sources in a flat span of a unit (the sentence itself), and in the footnotes it calls. */
export function sourcesOfSentence(doc: DocumentAnalysis, unit: Unit, span: { start: number; end: number }): { sources: MotieSource[]; calls: FootnoteCall[] } {
  const srcStart = flatToSource(unit, span.start);
  const srcEnd = flatEndToSource(unit, span.end);
  const inSentence = citationsWithin(unit.citations, srcStart, srcEnd);
  // Loose forms are read in the flat text; offsets map back through the unit.
  const flatSources = sourcesInText(unit.flat.slice(span.start, span.end), span.start, [], (i) => i, null).map((s) => {
    const start = flatToSource(unit, s.start);
    const end = flatEndToSource(unit, s.end);
    return { ...s, start, end, text: doc.text.slice(start, end).replace(/^\(/, '') };
  });
  const cited: MotieSource[] = inSentence
    .filter((c) => SOURCE_KINDS.has(c.kind))
    .map((c) => ({ text: c.text, start: c.start, end: c.end, key: citationKey(c), replaced: TVV_BEFORE.test(doc.text.slice(Math.max(0, c.start - 10), c.start)), footnote: null, anchor: flatIndexOf(unit, c.start), citation: c }));
  const sources = [...cited, ...flatSources.filter((s) => !cited.some((c) => c.start < s.end && s.start < c.end))];
  const calls = unit.calls.filter((c) => c.flatIndex >= span.start && c.flatIndex < span.end);
  for (const call of calls) sources.push(...footnoteSources(doc, call.label, call.flatIndex));
  return { sources: sources.sort((a, b) => a.anchor - b.anchor || a.start - b.start), calls };
}

/** Citations (sorted by start) inside [start, end): binary search, not a scan per sentence. */
function citationsWithin(citations: Citation[], start: number, end: number): Citation[] {
  let lo = 0;
  let hi = citations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (citations[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Citation[] = [];
  for (let i = lo; i < citations.length && citations[i]!.start < end; i++) if (citations[i]!.end <= end) out.push(citations[i]!);
  return out;
}

/** Kamerstuk sources in the body of footnote `label`. */
export function footnoteSources(doc: DocumentAnalysis, label: string, anchor: number): MotieSource[] {
  const want = label.toLowerCase();
  const out: MotieSource[] = [];
  for (const def of doc.definitions) {
    if (def.label.toLowerCase() !== want) continue;
    const body = doc.text.slice(def.bodyStart, def.bodyEnd);
    const cites = doc.citations.filter((c) => c.unit.footnote?.toLowerCase() === want && c.citation.start >= def.bodyStart && c.citation.end <= def.bodyEnd).map((c) => c.citation);
    out.push(...sourcesInText(body, def.bodyStart, cites, () => anchor, def.label));
  }
  return out;
}

function flatIndexOf(unit: Unit, src: number): number {
  // Binary search: a megabyte paragraph has thousands of pieces.
  const pieces = unit.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.src <= src) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  if (!p || src < p.src || src >= p.src + p.srcLen) return unit.flat.length;
  return p.flat + (p.len === p.srcLen ? src - p.src : 0);
}

// ---------------------------------------------------------------------------------------------
// Motie mentions

export type MotieForm = 'van' | 'hyphen' | 'short';

export interface MotieMention {
  unit: Unit;
  kind: 'heading' | 'body';
  form: MotieForm;
  gewijzigd: boolean;
  /** Flat span from "motie" (or "gewijzigde") to the end of the movers (c.s., party, calls included). */
  flatStart: number;
  flatEnd: number;
  /** The same span in the source. */
  start: number;
  end: number;
  /** The phrase as flat text without footnote calls, e.g. "motie van het lid Becker (VVD)". */
  text: string;
  /** For form "van": the member phrase ("het lid …"); null for "motie-Taverne" / "motie Becker". */
  phrase: MemberPhrase | null;
  members: MemberList;
  /** Lower-case subject after "over", first words only, or null. */
  subject: string | null;
  /** Flat span of the sentence (a heading is one sentence). */
  sentence: { start: number; end: number };
  /** Footnote calls in that sentence. */
  calls: FootnoteCall[];
  /** Kamerstuk sources in the sentence or in the footnotes it calls, in sentence order. */
  sources: MotieSource[];
  /** The source that belongs to this motie: attached to the mention (not a replaced number), or null. */
  own: MotieSource | null;
}

const MOTIE = /(?<![\p{L}\d-])(?:(gewijzigde)[ \u00a0\n])?(motie)(?![\p{L}\d])/giu;

export function firstMover(m: MotieMention): string {
  return m.members.names[0]?.name ?? '';
}

/** All motie mentions of the document, in document order. */
export function findMotieMentions(doc: DocumentAnalysis): MotieMention[] {
  const out: MotieMention[] = [];
  for (const unit of doc.units) out.push(...mentionsInUnit(doc, unit));
  return out;
}

// Several rules read the same mentions: keep them per analysis (a Unit object alone is no key:
// the engine reuses unchanged units across documents, whose footnotes may differ).
const mentionCache = new WeakMap<DocumentAnalysis, Map<Unit, MotieMention[]>>();

/** The motie mentions of one unit (cached per analysis). */
export function mentionsInUnit(doc: DocumentAnalysis, unit: Unit): MotieMention[] {
  let perUnit = mentionCache.get(doc);
  if (!perUnit) mentionCache.set(doc, (perUnit = new Map()));
  let got = perUnit.get(unit);
  if (!got) perUnit.set(unit, (got = readMentions(doc, unit)));
  return got;
}

function readMentions(doc: DocumentAnalysis, unit: Unit): MotieMention[] {
  const flat = unit.flat;
  const found: Omit<MotieMention, 'sentence' | 'calls' | 'sources' | 'own'>[] = [];
  const phrases = memberPhrases(unit);
  let nextPhrase = 0;
  for (const m of flat.matchAll(MOTIE)) {
    const word = m[2]!;
    if (word === 'MOTIE') continue; // the title of a motie document itself
    const after = m.index + m[0].length;
    let form: MotieForm;
    let members: MemberList | null = null;
    let phrase: MemberPhrase | null = null;
    if (flat[after] === '-') {
      form = 'hyphen';
      members = parseMemberList(flat, after + 1, 'slash');
    } else {
      // "motie van het lid …", tolerating a doubled "van" (KB308 reports it)
      const van = /^[ \u00a0\n](?:van[ \u00a0\n]){1,2}/i.exec(flat.slice(after, after + 10));
      if (van) {
        form = 'van';
        while (nextPhrase < phrases.length && phrases[nextPhrase]!.articleStart < after) nextPhrase++;
        const candidate = phrases[nextPhrase];
        phrase = candidate && candidate.articleStart <= after + van[0].length + 4 ? candidate : null;
        members = phrase?.list ?? null;
      } else {
        form = 'short';
        if (GAP.test(flat[after] ?? '')) members = parseMemberList(flat, after + 1, 'en');
      }
    }
    if (!members || members.names.length === 0) continue;
    const flatStart = m.index;
    const flatEnd = members.end;
    const kind = unit.kind === 'heading' && flatStart <= headingLead(flat) ? 'heading' : 'body';
    const subj = /^[ \u00a0\n]+over[ \u00a0\n]+([^.;:()\uFFFC]{1,200})/u.exec(flat.slice(flatEnd));
    found.push({
      unit,
      kind,
      form,
      gewijzigd: Boolean(m[1]),
      flatStart,
      flatEnd,
      start: flatToSource(unit, flatStart),
      end: flatEndToSource(unit, flatEnd),
      text: withoutCalls(flat.slice(flatStart, flatEnd)),
      phrase,
      members,
      subject: subj ? subj[1]!.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6).join(' ') : null,
    });
  }
  const bySentence = new Map<number, ReturnType<typeof sourcesOfSentence>>();
  return found.map((f, i) => {
    const sentence = unit.kind === 'heading' ? { start: 0, end: flat.length } : sentenceAt(flat, f.flatStart);
    let got = bySentence.get(sentence.start);
    if (!got) {
      got = sourcesOfSentence(doc, unit, sentence);
      bySentence.set(sentence.start, got);
    }
    const next = found[i + 1];
    const limit = next && next.flatStart < sentence.end ? next.flatStart : sentence.end;
    const own = got.sources.find((s) => !s.replaced && s.anchor >= f.flatStart && s.anchor < limit && attached(flat, f.flatEnd, s.anchor)) ?? null;
    return { ...f, sentence, calls: got.calls, sources: got.sources, own };
  });
}

/** Offset of a heading's text after a section number ("3.2 ", "1. "). */
export function headingLead(flat: string): number {
  const m = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?/.exec(flat);
  return m ? m[0].length : 0;
}

// A source belongs to the motie when it follows right after the movers, or after its "over …"
// clause without other references in between ("… en de brief (Kamerstuk …)" is not the motie's).
function attached(flat: string, mentionEnd: number, anchor: number): boolean {
  if (anchor <= mentionEnd) return true;
  const gap = flat.slice(mentionEnd, anchor);
  if (/^[\s?!.,]*\(?$/.test(gap)) return true;
  return /^[ \u00a0\n]+over[ \u00a0\n]/.test(gap) && !/[()\uFFFC;]|\b(?:brief|rapport|verslag|nota|notitie|wetsvoorstel|Kamerbrief|en (?:de|het|een))\b/i.test(gap.replace(/\($/, ''));
}

// ---------------------------------------------------------------------------------------------
// Headings and sections (all headings, also those of blocks the engine did not parse)

export interface HeadingInfo {
  depth: number;
  start: number;
  end: number;
  /** Heading text (flat for parsed units, raw otherwise). */
  text: string;
  unit: Unit | null;
}

export function documentHeadings(doc: DocumentAnalysis): HeadingInfo[] {
  const out: HeadingInfo[] = [];
  for (const u of doc.units) {
    if (u.kind === 'heading' && u.footnote === null) out.push({ depth: u.depth, start: u.start, end: u.end, text: u.flat, unit: u });
  }
  for (const block of doc.blocks) {
    if (block.facts.parsed) continue;
    const raw = doc.text.slice(block.start, block.end);
    if (/^(?: {4}|\t| {0,3}(?:```|~~~))/.test(raw)) continue; // code: no headings
    let pos = block.start;
    let prevText = false;
    for (const line of raw.split('\n')) {
      const atx: RegExpExecArray | null = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*\r?$/.exec(line);
      const setext: RegExpExecArray | null = prevText ? /^ {0,3}(=+|-+)[ \t]*\r?$/.exec(line) : null;
      if (atx) out.push({ depth: atx[1]!.length, start: pos, end: pos + line.replace(/\r$/, '').length, text: atx[2] ?? '', unit: null });
      else if (setext) out.push({ depth: setext[1]![0] === '=' ? 1 : 2, start: pos, end: pos + line.length, text: '', unit: null });
      prevText = !atx && !setext && line.trim() !== '';
      pos += line.length + 1;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Source span of a heading's section: after the heading up to the next heading of the same or a higher level. */
export function sectionOf(doc: DocumentAnalysis, headings: HeadingInfo[], heading: HeadingInfo): Span {
  const at = headings.indexOf(heading);
  for (let i = at < 0 ? 0 : at + 1; i < headings.length; i++) {
    const h = headings[i]!;
    if (h.start >= heading.end && h.depth <= heading.depth) return { start: heading.end, end: h.start };
  }
  return { start: heading.end, end: doc.text.length };
}

/** Indices [from, to) of the items whose start lies in span; items sorted by start. */
export function within<T>(items: readonly T[], startOf: (item: T) => number, span: Span): [number, number] {
  const first = (pos: number): number => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (startOf(items[mid]!) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [first(span.start), first(span.end)];
}

/** Source offsets of a flat span when the source there is the same text (no markup inside). */
export function exactSource(doc: DocumentAnalysis, unit: Unit, flatStart: number, flatEnd: number): [number, number] | null {
  const s = flatToSource(unit, flatStart);
  const e = flatStart === flatEnd ? s : flatEndToSource(unit, flatEnd);
  return doc.text.slice(s, e) === unit.flat.slice(flatStart, flatEnd) ? [s, e] : null;
}
