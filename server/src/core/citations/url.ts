// officielebekendmakingen ids and URLs (citations.md §3.9).

export const OB = 'https://zoek.officielebekendmakingen.nl/';

export function kstId(dossier: number, toevoeging: string | null, nr: string | null): string | null {
  if (!nr) return null;
  return `kst-${dossier}${toevoeging ? '-' + toevoeging : ''}-${nr}`;
}

export const obUrl = (id: string | null): string | null => (id ? `${OB}${id}.html` : null);

/** The letter-style print form of a dossier number: 29754 → "29 754". */
export function spacedDossier(n: number): string {
  return n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : String(n);
}
