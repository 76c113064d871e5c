// How front matter values read in the letter (the addressee line, the date), and the reverse
// question the importer asks: is this header value still what the export wrote from the draft?
// Shared by the exporter and the importer so a round trip gives the draft's own values back.

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The custom document property that carries the draft's front matter (JSON pairs). */
export const FRONT_MATTER_PROPERTY = 'KamerbriefVoorpagina';

/** "2024-05-16" → "16 mei 2024"; anything else as written. */
export function letterDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return value.trim();
  return `${Number(m[3])} ${MONTHS[month - 1]} ${m[1]}`;
}

/** The addressee as the letter names it; the chamber's chair for "Tweede Kamer" (also by default). */
export function addressee(aan: string | undefined): string {
  const value = (aan ?? '').trim();
  if (value === '' || /^(?:de\s+)?tweede\s+kamer(?:\s+der\s+staten-generaal)?$/i.test(value)) return 'de Voorzitter van de Tweede Kamer der Staten-Generaal';
  if (/^(?:de\s+)?eerste\s+kamer(?:\s+der\s+staten-generaal)?$/i.test(value)) return 'de Voorzitter van de Eerste Kamer der Staten-Generaal';
  return value;
}

/** What the header shows for a front matter key, as the importer reads it back. */
export function headerValue(key: string, value: string): string {
  if (key === 'aan') return addressee(value);
  return value.trim().replace(/\s+/g, ' ');
}

/**
 * Front matter for an imported export: the draft's stored fields, except where the header in
 * the Word file now says something else (edited in Word: the Word text wins). Header fields the
 * draft did not have are dropped when they are only the export's default (the addressee).
 */
export function restoreFrontMatter<F extends { key: string; value: string }>(found: F[], stored: [string, string][], make: (key: string, value: string) => F): F[] {
  const out: F[] = [];
  for (const [key, value] of stored) {
    const seen = found.find((f) => f.key === key);
    const unchanged = !seen || sameHeader(key, seen.value, value);
    out.push(unchanged ? make(key, value) : seen);
  }
  for (const f of found) {
    if (stored.some(([k]) => k === f.key)) continue;
    if (f.key === 'aan' && f.value === addressee(undefined)) continue;
    out.push(f);
  }
  return out;
}

function sameHeader(key: string, found: string, stored: string): boolean {
  const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
  if (key === 'datum') return norm(letterDate(found)) === norm(letterDate(stored));
  return norm(found) === norm(headerValue(key, stored));
}
