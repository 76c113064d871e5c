// What a failed write means for the user: a full disk is not a permissions problem.
const ADVICE: Record<string, string> = {
  ENOSPC: 'de schijf is vol; maak ruimte vrij en probeer het opnieuw',
  EDQUOT: 'het schijfquotum is op; maak ruimte vrij en probeer het opnieuw',
  EROFS: 'het bestandssysteem is alleen-lezen',
  EACCES: 'geen schrijfrechten; controleer de rechten van de map',
  EPERM: 'geen schrijfrechten; controleer de rechten van de map',
  ENOENT: 'de map bestaat niet (meer)',
  EISDIR: 'het doel is een map, geen bestand',
};

/** One Dutch clause for a file-system error from a write, with its code. */
export function describeWriteError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  const advice = ADVICE[code];
  if (advice) return `${advice} (${code})`;
  return `schrijven mislukt (${code || (err as Error)?.message || String(err)})`;
}
