// The header block of a ministry letter (Datum, Betreft/Onderwerp, Ons kenmerk, the addressee)
// → front matter. Labels stand alone with the value in the next paragraph (the Rijkshuisstijl
// template's table) or share a paragraph with it ("Datum: 5 maart 2025", "Betreft<tab>…").
import type { FrontMatterField } from './model.js';

export interface HeaderLine {
  text: string;
  /** Paragraph number (1-based, paragraphs with text). */
  index: number;
}

/** Only the top of a letter is its header: it ends at the salutation or the first long paragraph. */
const WINDOW = 40;
const LONG = 250;
const LABELS: [RegExp, string | null][] = [
  [/^datum$/i, 'datum'],
  [/^(?:betreft|onderwerp)$/i, 'onderwerp'],
  [/^ons\s+kenmerk$/i, 'kenmerk'],
  [/^(?:uw\s+kenmerk|uw\s+brief(?:\s+van)?)$/i, null],
];
const INLINE = /^(datum|betreft|onderwerp|ons\s+kenmerk)\s*(?::|\t)\s*(\S.*)$/i;
const ADDRESSEE = /^(?:aan\s+)?de\s+voorzitter\s+van\s+de\s+(?:tweede|eerste)\s+kamer/i;
const POSTAL = /^(?:postbus\b|\d{4}\s?[A-Z]{2}\b)/i;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "16 mei 2024" → "2024-05-16"; anything else stays as written. */
export function isoDate(text: string): string {
  const m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0 || Number(m[1]) < 1 || Number(m[1]) > 31) return text.trim();
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

export function extractHeader(lines: HeaderLine[]): { fields: FrontMatterField[]; consumed: Set<number> } {
  const fields: FrontMatterField[] = [];
  const consumed = new Set<number>();
  const set = (key: string, value: string, index: number): void => {
    if (fields.some((f) => f.key === key) || value.trim() === '') return;
    fields.push({ key, value: key === 'datum' ? isoDate(value) : value.trim().replace(/\s+/g, ' '), source: { kind: 'paragraaf', index } });
  };
  const top = lines.slice(0, WINDOW);
  for (let i = 0; i < top.length; i++) {
    const line = top[i]!;
    const text = line.text.trim();
    if (/^geachte\b/i.test(text) || text.length > LONG) break;
    const inline = INLINE.exec(text);
    if (inline) {
      const key = LABELS.find(([re]) => re.test(inline[1]!.replace(/\s+/g, ' ')))?.[1];
      if (key) {
        set(key, inline[2]!, line.index);
        consumed.add(line.index);
        continue;
      }
    }
    const label = LABELS.find(([re]) => re.test(text));
    if (label && i + 1 < top.length) {
      const value = top[i + 1]!;
      if (label[1]) {
        set(label[1], value.text, value.index);
        consumed.add(line.index).add(value.index);
        i++;
      }
      continue;
    }
    if (ADDRESSEE.test(text) && !fields.some((f) => f.key === 'aan')) {
      // The addressee's name may run over two lines ("…Tweede Kamer" / "der Staten-Generaal").
      let name = text.replace(/^aan\s+/i, '');
      consumed.add(line.index);
      while (i + 1 < top.length && /^der\s+staten-generaal$/i.test(top[i + 1]!.text.trim())) {
        name += ' ' + top[++i]!.text.trim();
        consumed.add(top[i]!.index);
      }
      set('aan', name, line.index);
      while (i + 1 < top.length && POSTAL.test(top[i + 1]!.text.trim())) consumed.add(top[++i]!.index);
    }
  }
  return { fields, consumed };
}
