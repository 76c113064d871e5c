// Reads the header lines of answers to Kamervragen (citations.md §6.6, §6.8):
//   Vragen van het lid X (Partij) aan de Minister van … over … (ingezonden 27 juni 2019).
//   Antwoord van Minister Koolmees (Sociale Zaken en Werkgelegenheid), mede namens de Minister van
//   Justitie en Veiligheid (ontvangen 10 oktober 2019).
//   Mededeling van Staatssecretaris … (ontvangen …).
// Offsets are into the paragraph's flat text.
import type { Prep, Role } from './judge.js';
import { isoFromDutch } from './judge.js';

export interface NamedOffice {
  role: Role;
  prep: Prep;
  /** Start of the title word ("Minister") or the preposition, and of the name. */
  titleStart: number;
  prepStart: number;
  nameStart: number;
  nameEnd: number;
  name: string;
}

export interface Dated {
  /** The "(ontvangen 7 juni 2024)" group: from "(" to after ")" (or the year when unclosed). */
  start: number;
  end: number;
  closed: boolean;
  /** Start of a doubled "(ontvangen " before the real one, or -1. */
  doubledAt: number;
  doubledEnd: number;
  day: string | null;
}

export interface HeaderLine {
  kind: 'vragen' | 'antwoord' | 'mededeling';
  dated: Dated;
  offices: NamedOffice[];
}

const HEAD = /^[ \t]*(Vragen|Antwoord|Mededeling)[ \u00a0]+van[ \u00a0]/;
// "(ontvangen 7 juni 2024)", also unclosed, doubled, or closed around something that is no date.
const DATED = /(\((?:ontvangen|ingezonden)\s+)?\((ontvangen|ingezonden)\b(?:\s+(\d{1,2}\s+\p{L}+\s+\d{4})(\s*\))?|([^()]*)\))/gu;
const TITLE = String.raw`(?:[Mm]inister-[Pp]resident|[Mm]inisters?|[Ss]taatssecretarissen|[Ss]taatssecretaris)`;
// Where one office ends and the next begins: "… en de Minister …", "…, de Staatssecretaris …",
// "… en van …", "… en voor …". Ministry names hold " en " and ", " but never before these.
const SPLIT = new RegExp(String.raw`\s*,?\s+en\s+(?:de\s+|het\s+)?(?=${TITLE}\b|(?:van|voor)\s)|\s*,\s+(?:de\s+|het\s+)?(?=${TITLE}\b)`, 'g');
const PART = new RegExp(String.raw`^(${TITLE})?\s*(?:\b(van|voor)\s+)?`);
const PERSON = new RegExp(String.raw`\b(${TITLE})\s+(?!van\s|voor\s)([^()\n]{1,80}?)\s*\(([^()]*)\)`, 'g');

function roleOf(title: string): Role | null {
  const t = title.toLowerCase();
  if (t.startsWith('minister-president')) return null;
  return t.startsWith('minister') ? 'minister' : 'staatssecretaris';
}

/** The offices named in a list ("de Ministers van A en van B", "de Staatssecretaris van C"). */
export function officesIn(flat: string, start: number, end: number): NamedOffice[] {
  const out: NamedOffice[] = [];
  const segment = flat.slice(start, end);
  let role: Role | null = null;
  let pos = 0;
  const cuts = [...segment.matchAll(SPLIT)].map((m) => [m.index, m.index + m[0].length] as const);
  cuts.push([segment.length, segment.length]);
  for (const [cutStart, cutEnd] of cuts) {
    const part = segment.slice(pos, cutStart);
    const partStart = start + pos;
    pos = cutEnd;
    const m = PART.exec(part)!;
    if (m[1]) role = roleOf(m[1]);
    if (!role || (!m[1] && !m[2])) continue;
    let name = part.slice(m[0].length);
    const trimmed = name.replace(/[\s,;.]+$/, '');
    // A portfolio after a dash ("Financiën – Fiscaliteit") is the minister's own affair.
    const dash = /\s+[\u2013\u2014-]\s+/.exec(trimmed);
    name = dash ? trimmed.slice(0, dash.index) : trimmed;
    if (!name || (!m[2] && !/^\p{Lu}/u.test(name))) continue;
    const nameStart = partStart + m[0].length;
    out.push({
      role,
      prep: (m[2] as Prep) ?? null,
      titleStart: partStart,
      prepStart: m[2] ? partStart + m[0].length - m[2].length - (m[0].length - m[0].trimEnd().length) : nameStart,
      nameStart,
      nameEnd: nameStart + name.length,
      name,
    });
  }
  return out;
}

function findDated(flat: string): Dated | null {
  let last: RegExpMatchArray | null = null;
  for (const m of flat.matchAll(DATED)) last = m;
  if (!last) return null;
  const doubled = last[1] ?? '';
  const start = last.index! + doubled.length;
  return {
    start,
    end: last.index! + last[0].length,
    closed: last[4] !== undefined || last[5] !== undefined,
    doubledAt: doubled ? last.index! : -1,
    doubledEnd: doubled ? start : -1,
    day: last[3] ? isoFromDutch(last[3]) : null,
  };
}

export function parseHeaderLine(flat: string): HeaderLine | null {
  const head = HEAD.exec(flat);
  if (!head) return null;
  const dated = findDated(flat);
  if (!dated) return null;
  const kind = head[1]!.toLowerCase() as HeaderLine['kind'];
  const body = dated.doubledAt >= 0 ? dated.doubledAt : dated.start;
  const offices: NamedOffice[] = [];
  if (kind === 'vragen') {
    const to = /\saan\s+(?:de|het)\s+/.exec(flat.slice(0, body));
    if (to) {
      const from = to.index + to[0].length;
      const over = /\sover\s/.exec(flat.slice(from, body));
      offices.push(...officesIn(flat, from, over ? from + over.index : body));
    }
  } else {
    const before = flat.slice(0, body);
    for (const m of before.matchAll(PERSON)) {
      const role = roleOf(m[1]!);
      if (!role) continue;
      const inner = m[3]!;
      const innerStart = m.index + m[0].length - 1 - inner.length;
      const dash = /\s+[\u2013\u2014-]\s+/.exec(inner);
      const name = (dash ? inner.slice(0, dash.index) : inner).trim();
      const nameStart = innerStart + inner.length - inner.trimStart().length;
      if (name) offices.push({ role: 'portfolio', prep: null, titleStart: innerStart - 1, prepStart: nameStart, nameStart, nameEnd: nameStart + name.length, name });
    }
    const behalf = /\bmede\s+namens\s+(?:de|het)\s+/.exec(before);
    if (behalf) offices.push(...officesIn(flat, behalf.index + behalf[0].length, body));
  }
  return { kind, dated, offices };
}
