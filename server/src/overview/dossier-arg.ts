// A dossier as a person types it ("29 754", "29754", "36 410 XVI", "21 501-20") → the snapshot's key.
import { dossierKey } from '../data/sync/keys.js';
import type { DossierKey } from '../data/types.js';

export function parseDossier(text: string): DossierKey | null {
  const m = /^\s*(\d{1,3}(?:[ .\u00a0]?\d{3})*)\s*(?:(?:-\s*|\s+)([A-Za-z0-9]+))?\s*$/.exec(text);
  if (!m) return null;
  const nummer = Number(m[1]!.replace(/\D/g, ''));
  if (!Number.isSafeInteger(nummer) || nummer <= 0) return null;
  return dossierKey(nummer, m[2] ?? null);
}
