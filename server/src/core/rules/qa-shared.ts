// Vraag/Antwoord labels of answers to Kamervragen, in every shape real answers use
// (citations.md §6.6–6.8): numbered labels as headings or bold leads ("### Vraag 1",
// "**Antwoord 2 en 3**", "Antwoord op vraag 1:"), a bare "Antwoord" after its Vraag, the ministry
// .docx shape (a bare number "1", the question, a bare "Antwoord"), and numbered-list questions
// each followed by its answer paragraph. Shared by KB401–KB403; the structure is in qa-structure.ts.
import type { DocumentAnalysis, Unit } from '../model.js';
import { docKind } from './doc-kind.js';

export type QaShape = 'label' | 'bare' | 'number' | 'list';

export interface QaItem {
  kind: 'vraag' | 'antwoord';
  /** The numbers the label names; empty for a bare label (the structure supplies them). */
  numbers: number[];
  /** The label as written, e.g. "Antwoord 2 en 3", "Antwoord", "1". */
  label: string;
  shape: QaShape;
  unit: Unit;
  /** Source span of the label. */
  start: number;
  end: number;
  /** Source span of the number (for renumbering), when the label names exactly one. */
  numberStart: number | null;
  numberEnd: number | null;
  /** "7, 8, 9 10 en 11": numbers without a separator. */
  missingSeparator: boolean;
}

const SP = '[ \\u00a0]+';
const NUMBER_LIST = `\\d+(?:(?:,?${SP}en${SP}|,[ \\u00a0]*|${SP}t\\/m${SP}|[ \\u00a0]*[-\\u2013][ \\u00a0]*|${SP})\\d+){0,50}`;
/** "Vraag 1", "Vragen 2 en 3", "Antwoord op vraag 3 en 4", "Antwoord op de vragen 5 t/m 7", "Antwoord 2:" */
const LABEL = new RegExp(`^(Vra(?:ag|gen)|Antwoord(?:en)?)(?:${SP}op${SP}(?:de${SP})?vra(?:ag|gen))?${SP}(${NUMBER_LIST})[ \\u00a0]*[:.]?[ \\u00a0]*$`, 'i');
/** The committee-list form at the start of a paragraph: "Antwoord op vraag 1: …". */
const LIST_FORM = new RegExp(`^(Antwoord)${SP}op${SP}(?:de${SP})?vra(?:ag|gen)${SP}(${NUMBER_LIST})[ \\u00a0]*:`, 'i');
/** A bare "Antwoord" / "Vraag" (with or without colon or period). */
const BARE = /^(Vraag|Antwoord)[ \u00a0]*[:.]?[ \u00a0]*$/i;
/** A bare question number (the ministry .docx shape): "1", "1.", "1)". */
const BARE_NUMBER = /^(\d{1,3})[.)]?[ \u00a0]*$/;
/** The marker of an ordered list item on its line: "1. " or "1) ". */
const LIST_MARKER = /^[ \t]{0,3}(\d{1,3})[.)][ \t]+$/;

export function numbersOf(list: string): { numbers: number[]; missingSeparator: boolean } {
  const numbers: number[] = [];
  const range = /(\d+)(?:[ \u00a0]+t\/m[ \u00a0]+|[ \u00a0]*[-\u2013][ \u00a0]*)(\d+)/g;
  let rest = list;
  for (const m of list.matchAll(range)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b >= a && b - a <= 200) for (let n = a; n <= b; n++) numbers.push(n);
    rest = rest.replace(m[0], ' ');
  }
  numbers.push(...(rest.match(/\d+/g) ?? []).map(Number));
  // "7, 8, 9 10 en 11": two numbers with only a space between ("2 t/m 6" is a range, not that).
  const missingSeparator = /\d[ \u00a0]+\d/.test(list.replace(/[ \u00a0]+t\/m[ \u00a0]+|[ \u00a0]*[-\u2013][ \u00a0]*/g, '-'));
  return { numbers: [...new Set(numbers)].sort((x, y) => x - y), missingSeparator };
}

