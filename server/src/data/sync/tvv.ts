// "(t.v.v. 19637-3370)": the motie a gewijzigde motie replaces, read from its Onderwerp (opendata.md §4.5).
import type { DocKey } from '../types.js';
import { docKey, dossierKey } from './keys.js';

// Real shapes over 5,085 Onderwerp strings: "34104-257", "31209, nr. 192", "21501-32-1533", "28 345, nr. 95",
// "21501-20, nr. 736", "35300-VIII-46", "34117, nr.20". A 1–3 digit or roman middle part is the toevoeging;
// backtracking makes "34675-21" read as dossier 34675, nr. 21.
const TVV = /t\.\s?v\.\s?v\.?\s*(\d{1,2}[ \u00a0]?\d{3})(?:\s?-\s?(\d{1,3}|[IVXLC]{1,6}[AB]?|[A-Z]))?(?:\s?,\s?nr\.?\s?|\s?-\s?)(\d+|[A-Z]{1,2})\b/u;

/** The DocKey after "t.v.v." in a motie's Onderwerp, or null. */
export function tvvKey(onderwerp: string | null | undefined): DocKey | null {
  const m = TVV.exec(onderwerp ?? '');
  if (!m) return null;
  return docKey(dossierKey(m[1]!, m[2] ?? null), m[3]!);
}
