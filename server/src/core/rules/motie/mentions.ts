// Motie mentions: "motie van het lid …", "motie-Taverne", "motie Becker c.s." with their movers and sources.
import { flatEndToSource, flatToSource } from '../../facts.js';
import type { DocumentAnalysis, FootnoteCall, Unit } from '../../model.js';
import { memoByUnit } from '../../unit-memo.js';
import { GAP, parseMemberList, withoutCalls, type MemberList } from './names.js';
import { memberPhrases, type MemberPhrase } from './phrases.js';
import { sentenceAt } from './sentences.js';
import { sourcesOfSentence, type MotieSource } from './sources.js';

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
/** "door het lid Bikker (CU) ingediende " right before "motie": group 1 is the text up to the names. */
const DOOR_LID = /(door[ \u00a0\n]+(?:het[ \u00a0\n]+lid|de[ \u00a0\n]+leden)[ \u00a0\n]+)[^.;:!?\uFFFC]{2,150}?[ \u00a0\n]+(?:ingediende|aangenomen|aangehouden|verworpen|aanvaarde)[ \u00a0\n]+(?:gewijzigde[ \u00a0\n]+)?$/u;

export function firstMover(m: MotieMention): string {
  return m.members.names[0]?.name ?? '';
}

// Several rules read the same mentions: keep them per analysis. The part read from the unit's own
// text is kept per unit content (unit-memo.ts) and reused in later versions; only the sources,
// which depend on footnotes elsewhere in the document, are looked up again per version.
const documentCache = new WeakMap<DocumentAnalysis, MotieMention[]>();
const unitCache = new WeakMap<DocumentAnalysis, Map<Unit, MotieMention[]>>();

/** All motie mentions of the document, in document order. */
export function findMotieMentions(doc: DocumentAnalysis): MotieMention[] {
  let all = documentCache.get(doc);
  if (!all) {
    all = [];
    for (const unit of doc.units) {
      if (localMentions(unit).length > 0) all.push(...mentionsInUnit(doc, unit));
    }
    documentCache.set(doc, all);
  }
  return all;
}

/** The motie mentions of one unit (cached per analysis). */
export function mentionsInUnit(doc: DocumentAnalysis, unit: Unit): MotieMention[] {
  const local = localMentions(unit);
  if (local.length === 0) return [];
  let perUnit = unitCache.get(doc);
  if (!perUnit) unitCache.set(doc, (perUnit = new Map()));
  let got = perUnit.get(unit);
  if (!got) perUnit.set(unit, (got = placeMentions(doc, unit, local)));
  return got;
}

/** What a mention is in its unit's flat text alone: no source offsets, no document context. */
type LocalMention = Omit<MotieMention, 'unit' | 'start' | 'end' | 'phrase' | 'calls' | 'sources' | 'own'> & { phraseIndex: number };

const localMentions = memoByUnit(readLocalMentions);

