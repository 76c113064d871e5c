// Every generated pathological shape, linted at n and at 2n: the time must grow linearly. A
// quadratic rule takes 4× for twice the text, linear code about 2×; the bound (3×) sits between.
// Each size runs three times and the fastest counts (the machines are shared and noisy); the sizes
// keep a run well under a second, and the first run of each pair warms the JIT.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';
import { loadShapes, type Shapes } from './shapes.js';

const RATIO = 3;

function fastest(text: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    lintText(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const cases: [string, (S: Shapes, n: number) => string, number][] = [
  ['row 1: one paragraph of x[^1] × n', (S, n) => S.footnoteRun(n), 8_000],
  ['row 2: n Vraag–Antwoord pairs', (S, n) => S.qaPairs(n), 2_000],
  ['row 2: n combined Vraag blocks with ranges', (S, n) => S.qaRanges(n), 2_000],
  ['row 3: n pasted letters with moties and repeating labels', (S, n) => S.motieLetters(n), 400],
  ['row 3: n pasted real-text letters', (S, n) => S.pastedLetters(n), 30],
  ['row 4: n real-text sections with unique labels', (S, n) => S.uniqueLabelDraft(n), 30],
  ['KB311: n toezegging sections calling [^1]', (S, n) => S.toezeggingSections(n), 600],
  ['degraded block of n citations', (S, n) => S.citationRun(n), 4_000],
  ['one block of n footnote definitions', (S, n) => S.definitionList(n), 4_000],
];

describe('hostile input: time(2n) / time(n) stays below 3 for every shape', function () {
  this.timeout(60_000);
  let S: Shapes;
  before(async () => {
    S = await loadShapes();
  });
  for (const [name, make, n] of cases) {
    it(name, () => {
      const small = make(S, n);
      const large = make(S, 2 * n);
      assert.ok(large.length > 1.8 * small.length && large.length < 2.2 * small.length, 'the shape doubles');
      fastest(small, 1); // warm-up
      // Up to three tries, so that one noisy moment does not decide: linear code passes any of them.
      let ratio = Infinity;
      for (let attempt = 0; attempt < 3 && ratio >= RATIO; attempt++) ratio = Math.min(ratio, fastest(large) / fastest(small));
      assert.ok(ratio < RATIO, `time(2n)/time(n) = ${ratio.toFixed(2)}`);
    });
  }
});
