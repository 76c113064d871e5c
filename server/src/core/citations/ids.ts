// officielebekendmakingen ids written in text (kst-, h-tk-, ah-tk-, kv-tk-, stb-, stcrt-, trb-),
// valid as written (§3.9), and their common malformations.
import type { Citation, CitationIssue } from '../types.js';
import { OB, spacedDossier } from './url.js';
import { shortYear, normYear } from './vergaderjaar.js';

const KST = /kst-(\d{4,5})(?:-(\d{2}|[IVXL]{1,5}[AB]?|[A-Z]))?-(\d+[a-z]?|[A-Z]{1,2})(?![\p{L}\p{N}-])/uy;
const KST_SPACED_NR = /kst-(\d{4,5})(?:-(\d{2}|[IVXL]{1,5}[AB]?|[A-Z]))?[ \u00a0](\d+)(?![\p{L}\p{N}])/uy;
const KST_SPACED_DOSSIER = /kst-(\d{1,2})[ \u00a0](\d{3})-(\d+)(?![\p{L}\p{N}])/uy;
const HANDELINGEN = /h-(tk|ek)-(\d{4})(\d{4})-(\d+)-(\d+)(-n\d+)?(?![\p{L}\p{N}])/uy;
const HANDELINGEN_HYPHEN = /h-(tk|ek)-(\d{4})-(\d{4})-(\d+)-(\d+)(?![\p{L}\p{N}])/uy;
const AANHANGSEL = /ah-(tk|ek)-(\d{4})(\d{4})-(\d+)(?![\p{L}\p{N}])/uy;
const AANHANGSEL_SHORT = /ah-(tk|ek)-(\d{4})-(\d+)(?![\p{L}\p{N}])/uy;
const KV = /kv-tk-(\d{4}Z\d{5})(?![\p{L}\p{N}])/uy;
const PUBLICATIE = /(stb|stcrt|trb)-(\d{4})-(\d+)(?:-(n\d+))?(?![\p{L}\p{N}])/uy;

function base(kind: Citation['kind'], start: number, end: number, text: string): Citation {
  return { kind, start, end, text: text.slice(start, end), valid: true, canonical: null, dossier: [], toevoeging: null, nrs: [], style: 'id', id: null, url: null, issues: [] };
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function parseId(text: string, at: number): Citation | null {
  let m: RegExpExecArray | null;
  if ((m = sticky(KST, text, at))) {
    const c = base('kamerstuk', at, at + m[0].length, text);
    const nr = m[3]!;
    c.dossier = [Number(m[1])];
    c.toevoeging = m[2] ?? null;
    c.nrs = [nr];
    c.id = m[0];
    c.url = `${OB}${m[0]}.html`;
    const toev = c.toevoeging ? (/^\d/.test(c.toevoeging) ? `-${c.toevoeging}` : ` ${c.toevoeging}`) : '';
    c.canonical = /^[A-Z]/.test(nr) ? null : `Kamerstuk ${spacedDossier(c.dossier[0]!)}${toev}, nr. ${nr}`;
    return c;
  }
  for (const re of [KST_SPACED_NR, KST_SPACED_DOSSIER]) {
    if ((m = sticky(re, text, at))) {
      const id = re === KST_SPACED_NR ? `kst-${m[1]}${m[2] ? '-' + m[2] : ''}-${m[3]}` : `kst-${m[1]}${m[2]}-${m[3]}`;
      return broken('kamerstuk', text, at, m[0].length, id, 'KB104', re === KST_SPACED_NR ? 'spatie in plaats van koppelteken in de id' : 'spatie in het dossiernummer van de id');
    }
  }
  if ((m = sticky(HANDELINGEN, text, at))) {
    const c = base('handelingen', at, at + m[0].length, text);
    c.id = m[0];
    c.url = `${OB}${m[0]}.html`;
    c.chamber = m[1] === 'tk' ? 'II' : 'I';
    const first = Number(m[2]);
    c.vergaderjaar = normYear(first);
    if (first >= 2010) {
      c.vergadernummer = m[4]!;
      c.item = m[5]!;
      c.canonical = `Handelingen ${c.chamber} ${shortYear(first)}, nr. ${m[4]}, item ${m[5]}`;
    } else c.pages = `${m[4]}-${m[5]}`;
    return c;
  }
  if ((m = sticky(HANDELINGEN_HYPHEN, text, at))) {
    return broken('handelingen', text, at, m[0].length, `h-${m[1]}-${m[2]}${m[3]}-${m[4]}-${m[5]}`, 'KB112', 'vergaderjaar in een id is acht cijfers zonder streepje');
  }
  if ((m = sticky(AANHANGSEL, text, at))) {
    const c = base('aanhangsel', at, at + m[0].length, text);
    c.id = m[0];
    c.url = `${OB}${m[0]}.html`;
    c.chamber = m[1] === 'tk' ? 'II' : 'I';
    c.vergaderjaar = normYear(Number(m[2]));
    c.nrs = [m[4]!];
    c.canonical = `Aanhangsel Handelingen ${c.chamber} ${shortYear(Number(m[2]))}, nr. ${m[4]}`;
    return c;
  }
  if ((m = sticky(AANHANGSEL_SHORT, text, at))) {
    const y = Number(m[2]);
    return broken('aanhangsel', text, at, m[0].length, `ah-${m[1]}-${y}${y + 1}-${m[3]}`, 'KB113', 'vergaderjaar in een id is acht cijfers (JJJJJJJJ)');
  }
  if ((m = sticky(KV, text, at))) {
    const c = base('kamervragen-nummer', at, at + m[0].length, text);
    c.nummer = m[1]!;
    c.id = m[0];
    c.url = `${OB}${m[0]}.html`;
    c.canonical = m[1]!;
    return c;
  }
  if ((m = sticky(PUBLICATIE, text, at))) {
    const kind = m[1] === 'stb' ? 'staatsblad' : m[1] === 'stcrt' ? 'staatscourant' : 'tractatenblad';
    const c = base(kind, at, at + m[0].length, text);
    c.jaar = Number(m[2]);
    c.nrs = [m[3]!];
    c.id = m[0];
    c.url = `${OB}${m[0]}.html`;
    c.canonical = `${m[1] === 'stb' ? 'Stb.' : m[1] === 'stcrt' ? 'Stcrt.' : 'Trb.'} ${m[2]}, ${m[3]}`;
    return c;
  }
  return null;
}

function broken(kind: Citation['kind'], text: string, at: number, len: number, id: string | null, ruleId: string, reason: string): Citation {
  const c = base(kind, at, at + len, text);
  c.valid = false;
  c.canonical = id;
  const issue: CitationIssue = { ruleId, reason, ...(id ? { fix: { span: { start: at, end: at + len }, text: id } } : {}) };
  c.issues = [issue];
  if (id) {
    c.id = id;
    c.url = `${OB}${id}.html`;
  }
  return c;
}
