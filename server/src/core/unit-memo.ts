// Per-unit results that survive across document versions. Units are cached per block by content
// and placed in each version by shifting (shift.ts); a result computed from a unit's flat text
// alone is the same in every version, so it is kept on the unshifted origin and reused. This is
// what keeps document-wide checks incremental: only units of edited blocks are read again.
import type { Unit } from './model.js';

/** The unshifted unit a unit was placed from (itself when it was not shifted). */
export function originOf(unit: Unit): Unit {
  return unit.origin ?? unit;
}

/** Slots handed out to memoised functions: each keeps its results in its slot of `unit.memo`. */
let slots = 0;

/**
 * Memoises `compute` per origin unit. `compute` may read only position-free facts of the unit
 * (flat text, kind, depth, footnote label, flat indices of calls) — never source offsets.
 * The results live on the origin unit itself: a WeakMap lookup per call cost more than the
 * smaller computations it saved.
 */
export function memoByUnit<T>(compute: (unit: Unit) => T): (unit: Unit) => T {
  const slot = slots++;
  return (unit) => {
    const origin = originOf(unit);
    const memo = (origin.memo ??= []);
    if (slot in memo) return memo[slot] as T;
    const got = compute(origin);
    memo[slot] = got;
    return got;
  };
}
