// Member phrases: "het lid …", "de leden …", "lid …" anywhere (moties, Vragen, toezeggingen).
import type { Unit } from '../../model.js';
import { memoByUnit } from '../../unit-memo.js';
import { parseMemberList, type MemberList } from './names.js';

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

/** The member phrases of a unit; read once per unit content and reused in later versions. */
export function memberPhrases(unit: Unit): MemberPhrase[] {
  const phrases = localPhrases(unit);
  return phrases.length === 0 || phrases[0]!.unit === unit ? phrases : phrases.map((p) => ({ ...p, unit }));
}

const localPhrases = memoByUnit(readPhrases);

function readPhrases(unit: Unit): MemberPhrase[] {
  const out: MemberPhrase[] = [];
  const flat = unit.flat;
  // The noun is lower case (checked below): most units have neither word, and the Unicode,
  // case-blind pattern with its look-behind costs far more than two substring searches.
  if (!flat.includes('lid') && !flat.includes('leden')) return out;
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
