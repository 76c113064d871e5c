// core/fast-path.ts takes the common blocks without a parse. The whole-parse equivalence tests
// (blocks.test.ts) hold what it builds to remark's result, but a fast path that declines too much
// passes them and only costs speed: here is what it must take, and what it must leave to remark.
import assert from 'node:assert/strict';
import { commentBlock, plainBlock, plainDefinitions } from '../../server/src/core/fast-path.js';

const defined = { has: (label: string) => ['1', 'a'].includes(label) };

describe('the fast path (blocks without a parse)', () => {
  it('takes plain paragraphs and headings, with their footnote calls, bold lead, comments and autolinks', () => {
    assert.deepEqual(plainBlock('Gewone tekst.', defined), { kind: 'paragraph', depth: 0, contentStart: 0, calls: [], skips: [], objects: [], lead: null });
    assert.deepEqual(plainBlock('# Kop', defined), { kind: 'heading', depth: 1, contentStart: 2, calls: [], skips: [], objects: [], lead: null });
    assert.deepEqual(plainBlock('Tekst.[^1] en [^a] en.[^1]', defined)!.calls, [
      { label: '1', start: 6, end: 10 }, { label: 'a', start: 14, end: 18 }, { label: '1', start: 22, end: 26 },
    ]);
    // A call of an undefined label stays literal text, as in GFM.
    assert.deepEqual(plainBlock('Tekst met onbekende noot.[^9]', defined)!.calls, []);
    assert.deepEqual(plainBlock('**Vraag 1** Waarom?', defined)!.lead, { start: 2, end: 9 });
    assert.deepEqual(plainBlock('**Vraag 1** Waarom?', defined)!.skips, [{ start: 0, end: 2 }, { start: 9, end: 11 }]);
    assert.deepEqual(plainBlock('**Vraag 1.** Tekst', defined)!.lead, { start: 2, end: 10 });
    assert.deepEqual(plainBlock('**Vraag 1**.', defined)!.lead, { start: 2, end: 9 });
    assert.deepEqual(plainBlock('Tekst <!-- c --> na', defined)!.objects, [{ start: 6, end: 16 }]);
    assert.deepEqual(plainBlock('Tekst <https://www.rijksoverheid.nl/a>', defined)!.skips, [{ start: 6, end: 7 }, { start: 37, end: 38 }]);
    assert.notEqual(plainBlock('a'.repeat(20_000), defined), null);
    // Brackets as literal text, when the caller knows no link definitions exist.
    assert.notEqual(plainBlock('Zie [Kamerstuk] hier', defined, true), null);
  });

  it('leaves everything with other syntax to remark', () => {
    for (const text of [
      '', 'a'.repeat(20_001), ' ingesprongen', 'a\n\nb', '## Kop ##', '# Kop\nmeer', '**Vraag 1:**tekst', '**Vraag 1 **x',
      '> citaat', '- punt', '1. punt', '+ punt', 'Tekst *nadruk*', 'Tekst _nadruk_', 'Tekst `code`', 'Tekst [link](x)',
      'Tekst[^1](x)', 'Tekst[^1]: x', 'Tekst\n<!-- c -->', '<!-- c -->\nna', 'Tekst &amp; meer', 'Tekst \\* ster',
      'regel \nmet harde breuk', 'Kop\n===', 'Zie [Kamerstuk] hier',
    ]) {
      assert.equal(plainBlock(text, defined), null, JSON.stringify(text));
    }
    assert.equal(plainBlock('Zie [a](b) hier', defined, true), null);
  });

  it('takes a block that is one HTML comment, and footnote definitions one per line', () => {
    assert.deepEqual(['<!-- x -->', '<!-- x -->\nmeer', '<!-- x', 'tekst <!-- x -->', '<!-- a -->\n<!-- b -->'].map(commentBlock), [true, false, false, false, false]);
    assert.deepEqual(plainDefinitions('[^1]: Noot een.\n[^a]: Noot twee[^1].', defined), [
      { label: '1', start: 0, end: 15, labelEnd: 4, bodyStart: 6, calls: [], skips: [], objects: [] },
      { label: 'a', start: 16, end: 36, labelEnd: 20, bodyStart: 22, calls: [{ label: '1', start: 31, end: 35 }], skips: [], objects: [] },
    ]);
    for (const text of ['[^1]: Noot een.\r\n[^a]: x', '[^1]: Noot \n[^a]: x', '[^1]: # kop', '[^1]: **Vet** x', 'tekst']) {
      assert.equal(plainDefinitions(text, defined), null, JSON.stringify(text));
    }
  });
});
