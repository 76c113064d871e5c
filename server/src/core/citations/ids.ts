// officielebekendmakingen ids written in text (citations.md §3.9): kst-, h-tk-/h-ek-, ah-tk-/ah-ek-,
// kv-tk-, stb-/stcrt-/trb-. Valid as written; malformed ids get the corrected id as their fix.
// `canonical` is the house-style citation the id stands for, where the id tells enough.
import type { Citation } from '../types.js';
import { build, Findings, type Fields } from './build.js';
import { spacedDossier, stickyAt } from './tokens.js';
import { obUrl } from './url.js';
import { normYear, shortYear } from './vergaderjaar.js';

const TOEV = '(?:-(\\d{2}|[IVXL]{1,6}[AB]?|[A-Z]))?';
const NR = '(\\d+[a-z]?|[A-Z]{1,2})';
const END = '(?![\\p{L}\\p{N}-])';
const KST = new RegExp(`kst-(\\d{4,5})${TOEV}-${NR}(-n\\d+)?${END}`, 'uy');
const KST_LOWER = new RegExp(`kst-(\\d{4,5})-([ivxl]{1,6}[ab]?)-(\\d+[a-z]?)${END}`, 'uy');
const KST_SPACED_NR = new RegExp(`kst-(\\d{4,5})${TOEV}[ \\u00a0](\\d+[a-z]?)${END}`, 'uy');
const KST_SPACED_DOSSIER = new RegExp(`kst-(\\d{1,2})[ \\u00a0](\\d{3})${TOEV}-${NR}${END}`, 'uy');
const HAND = new RegExp(`h-(tk|ek)-(\\d{4})(\\d{4})-(\\d+)-(\\d+)(-n\\d+)?${END}`, 'uy');
const HAND_HYPHEN = new RegExp(`h-(tk|ek)-(\\d{4})-(\\d{4})-(\\d+)-(\\d+)(-n\\d+)?${END}`, 'uy');
const AH = new RegExp(`ah-(tk|ek)-(\\d{4})(\\d{4})-(\\d+)(-n\\d+)?${END}`, 'uy');
const AH_HYPHEN = new RegExp(`ah-(tk|ek)-(\\d{4})-(\\d{4})-(\\d+)${END}`, 'uy');
const AH_SHORT = new RegExp(`ah-(tk|ek)-(\\d{4})-(\\d+)${END}`, 'uy');
const KV = new RegExp(`kv-tk-((?:19|20)\\d{2}Z\\d{5})${END}`, 'uy');
const PUB = new RegExp(`(stb|stcrt|trb)-(\\d{4})-(\\d+)(-n\\d+)?${END}`, 'uy');

const chamberOf = (house: string): 'I' | 'II' => (house === 'tk' ? 'II' : 'I');

function kst(dossier: string, toev: string | undefined, nr: string): Fields {
  const d = Number(dossier);
  const t = toev ?? null;
  const printedToev = t ? (/^\d/.test(t) ? `-${t}` : ` ${t}`) : '';
  return {
    kind: 'kamerstuk',
    style: 'id',
    // An Eerste Kamer letter needs the vergaderjaar for the house form, which the id lacks.
    canonical: /^\d/.test(nr) ? `Kamerstuk ${spacedDossier(d)}${printedToev}, nr. ${nr}` : null,
    dossier: [d],
    toevoeging: t,
    nrs: [nr],
  };
}

function handelingen(house: string, first: number, a: string, b: string): Fields {
  const chamber = chamberOf(house);
  // From 2010/11 the id is meeting-item; before, first-last page.
  const modern = first >= 2010;
  return {
    kind: 'handelingen',
    style: 'id',
    canonical: modern ? `Handelingen ${chamber} ${shortYear(first)}, nr. ${a}, item ${b}` : null,
    chamber,
    vergaderjaar: normYear(first),
    vergadernummer: modern ? a : null,
    item: modern ? b : null,
    pages: modern ? null : `${a}-${b}`,
  };
}

function aanhangsel(house: string, first: number, nr: string): Fields {
  const chamber = chamberOf(house);
  return {
    kind: 'aanhangsel',
    style: 'id',
    canonical: `Aanhangsel Handelingen ${chamber} ${shortYear(first)}, nr. ${nr}`,
    chamber,
    vergaderjaar: normYear(first),
    nrs: [nr],
  };
}

/** A correct id: the citation with its id and URL. */
function valid(text: string, at: number, len: number, fields: Fields, id: string): Citation {
  fields.id = id;
  fields.url = obUrl(id);
  return build(text, at, at + len, fields, new Findings());
}

/** A malformed id with one issue; `fixed` is the corrected id, or null when it cannot be known. */
function malformed(text: string, at: number, len: number, fields: Fields, fixed: string | null, ruleId: string, reason: string): Citation {
  const f = new Findings();
  if (fixed) f.add(ruleId, reason);
  else {
    f.broken(ruleId, reason);
    fields.canonical = null;
  }
  fields.id = fixed;
  fields.url = obUrl(fixed);
  return build(text, at, at + len, fields, f, fixed);
}

