// Completion from the fixture snapshot: dossiers after "Kamerstuk ", documents after ", nr. ",
// members after "motie van het lid ".
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { completions } from '../../server/src/core/features/completion.js';
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
