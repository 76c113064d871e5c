// Kamerstuk citations with several dossiers, without a number, or without the keyword after a
// brief (core/citations/kamerstuk.ts): what is a citation, what is prose, and what is said.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { lintText } from '../../server/src/core/lint.js';

const cited = (draft: string): string[] => scanCitations(draft).citations.map((c) => draft.slice(c.start, c.end));

describe('Kamerstuk citations: lists, whole dossiers, bare forms', () => {
  it('lists dossiers as "A, B en C", and rewrites another order of separators', () => {
    const good = 'Zie Kamerstukken 29 754, 30 123 en 31 000, nr. 3.';
    assert.deepEqual(lintText(good).messages, []);
    assert.deepEqual(scanCitations(good).citations[0]!.dossier, [29754, 30123, 31000]);
    for (const list of ['Kamerstukken 29 754 en 30 123, 31 000, nr. 3', 'Kamerstukken 29 754,30 123 en 31 000, nr. 3']) {
      const draft = `Zie ${list}.`;
      const [m, ...rest] = lintText(draft).messages;
      assert.equal(rest.length, 0, draft);
      assert.equal(draft.slice(m!.start, m!.end), list, draft);
      assert.ok(m!.message.endsWith('(dossiers opsommen als "A, B en C")'), m!.message);
      assert.equal(m!.fix?.text, 'Kamerstukken 29 754, 30 123 en 31 000, nr. 3', draft);
    }
  });

  it('a singular keyword before a number that is no dossier cites the one dossier', () => {
    assert.deepEqual(cited('Zie Kamerstuk 29 754, 2019 was een jaar.'), ['Kamerstuk 29 754']);
    // The plural names whole dossiers (Aanwijzing 3.43 lid 2), in registry style.
    assert.deepEqual(lintText('Zie Kamerstukken 31945.').messages, []);
  });

  it('reads a lower-case keyword as a citation only from a five-digit dossier number on', () => {
    assert.deepEqual(cited('In het kamerstuk 9999 staat het.'), []);
    assert.deepEqual(cited('In het kamerstuk 10000 staat het.'), ['kamerstuk 10000']);
  });

  it('after a brief, a dossier with its number is a citation without the keyword', () => {
    const reg = 'In mijn brief van 3 maart (36 471-64) schreef ik dat.';
    const [r] = lintText(reg).messages;
    assert.deepEqual([r!.ruleId, reg.slice(r!.start, r!.end), r!.fix?.text], ['KB104', '36 471-64', 'Kamerstuk 36 471, nr. 64']);
    assert.ok(r!.message.endsWith('(dossier en nummer zonder "Kamerstuk"; registervorm in de tekst van een brief: schrijf de briefnotatie)'), r!.message);
    const letter = 'In mijn brief van 3 maart (36 471, nr. 64) schreef ik dat.';
    const [l] = lintText(letter).messages;
    assert.deepEqual([l!.ruleId, letter.slice(l!.start, l!.end), l!.fix?.text], ['KB101', '36 471, nr. 64', 'Kamerstuk 36 471, nr. 64']);
    assert.ok(l!.message.endsWith('(dossier en nummer zonder "Kamerstuk")'), l!.message);
    // 21 501-02 is an EU sub-dossier, not dossier 21 501 with number 2: no document is named.
    assert.deepEqual(cited('In mijn brief van 3 maart (21 501-02) schreef ik dat.'), []);
  });
});
