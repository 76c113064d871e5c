// Vraag/Antwoord units of answers to Kamervragen (citations.md §6.6–6.7): headings
// ("### Vraag 1"), paragraphs opening in bold ("**Antwoord 2 en 3**") and the committee-list
// form "Antwoord op vraag 1:". Shared by KB401–KB403.
import type { DocumentAnalysis, Unit } from '../model.js';

export interface QaItem {
  kind: 'vraag' | 'antwoord';
  numbers: number[];
  /** The label as written, e.g. "Antwoord 2 en 3". */
  label: string;
  unit: Unit;
  /** Source span of the label. */
  start: number;
  end: number;
  /** Source span of the first number (for renumbering), when the label has exactly one. */
  numberStart: number | null;
  numberEnd: number | null;
  /** "7, 8, 9 10 en 11": numbers without a separator. */
  missingSeparator: boolean;
}

const LABEL = /^(Vraag|Antwoord)(?:[ \u00a0]+op[ \u00a0]+vraag)?[ \u00a0]+(\d+(?:(?:,[ \u00a0]*|[ \u00a0]+en[ \u00a0]+|[ \u00a0]+t\/m[ \u00a0]+|[ \u00a0]+)\d+){0,50})[ \u00a0]*:?[ \u00a0]*$/i;
const LIST_FORM = /^(Antwoord)[ \u00a0]+op[ \u00a0]+vraag[ \u00a0]+(\d+(?:(?:,[ \u00a0]*|[ \u00a0]+en[ \u00a0]+)\d+){0,50})[ \u00a0]*:/i;

export function numbersOf(list: string): { numbers: number[]; missingSeparator: boolean } {
  const numbers: number[] = [];
  const range = /(\d+)[ \u00a0]+t\/m[ \u00a0]+(\d+)/g;
  let rest = list;
  for (const m of list.matchAll(range)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b >= a && b - a <= 200) for (let n = a; n <= b; n++) numbers.push(n);
    rest = rest.replace(m[0], ' ');
  }
  numbers.push(...(rest.match(/\d+/g) ?? []).map(Number));
  // "7, 8, 9 10 en 11": two numbers with only a space between ("2 t/m 6" is a range, not that).
  const missingSeparator = /\d[ \u00a0]+\d/.test(list.replace(/[ \u00a0]+t\/m[ \u00a0]+/g, '-'));
  return { numbers: [...new Set(numbers)].sort((x, y) => x - y), missingSeparator };
}

function item(unit: Unit, text: string, start: number, re: RegExp): QaItem | null {
  const m = re.exec(text.trim());
  if (!m) return null;
  const { numbers, missingSeparator } = numbersOf(m[2]!);
  const label = m[0].replace(/[ \u00a0]*:?[ \u00a0]*$/, '');
  const lead = text.indexOf(text.trim());
  const numAt = m.index + lead + m[0].indexOf(m[2]!);
  const single = /^\d+$/.test(m[2]!);
  return {
    kind: m[1]!.toLowerCase() === 'vraag' ? 'vraag' : 'antwoord',
    numbers,
    label,
    unit,
    start: start + lead,
    end: start + lead + label.length,
    numberStart: single ? start + numAt : null,
    numberEnd: single ? start + numAt + m[2]!.length : null,
    missingSeparator,
  };
}

const cache = new WeakMap<DocumentAnalysis, QaItem[]>();

export function qaItems(doc: DocumentAnalysis): QaItem[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: QaItem[] = [];
  for (const unit of doc.units) {
    if (unit.footnote !== null || unit.inList || unit.inQuote) continue;
    let found: QaItem | null = null;
    // Flat text maps 1:1 onto the source only without markup; the label is plain text.
    if (unit.kind === 'heading') {
      const src = doc.text.slice(unit.start, unit.end);
      const hashes = /^ {0,3}#{1,6}[ \t]+/.exec(src)?.[0].length ?? 0;
      const body = src.slice(hashes).replace(/[ \t]+#+[ \t]*$/, '');
      found = item(unit, body, unit.start + hashes, LABEL);
    } else if (unit.lead && unit.lead.start === unit.start) {
      found = item(unit, unit.lead.text, unit.lead.start + 2, LABEL);
    } else if (unit.kind === 'paragraph') {
      found = item(unit, doc.text.slice(unit.start, unit.end), unit.start, LIST_FORM);
    }
    if (found) out.push(found);
  }
  cache.set(doc, out);
  return out;
}
