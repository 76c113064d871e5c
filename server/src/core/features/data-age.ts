// How old the parliamentary data is, said the same way everywhere: every hover card ends with it
// and KB122 uses the same limit.
import type { SnapshotMeta } from '../data-port.js';

/** After this many days the data counts as stale (KB122, and a hint in the hover line). */
export const STALE_DAYS = 30;

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-12-03" (or a timestamp) → "3 december 2026"; the input itself when it is no date. */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** Whole days between the snapshot's creation and now (null when createdAt is no date). */
export function ageInDays(meta: Pick<SnapshotMeta, 'createdAt'>, now: Date): number | null {
  const days = Math.floor((now.getTime() - new Date(meta.createdAt).getTime()) / 86_400_000);
  return Number.isFinite(days) ? days : null;
}

export function isStale(meta: Pick<SnapshotMeta, 'createdAt'>, now: Date): boolean {
  const days = ageInDays(meta, now);
  return days !== null && days > STALE_DAYS;
}

/** "Gegevens van 3 december 2026" plus the age, and a nudge to sync when they are stale. */
export function dataDateLine(meta: Pick<SnapshotMeta, 'createdAt'>, now: Date): string {
  const days = ageInDays(meta, now);
  const base = `Gegevens van ${dutchDate(meta.createdAt)}`;
  if (days === null || days < 0) return base;
  const age = days === 0 ? 'vandaag' : days === 1 ? 'gisteren' : `${days} dagen geleden`;
  return days > STALE_DAYS ? `${base} (${age}; ouder dan ${STALE_DAYS} dagen, voer kamerbrief sync uit)` : `${base} (${age})`;
}
