// The vergaderjaar in citations (core/citations/vergaderjaar.ts) and the numbers after "nr."
// (nummer.ts): JJJJ/JJ in the Leidraad form, JJJJ–JJJJ after "vergaderjaar", each slip (KB111,
// KB101) with its explanation and fix, and the turn of the century.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { lintText } from '../../server/src/core/lint.js';
import { assertOneSlip } from '../helpers/slips.js';

const checkOne = (cited: string, rule: string, why: string, fix: string | null): void => void assertOneSlip(`Zie ${cited}.`, { rule, span: cited, why, fix });

describe('vergaderjaar and numbers in citations', () => {
  it('JJJJ/JJ in the Leidraad form: explains each other writing and rewrites it', () => {
    const fixed = 'Kamerstukken II 2018/19, 29 754, nr. 3';
    const cases: [string, string][] = [
      ['Kamerstukken II 2018-19, 29 754, nr. 3', 'koppelteken in plaats van schuine streep: vergaderjaar in een citaat als JJJJ/JJ'],
      ['Kamerstukken II 2018–19, 29 754, nr. 3', 'en-dash in plaats van schuine streep: vergaderjaar in een citaat als JJJJ/JJ'],
      ['Kamerstukken II 2018 / 19, 29 754, nr. 3', 'spaties rond de schuine streep'],
      ['Kamerstukken II 2018/2019, 29 754, nr. 3', 'vergaderjaar in een citaat als JJJJ/JJ, met twee cijfers na de schuine streep'],
      ['Kamerstukken II 2018/019, 29 754, nr. 3', 'vergaderjaar bestaat niet uit twee opeenvolgende jaren; aangenomen: 2018–2019, het enige vergaderjaar dat in 2018 begint'],
    ];
    for (const [cited, why] of cases) checkOne(cited, 'KB111', why, fixed);
    // 1999/00: the second year turns the century.
    const [c] = scanCitations('Zie Kamerstukken II 1999/00, 26 000, nr. 3.').citations;
    assert.deepEqual([c!.valid, c!.vergaderjaar], [true, '1999-2000']);
  });

  it('JJJJ–JJJJ after "vergaderjaar": explains each other writing and rewrites it', () => {
    const fixed = 'Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. 12';
    const cases: [string, string][] = [
      ['Aanhangsel Handelingen, vergaderjaar 2018/2019, nr. 12', 'na "vergaderjaar" vier cijfers met en-dash: JJJJ–JJJJ'],
      ['Aanhangsel Handelingen, vergaderjaar 2018–19, nr. 12', 'na "vergaderjaar" vier cijfers met en-dash: JJJJ–JJJJ'],
      ['Aanhangsel Handelingen, vergaderjaar 2018 – 2019, nr. 12', 'spaties rond het streepje'],
      ['Aanhangsel Handelingen, vergaderjaar 2018-2019, nr. 12', 'koppelteken in plaats van en-dash (–) in het vergaderjaar'],
    ];
    for (const [cited, why] of cases) checkOne(cited, 'KB111', why, fixed);
  });

  it('numbers: spaces in a list, number 0, and the word written out', () => {
    checkOne('Kamerstuk 29 754, nrs. 3,4 en 5', 'KB101', 'geen spatie na de komma tussen de nummers', 'Kamerstuk 29 754, nrs. 3, 4 en 5');
    checkOne('Kamerstuk 29 754, nr. 0', 'KB101', 'ondernummer 0 bestaat niet', null);
    checkOne('Kamerstuk 29 754, nr. 00', 'KB101', 'ondernummer 0 bestaat niet', null);
    checkOne('Kamerstuk 29 754, Nummer 3', 'KB101', '"Nummer" voluit in plaats van "nr."', 'Kamerstuk 29 754, nr. 3');
    for (const ok of ['Kamerstuk 29 754, nr. 10', 'Kamerstuk 29 754, nrs. 3, 4 en 5']) assert.deepEqual(lintText(`Zie ${ok}.`).messages, [], ok);
    assert.deepEqual(scanCitations('Zie Kamerstuk 29 754, nrs. 3, 4 en 5.').citations[0]!.nrs, ['3', '4', '5']);
  });
});
