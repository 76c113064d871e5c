// KB303's explanation names who submitted the motie in a sentence that is Dutch for one indiener
// and for several ("is … ingediend door A en B"; it said "dienden Van der Plas … in", wrong for one).
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

function kb303(citation: string): string[] {
  const text = `De motie van het lid Jansen (${citation}) vraagt iets.\n`;
  return lintText(text, { data: fixtureSnapshot() }).messages.filter((m) => m.ruleId === 'KB303').map((m) => m.message);
}

describe('KB303 message wording', () => {
  it('one indiener: "is … ingediend door Van der Plas"', () => {
    assert.deepEqual(kb303('Kamerstuk 36 410 XVI, nr. 66'), [
      'Onverwachte indiener "Jansen", verwacht "Van der Plas" (volgens de gegevens is Kamerstuk 36 410 XVI, nr. 66 ingediend door Van der Plas)',
    ]);
  });
  it('two indieners: "A en B"', () => {
    assert.deepEqual(kb303('Kamerstuk 29 754, nr. 452'), [
      'Onverwachte indiener "Jansen", verwacht "Kuiken" (volgens de gegevens is Kamerstuk 29 754, nr. 452 ingediend door Kuiken en Gijs van Dijk)',
    ]);
  });
  it('three indieners: "A, B en C"', () => {
    const [msg] = kb303('Kamerstuk 21 501-20, nr. 2118');
    assert.match(msg!, /\(volgens de gegevens is Kamerstuk 21 501-20, nr\. 2118 ingediend door Klaver, Paternotte en Dassen\)$/);
  });
});
