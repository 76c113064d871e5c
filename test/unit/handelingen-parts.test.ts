// The numbered parts of Handelingen and Aanhangsel citations (core/citations/deel.ts) and what an
// Aanhangsel citation resolves to (aanhangsel.ts): every slip a writer is told about, with its
// fix, and the identifier, chamber and canonical form of the Aanhangsel forms — what a mutation run
// over those files showed no test held.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { lintText } from '../../server/src/core/lint.js';
import { assertOneSlip } from '../helpers/slips.js';

describe('Handelingen parts: nr., item, p.', () => {
  it('explains each slip in the parts (KB112) and fixes the whole citation', () => {
    const fixed = 'Handelingen II 2018/19, nr. 28, item 9';
    const cases: [string, string][] = [
      ['Handelingen II 2018/19,nr. 28, item 9', 'geen spatie na de komma'],
      ['Handelingen II 2018/19 nr. 28, item 9', 'komma vóór "nr" ontbreekt'],
      ['Handelingen II 2018/19, Nr. 28, item 9', '"Nr." met hoofdletter binnen een citaat'],
      ['Handelingen II 2018/19, NR. 28, item 9', '"NR." met hoofdletter binnen een citaat'],
      ['Handelingen II 2018/19, nr. 28, Item 9', '"Item" met hoofdletter binnen een citaat'],
      ['Handelingen II 2018/19, nr. 28, punt 9', '"punt" in plaats van "item"'],
      ['Handelingen II 2018/19, nr. 28, item. 9', 'geen punt na "item"'],
      ['Handelingen II 2018/19, nr.28, item 9', 'geen spatie na nr.'],
      ['Handelingen II 2018/19, nr. 28, item9', 'geen spatie na item'],
    ];
    for (const [cited, why] of cases) assertOneSlip(`Zie ${cited}.`, { rule: 'KB112', span: cited, why, fix: fixed });
  });

  it('reads pages with an en dash as a hyphen, and explains missing spaces around "p."', () => {
    const [c] = scanCitations('Zie Handelingen II 2007/08, nr. 70, p. 4867–4870.').citations;
    assert.equal(c!.valid, true);
    assert.equal(c!.pages, '4867-4870');
    assert.equal(c!.canonical, 'Handelingen II 2007/08, nr. 70, p. 4867-4870');
    for (const cited of ['Handelingen II 2007/08, nr. 70,p.4867', 'Handelingen II 2007/08, nr. 70,p. 4867', 'Handelingen II 2007/08, nr. 70, p.4867']) {
      assertOneSlip(`Zie ${cited}.`, { rule: 'KB112', span: cited, why: 'spatie na de komma en na "p."', fix: 'Handelingen II 2007/08, nr. 70, p. 4867' });
    }
  });
});

describe('Aanhangsel citations: what they resolve to', () => {
  const one = (draft: string) => {
    const found = scanCitations(draft).citations;
    assert.equal(found.length, 1, draft);
    return found[0]!;
  };

  it('gives the Eerste and Tweede Kamer their own identifiers, in the Leidraad and the house form', () => {
    const ek = one('Zie Aanhangsel Handelingen I 2014/15, nr. 12.');
    assert.deepEqual([ek.valid, ek.chamber, ek.id, ek.canonical, ek.nrs], [true, 'I', 'ah-ek-20142015-12', 'Aanhangsel Handelingen I 2014/15, nr. 12', ['12']]);
    const house = one('Zie Aanhangsel Handelingen II, vergaderjaar 2024–2025, nr. 1028.');
    assert.deepEqual([house.valid, house.chamber, house.id, house.canonical, house.vergaderjaar], [true, 'II', 'ah-tk-20242025-1028', 'Aanhangsel Handelingen II, vergaderjaar 2024–2025, nr. 1028', '2024-2025']);
    // The house form without a chamber is the Tweede Kamer's; none is added to the canonical form.
    const bare = one('Zie Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.');
    assert.deepEqual([bare.valid, bare.chamber, bare.id, bare.canonical], [true, null, 'ah-tk-20242025-1028', 'Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028']);
  });

  it('rewrites only what names one answer in one chamber', () => {
    // Several answers: valid, but no single form to rewrite it to.
    const plural = one('Zie Aanhangsels Handelingen, vergaderjaar 2023–2024, nr. 1767 en 1775.');
    assert.deepEqual([plural.valid, plural.canonical], [true, null]);
    // "I/II" names no one chamber: no identifier and no rewrite.
    const both = one('Zie Aanhangsel Handelingen I/II 2014/15, nr. 12.');
    assert.deepEqual([both.valid, both.canonical, both.id, both.chamber], [false, null, null, null]);
    assert.deepEqual(both.issues.map((i) => i.reason), ['Kamer moet I of II zijn']);
    // The Leidraad form without a chamber: the Tweede Kamer's, and the chamber is added.
    const none = one('Zie Aanhangsel Handelingen 2014/15, nr. 12.');
    assert.deepEqual([none.valid, none.canonical, none.id, none.chamber], [false, 'Aanhangsel Handelingen II 2014/15, nr. 12', 'ah-tk-20142015-12', null]);
  });

  it('explains a missing or wrong number, and adds "nr." in the house form', () => {
    const item = one('Zie Aanhangsel Handelingen II 2019/20, item 123.');
    assert.deepEqual([item.canonical, item.id, item.nrs], [null, null, []]);
    assert.deepEqual(item.issues.map((i) => i.reason), ['een Aanhangsel heeft een nummer (nr.), geen item']);
    const missing = one('Zie Aanhangsel Handelingen II 2019/20.');
    assert.deepEqual([missing.canonical, missing.id, missing.nrs], [null, null, []]);
    assert.deepEqual(missing.issues.map((i) => i.reason), ['nummer (nr.) ontbreekt']);
    const bare = one('Zie Aanhangsel Handelingen, vergaderjaar 2024–2025, 1028.');
    assert.deepEqual([bare.canonical, bare.id, bare.nrs], ['Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028', 'ah-tk-20242025-1028', ['1028']]);
    assert.deepEqual(bare.issues.map((i) => i.reason), ['"nr." ontbreekt vóór het nummer']);
  });
});

