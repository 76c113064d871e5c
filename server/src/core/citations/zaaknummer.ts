// Zaak (Z) and document (D) numbers of the Tweede Kamer: YYYY + Z|D + five digits (§3.7).
import type { Citation, CitationIssue } from '../types.js';

// Year (2 or 4 digits), letter, serial; optional single spaces around the letter. Bounded.
const ZD = /(\d{2}|\d{4})( ?)([ZzDd])( ?)(\d{3,6})(?![\p{L}\p{N}])/uy;

export function parseZaaknummer(text: string, at: number): Citation | null {
  ZD.lastIndex = at;
  const m = ZD.exec(text);
  if (!m) return null;
  const [whole, year, s1, letter, s2, serial] = m as unknown as [string, string, string, string, string, string];
  const upper = letter.toUpperCase();
  const spaced = Boolean(s1 || s2);
  const lower = letter !== upper;
  const yearOk = year.length === 4 && /^(19|20)/.test(year);
  // Only what is clearly meant as a number: never "12 d 100" or "3Z450".
  if (year.length === 4 && !yearOk) return null;
  if (year.length === 2 && (spaced || lower || serial.length !== 5)) return null;
  if ((spaced || lower) && serial.length !== 5) return null;
  if (spaced && lower) return null;
  const issues: string[] = [];
  let fixable = true;
  // Zaak numbers exist since Parlis (2008): a two-digit year is 20yy.
  if (year.length === 2) issues.push('jaar in vier cijfers');
  if (lower) issues.push(`kleine letter "${letter}"`);
  if (spaced) issues.push('spaties binnen het nummer');
  if (serial.length !== 5) {
    issues.push('volgnummer heeft vijf cijfers (met voorloopnullen)');
    fixable = false;
  }
  const nummer = `${year.length === 2 ? '20' + year : year}${upper}${serial}`;
  const canonical = fixable ? nummer : null;
  const out: CitationIssue[] = issues.map((reason) => ({
    ruleId: 'KB114',
    reason,
    ...(canonical && canonical !== whole ? { fix: { span: { start: at, end: at + whole.length }, text: canonical } } : {}),
  }));
  const kind = upper === 'Z' ? 'kamervragen-nummer' : 'document-nummer';
  const ok = out.length === 0;
  return {
    kind,
    start: at,
    end: at + whole.length,
    text: whole,
    valid: ok,
    canonical,
    dossier: [],
    toevoeging: null,
    nrs: [],
    nummer: canonical,
    style: 'id',
    id: ok && kind === 'kamervragen-nummer' ? `kv-tk-${nummer}` : null,
    url: ok ? `https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=${nummer}` : null,
    issues: out,
  };
}
