// Identifiers and addresses of cited documents (citations.md §3.9).

export const OB = 'https://zoek.officielebekendmakingen.nl/';

/** officielebekendmakingen page of an id ("kst-29754-482"), or null. */
export const obUrl = (id: string | null): string | null => (id ? `${OB}${id}.html` : null);

/**
 * kst id: dossier without space, toevoeging joined with a hyphen, then the (first) ondernummer.
 * The Rijkswet R-part is never part of it (openkamer strips it too).
 */
export function kstId(dossier: number, toevoeging: string | null, nr: string | null): string | null {
  // "nr. 0" names no document.
  if (!nr || /^0+$/.test(nr)) return null;
  return `kst-${dossier}${toevoeging ? `-${toevoeging}` : ''}-${nr}`;
}

/**
 * Tweede Kamer page for a zaak or document number. A Z-number is a zaak, a D-number a document;
 * the kamervragen detail page takes either as id, and a document also as did (the form the
 * Kamer's own links use, e.g. detail?did=2022D35259&id=2022D35259).
 */
export function tweedeKamerUrl(nummer: string): string {
  const base = 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail';
  return nummer[4] === 'D' ? `${base}?id=${nummer}&did=${nummer}` : `${base}?id=${nummer}`;
}
