// Is an unknown front-matter key a slip for a known one? Optimal string alignment distance
// (a swap of two neighbours counts once), with a bound that grows with the key's length: one
// slip in a short key, two in a long one. Short keys must also share their first letter, so that
// a writer's own "van" is not taken for "aan".
export function osaDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known key this one most likely misspells, or null. */
export function likelyMisspelling(key: string, known: readonly string[]): string | null {
  const k = key.toLowerCase();
  if (known.includes(k)) return k; // only the case differs
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const bound = Math.max(k.length, candidate.length) <= 5 ? 1 : 2;
    const dist = osaDistance(k, candidate);
    if (dist > bound || dist >= bestDistance) continue;
    if (Math.max(k.length, candidate.length) <= 5 && k[0] !== candidate[0]) continue;
    best = candidate;
    bestDistance = dist;
  }
  return best;
}