function labelled(unit: Unit, text: string, start: number, re: RegExp): QaItem | null {
  const trimmed = text.trim();
  const m = re.exec(trimmed);
  if (!m) return null;
  const { numbers, missingSeparator } = numbersOf(m[2]!);
  const label = m[0].replace(/[ \u00a0]*[:.]?[ \u00a0]*$/, '');
  const lead = text.indexOf(trimmed);
  const numAt = m.index + lead + m[0].indexOf(m[2]!);
  const single = /^\d+$/.test(m[2]!);
  return {
    kind: /^vra/i.test(m[1]!) ? 'vraag' : 'antwoord',
    numbers,
    label,
    shape: 'label',
    unit,
    start: start + lead,
    end: start + lead + label.length,
    numberStart: single ? start + numAt : null,
    numberEnd: single ? start + numAt + m[2]!.length : null,
    missingSeparator,
  };
}

function bare(unit: Unit, text: string, start: number): QaItem | null {
  const trimmed = text.trim();
  const lead = text.indexOf(trimmed);
  const word = BARE.exec(trimmed);
  if (word) {
    return { kind: /^vraag/i.test(word[1]!) ? 'vraag' : 'antwoord', numbers: [], label: word[1]!, shape: 'bare', unit, start: start + lead, end: start + lead + word[1]!.length, numberStart: null, numberEnd: null, missingSeparator: false };
  }
  const num = BARE_NUMBER.exec(trimmed);
  if (num) {
    const s = start + lead;
    return { kind: 'vraag', numbers: [Number(num[1])], label: num[1]!, shape: 'number', unit, start: s, end: s + num[1]!.length, numberStart: s, numberEnd: s + num[1]!.length, missingSeparator: false };
  }
  return null;
}

