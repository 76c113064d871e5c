// Staatsblad and Staatscourant citations (core/citations/publicaties.ts), zaaknummers
// (zaaknummer.ts) and a vergaderjaar on its own in the text (vergaderjaar-los.ts): each slip with
// its explanation and fix, and what is no citation.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { lintText } from '../../server/src/core/lint.js';
import { assertOneSlip } from '../helpers/slips.js';

const checkOne = (draft: string, span: string, rule: string, why: string, fix: string | null): void => void assertOneSlip(draft, { rule, span, why, fix });

describe('publications, zaaknummers and a vergaderjaar on its own', () => {
  it('Staatsblad: period, spaces and comma (KB115)', () => {
    checkOne('Zie Stb.2019, 123.', 'Stb.2019, 123', 'KB115', 'spatie na "Stb." ontbreekt', 'Stb. 2019, 123');
    checkOne('Zie Stb. 2019,123.', 'Stb. 2019,123', 'KB115', 'spatie na de komma ontbreekt', 'Stb. 2019, 123');
    checkOne('Zie Stb 2019, 123.', 'Stb 2019, 123', 'KB115', 'punt na "Stb" ontbreekt', 'Stb. 2019, 123');
    checkOne('Zie Stb 2019 123.', 'Stb 2019 123', 'KB115', 'punt na "Stb" ontbreekt; komma tussen jaar en nummer ontbreekt', 'Stb. 2019, 123');
    assert.deepEqual(lintText('Zie Stcrt. 2020, 45.').messages, []);
    assert.equal(scanCitations('Zie Stcrt. 2020, 45.').citations[0]!.style, 'neutral');
  });

  it('zaaknummers: four-digit year, five-digit serial, capital Z, no spaces (KB114)', () => {
    assert.deepEqual(lintText('Zie zaak 2019Z12345.').messages, []);
    checkOne('Zie 19Z12345.', '19Z12345', 'KB114', 'jaar in vier cijfers', '2019Z12345');
    checkOne('Zie 2019Z1234.', '2019Z1234', 'KB114', 'volgnummer heeft vijf cijfers (met voorloopnullen)', null);
    checkOne('Zie 2019 Z 12345.', '2019 Z 12345', 'KB114', 'geen spaties binnen het nummer', '2019Z12345');
    checkOne('Zie 2019z12345.', '2019z12345', 'KB114', 'hoofdletter Z in plaats van "z"', '2019Z12345');
    // A year outside 19xx/20xx, or a spaced lower-case form with a short serial, is no zaaknummer.
    assert.deepEqual(scanCitations('Zie 1819Z12345.').citations, []);
    assert.deepEqual(scanCitations('Zie 2019 z 1234.').citations, []);
    assert.equal(scanCitations('Zie zaak 2019Z12345.').citations[0]!.style, 'id');
  });

  it('a vergaderjaar in the text is written JJJJ–JJJJ (KB111)', () => {
    checkOne('in vergaderjaar 2018/2019 was het', 'vergaderjaar 2018/2019', 'KB111', 'na "vergaderjaar" vier cijfers met en-dash: JJJJ–JJJJ', 'vergaderjaar 2018–2019');
    checkOne('in vergaderjaar 2018-19 was het', 'vergaderjaar 2018-19', 'KB111', 'na "vergaderjaar" vier cijfers met en-dash: JJJJ–JJJJ', 'vergaderjaar 2018–2019');
    checkOne('in vergaderjaar 2018–2020 was het', 'vergaderjaar 2018–2020', 'KB111', 'vergaderjaar bestaat niet uit twee opeenvolgende jaren', null);
    checkOne('in vergaderjaar 2018/019 was het', 'vergaderjaar 2018/019', 'KB111', 'vergaderjaar bestaat niet uit twee opeenvolgende jaren; aangenomen: 2018–2019, het enige vergaderjaar dat in 2018 begint', 'vergaderjaar 2018–2019');
    assert.deepEqual(lintText('in vergaderjaar 2018–2019 was het').messages, []);
  });
});
