// Issue 11, rows 1–4: the inputs that made a rule or the engine super-linear, each at the size
// the issue measured it. Each case checks what the lint says (the right messages, nothing dropped)
// and holds a wall bound that only a quadratic blow-up exceeds: linear code takes a fraction of it.
// Checked against the code before the fix (398120a), per case:
//   row 1  KB206 took 22.5 s on one paragraph of 25,000 calls (bound 8 s): failed;
//   row 1b a degraded block kept 2,000 of 5,000 citations (KB101 said 2,000): failed;
//   row 2  25,000 Vraag–Antwoord pairs: passed already (KB401 was rewritten in 13a7a14; before it,
//          12,500 pairs took 4.1 s in KB401 alone and 25,000 over 14 s);
//   row 3  2,000 pasted letters: KB301 took 15.9 s and 1.2 GB, and every motie got the first
//          letter's Kamerstuk: failed;
//   row 4  plainDefinitions copied the document's label set per definition block (counted: one
//          iteration of the set per block): failed; and a block of 6,000 notes lost all its
//          definitions (0 kept, 6,000 false KB206 messages): failed.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';
import { analyze } from '../../server/src/core/analyze.js';
import { plainDefinitions } from '../../server/src/core/fast-path.js';
import { findMotieMentions } from '../../server/src/core/rules/motie-shared.js';
import { countByRule, loadShapes, type Shapes } from './shapes.js';

const BOUND_MS = 8_000;

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

describe('hostile input: issue 11 rows 1–4', function () {
  this.timeout(60_000);
  let S: Shapes;
  before(async () => {
    S = await loadShapes();
  });

  it('row 1: one paragraph of 25,000 `x[^1]` — KB206 gives its one warning without a scan per call', () => {
    const { value, ms } = timed(() => lintText(S.footnoteRun(25_000)));
    const kb206 = value.messages.filter((m) => m.ruleId === 'KB206');
    assert.equal(kb206.length, 1, JSON.stringify(kb206.slice(0, 3)));
    assert.equal(kb206[0]!.severity, 'warning');
    assert.match(kb206[0]!.message, /zinseinde/);
    assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
  });

  it('row 1: a block too big for the Markdown parser still has every citation checked (no silent cap)', () => {
    const { messages } = lintText(S.citationRun(5_000));
    assert.equal(countByRule(messages)['KB101'], 5_000);
  });

  it('row 2: 25,000 Vraag–Antwoord pairs pair up, in linear time', () => {
    const { value, ms } = timed(() => lintText(S.qaPairs(25_000)));
    const c = countByRule(value.messages);
    assert.equal(c['KB401'] ?? 0, 0);
    assert.equal(c['KB402'] ?? 0, 0);
    assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
  });

  it('row 2: a gap is still found among 10,000 numbered pairs', () => {
    const text = S.qaPairs(10_000).replace('### Vraag 5000\n', '### Vraag 50000\n');
    const kb402 = lintText(text).messages.filter((m) => m.ruleId === 'KB402');
    assert.ok(kb402.length >= 1);
  });

  it('row 3: 2,000 pasted letters with repeating labels — each motie gets its own letter\'s footnote', () => {
    const text = S.motieLetters(2_000);
    const { value: doc, ms } = timed(() => {
      const analysis = analyze(text);
      lintText(text);
      return analysis;
    });
    const mentions = findMotieMentions(doc).filter((m) => m.form === 'van');
    assert.equal(mentions.length, 2_000);
    mentions.forEach((m, i) => assert.equal(m.own?.key, `29754:${400 + (i % 90)}`, `letter ${i + 1}`));
    assert.ok(ms < BOUND_MS * 2, `${ms.toFixed(0)} ms`);
  });

  it('row 4: a block of definitions looks the document\'s labels up, it does not copy them', () => {
    let iterations = 0;
    class CountingSet extends Set<string> {
      override [Symbol.iterator](): SetIterator<string> {
        iterations++;
        return super[Symbol.iterator]();
      }
      override values(): SetIterator<string> {
        iterations++;
        return super.values();
      }
      override forEach(cb: (v: string, k: string, s: Set<string>) => void): void {
        iterations++;
        super.forEach(cb);
      }
    }
    const defined = new CountingSet(Array.from({ length: 50_000 }, (_, i) => String(i + 1)));
    iterations = 0;
    for (let block = 0; block < 100; block++) {
      const specs = plainDefinitions(`[^${block + 1}]: Zie noot[^${block + 2}].\n[^x${block}]: Kamerstuk 29 754, nr. 1.`, defined);
      assert.equal(specs?.length, 2);
      assert.equal(specs![0]!.calls.length, 1); // the call to a label defined elsewhere is known
    }
    assert.equal(iterations, 0);
  });

  it('row 4: a block of 6,000 notes keeps its definitions (no degraded path that drops them)', () => {
    const { analysis, messages } = lintText(S.definitionList(6_000));
    assert.equal(analysis.definitions.length, 6_000);
    assert.deepEqual(countByRule(messages), {});
  });

  it('row 4: a 2 MB draft of 500 sections, unique labels, each with its own notes block, in linear time', () => {
    const text = S.uniqueLabelDraft(500);
    assert.ok(text.length > 2_000_000);
    const { value, ms } = timed(() => lintText(text));
    const undefinedCalls = value.messages.filter((m) => m.ruleId === 'KB201').length;
    const unusedNotes = value.messages.filter((m) => m.ruleId === 'KB202').length;
    // The generator drops the notes it has no text for; nothing else may be undefined or unused.
    assert.ok(undefinedCalls < value.analysis.definitions.length / 10, `${undefinedCalls} KB201`);
    assert.equal(unusedNotes, 0);
    assert.ok(ms < BOUND_MS * 2, `${ms.toFixed(0)} ms`);
  });
});
