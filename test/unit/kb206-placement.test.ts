// KB206 (footnote call placement), case by case: the majority of the writer's own placements
// decides and a tie goes to "before the punctuation"; an abbreviation's period says nothing; a
// prose paragraph of more than eight words that ends in a call without a closing mark gets a
// warning, but not a list item, a quote, a heading, a footnote or a short line, and only an info
// in the Kamerlid's question text. The fixtures show two whole documents; these pin each branch.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';

const NOTES = (n: number) => Array.from({ length: n }, (_, i) => `[^${i + 1}]: Kamerstuk 29 754, nr. ${i + 1}.`).join('\n');
function kb206(body: string, notes = 6) {
  const text = `${body}\n\n${NOTES(notes)}\n`;
  return lintText(text).messages.filter((m) => m.ruleId === 'KB206').map((m) => `${text.slice(m.start, m.end)} ${m.severity}: ${m.message}`);
}
const LONG = 'Het kabinet heeft uw Kamer eerder over deze aanpak geïnformeerd in een brief';

describe('KB206 voetnoot-plaatsing', () => {
  it('the majority after the punctuation: a call before it is flagged', () => {
    assert.deepEqual(kb206('Een zin.[^1] Nog een zin.[^2] Een derde zin[^3].'), [
      '[^3] info: Onverwachte plaats van voetnoot "[^3]" vóór het leesteken, verwacht de verwijzing na het leesteken, zoals elders in de eigen tekst',
    ]);
  });

  it('the majority before it, and a tie, go to "before"', () => {
    assert.deepEqual(kb206('Een zin[^1]. Nog een zin[^2]. Een derde zin.[^3]'), [
      '[^3] info: Onverwachte plaats van voetnoot "[^3]" na het leesteken, verwacht de verwijzing vóór het leesteken, zoals elders in de eigen tekst',
    ]);
    assert.deepEqual(kb206('Een zin[^1]. Nog een zin.[^2]'), ['[^2] info: Onverwachte plaats van voetnoot "[^2]" na het leesteken, verwacht de verwijzing vóór het leesteken, zoals elders in de eigen tekst']);
    assert.deepEqual(kb206('Een zin.[^1] Nog een zin.[^2]'), [], 'all the same way: nothing');
  });

  it('a call after an abbreviation\'s period ("c.s.[^1]") counts neither way; commas and colons do', () => {
    assert.deepEqual(kb206('De motie Becker c.s.[^1] vraagt iets[^2]. En nog iets[^3].'), []);
    assert.equal(kb206('Zie dit,[^1] en dat[^2], en zo[^3].').length, 1);
  });

  it('a prose paragraph of more than eight words ending in a call without a closing mark: a warning', () => {
    assert.deepEqual(kb206(`${LONG}[^1]`, 1), [
      '[^1] warning: Onverwacht zinseinde "…brief[^1]", verwacht een punt bij de voetnootverwijzing, zoals "brief[^1]." (de alinea eindigt zonder slotteken)',
    ]);
    assert.deepEqual(kb206(`${LONG} (Kamerstuk 29 754, nr. 1)[^1]`, 1).map((m) => m.split(':')[0]), ['[^1] warning']);
    assert.deepEqual(kb206(`${LONG}[^1] `, 1).length, 1, 'white space after the call does not end the sentence');
  });

  it('not for eight words or fewer, a call in mid-sentence, or text that is no prose paragraph', () => {
    assert.deepEqual(kb206('Zie de brief van het kabinet daar hierover[^1]', 1), [], 'eight words');
    assert.equal(kb206('Zie de brief van het kabinet daar nu hierover[^1]', 1).length, 1, 'nine words');
    assert.deepEqual(kb206(`${LONG}[^1] en daarna volgt nog meer tekst.`, 1), [], 'not the last word');
    assert.deepEqual(kb206(`- ${LONG}[^1]`, 1), [], 'a list item');
    assert.deepEqual(kb206(`> ${LONG}[^1]`, 1), [], 'a quote');
    assert.deepEqual(kb206(`## ${LONG}[^1]`, 1), [], 'a heading');
    assert.deepEqual(kb206(`Tekst.[^1]\n\n[^2]: ${LONG}[^1]`, 1).filter((m) => m.includes('zinseinde')), [], 'a footnote');
    assert.deepEqual(kb206(`${LONG} – [^1]`, 1), [], 'after a dash: no word before the call');
  });

  it('in the Kamerlid\'s question text: only an info, and its placements are not compared', () => {
    const qa = `---\nsoort: antwoorden-kamervragen\n---\n\n### Vraag 1\n\n${LONG}[^1]\n\n### Antwoord 1\n\nJa.[^2] Zie ook dit.[^3]\n\n### Vraag 2\n\nKent u het bericht[^4]?\n\n### Antwoord 2\n\nJa.`;
    assert.deepEqual(kb206(qa, 4).map((m) => m.split(':')[0]), ['[^1] info']);
  });
});
