// A Kamerstuk cited as its page footer prints it: "Tweede Kamer, vergaderjaar 2018–2019, 29 754,
// nr. 3" and "Eerste Kamer, vergaderjaar 2018–2019, 35 000, A" (core/citations/kamer-voluit.ts):
// what it resolves to, the explanation and the rewrite to the letter or Leidraad form.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { lintText } from '../../server/src/core/lint.js';
import { assertOneSlip } from '../helpers/slips.js';

describe('Kamerstukken cited in their page-footer form', () => {
  it('rewrites a Tweede Kamer footer to the letter form, with or without the vergaderjaar', () => {
    const cases: [string, string][] = [
      ['Tweede Kamer, vergaderjaar 2018–2019, 29 754, nr. 3', 'paginavoet van een Kamerstuk als citaat: schrijf de briefnotatie'],
      ['Tweede Kamer, vergaderjaar 2018–2019, 29754, nr. 3', 'paginavoet van een Kamerstuk als citaat: schrijf de briefnotatie'],
      ['Tweede Kamer, 29 754, nr. 3', '"Tweede Kamer" vóór het dossiernummer: schrijf de briefnotatie'],
    ];
    for (const [cited, why] of cases) {
      const draft = `Zie ${cited}.`;
      const kb101 = lintText(draft).messages.filter((m) => m.ruleId === 'KB101');
      assert.equal(kb101.length, 1, draft);
      assert.equal(draft.slice(kb101[0]!.start, kb101[0]!.end), cited, draft);
      assert.ok(kb101[0]!.message.includes(why), `${draft}: ${kb101[0]!.message}`);
      assert.deepEqual(kb101[0]!.fix, { range: [4, 4 + cited.length], text: 'Kamerstuk 29 754, nr. 3' }, draft);
      const [c] = scanCitations(draft).citations;
      assert.deepEqual([c!.kind, c!.id, c!.nrs, c!.chamber, c!.dossier], ['kamerstuk', 'kst-29754-3', ['3'], 'II', [29754]], draft);
    }
    assert.equal(scanCitations('Zie Tweede Kamer, vergaderjaar 2018–2019, 29 754, nr. 3.').citations[0]!.vergaderjaar, '2018-2019');
    assert.equal(scanCitations('Zie Tweede Kamer, 29 754, nr. 3.').citations[0]!.vergaderjaar, null);
    // From 10 000 on, a number without thousands space is a dossier number too; several numbers stay several.
    assert.equal(lintText('Zie Tweede Kamer, 10000, nr. 3.').messages[0]!.fix?.text, 'Kamerstuk 10 000, nr. 3');
    assert.equal(lintText('Zie Tweede Kamer, 29 754, nrs. 3 en 4.').messages[0]!.fix?.text, 'Kamerstuk 29 754, nrs. 3 en 4');
  });

  it('rewrites an Eerste Kamer footer to the Leidraad form, and asks for the year when it is missing', () => {
    const withYear = 'Zie Eerste Kamer, vergaderjaar 2018–2019, 35 000, A.';
    assertOneSlip(withYear, { rule: 'KB105', span: withYear.slice(4, -1), why: 'Eerste Kamer-stuk in de vorm van een paginavoet: "Kamerstukken I JJJJ/JJ, …"', fix: 'Kamerstukken I 2018/19, 35 000, A' });
    const [c] = scanCitations(withYear).citations;
    assert.deepEqual([c!.kind, c!.id, c!.chamber, c!.vergaderjaar], ['kamerstukken-leidraad', 'kst-35000-A', 'I', '2018-2019']);

    const noYear = 'Zie Eerste Kamer, 35 000, A.';
    const [n] = lintText(noYear).messages;
    assert.equal(n!.ruleId, 'KB105');
    assert.ok(n!.message.includes('verwacht "Kamerstukken I JJJJ/JJ, 35 000, A"'), n!.message);
    assert.ok(n!.message.endsWith('(Eerste Kamer-stuk zonder vergaderjaar: het vergaderjaar staat niet in de tekst)'), n!.message);
    assert.equal(n!.fix, undefined);
  });

  it('is no citation with a short dossier number, a register form or a letter where "nr." belongs', () => {
    for (const draft of [
      'Zie Tweede Kamer, vergaderjaar 2018–2019, 9754, nr. 3.',
      'Zie Tweede Kamer, 29 754-502.',
      'Zie Tweede Kamer, vergaderjaar 2018–2019, 29 754, A.',
      'Zie Tweede Kamer, 29 754, item 3.',
    ]) {
      assert.deepEqual(scanCitations(draft).citations, [], draft);
    }
  });
});
