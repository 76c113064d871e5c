// Zaak (Z) and document (D) numbers of the Tweede Kamer (citations.md §3.7): four-digit year, the
// letter, a five-digit zero-padded serial: 2019Z13154, 2019D08797, also as a pair
// "2024Z15585/2024D37938" (two citations). Ordinary numbers and dates must never match.
import type { Citation } from '../types.js';
import { build, Findings } from './build.js';
import { stickyAt } from './tokens.js';
import { tweedeKamerUrl } from './url.js';

// Year (two or four digits), letter, serial; at most one space each side of the letter.
const ZD = /(\d{4}|\d{2})([ \u00a0]?)([ZzDd])([ \u00a0]?)(\d{3,6})(?![\p{L}\p{N}])/uy;

export function parseZaaknummer(text: string, at: number): Citation | null {
  const m = stickyAt(ZD, text, at);
  if (!m) return null;
  const [whole, year, s1, letter, s2, serial] = m as unknown as [string, string, string, string, string, string];
  const upper = letter.toUpperCase();
  const spaced = Boolean(s1 || s2);
  const lower = letter !== upper;
  // Only what is clearly meant as a number: never "3 d 100", "12Z450" or a spaced odd length.
  if (year.length === 4 && !/^(?:19|20)/.test(year)) return null;
  if (year.length === 2 && (spaced || lower || serial.length !== 5)) return null;
  if ((spaced || lower) && serial.length !== 5) return null;
  if (spaced && lower) return null;

  const f = new Findings();
  // Zaak numbers exist since Parlis (2008): a two-digit year is 20yy.
  if (year.length === 2) f.add('KB114', 'jaar in vier cijfers', { start: at, end: at + 2 });
  if (lower) f.add('KB114', `hoofdletter ${upper} in plaats van "${letter}"`);
  if (spaced) f.add('KB114', 'geen spaties binnen het nummer');
  if (serial.length !== 5) f.broken('KB114', 'volgnummer heeft vijf cijfers (met voorloopnullen)');
  const nummer = f.fixable ? `${year.length === 2 ? `20${year}` : year}${upper}${serial}` : null;
  const kind = upper === 'Z' ? 'kamervragen-nummer' : 'document-nummer';
  // A Z-number's questions are published as kv-tk-{Z}; a D-number has no id of its own there.
  const id = nummer && kind === 'kamervragen-nummer' ? `kv-tk-${nummer}` : null;
  return build(text, at, at + whole.length, {
    kind,
    style: 'id',
    canonical: nummer,
    nummer,
    id,
    url: nummer ? tweedeKamerUrl(nummer) : null,
  }, f);
}
