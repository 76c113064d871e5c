// The yardstick (issue "Right on real letters"): on the real-text corpus every message has a
// committed verdict; a message judged false must not come back, a message judged a real slip must
// not disappear, and precision per severity meets PRODUCT.md §8. `npm run accuracy` prints the figures.
import assert from 'node:assert/strict';
import { draftFiles, measure, precision, report, TARGETS, TRIAGE_FILE } from './measure.js';
import { readTriage, VERDICTS } from './triage.js';

describe('accuracy on real texts (test/corpus/real)', () => {
  const result = measure();
  const show = (): string => report(result);

  it('holds at least 40 real published texts', () => {
    assert.ok(draftFiles().length >= 40, `${draftFiles().length} drafts`);
  });

  it('has a verdict for every message the linter gives', () => {
    assert.deepEqual(result.untriaged.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`), [], show());
  });

  it('gives no message judged a false alarm', () => {
    assert.deepEqual(result.falseBack.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`), [], show());
  });

  it('still reports every message judged a real slip', () => {
    assert.deepEqual(result.realGone.map((r) => `${r.file}:${r.line}:${r.column} ${r.rule}`), [], show());
  });

  for (const severity of ['error', 'warning', 'info'] as const) {
    it(`${severity}: precision at least ${TARGETS[severity] * 100} %`, () => {
      const p = precision(result.bySeverity[severity]);
      assert.ok(p === null || p >= TARGETS[severity], show());
    });
  }

  it('every verdict says why', () => {
    for (const row of readTriage(TRIAGE_FILE)) {
      assert.ok(VERDICTS.includes(row.verdict));
      assert.ok(row.reason.length >= 10 && row.reason !== 'TODO', `${row.file}:${row.line} ${row.rule}: no reason`);
    }
  });
});
