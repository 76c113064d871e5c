// Shared character classes and small helpers of the citation grammar. Every regex here is sticky
// (y) or a plain character class: parsers read forward from an anchor, never search backwards.

/** How far a citation may reach from its anchor; keeps every parse bounded. */
export const WINDOW = 300;

/** Letters and digits, for word boundaries (Dutch text has diacritics: "Nicolaï", "Kröger"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** Word boundary on the left of `at`: not preceded by a letter or digit. */
export const leftBoundary = (text: string, at: number): boolean => at === 0 || !isWordChar(text[at - 1]);

/** Runs a sticky regex at `at`. */
export function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Whether a run of whitespace between two citation tokens counts as one space: a space, a
 * no-break space (§2.5), or a soft line break with its indentation (the paragraph was wrapped).
 */
export function isSingleGap(gap: string): boolean {
  if (gap === ' ' || gap === '\u00a0') return true;
  const nl = gap.indexOf('\n');
  return nl >= 0 && gap.indexOf('\n', nl + 1) < 0;
}

/** Roman numerals as begroting chapters use them (I … XXXIX, and L-prefixed values). */
export function isRoman(s: string): boolean {
  return s.length > 0 && /^L?X{0,3}(?:IX|IV|V?I{0,3})$/.test(s);
}

/** A dossier number as printed in letters: 29754 → "29 754" (thousands space). */
export function spacedDossier(n: number): string {
  return n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : String(n);
}

/** "A", "A en B", "A, B en C": how letters list several dossiers or numbers. */
export function listWithEn(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
