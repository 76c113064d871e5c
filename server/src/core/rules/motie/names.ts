// Member names as letters write them: "het lid Becker (VVD)", "de leden A, B en C", "motie-Taverne/Van Dijk", c.s.
const OBJ = '\uFFFC';

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
export const GAP = /[ \u00a0\n]/;

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

export function skipCalls(flat: string, p: number): number {
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
