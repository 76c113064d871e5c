// Footnote labels match as CommonMark matches them — case-blind, runs of white space as one —
// also when the call and its definition sit in different blocks, which the block-wise analysis
// parses apart (core/analyze.ts normalizeLabel and the definitions it injects per block).
import assert from 'node:assert/strict';
import { normalizeLabel } from '../../server/src/core/analyze.js';
import { lintText } from '../../server/src/core/lint.js';

describe('footnote labels across blocks', () => {
  it('normalises a label: case-blind, white space collapsed and trimmed', () => {
    assert.equal(normalizeLabel('  Noot\t A \n'), 'noot a');
    assert.equal(normalizeLabel('B'), normalizeLabel('b'));
  });

  it('finds a definition written in other capitals in a later block', () => {
    const draft = 'Tekst met een noot.[^B]\n\nMeer tekst.\n\n[^b]: Zie de brief.\n';
    assert.deepEqual(lintText(draft).messages.map((m) => m.ruleId), []);
  });

  it('still reports a call whose definition is missing, next to one that matches in other capitals', () => {
    const draft = 'Eerste noot.[^A] Tweede noot.[^C]\n\nMeer tekst.\n\n[^a]: Zie de brief.\n';
    const kb201 = lintText(draft).messages.filter((m) => m.ruleId === 'KB201');
    assert.equal(kb201.length, 1);
    assert.equal(draft.slice(kb201[0]!.start, kb201[0]!.end), '[^C]');
  });
});