describe('Handelingen citations: chamber, vergaderjaar and identifier', () => {
  it('explains each slip around the chamber and the house form, and fixes it', () => {
    const cases: [string, string, string][] = [
      ['Handelingen  II 2018/19, nr. 28, item 9', 'meer dan één spatie', 'Handelingen II 2018/19, nr. 28, item 9'],
      ['Handelingen II  2018/19, nr. 28, item 9', 'meer dan één spatie', 'Handelingen II 2018/19, nr. 28, item 9'],
      ['Handelingen II2018/19, nr. 28, item 9', 'geen spatie na de Kamer', 'Handelingen II 2018/19, nr. 28, item 9'],
      ['Handelingen II vergaderjaar 2018–2019, nr. 28, item 9', 'komma vóór "vergaderjaar" ontbreekt', 'Handelingen II, vergaderjaar 2018–2019, nr. 28, item 9'],
      ['Handelingen II,vergaderjaar 2018–2019, nr. 28, item 9', 'geen spatie na de komma', 'Handelingen II, vergaderjaar 2018–2019, nr. 28, item 9'],
    ];
    for (const [cited, why, fix] of cases) assertOneSlip(`Zie ${cited}.`, { rule: 'KB112', span: cited, why, fix });
  });

  it('offers no rewrite where the right form is not known', () => {
    const cases: [string, string, 'error' | 'warning'][] = [
      ['Handelingen I/II 2018/19, nr. 28, item 9', 'Kamer moet I of II zijn', 'error'],
      ['Handelingen II 2018/19, item 9', 'vergadernummer (nr.) ontbreekt', 'error'],
      // From vergaderjaar 2010/11 on, the Handelingen are numbered per item; before, per page.
      ['Handelingen II 2010/11, nr. 28', 'vanaf vergaderjaar 2010/11 hoort bij Handelingen een itemnummer', 'warning'],
    ];
    for (const [cited, why, severity] of cases) {
      const draft = `Zie ${cited}.`;
      assertOneSlip(draft, { rule: 'KB112', span: cited, why, fix: null, severity });
      assert.equal(scanCitations(draft).citations[0]!.canonical, null, draft);
    }
    assert.deepEqual(lintText('Zie Handelingen II 2009/10, nr. 28.').messages, []);
  });

  it('gives an identifier to an item (from 2010/11) or a page range (before), with the chamber', () => {
    const cases: [string, string | null, string | null][] = [
      ['Handelingen II 2010/11, nr. 108, item 5, p. 25-36', 'h-tk-20102011-108-5', 'II'],
      ['Handelingen I 2014/15, nr. 11, item 4, p. 5', 'h-ek-20142015-11-4', 'I'],
      ['Handelingen II 2007/08, nr. 108, p. 7909-7943', 'h-tk-20072008-7909-7943', 'II'],
      // One page before 2010/11: no document of its own to point to.
      ['Handelingen II 2007/08, nr. 70, p. 4867', null, 'II'],
      ['Handelingen II 2010/11, nr. 108, p. 25-36', null, 'II'],
      ['Handelingen I/II 2018/19, nr. 28, item 9', null, null],
    ];
    for (const [cited, id, chamber] of cases) {
      const [c] = scanCitations(`Zie ${cited}.`).citations;
      assert.equal(c!.id, id, cited);
      assert.equal(c!.chamber, chamber, cited);
      assert.deepEqual(c!.nrs, [/nr\. (\d+)/.exec(cited)![1]], cited);
    }
  });
});
