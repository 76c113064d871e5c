// Quotations in a paragraph: „…”, “…”, «…» and "…" (straight double quotes, paired in order).
// Single quotes are left out: ’ is also the apostrophe ("minister’s", "’s-Gravenhage").
const QUOTE = /„[^„”“]*[”“]|“[^“”]*”|«[^«»]*»|"[^"]*"/g;

/** [start, end) of every quotation in the text, quote marks included. */
export function quotedRanges(text: string): [number, number][] {
  return [...text.matchAll(QUOTE)].map((m) => [m.index, m.index + m[0].length]);
}
