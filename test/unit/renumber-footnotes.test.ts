// "Voetnoten hernummeren": calls renumbered in order of first call, definitions put in numeric
// order in the places they occupy, and a Dutch report of what was done.
import assert from 'node:assert/strict';
import { renumberFootnotes } from '../../server/src/core/features/renumber-footnotes.js';
import { lintText } from '../../server/src/core/lint.js';

const def = (n: number, nr: number): string => `[^${n}]: Kamerstuk 29 754, nr. ${nr}.`;

describe('renumberFootnotes (engine)', () => {
  it('renumbers the calls and orders a block of definitions, each text staying with its note', () => {
    const calls = [8, 3, 5, 1, 2, 4, 6, 7].map((n) => `Zin ${n}.[^${n}]`).join(' ');
    // The block lists 2..8 and then 1: the reported case ("[^1]: stays last, after [^8]:").
    const block = [2, 3, 4, 5, 6, 7, 8, 1].map((n) => def(n, 400 + n)).join('\n');
    const { text, changed, message } = renumberFootnotes(`${calls}\n\n${block}\n`);
    // First call [^8] becomes [^1] and keeps its text (nr. 408), [^3] becomes [^2] (nr. 403), …
    const order = [8, 3, 5, 1, 2, 4, 6, 7];
    const expectedCalls = order.map((old, i) => `Zin ${old}.[^${i + 1}]`).join(' ');
    const expectedBlock = order.map((old, i) => def(i + 1, 400 + old)).join('\n');
    assert.equal(text, `${expectedCalls}\n\n${expectedBlock}\n`);
    assert.equal(changed, 8);
    assert.equal(message, '8 voetnoten hernummerd en op volgorde gezet.');
    assert.deepEqual(lintText(text).messages.filter((m) => m.ruleId.startsWith('KB20')).map((m) => m.message), []);
  });

  it('orders definitions whose numbers are right but whose texts are out of order', () => {
    const src = `Een.[^1] Twee.[^2]\n\n${def(2, 452)}\n${def(1, 451)}\n`;
    const { text, message } = renumberFootnotes(src);
    assert.equal(text, `Een.[^1] Twee.[^2]\n\n${def(1, 451)}\n${def(2, 452)}\n`);
    assert.equal(message, '2 voetnoten hernummerd en op volgorde gezet.');
  });

  it('keeps scattered definitions in their places and puts the texts there in numeric order', () => {
    const src = `Een.[^2]\n\n${def(1, 451)}\n\nTwee.[^1]\n\n${def(2, 452)}\n`;
    const { text } = renumberFootnotes(src);
    // [^2] is called first and becomes [^1] (nr. 452); its text moves to the first place.
    assert.equal(text, `Een.[^1]\n\n${def(1, 452)}\n\nTwee.[^2]\n\n${def(2, 451)}\n`);
  });

  it('leaves named labels where they are, and multi-line notes whole', () => {
    const src = `Een.[^2] Bron.[^bron] Twee.[^1]\n\n[^1]: Kamerstuk 29 754, nr. 451.\n    Tweede regel.\n[^bron]: Kamerstuk 29 754, nr. 1.\n${def(2, 452)}\n`;
    const { text } = renumberFootnotes(src);
    assert.equal(text, `Een.[^1] Bron.[^bron] Twee.[^2]\n\n${def(1, 452)}\n[^bron]: Kamerstuk 29 754, nr. 1.\n[^2]: Kamerstuk 29 754, nr. 451.\n    Tweede regel.\n`);
  });

  it('says so when the footnotes are already in order, and changes nothing', () => {
    const src = `Een.[^1] Twee.[^2]\n\n${def(1, 451)}\n${def(2, 452)}\n`;
    assert.deepEqual(renumberFootnotes(src), { text: src, changed: 0, message: 'De voetnoten staan al op volgorde.' });
    assert.equal(renumberFootnotes('Geen voetnoten.\n').message, 'De voetnoten staan al op volgorde.');
  });
});