/** The text of a heading without its `#` marks or its setext underline, and where that text starts. */
function headingText(doc: DocumentAnalysis, unit: Unit): { text: string; start: number } {
  const src = doc.text.slice(unit.start, unit.end);
  const hashes = /^ {0,3}#{1,6}[ \t]+/.exec(src)?.[0].length ?? 0;
  if (hashes === 0) return { text: src.replace(/\r?\n[ \t]*(?:=+|-+)[ \t]*$/, ''), start: unit.start };
  return { text: src.slice(hashes).replace(/[ \t]+#+[ \t]*$/, ''), start: unit.start + hashes };
}

/** The number of the ordered list item a unit opens, read from the marker before it on its line. */
function listItemNumber(doc: DocumentAnalysis, unit: Unit): number | null {
  const lineStart = doc.text.lastIndexOf('\n', unit.start - 1) + 1;
  const m = LIST_MARKER.exec(doc.text.slice(lineStart, unit.start));
  return m ? Number(m[1]) : null;
}

const cache = new WeakMap<DocumentAnalysis, QaItem[]>();

/**
 * Every Vraag/Antwoord label in document order. Bare labels and bare numbers count only where the
 * document shows the shape (a bare "Antwoord" somewhere); numbered-list questions only in a document
 * without labels. Flat text maps 1:1 onto the source only without markup; a label is plain text.
 */
export function qaItems(doc: DocumentAnalysis): QaItem[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: QaItem[] = [];
  const bareOnes: QaItem[] = [];
  const listUnits: { unit: Unit; n: number }[] = [];
  for (const unit of doc.units) {
    if (unit.footnote !== null || unit.inQuote) continue;
    if (unit.inList) {
      if (unit.kind === 'paragraph' && /\?[\s\uFFFC]*$/.test(unit.flat)) {
        const n = listItemNumber(doc, unit);
        if (n !== null) listUnits.push({ unit, n });
      }
      continue;
    }
    let found: QaItem | null = null;
    let loose: QaItem | null = null;
    if (unit.kind === 'heading') {
      const h = headingText(doc, unit);
      found = labelled(unit, h.text, h.start, LABEL);
      if (!found) loose = bare(unit, h.text, h.start);
    } else if (unit.lead && unit.lead.start === unit.start) {
      found = labelled(unit, unit.lead.text, unit.lead.start + 2, LABEL);
      if (!found) loose = bare(unit, unit.lead.text, unit.lead.start + 2);
    } else if (unit.kind === 'paragraph') {
      const src = doc.text.slice(unit.start, unit.end);
      found = labelled(unit, src, unit.start, LIST_FORM);
      if (!found && src.length <= 12) loose = bare(unit, src, unit.start);
    }
    if (found) out.push(found);
    else if (loose) bareOnes.push(loose);
  }
  // The bare shapes: only where a bare "Antwoord" shows the document uses them.
  if (bareOnes.some((b) => b.kind === 'antwoord' && b.shape === 'bare')) {
    // "1" then "Vraag:" (a Lijst van vragen en antwoorden): one question, numbered by the number.
    const merged = bareOnes.filter((b, i) => !(b.kind === 'vraag' && b.shape === 'bare' && bareOnes[i - 1]?.shape === 'number'));
    out.push(...merged);
    out.sort((a, b) => a.start - b.start);
  }
  // Numbered-list questions, each answered by the paragraph after it (Lijst van vragen en antwoorden).
  const kind = docKind(doc);
  if (listUnits.length > 0 && (kind === 'antwoorden-kamervragen' || kind === 'lijst-van-vragen') && !out.some((i) => i.kind === 'vraag')) out.push(...listItems(doc, listUnits, out));
  out.sort((a, b) => a.start - b.start);
  cache.set(doc, out);
  return out;
}

/** An answer paragraph between two list questions: a top-level block of prose (not a list, heading or comment). */
const NOT_PROSE = /^(?:[ \t]{0,3}(?:\d{1,9}[.)]|[-*+])(?:[ \t]|$)|[ \t]{0,3}#|[ \t]{0,3}<!--|[ \t]*$)/;

/** List questions as Vragen; the first prose block after each (before the next question) as its Antwoord. */
function listItems(doc: DocumentAnalysis, questions: { unit: Unit; n: number }[], labels: QaItem[]): QaItem[] {
  if (labels.some((i) => i.kind === 'antwoord')) return []; // answers labelled otherwise: not this shape
  const out: QaItem[] = [];
  let answers = 0;
  let b = 0; // one sweep over the blocks: questions come in document order
  questions.forEach(({ unit, n }, k) => {
    const lineStart = doc.text.lastIndexOf('\n', unit.start - 1) + 1;
    const marker = doc.text.slice(lineStart, unit.start);
    const label = marker.trim();
    const numberStart = lineStart + marker.indexOf(String(n));
    out.push({ kind: 'vraag', numbers: [n], label, shape: 'list', unit, start: lineStart + marker.indexOf(label), end: unit.start, numberStart, numberEnd: numberStart + String(n).length, missingSeparator: false });
    const until = k + 1 < questions.length ? questions[k + 1]!.unit.start : Infinity;
    while (b < doc.blocks.length && doc.blocks[b]!.start < unit.end) b++;
    for (; b < doc.blocks.length && doc.blocks[b]!.start < until; b++) {
      const block = doc.blocks[b]!;
      if (NOT_PROSE.test(doc.text.slice(block.start, Math.min(block.end, block.start + 40)))) continue;
      out.push({ kind: 'antwoord', numbers: [n], label: `antwoord op vraag ${n}`, shape: 'list', unit, start: block.start, end: block.start, numberStart: null, numberEnd: null, missingSeparator: false });
      answers++;
      break;
    }
  });
  // One list of questions with the answers elsewhere is not this shape: pairing it would cry wolf.
  return answers * 2 >= questions.length ? out : [];
}

/** The title line of asked questions: "Vragen van het lid … aan de Minister van … over … (ingezonden …)." */
export const VRAGEN_HEADER = /^Vragen[ \u00a0]+van[ \u00a0]+(?:het[ \u00a0]+lid|de[ \u00a0]+leden)[ \u00a0]/;

const questionCache = new WeakMap<DocumentAnalysis, Set<Unit>>();

/**
 * Units that are the Kamerlid's words, not the writer's (citations.md §6.8): the question text in
 * Vraag blocks (from a Vraag label up to the next label) and the "Vragen van …" title line.
 * Style-consistency rules compare the writer's own text with itself.
 */
export function questionUnits(doc: DocumentAnalysis): Set<Unit> {
  const hit = questionCache.get(doc);
  if (hit) return hit;
  const out = new Set<Unit>();
  const items = qaItems(doc);
  let k = 0;
  let inQuestion = false;
  for (const unit of doc.units) {
    while (k < items.length && items[k]!.start < unit.end) {
      inQuestion = items[k]!.kind === 'vraag';
      k++;
    }
    if (unit.footnote !== null) continue;
    if (inQuestion || (unit.kind === 'paragraph' && VRAGEN_HEADER.test(unit.flat))) out.add(unit);
  }
  questionCache.set(doc, out);
  return out;
}
