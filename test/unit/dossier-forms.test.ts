// The dossier part of a Kamerstuk citation (core/citations/dossier.ts): toevoegingen after a
// space or a hyphen, in capitals or not, sub-dossiers, ondernummers, the Rijkswet part and a
// thousands space in the wrong place. Each form with the rule, the explanation a writer reads,
// the span and the fix — what a mutation run over dossier.ts showed no test held.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { lintText } from '../../server/src/core/lint.js';
import { assertOneSlip } from '../helpers/slips.js';

/** [draft, rule, explanation at the end of the message, fix (null: none offered)] */
type Slip = [string, string, string, string | null];

/** The message covers the whole citation: the draft without "Zie " and the final period. */
const checkSlip = ([draft, rule, why, fix]: Slip): void => void assertOneSlip(draft, { rule, span: draft.slice(4, -1), why, fix });

describe('dossier numbers and their toevoegingen', () => {
  it('explains each toevoeging slip (KB103) and fixes it where the right form is known', () => {
    const slips: Slip[] = [
      ['Zie Kamerstuk 36 410-viii, nr. 3.', 'KB103', 'toevoeging in kleine letters en met koppelteken', 'Kamerstuk 36 410 VIII, nr. 3'],
      ['Zie Kamerstuk 36 410-VIII, nr. 3.', 'KB103', 'begrotingshoofdstuk of fondsletter met koppelteken in plaats van spatie', 'Kamerstuk 36 410 VIII, nr. 3'],
      ['Zie Kamerstuk 36 410-A, nr. 3.', 'KB103', 'begrotingshoofdstuk of fondsletter met koppelteken in plaats van spatie', 'Kamerstuk 36 410 A, nr. 3'],
      ['Zie Kamerstuk 36 410 viii, nr. 3.', 'KB103', 'Romeins cijfer in kleine letters', 'Kamerstuk 36 410 VIII, nr. 3'],
      ['Zie Kamerstuk 36 410 iib, nr. 3.', 'KB103', 'Romeins cijfer in kleine letters', 'Kamerstuk 36 410 IIB, nr. 3'],
      ['Zie Kamerstuk 21 501 02, nr. 3.', 'KB103', 'subdossier zonder koppelteken', 'Kamerstuk 21 501-02, nr. 3'],
      // A digit 1 for a Roman I: which numeral was meant is not certain, so no fix.
      ['Zie Kamerstuk 36 410 XV1, nr. 3.', 'KB103', 'cijfer 1 in het Romeinse cijfer "XV1"', null],
      ['Zie Kamerstuk 36 410 II1, nr. 3.', 'KB103', 'cijfer 1 in het Romeinse cijfer "II1"', null],
    ];
    slips.forEach(checkSlip);
  });

  it('explains the number slips (KB101): a misplaced thousands space, the Rijkswet part, the register forms', () => {
    const slips: Slip[] = [
      ['Zie Kamerstuk 297 54, nr. 3.', 'KB101', 'duizendtalspatie op de verkeerde plaats in het dossiernummer', 'Kamerstuk 29 754, nr. 3'],
      ['Zie Kamerstuk 36 069-(R2171), nr. 3.', 'KB101', 'één spatie vóór het Rijkswetnummer: "(R…)"', 'Kamerstuk 36 069 (R2171), nr. 3'],
      // Two digits after a hyphen are a sub-dossier before ", nr." or "nr."; else an ondernummer.
      ['Zie Kamerstuk 21501-20, nr. 3.', 'KB101', 'dossiernummer zonder duizendtalspatie', 'Kamerstuk 21 501-20, nr. 3'],
      ['Zie Kamerstuk 21501-20 nr. 3.', 'KB101', 'dossiernummer zonder duizendtalspatie; komma tussen dossiernummer en nr. ontbreekt', 'Kamerstuk 21 501-20, nr. 3'],
      ['Zie Kamerstuk 21501-20.', 'KB104', 'registervorm in de tekst van een brief: schrijf de briefnotatie', 'Kamerstuk 21 501, nr. 20'],
      ['Zie Kamerstuk 29754-705.', 'KB104', 'registervorm in de tekst van een brief: schrijf de briefnotatie', 'Kamerstuk 29 754, nr. 705'],
      ['Zie Kamerstuk 36410-viii-3.', 'KB104', 'registervorm in de tekst van een brief: schrijf de briefnotatie', 'Kamerstuk 36 410 VIII, nr. 3'],
    ];
    slips.forEach(checkSlip);
  });

  it('accepts the house forms as they are', () => {
    for (const draft of [
      'Zie Kamerstuk 36 410 VIII, nr. 3.',
      'Zie Kamerstuk 36 410 IIA, nr. 3.',
      'Zie Kamerstuk 36 410 A, nr. 3.',
      'Zie Kamerstuk 21 501-02, nr. 3.',
      'Zie Kamerstuk 36 069 (R2171), nr. 3.',
      // Hard-wrapped before the Rijkswet part: one gap, as the printed letter has it.
      'Zie Kamerstuk 36 069\n  (R2171), nr. 3.',
    ]) {
      assert.deepEqual(lintText(draft).messages, [], draft);
      const [c] = scanCitations(draft).citations;
      assert.equal(c?.valid, true, draft);
      assert.equal(c?.canonical, draft.slice(4, -1).replace(/\n\s+/, ' '), draft);
    }
  });

  it('ends the dossier where a toevoeging cannot be one', () => {
    // Two spaces before the Rijkswet part, a lower-case fund letter after a hyphen, three digits,
    // letters that are no Roman numeral: the citation names the dossier alone.
    for (const [draft, cited] of [
      ['Zie Kamerstuk 36 069  (R2171), nr. 3.', 'Kamerstuk 36 069'],
      ['Zie Kamerstuk 36 410-a, nr. 3.', 'Kamerstuk 36 410'],
      ['Zie Kamerstuk 36 410 111, nr. 3.', 'Kamerstuk 36 410'],
      ['Zie Kamerstuk 36 410 IIII, nr. 3.', 'Kamerstuk 36 410'],
      ['Zie Kamerstuk 36 410-IIII, nr. 3.', 'Kamerstuk 36 410'],
    ] as const) {
      const [c] = scanCitations(draft).citations;
      assert.equal(draft.slice(c!.start, c!.end), cited, draft);
      assert.equal(c!.canonical, null, draft);
    }
  });
});
