// Is a ministry or post named correctly in a header line, on the line's date? Judges only names
// the table knows (or near misses of them, or their abbreviations): a name it cannot place is
// never a finding, because a false alarm costs more than a miss.
import { JUDGED_FROM, POSTS_STYLED_VAN_FROM } from './ministeries.js';
import { canonical, expandAbbreviation, isMinistryAt, isPostAt, isVanPostAt, ministriesNamed, namesInForce, nearMiss, postsNamed } from './names.js';

export type Role = 'minister' | 'staatssecretaris' | 'portfolio';
export type Prep = 'van' | 'voor' | null;

export interface Occurrence {
  role: Role;
  /** "van"/"voor" after the title; null when missing (or for the name in parentheses). */
  prep: Prep;
  name: string;
  /** ISO day of the line, or null when unknown. */
  day: string | null;
}

export interface Verdict {
  /** Replacement preposition (null: keep). */
  prep: Prep;
  /** Replacement names; one means a fix, several mean "one of these". */
  names: string[];
  reasons: string[];
}

const judged = (day: string | null): day is string => day !== null && day >= JUDGED_FROM;

/** The verdict for a name the table knows, or null when it is right (or cannot be judged). */
function judgeKnown(o: Occurrence, name: string): Verdict | null {
  const isMinistry = ministriesNamed(name).length > 0;
  const isPost = postsNamed(name).length > 0;
  if (!judged(o.day)) {
    // Without a date only what holds at any time: a ministry (never a post) after "Minister voor".
    if (o.role === 'minister' && o.prep === 'voor' && isMinistry && !isPost) return { prep: 'van', names: [name], reasons: ['"Minister voor" alleen bij een minister zonder portefeuille'] };
    return null;
  }
  const day = o.day;
  const ministryNow = isMinistryAt(name, day) || isVanPostAt(name, day);
  const postNow = isPostAt(name, day);
  const successors = namesInForce(name, day);
  const outOfDate = (): Verdict | null =>
    successors.length > 0 && !postNow ? { prep: null, names: successors, reasons: [`officiële naam op ${dutchDay(day)}`] } : null;

  if (o.role === 'minister') {
    if (o.prep === 'van') {
      if (ministryNow) return null;
      if (postNow && day < POSTS_STYLED_VAN_FROM) return { prep: 'voor', names: [name], reasons: ['een minister zonder portefeuille is "Minister voor …"'] };
      return outOfDate();
    }
    if (o.prep === 'voor') {
      if (postNow || (isPost && !ministryNow)) return null;
      if (ministryNow) return { prep: 'van', names: [name], reasons: ['"Minister voor" alleen bij een minister zonder portefeuille'] };
      const later = outOfDate();
      return later ? { ...later, prep: 'van', reasons: [...later.reasons, '"Minister van" bij een ministerie'] } : null;
    }
    // "Minister Justitie en Veiligheid": the preposition is missing.
    if (ministryNow) return { prep: 'van', names: [name], reasons: ['"van" ontbreekt'] };
    if (postNow) return { prep: day < POSTS_STYLED_VAN_FROM ? 'voor' : 'van', names: [name], reasons: ['"voor" ontbreekt'] };
    return null;
  }
  // A staatssecretaris is always "van" a ministry; in parentheses a ministry or a post may stand.
  if (ministryNow || postNow || (o.role === 'portfolio' && isPost)) return null;
  return outOfDate();
}

export function judge(o: Occurrence): Verdict | null {
  const name = o.name.replace(/\s+/g, ' ').trim();
  const abbreviated = expandAbbreviation(name, judged(o.day) ? o.day : null);
  if (abbreviated) {
    if (abbreviated.length === 0) return null;
    const inner = abbreviated.length === 1 ? judgeKnown({ ...o, name: abbreviated[0]! }, abbreviated[0]!) : null;
    return { prep: inner?.prep ?? null, names: inner?.names ?? abbreviated, reasons: ['voluit, geen afkorting', ...(inner?.reasons ?? [])] };
  }
  if (ministriesNamed(name).length > 0 || postsNamed(name).length > 0) return judgeKnown(o, canonical(name));
  const near = nearMiss(name);
  if (!near) return null;
  const inner = judgeKnown({ ...o, name: near }, near);
  return { prep: inner?.prep ?? null, names: inner?.names ?? [near], reasons: ['tikfout?', ...(inner?.reasons ?? [])] };
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export function dutchDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** "27 juni 2019" → "2019-06-27"; null when it is no date. */
export function isoFromDutch(text: string): string | null {
  const m = /^(\d{1,2})\s+(\p{L}+)\s+(\d{4})$/u.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  const day = Number(m[1]);
  if (month < 0 || day < 1 || day > 31) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
