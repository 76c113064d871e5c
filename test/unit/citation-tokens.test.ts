// The small helpers every citation parser leans on (core/citations/tokens.ts): digits and word
// boundaries, what counts as one space, begroting numerals, printed dossier numbers and lists.
import assert from 'node:assert/strict';
import { isDigit, isRoman, isSingleGap, isWordChar, leftBoundary, listWithEn, spacedDossier } from '../../server/src/core/citations/tokens.js';

describe('citation tokens', () => {
  it('digits are 0-9 only; word characters include Dutch diacritics', () => {
    assert.deepEqual(['0', '5', '9'].map(isDigit), [true, true, true]);
    assert.deepEqual(['/', ':', 'a', '٣', '', undefined].map(isDigit), [false, false, false, false, false, false]);
    assert.deepEqual(['a', 'ï', 'ö', '7'].map(isWordChar), [true, true, true, true]);
    assert.deepEqual([' ', '-', '.', undefined].map(isWordChar), [false, false, false, false]);
  });

  it('a left boundary is the start of the text or after a non-word character', () => {
    assert.equal(leftBoundary('Kamerstuk', 0), true);
    assert.equal(leftBoundary('(Kamerstuk', 1), true);
    assert.equal(leftBoundary('deKamerstuk', 2), false);
    assert.equal(leftBoundary('Nicolaïkamerstuk', 8), false);
  });

  it('one gap: a space, a no-break space, or one line break with its indentation', () => {
    for (const gap of [' ', '\u00a0', '\n', '\n  ', '\n\t', ' \n ']) assert.equal(isSingleGap(gap), true, JSON.stringify(gap));
    for (const gap of ['', '  ', '\t', '\n\n', '\n \n', ' \u00a0']) assert.equal(isSingleGap(gap), false, JSON.stringify(gap));
  });

  it('begroting numerals: I to XXXIX and the L-values, nothing else', () => {
    for (const s of ['I', 'IV', 'VIII', 'IX', 'XIV', 'XXXIX', 'L', 'LX', 'LIV']) assert.equal(isRoman(s), true, s);
    for (const s of ['', 'IIII', 'VV', 'IL', 'XL', 'C', 'viii', 'XIVX', 'AIV']) assert.equal(isRoman(s), false, s);
  });

  it('prints dossier numbers with a thousands space, and lists as "A, B en C"', () => {
    assert.deepEqual([999, 1000, 29754, 36001, 100000].map(spacedDossier), ['999', '1 000', '29 754', '36 001', '100 000']);
    assert.deepEqual([[], ['3'], ['3', '4'], ['3', '4', '5']].map(listWithEn), ['', '3', '3 en 4', '3, 4 en 5']);
  });
});