export function parseId(text: string, at: number): Citation | null {
  let m: RegExpExecArray | null;
  const ch = text[at];
  if (ch === 'k' && text.startsWith('kst-', at)) {
    if ((m = stickyAt(KST, text, at))) return valid(text, at, m[0].length, kst(m[1]!, m[2], m[3]!), m[0]);
    if ((m = stickyAt(KST_LOWER, text, at))) {
      const t = m[2]!.toUpperCase();
      return malformed(text, at, m[0].length, kst(m[1]!, t, m[3]!), `kst-${m[1]}-${t}-${m[3]}`, 'KB104', 'toevoeging in een id in hoofdletters');
    }
    if ((m = stickyAt(KST_SPACED_NR, text, at))) {
      const fixed = `kst-${m[1]}${m[2] ? `-${m[2]}` : ''}-${m[3]}`;
      return malformed(text, at, m[0].length, kst(m[1]!, m[2], m[3]!), fixed, 'KB104', 'spatie in plaats van koppelteken in de id');
    }
    if ((m = stickyAt(KST_SPACED_DOSSIER, text, at))) {
      const dossier = m[1]! + m[2]!;
      const fixed = `kst-${dossier}${m[3] ? `-${m[3]}` : ''}-${m[4]}`;
      return malformed(text, at, m[0].length, kst(dossier, m[3], m[4]!), fixed, 'KB104', 'geen spatie in het dossiernummer van een id');
    }
    return null;
  }
  if (ch === 'k') {
    if (!(m = stickyAt(KV, text, at))) return null;
    return valid(text, at, m[0].length, { kind: 'kamervragen-nummer', style: 'id', canonical: m[1]!, nummer: m[1]! }, m[0]);
  }
  if (ch === 'h') {
    if ((m = stickyAt(HAND, text, at))) {
      const first = Number(m[2]);
      const fields = handelingen(m[1]!, first, m[4]!, m[5]!);
      if (Number(m[3]) !== first + 1) return malformed(text, at, m[0].length, fields, null, 'KB111', 'vergaderjaar in de id bestaat niet uit twee opeenvolgende jaren');
      return valid(text, at, m[0].length, fields, m[0]);
    }
    if ((m = stickyAt(HAND_HYPHEN, text, at))) {
      const first = Number(m[2]);
      const ok = Number(m[3]) === first + 1;
      const fixed = ok ? `h-${m[1]}-${m[2]}${m[3]}-${m[4]}-${m[5]}${m[6] ?? ''}` : null;
      return malformed(text, at, m[0].length, ok ? handelingen(m[1]!, first, m[4]!, m[5]!) : { kind: 'handelingen', style: 'id' }, fixed, 'KB112', 'vergaderjaar in een id is acht cijfers zonder streepje');
    }
    return null;
  }
  if (ch === 'a') {
    if ((m = stickyAt(AH, text, at))) {
      const first = Number(m[2]);
      const fields = aanhangsel(m[1]!, first, m[4]!);
      if (Number(m[3]) !== first + 1) return malformed(text, at, m[0].length, fields, null, 'KB111', 'vergaderjaar in de id bestaat niet uit twee opeenvolgende jaren');
      return valid(text, at, m[0].length, fields, m[0]);
    }
    if ((m = stickyAt(AH_HYPHEN, text, at))) {
      const first = Number(m[2]);
      const ok = Number(m[3]) === first + 1;
      const fixed = ok ? `ah-${m[1]}-${m[2]}${m[3]}-${m[4]}` : null;
      return malformed(text, at, m[0].length, ok ? aanhangsel(m[1]!, first, m[4]!) : { kind: 'aanhangsel', style: 'id' }, fixed, 'KB113', 'vergaderjaar in een id is acht cijfers zonder streepje');
    }
    if ((m = stickyAt(AH_SHORT, text, at))) {
      // One year written: read as the vergaderjaar that starts in it (project decision, see tests).
      const first = Number(m[2]);
      const fixed = `ah-${m[1]}-${first}${first + 1}-${m[3]}`;
      return malformed(text, at, m[0].length, aanhangsel(m[1]!, first, m[3]!), fixed, 'KB113', 'vergaderjaar in een id is acht cijfers (JJJJJJJJ)');
    }
    return null;
  }
  if ((m = stickyAt(PUB, text, at))) {
    const kind = m[1] === 'stb' ? 'staatsblad' : m[1] === 'stcrt' ? 'staatscourant' : 'tractatenblad';
    const abbr = m[1] === 'stb' ? 'Stb.' : m[1] === 'stcrt' ? 'Stcrt.' : 'Trb.';
    const fields: Fields = { kind, style: 'id', canonical: `${abbr} ${m[2]}, ${m[3]}`, nrs: [m[3]!], jaar: Number(m[2]) };
    return valid(text, at, m[0].length, fields, m[0]);
  }
  return null;
}
