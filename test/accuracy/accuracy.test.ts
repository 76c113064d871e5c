// The yardstick (issue "Right on real letters"): on the real-text corpus every message has a
// committed verdict; a message judged false must not come back, a message judged a real slip must
// not disappear, and precision per severity meets PRODUCT.md §8. `npm run accuracy` prints the figures.
import assert from 'node:assert/strict';
import path from 'node:path';
import { combined, CORPORA, CORPUS_REAL, draftFiles, measureCorpus, precision, report, TARGETS, triageFileOf } from './measure.js';
import { readTriage, VERDICTS } from './triage.js';

it('the real-text corpus holds at least 40 real published texts', () => {
  assert.ok(draftFiles(CORPUS_REAL).length >= 40, `${draftFiles(CORPUS_REAL).length} drafts`);
});

for (const corpus of CORPORA) describe(`accuracy on real texts (test/corpus/${path.basename(corpus)})`, () => {
  const result = measureCorpus(corpus);
  const show = (): string => report(result);

  it('has a verdict for every message the linter gives', () => {
    assert.deepEqual(result.untriaged.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`), [], show());
  });

  it('gives no message judged a false alarm', () => {
    assert.deepEqual(result.falseBack.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`), [], show());
  });

  it('still reports every message judged a real slip', () => {
    assert.deepEqual(result.realGone.map((r) => `${r.file}:${r.line}:${r.column} ${r.rule}`), [], show());
  });

  it('every verdict says why', () => {
    for (const row of readTriage(triageFileOf(corpus))) {
      assert.ok(VERDICTS.includes(row.verdict));
      assert.ok(row.reason.length >= 10 && row.reason !== 'TODO', `${row.file}:${row.line} ${row.rule}: no reason`);
    }
  });
});

describe('accuracy targets on the whole yardstick (PRODUCT.md §8)', () => {
  const results = CORPORA.map(measureCorpus);
  const all = combined(results);
  for (const severity of ['error', 'warning', 'info'] as const) {
    it(`${severity}: at least ${TARGETS[severity] * 100} % real slips`, () => {
      const p = precision(all[severity]);
      assert.ok(p === null || p >= TARGETS[severity], results.map((r) => report(r)).join('\n\n'));
    });
  }
});
