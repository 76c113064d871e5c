// Is an unknown front-matter key a slip for a known one? Optimal string alignment distance
// (a swap of two neighbours counts once), with a bound that grows with the key's length: one
// slip in a short key, two in a long one. Short keys must also share their first letter, so that
// a writer's own "van" is not taken for "aan".
/**
 * Optimal string alignment distance of `a` and `b`, in three rolling rows. With `max`, it stops as
 * soon as every alignment costs more and returns max + 1 (callers only care whether it fits).
 */
export function osaDistance(a: string, b: string, max = Infinity): number {
  const n = b.length;
  let prev2 = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2]! + 1);
      row[j] = v;
      if (v < least) least = v;
    }
    if (least > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[n]!;
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
