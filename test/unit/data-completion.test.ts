// Completion from the fixture snapshot: dossiers after "Kamerstuk ", documents after ", nr. ",
// members after "motie van het lid ".
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { completions } from '../../server/src/core/features/completion.js';
import { dataCompletions } from '../../server/src/core/features/data-completion.js';
import type { Snapshot } from '../../server/src/core/data-port.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

function at(text: string) {
  return completions(analyze(text), text.length, fixtureSnapshot());
}

describe('completion from the snapshot', () => {
  it('offers dossiers after "Kamerstuk " with their titles, inserting the house style', () => {
    const got = at('Zie Kamerstuk 19');
    assert.deepEqual(got.map((c) => [c.label, c.detail, c.insert]), [['19 637', 'Vreemdelingenbeleid', '19 637, nr. ']]);
    assert.deepEqual(at('Zie Kamerstuk 36 4').map((c) => c.label), ['36 410 XVI']);
    assert.deepEqual(at('Zie Kamerstuk 21501').map((c) => c.label), ['21 501-20']);
  });

  it('offers the documents of a dossier after ", nr. "', () => {
    const got = at('Zie Kamerstuk 29 754, nr. 45');
    assert.deepEqual(got.map((c) => c.label), ['451', '452', '459']);
    assert.match(got[0]!.detail, /^Motie/);
  });

  it('offers members after "motie van het lid "', () => {
    const got = at('Naar aanleiding van de motie van het lid Van N');
    assert.deepEqual(got.map((c) => c.insert), ['Van Nispen']);
    assert.equal(got[0]!.replaceStart, 'Naar aanleiding van de motie van het lid '.length);
  });

  it('offers nothing from data without a snapshot', () => {
    const text = 'Zie Kamerstuk 19';
    assert.deepEqual(completions(analyze(text), text.length, null), []);
  });
});

describe('completion from the snapshot: every part of an entry', () => {
  // Members as the Kamer registers them: a tussenvoegsel in lower case, a party history.
  const members = {
    meta: { createdAt: '2025-04-25T00:00:00Z' },
    personsStartingWith: (prefix: string) =>
      [
        { id: 'a', achternaam: 'Plas', tussenvoegsel: 'van der', initialen: 'C.', roepnaam: 'Caroline', fracties: [{ fractie: 'CDA', van: null, tot: '2019-01-01' }, { fractie: 'BBB', van: '2019-01-01', tot: null }] },
        { id: 'b', achternaam: 'Nieuw', tussenvoegsel: null, initialen: null, roepnaam: null, fracties: [] },
      ].filter((p) => `${p.tussenvoegsel ?? ''} ${p.achternaam}`.trim().toLowerCase().startsWith(prefix.toLowerCase()) || p.achternaam.toLowerCase().startsWith(prefix.toLowerCase())),
  } as unknown as Snapshot;

  it('a member: the tussenvoegsel with a capital, initials and the latest party, the party inserted too', () => {
    const text = 'de motie van het lid ';
    const got = dataCompletions(text, text.length, members);
    assert.deepEqual(got.map((c) => [c.label, c.detail, c.insert, c.replaceStart, c.kind, c.snippet]), [
      ['Van der Plas', 'C. · BBB', 'Van der Plas (BBB)', text.length, 'member', false],
      ['Nieuw', 'Kamerlid', 'Nieuw', text.length, 'member', false],
    ]);
    // What is typed is replaced, also after "de leden … en" and after a comma in a list of members.
    for (const typed of ['de motie van het lid Ni', 'de Motie van de leden Becker en Ni', 'de motie van de leden Becker, Ni']) {
      const [only, ...rest] = dataCompletions(typed, typed.length, members);
      assert.equal(rest.length, 0, typed);
      assert.deepEqual([only!.label, only!.replaceStart], ['Nieuw', typed.length - 2], typed);
    }
    assert.deepEqual(dataCompletions('de motie is van het lid ', 24, members), []);
  });

  it('dossiers: the ones the letter cites first, each once; the plural continues with "nrs."', () => {
    const text = 'Zie Kamerstuk ';
    const got = dataCompletions(text, text.length, fixtureSnapshot(), ['36410-XVI', '29754']);
    assert.deepEqual(got.slice(0, 3).map((c) => [c.label, c.insert, c.replaceStart, c.kind]), [
      ['36 410 XVI', '36 410 XVI, nr. ', text.length, 'dossier'],
      ['29 754', '29 754, nr. ', text.length, 'dossier'],
      ['19 637', '19 637, nr. ', text.length, 'dossier'],
    ]);
    assert.equal(new Set(got.map((c) => c.label)).size, got.length);
    const plural = 'Zie Kamerstukken 29 7';
    assert.deepEqual(dataCompletions(plural, plural.length, fixtureSnapshot()).map((c) => [c.insert, c.replaceStart]), [['29 754, nrs. ', plural.length - 4]]);
    // A cited dossier that does not start with what is typed is not offered.
    assert.deepEqual(dataCompletions('Zie Kamerstuk 19', 16, fixtureSnapshot(), ['29754']).map((c) => c.label), ['19 637']);
  });

  it('documents: number, kind, subject or title, date; for toevoegingen and sub-dossiers too', () => {
    const text = 'Zie Kamerstuk 29754, nr. ';
    const [first] = dataCompletions(text, text.length, fixtureSnapshot());
    assert.deepEqual([first!.label, first!.detail, first!.insert, first!.replaceStart, first!.kind], ['448', 'Brief regering · 2018-04-26', '448', text.length, 'document']);
    assert.deepEqual(dataCompletions('Zie Kamerstuk 36 410 XVI, nr. ', 30, fixtureSnapshot()).map((c) => [c.label, c.detail]), [['66', 'Motie · Motie van het lid Van der Plas · 2024-01-25']]);
    assert.deepEqual(dataCompletions('Zie Kamerstuk 21 501-20, nr. ', 29, fixtureSnapshot()).map((c) => c.label), ['2118']);
    assert.deepEqual(dataCompletions('Zie Kamerstuk 29 754, nr. 45', 28, fixtureSnapshot()).map((c) => [c.label, c.replaceStart]), [['451', 26], ['452', 26], ['459', 26]]);
  });
});
