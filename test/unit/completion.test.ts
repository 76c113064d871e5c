// core/features/completion.ts: footnote labels after "[^", the section headings after "#", and the
// section snippets with the next free footnote number and its note among the others.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { completions, type CompletionEntry } from '../../server/src/core/features/completion.js';

/** Completions at the "|" in `marked`. */
function at(marked: string): { entries: CompletionEntry[]; offset: number; text: string } {
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  return { entries: completions(analyze(text), offset), offset, text };
}

describe('completion', () => {
  it('after "[^": the defined labels with the start of their text, and the next free number', () => {
    const { entries, offset } = at('Tekst.[^2]\n\nMeer[^|\n\n[^2]: Zie   de\n  brief van de minister over het onderwerp dat hier wordt besproken en dat lang is, heel lang.\n[^a]: Andere noot.');
    assert.deepEqual(entries.map((e) => [e.label, e.detail, e.insert, e.kind, e.snippet, e.replaceStart]), [
      ['2', 'Zie de brief van de minister over het onderwerp dat hier wordt besproken en ', '2', 'footnote', false, offset],
      ['a', 'Andere noot.', 'a', 'footnote', false, offset],
      ['3', 'Nieuwe voetnoot', '3', 'footnote', false, offset],
    ]);
    // What is typed after "[^" is replaced; without definitions the first number is 1.
    const typed = at('Tekst[^1|');
    assert.deepEqual(typed.entries.map((e) => [e.label, e.replaceStart]), [['1', typed.offset - 1]]);
  });

  it('after "## " at the start of a line: the section headings, and the snippets that replace the "## "', () => {
    const { entries, offset } = at('Tekst.\n\n## |');
    const sections = entries.filter((e) => e.kind === 'section');
    assert.deepEqual(sections.map((e) => e.label), ['Motie van het lid … over …', 'Motie van de leden … en … over …', 'Gewijzigde motie van het lid … over …', 'Toezegging – …', 'Vraag …', 'Antwoord …']);
    assert.ok(sections.every((e) => e.replaceStart === offset && e.snippet));
    const snippets = entries.filter((e) => e.kind === 'snippet');
    assert.deepEqual(snippets.map((e) => e.filterText), ['## motie', '## gewijzigde-motie', '## motie-leden', '## toezegging']);
    assert.ok(snippets.every((e) => e.replaceStart === offset - 3 && e.insert.startsWith('## ')));
    // Typed on: the headings still replace only the word after "## ".
    const typed = at('Tekst.\n\n## Mo|');
    assert.ok(typed.entries.filter((e) => e.kind === 'section').every((e) => e.replaceStart === typed.offset - 2));
    // "## " inside a fenced code block is no heading.
    assert.deepEqual(at('```\n## |\n```').entries, []);
  });

  it('a snippet takes the next free footnote number and puts its note after the last one', () => {
    const { entries, text } = at('Tekst[^1].\n\nmo|\n\n[^1]: Noot.');
    const motie = entries.find((e) => e.label === 'motie')!;
    assert.equal(motie.replaceStart, 12);
    assert.deepEqual(motie.extra, { at: text.length, text: '\n[^2]: Kamerstuk 29 754, nr. 451.' });
    assert.match(motie.insert, /\[\^2\]/);
    const voetnoot = entries.find((e) => e.label === 'voetnoot')!;
    assert.deepEqual([voetnoot.insert, voetnoot.extra], ['[^2]$0', { at: text.length, text: '\n[^2]: Kamerstuk 29 754, nr. 482.' }]);
    // The toezegging section has no footnote.
    assert.equal(entries.find((e) => e.label === 'toezegging')!.extra, undefined);
  });
});
