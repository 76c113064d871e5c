// Kamerstukken as the Kamer's own lists cite moties, in parentheses: "(22026, nr. 27)",
// "(35300-VI, letter Y)" (core/citations/lijstvorm.ts). Valid as written; a slip is explained and,
// where the letter form is known, rewritten to it.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { lintText } from '../../server/src/core/lint.js';
import { assertOneSlip } from '../helpers/slips.js';

const say = (cited: string) => `De motie (${cited}) is aangenomen.`;

describe('list forms in parentheses', () => {
  it('accepts the list forms as written, with sub-dossiers and toevoegingen', () => {
    const cases: [string, string][] = [
      ['22026, nr. 27', 'Kamerstuk 22 026, nr. 27'],
      ['21501-02, nr. 27', 'Kamerstuk 21 501-02, nr. 27'],
      ['35300-A, nr. 15', 'Kamerstuk 35 300 A, nr. 15'],
    ];
    for (const [cited, canonical] of cases) {
      assert.deepEqual(lintText(say(cited)).messages, [], cited);
      const [c] = scanCitations(say(cited)).citations;
      assert.deepEqual([say(cited).slice(c!.start, c!.end), c!.canonical, c!.valid], [cited, canonical, true], cited);
    }
  });

  it('explains each slip; a number is rewritten to the letter form, a letter (Eerste Kamer) is not', () => {
    const cases: [string, string, string | null][] = [
      ['25295 nr. 961', 'komma ontbreekt', 'Kamerstuk 25 295, nr. 961'],
      ['25295,nr. 961', 'geen spatie na de komma', 'Kamerstuk 25 295, nr. 961'],
      ['25295, nr 961', '"nr" zonder punt', 'Kamerstuk 25 295, nr. 961'],
      ['25295, nr.961', 'geen spatie na nr.', 'Kamerstuk 25 295, nr. 961'],
      ['35300-A nr. 15', 'komma ontbreekt', 'Kamerstuk 35 300 A, nr. 15'],
      ['35300-VI,letter Y', 'geen spatie na de komma', null],
      ['35300-VI, letterY', 'geen spatie na "letter"', null],
    ];
    for (const [cited, why, fix] of cases) {
      assertOneSlip(say(cited), { rule: 'KB104', severity: 'warning', span: cited, why: `lijstvorm met een slordigheid (${why}): schrijf de briefnotatie`, fix });
    }
  });

  it('is no list form with "letter." or a letter after "nr." or a number after "letter"', () => {
    for (const cited of ['35300-VI, letter. Y', '35300-VI, nr. Y', '35300-VI, letter 5']) {
      assert.deepEqual(scanCitations(say(cited)).citations, [], cited);
    }
  });
});
