// Finding a letter's toezegging section in the Kamer's register (Snapshot.toezeggingen()).
//
// Two ways, in this order:
// 1. A toezeggingnummer in the heading or the section ("TZ202309-010"): the entry with that number.
// 2. Text: the content words of the heading and the section's first paragraph against each entry's
//    Tekst. Score = shared words / the smaller set's size (headings are short titles, Tekst is a
//    sentence). The register is indexed once per snapshot list (word → entries), so a section is
//    compared only with entries that share a word with it.
import type { ToezeggingRecord } from '../../data-port.js';

export const TZ_NUMBER = /\bTZ\d{6}-\d{1,4}\b/gi;

/** Words that say nothing about what was promised. */
const STOP = new Set(
  ('aan als bij dat de deze die dit door een en het hier in is kamer meer met minister naar niet nog of om onder op over te tegen ter tot uit van voor wat wordt zal zich zijn zou '
    + 'staatssecretaris toezegging toezeggingen toegezegd zegt informeert informeren geeft gaat brief kamerbrief zegde').split(' '),
);

/** Content words, lower case, a plural or inflection "-en"/"-e"/"-s" stripped so that "gesprekken" meets "gesprek". */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\d]+/gu)) {
    const w = m[0];
    if (w.length < 4 || STOP.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

function stem(w: string): string {
  if (w.length > 6 && w.endsWith('en')) w = w.slice(0, -2);
  else if (w.length > 5 && (w.endsWith('e') || w.endsWith('s'))) w = w.slice(0, -1);
  // "gesprekk" ← "gesprekken": a doubled final consonant left by stripping.
  if (w.length > 4 && w.at(-1) === w.at(-2) && !/[aeiou]/.test(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}

interface Indexed {
  byNumber: Map<string, ToezeggingRecord>;
  words: Set<string>[];
  byWord: Map<string, number[]>;
}

const indexes = new WeakMap<readonly ToezeggingRecord[], Indexed>();

function indexOf(list: readonly ToezeggingRecord[]): Indexed {
  let ix = indexes.get(list);
  if (!ix) {
    const byNumber = new Map<string, ToezeggingRecord>();
    const byWord = new Map<string, number[]>();
    const words = list.map((t, i) => {
      if (t.nummer) byNumber.set(t.nummer.toUpperCase(), t);
      const set = contentWords(t.tekst ?? '');
      for (const w of set) {
        const at = byWord.get(w);
        if (at) at.push(i);
        else byWord.set(w, [i]);
      }
      return set;
    });
    ix = { byNumber, words, byWord };
    indexes.set(list, ix);
  }
  return ix;
}

export function byNumber(list: readonly ToezeggingRecord[], nummer: string): ToezeggingRecord | undefined {
  return indexOf(list).byNumber.get(nummer.toUpperCase());
}

export interface TextMatch {
  entry: ToezeggingRecord;
  score: number;
  /** Shared content words: two or more, so a single common word never makes a match. */
  shared: number;
}

/** Results per text, per list: a keystroke elsewhere in the letter asks the same sections again. */
const memos = new WeakMap<readonly ToezeggingRecord[], Map<string, TextMatch[]>>();
const MEMO_SIZE = 500;

/**
 * Entries whose Tekst shares words with the text, best first. Candidates come only from words
 * that are rare in the register (at most 0.5 % of the entries, or 100): a word that hundreds of
 * toezeggingen share says little, and following it would compare a section with most of the
 * register.
 */
export function textMatches(list: readonly ToezeggingRecord[], text: string, limit = 5): TextMatch[] {
  let memo = memos.get(list);
  if (!memo) memos.set(list, (memo = new Map()));
  const key = `${limit}\u0000${text}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const found = computeMatches(list, text, limit);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, found);
  return found;
}

function computeMatches(list: readonly ToezeggingRecord[], text: string, limit: number): TextMatch[] {
  const ix = indexOf(list);
  const mine = contentWords(text);
  if (mine.size === 0) return [];
  const cap = Math.max(100, list.length * 0.005);
  const candidates = new Set<number>();
  for (const w of mine) {
    const at = ix.byWord.get(w);
    if (at && at.length <= cap) for (const i of at) candidates.add(i);
  }
  const out: TextMatch[] = [];
  for (const i of candidates) {
    const theirs = ix.words[i]!;
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared++;
    if (shared < 2) continue;
    out.push({ entry: list[i]!, score: shared / Math.min(mine.size, theirs.size), shared });
  }
  return out.sort((a, b) => b.score - a.score || b.shared - a.shared).slice(0, limit);
}

/** The numbers written in a text ("TZ202309-010"), upper case, in order. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(TZ_NUMBER)].map((m) => m[0].toUpperCase());
}

/** Statuses that mean the register still waits for it. */
export function isOpen(status: string | null): boolean {
  return status !== null && /^openstaand$/i.test(status.trim());
}
