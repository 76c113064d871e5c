// The outcome of a motie from its besluiten (opendata.md §4.4).
import type { Besluit, Uitkomst } from '../types.js';

const BY_SOORT: [RegExp, Uitkomst][] = [
  [/^stemmen - (aangenomen|zonder stemming aannemen)/i, 'aangenomen'],
  [/^stemmen - verworpen/i, 'verworpen'],
  [/^stemmen - aangehouden/i, 'aangehouden'],
  [/^stemmen - ingetrokken/i, 'ingetrokken'],
  [/^stemmen - uitstel/i, 'uitgesteld'],
  [/^overgenomen/i, 'overgenomen'],
];

/** Besluiten in order (oldest first): the last decisive one wins; only "Ingediend" → "ingediend". */
export function uitkomstOf(besluiten: readonly Besluit[]): Uitkomst | null {
  for (let i = besluiten.length - 1; i >= 0; i--) {
    const soort = besluiten[i]!.soort;
    const hit = BY_SOORT.find(([re]) => re.test(soort));
    if (hit) return hit[1];
  }
  return besluiten.some((b) => /^ingediend/i.test(b.soort)) ? 'ingediend' : null;
}
