// Dates as a letter writes them ("18 februari 2025") and the parliamentary year of a day.

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2025-02-18" → "18 februari 2025"; null for anything that is not an ISO date. */
export function dutchDate(iso: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month || Number(m[3]) < 1 || Number(m[3]) > 31) return null;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * The vergaderjaar a day falls in, with an en dash as in the front matter ("2024–2025"). The year
 * starts on the third Tuesday of September (Prinsjesdag); the days before it belong to the old one.
 */
export function vergaderjaarOf(day: Date): string {
  const y = day.getUTCFullYear();
  const septFirst = new Date(Date.UTC(y, 8, 1));
  const firstTuesday = 1 + ((2 - septFirst.getUTCDay() + 7) % 7);
  const start = Date.UTC(y, 8, firstTuesday + 14);
  const from = day.getTime() >= start ? y : y - 1;
  return `${from}–${from + 1}`;
}
