// applyFixes, the one place every fix goes through (CLI --fix, LSP "fix all", the API): edits in
// source order, an edit offered twice applied once, overlapping or impossible edits skipped.
import assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/fix.js';
import type { Fix } from '../../server/src/core/types.js';

const fix = (start: number, end: number, text: string): Fix => ({ range: [start, end], text });

describe('applyFixes', () => {
  it('applies two identical insertions once (the same edit offered by two rules)', () => {
    const out = applyFixes('Zie voetnoot.', [fix(12, 12, '[^1]'), fix(12, 12, '[^1]')]);
    assert.deepEqual(out, { text: 'Zie voetnoot[^1].', applied: 1 });
  });

  it('applies two different insertions at the same place, in the order given', () => {
    const out = applyFixes('ab', [fix(1, 1, 'X'), fix(1, 1, 'Y')]);
    assert.deepEqual(out, { text: 'aXYb', applied: 2 });
  });

  it('applies identical replacements once', () => {
    const out = applyFixes('nr.482', [fix(0, 6, 'nr. 482'), fix(0, 6, 'nr. 482')]);
    assert.deepEqual(out, { text: 'nr. 482', applied: 1 });
  });

  it('sorts the edits by position, whatever order they come in', () => {
    const out = applyFixes('a b c', [fix(4, 5, 'C'), fix(0, 1, 'A'), fix(2, 3, 'B')]);
    assert.deepEqual(out, { text: 'A B C', applied: 3 });
  });

  it('applies edits that touch without overlapping', () => {
    const out = applyFixes('abcd', [fix(0, 2, 'X'), fix(2, 4, 'Y')]);
    assert.deepEqual(out, { text: 'XY', applied: 2 });
  });

  it('skips an edit that overlaps one already taken (the next pass gets it)', () => {
    const out = applyFixes('abcdef', [fix(0, 3, 'X'), fix(2, 5, 'Y')]);
    assert.deepEqual(out, { text: 'Xdef', applied: 1 });
  });

  it('skips reversed and out-of-range edits instead of garbling the text', () => {
    assert.deepEqual(applyFixes('abc', [fix(2, 1, 'X')]), { text: 'abc', applied: 0 });
    assert.deepEqual(applyFixes('abc', [fix(1, 4, 'X')]), { text: 'abc', applied: 0 });
  });

  it('keeps the text when there is nothing to apply', () => {
    assert.deepEqual(applyFixes('abc', []), { text: 'abc', applied: 0 });
  });

  it('does not change the list it was given', () => {
    const fixes = [fix(2, 3, 'B'), fix(0, 1, 'A')];
    applyFixes('a b', fixes);
    assert.deepEqual(fixes, [fix(2, 3, 'B'), fix(0, 1, 'A')]);
  });
});
