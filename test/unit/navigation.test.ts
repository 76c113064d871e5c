// core/features/navigation.ts: go to definition (footnote call ↔ its text, Vraag ↔ Antwoord, also
// for combined answers) and the references of a footnote.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { coveredNumbers, definitionAt, footnoteReferences } from '../../server/src/core/features/navigation.js';

const texts = (text: string, spans: { start: number; end: number }[]): string[] => spans.map((s) => text.slice(s.start, s.end));

describe('navigation inside a document', () => {
  it('reads which numbers a Vraag or Antwoord label covers', () => {
    assert.deepEqual(coveredNumbers('Vraag 3'), [3]);
    assert.deepEqual(coveredNumbers('Antwoord 2 en 3'), [2, 3]);
    assert.deepEqual(coveredNumbers('Antwoord op vragen 2, 4 en 6'), [2, 4, 6]);
    assert.deepEqual(coveredNumbers('Antwoord 2 t/m 5'), [2, 3, 4, 5]);
    assert.deepEqual(coveredNumbers('Antwoord 7 t/m 7'), [7]);
    // A range backwards or absurdly long: only its first number.
    assert.deepEqual(coveredNumbers('Antwoord 5 t/m 2'), [5]);
    assert.deepEqual(coveredNumbers('Antwoord 1 t/m 500'), [1]);
    assert.deepEqual(coveredNumbers('Antwoord 1 t/m 201'), [1]);
    assert.deepEqual(coveredNumbers('Antwoord 1 t/m 200'), Array.from({ length: 200 }, (_, i) => i + 1));
    assert.deepEqual(coveredNumbers('Antwoord'), []);
  });

  it('from a footnote call to its text, and from the text\'s label to the first call', () => {
    const text = 'Eerst[^a] en later[^A] weer.\n\n[^a]: De noot.\n';
    const doc = analyze(text);
    assert.deepEqual(texts(text, definitionAt(doc, text.indexOf('[^a]') + 2)), ['[^a]: De noot.']);
    const label = text.lastIndexOf('[^a]') + 2;
    assert.deepEqual(texts(text, definitionAt(doc, label)), ['[^a]']);
    // A definition nobody calls: nowhere to go.
    const lonely = 'Tekst.\n\n[^x]: Niemand roept mij.\n';
    assert.deepEqual(definitionAt(analyze(lonely), lonely.indexOf('[^x]') + 2), []);
  });

  it('from a Vraag to its Antwoord and back, also to an answer that covers several questions', () => {
    const text = '## Vraag 1\n\nWaarom?\n\n## Vraag 2\n\nHoe?\n\n## Antwoord 1 en 2\n\nDaarom.\n';
    const doc = analyze(text);
    assert.deepEqual(texts(text, definitionAt(doc, text.indexOf('Vraag 2') + 2)), ['## Antwoord 1 en 2']);
    assert.deepEqual(texts(text, definitionAt(doc, text.indexOf('Antwoord') + 2)), ['## Vraag 1', '## Vraag 2']);
    // Outside any heading, call or label: nothing.
    assert.deepEqual(definitionAt(doc, text.indexOf('Waarom')), []);
  });

  it('the references of a footnote: every call and the definition\'s label', () => {
    const text = 'Eerst[^1] en later[^1] weer, en een andere[^2].\n\n[^1]: Noot een.\n[^2]: Noot twee.\n';
    const doc = analyze(text);
    const expected = ['[^1]', '[^1]', '[^1]'];
    assert.deepEqual(texts(text, footnoteReferences(doc, text.indexOf('[^1]') + 2)), expected);
    assert.deepEqual(texts(text, footnoteReferences(doc, text.indexOf('[^1]:') + 2)), expected);
    assert.deepEqual(footnoteReferences(doc, text.indexOf('weer')), []);
  });
});
