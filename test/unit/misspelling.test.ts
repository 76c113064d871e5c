// The bounded edit distance behind "tikfout?" (KB501 keys, KB504 ministry names) equals the plain
// optimal-string-alignment recurrence, and its early stop only ever says "more than max".
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { likelyMisspelling, osaDistance } from '../../server/src/core/rules/kb501-voorpagina/misspelling.js';

function plain(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });

describe('edit distance for "tikfout?"', () => {
  it('equals the plain recurrence, and with a bound is exact up to it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const exact = plain(a, b);
        assert.equal(osaDistance(a, b), exact);
        const bounded = osaDistance(a, b, max);
        if (exact <= max) assert.equal(bounded, exact);
        else assert.ok(bounded > max);
      }),
      { numRuns: 500 },
    );
  });

  it('suggests a known key for a slip, never for a writer\'s own short key', () => {
    assert.equal(likelyMisspelling('ingezoden', ['ingezonden', 'ontvangen']), 'ingezonden');
    assert.equal(likelyMisspelling('onderwrep', ['onderwerp']), 'onderwerp');
    assert.equal(likelyMisspelling('van', ['aan']), null);
    assert.equal(likelyMisspelling('auteur', ['aan', 'datum']), null);
  });
});
