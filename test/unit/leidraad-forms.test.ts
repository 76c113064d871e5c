// The Leidraad form "Kamerstukken II 2018/19, 29 754, nr. 3" (core/citations/leidraad.ts): every
// slip a writer is told about (KB105, KB104, KB111), with the span and the fix — what a mutation
// run over leidraad.ts showed no test held.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { lintText } from '../../server/src/core/lint.js';
import { assertOneSlip } from '../helpers/slips.js';

const HOUSE = 'Kamerstukken II 2018/19, 29 754, nr. 3';

describe('Leidraad citations (Kamerstukken II 2018/19, …)', () => {
  it('explains each slip and rewrites the whole citation', () => {
    const cases: [string, string, string][] = [
      ['Kamerstukken II, 2018/19, 29 754, nr. 3', 'komma na de Kamer', HOUSE],
      ['Kamerstukken II2018/19, 29 754, nr. 3', 'geen spatie na de Kamer', HOUSE],
      ['Kamerstukken II  2018/19, 29 754, nr. 3', 'meer dan één spatie na de Kamer', HOUSE],
      ['Kamerstuk II 2018/19, 29 754, nr. 3', '"Kamerstukken" in meervoud in de Leidraad-notatie', HOUSE],
      ['Kamerstukken II 2018/19,29 754, nr. 3', 'geen spatie na de komma', HOUSE],
      ['Kamerstukken II 2018/19,  29 754, nr. 3', 'meer dan één spatie na de komma', HOUSE],
      ['Kamerstukken II 2018/19, 29 754 nr. 3', 'komma vóór het nummer ontbreekt', HOUSE],
      ['Kamerstukken II 2018/19, 29 754 , nr. 3', 'spatie vóór de komma', HOUSE],
      ['Kamerstukken II 2018/19, 29 754,nr. 3', 'geen spatie na de komma', HOUSE],
      ['Kamerstukken II 2018/19, 29 754,  nr. 3', 'meer dan één spatie na de komma', HOUSE],
      ['Kamerstukken II 2018/19, 29 754, nr. 3,p.5', 'spatie na de komma en na "p."', `${HOUSE}, p. 5`],
      ['Kamerstukken II 2018/19, 29 754, nr. 3, p.5', 'spatie na de komma en na "p."', `${HOUSE}, p. 5`],
    ];
    for (const [cited, why, fix] of cases) assertOneSlip(`Zie ${cited}.`, { rule: 'KB105', span: cited, why, fix });
  });

  it('the register form inside a Leidraad citation becomes ", nr."', () => {
    const draft = 'Zie Kamerstukken II 2018/19, 29754-705.';
    assertOneSlip(draft, { rule: 'KB104', span: draft.slice(4, -1), why: 'registervorm in een citaat: "…, 31839, nr. 705"', fix: 'Kamerstukken II 2018/19, 29754, nr. 705' });
    assert.deepEqual(scanCitations(draft).citations[0]!.nrs, ['705']);
  });

  it('offers no rewrite without a chamber, without a year, or with a year that does not exist', () => {
    const cases: [string, string, string][] = [
      ['Kamerstukken 2018/19, 29 754, nr. 3', 'KB105', 'vergaderjaar zonder Kamer: "Kamerstukken II JJJJ/JJ, …" of "Kamerstuk 29 754, nr. …"'],
      ['Kamerstukken II, 29 754, nr. 3', 'KB105', 'komma na de Kamer; vergaderjaar ontbreekt na de Kamer'],
      ['Kamerstukken II 2018/20, 29 754, nr. 3', 'KB111', 'vergaderjaar bestaat niet uit twee opeenvolgende jaren'],
    ];
    for (const [cited, rule, why] of cases) {
      const draft = `Zie ${cited}.`;
      assertOneSlip(draft, { rule, span: cited, why, fix: null });
      assert.equal(scanCitations(draft).citations[0]!.canonical, null, draft);
    }
  });

  it('accepts the house forms, with a Bijlage, pages, and one after another', () => {
    for (const draft of [`Zie ${HOUSE}.`, `Zie ${HOUSE}, p. 5.`, `Zie Bijlage bij ${HOUSE}.`]) {
      assert.deepEqual(lintText(draft).messages, [], draft);
      const [c] = scanCitations(draft).citations;
      assert.deepEqual([c!.valid, c!.chamber, c!.vergaderjaar, c!.dossier, c!.nrs], [true, 'II', '2018-2019', [29754], ['3']], draft);
    }
    const two = scanCitations(`Zie ${HOUSE}; Kamerstukken II 2019/20, 30 123, nr. 4.`).citations;
    assert.deepEqual(two.map((c) => [c.canonical, c.vergaderjaar]), [[HOUSE, '2018-2019'], ['Kamerstukken II 2019/20, 30 123, nr. 4', '2019-2020']]);
  });

  it('reads continuations after a semicolon as citations of their own, each fixed on its own', () => {
    const list = `Zie ${HOUSE}; II 2019/20, 30 123, nr. 4; I 2019/20, 35 000, A.`;
    const found = scanCitations(list).citations;
    assert.deepEqual(found.map((c) => [list.slice(c.start, c.end), c.chamber, c.valid]), [
      [HOUSE, 'II', true],
      ['II 2019/20, 30 123, nr. 4', 'II', true],
      ['I 2019/20, 35 000, A', 'I', true],
    ]);
    assert.deepEqual(lintText(list).messages, []);
    const slip = `Zie ${HOUSE}; II 2019/20,30 123, nr. 4.`;
    const [m, ...rest] = lintText(slip).messages;
    assert.equal(rest.length, 0);
    assert.equal(slip.slice(m!.start, m!.end), 'II 2019/20,30 123, nr. 4');
    assert.deepEqual(m!.fix?.text, 'II 2019/20, 30 123, nr. 4');
  });
});
