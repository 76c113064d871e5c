// Keys and dates in the snapshot's normal form (see core/data-port.ts DocKey / DossierKey).
import type { DocKey, DossierKey } from '../types.js';

/**
 * "19637", "36410-XVI", "21501-20". A rijkswet toevoeging in parentheses ("(R2184)") is not part of
 * the citation ("36 351 (R2184), nr. 9" is cited by its number), so it is dropped like tkapi does.
 */
export function dossierKey(nummer: number | string, toevoeging: string | null | undefined): DossierKey {
  const n = String(Number(String(nummer).replace(/\D/g, '')));
  const t = cleanToevoeging(toevoeging);
  return t ? `${n}-${t}` : n;
}

export function cleanToevoeging(toevoeging: string | null | undefined): string | null {
  const t = (toevoeging ?? '').trim().replace(/^-/, '');
  if (!t || t.includes('(')) return null;
  return t.toUpperCase();
}

export function docKey(dossier: DossierKey, nr: string | number): DocKey {
  return `${dossier}:${String(nr).trim()}`;
}

/** "kst-19637-3370" / "kst-36410-XVI-66" / "kst-21501-20-2118" → parts; null for other ids. */
export function parseKstId(id: string | null | undefined): { nummer: number; toevoeging: string | null; nr: string } | null {
  const m = /^kst-(\d+)(?:-([A-Z0-9]+))?-(\d+|[A-Z]{1,2})$/i.exec((id ?? '').trim());
  if (!m) return null;
  return { nummer: Number(m[1]), toevoeging: m[2] ?? null, nr: m[3]! };
}

/** Calendar date as written in the data ("2025-02-13T00:00:00+01:00" → "2025-02-13"), no zone shift. */
export function isoDate(value: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return m ? m[1]! : null;
}

/**
 * Sortable form of an OData DateTimeOffset. Fractions have 2–7 digits ("…37.08Z", "…37.0830402Z"),
 * so plain string comparison is wrong; pad the fraction and move the instant to UTC.
 */
export function instantKey(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (!m) return value;
  const whole = new Date(`${m[1]}${m[3] ?? 'Z'}`);
  if (Number.isNaN(whole.getTime())) return value;
  const utc = whole.toISOString().slice(0, 19);
  return `${utc}.${(m[2] ?? '').padEnd(9, '0').slice(0, 9)}Z`;
}

export function laterInstant(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return instantKey(b) > instantKey(a) ? b : a;
}