function readLocalMentions(unit: Unit): LocalMention[] {
  const flat = unit.flat;
  if (!/motie/i.test(flat)) return [];
  const found: LocalMention[] = [];
  const phrases = memberPhrases(unit);
  let nextPhrase = 0;
  for (const m of flat.matchAll(MOTIE)) {
    const word = m[2]!;
    if (word === 'MOTIE') continue; // the title of a motie document itself
    const after = m.index + m[0].length;
    let form: MotieForm;
    let members: MemberList | null = null;
    let phraseIndex = -1;
    if (flat[after] === '-') {
      form = 'hyphen';
      members = parseMemberList(flat, after + 1, 'slash');
    } else {
      // "motie van het lid …", tolerating a doubled "van" (KB308 reports it)
      const van = /^[ \u00a0\n](?:van[ \u00a0\n]){1,2}/i.exec(flat.slice(after, after + 10));
      form = 'short';
      if (van) {
        while (nextPhrase < phrases.length && phrases[nextPhrase]!.articleStart < after) nextPhrase++;
        const candidate = phrases[nextPhrase];
        if (candidate && candidate.articleStart <= after + van[0].length + 4) {
          form = 'van';
          phraseIndex = nextPhrase;
          members = candidate.list;
        }
      }
      // "motie Becker c.s.", and "motie Van Dijk (PVV)": a "Van" that starts a name, not "van het lid".
      if (form === 'short' && GAP.test(flat[after] ?? '') && (!van || /^[ \u00a0\n]V/.test(flat.slice(after, after + 2)))) members = parseMemberList(flat, after + 1, 'en');
    }
    let flatStart = m.index;
    if (!members) {
      // "de door het lid Bikker ingediende motie": the movers stand before the word.
      const before = DOOR_LID.exec(flat.slice(Math.max(0, m.index - 200), m.index));
      if (before) {
        const from = m.index - before[0].length;
        const list = parseMemberList(flat, from + before[1]!.length, 'en');
        if (list && list.names.length > 0 && list.end <= m.index) {
          members = list;
          form = 'short';
          flatStart = from;
        }
      }
    }
    if (!members || members.names.length === 0) continue;
    const flatEnd = flatStart < m.index ? after : members.end;
    const subj = /^[ \u00a0\n]+over[ \u00a0\n]+([^.;:()\uFFFC]{1,200})/u.exec(flat.slice(flatEnd));
    found.push({
      kind: unit.kind === 'heading' && flatStart <= headingLead(flat) ? 'heading' : 'body',
      form,
      gewijzigd: Boolean(m[1]),
      flatStart,
      flatEnd,
      text: withoutCalls(flat.slice(flatStart, flatEnd)),
      phraseIndex,
      members,
      subject: subj ? subj[1]!.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6).join(' ') : null,
      sentence: unit.kind === 'heading' ? { start: 0, end: flat.length } : sentenceAt(flat, flatStart),
    });
  }
  return found;
}

/** The mentions placed in this version of the document: source offsets and sources. */
function placeMentions(doc: DocumentAnalysis, unit: Unit, local: LocalMention[]): MotieMention[] {
  const flat = unit.flat;
  const phrases = local.some((f) => f.phraseIndex >= 0) ? memberPhrases(unit) : [];
  const bySentence = new Map<number, ReturnType<typeof sourcesOfSentence>>();
  return local.map((f, i) => {
    let got = bySentence.get(f.sentence.start);
    if (!got) {
      got = sourcesOfSentence(doc, unit, f.sentence);
      bySentence.set(f.sentence.start, got);
    }
    const next = local[i + 1];
    const limit = next && next.flatStart < f.sentence.end ? next.flatStart : f.sentence.end;
    const own = ownSource(got.sources, f.flatStart, limit, (s) => !s.replaced && attached(flat, f.flatEnd, s.anchor));
    return {
      unit,
      kind: f.kind,
      form: f.form,
      gewijzigd: f.gewijzigd,
      flatStart: f.flatStart,
      flatEnd: f.flatEnd,
      start: flatToSource(unit, f.flatStart),
      end: flatEndToSource(unit, f.flatEnd),
      text: f.text,
      phrase: f.phraseIndex >= 0 ? phrases[f.phraseIndex]! : null,
      members: f.members,
      subject: f.subject,
      sentence: f.sentence,
      calls: got.calls,
      sources: got.sources,
      own,
    };
  });
}

/**
 * The first source (sorted by anchor) anchored in [from, limit) that `fits`. Binary search to the
 * first one at `from`: a long sentence naming many moties does not scan its sources per mention.
 */
function ownSource(sources: MotieSource[], from: number, limit: number, fits: (s: MotieSource) => boolean): MotieSource | null {
  let lo = 0;
  let hi = sources.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sources[mid]!.anchor < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sources.length && sources[i]!.anchor < limit; i++) if (fits(sources[i]!)) return sources[i]!;
  return null;
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
