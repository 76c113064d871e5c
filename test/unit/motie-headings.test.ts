// Headings as the motie rules see them (motie/headings.ts): parsed heading units and the ATX and
// setext headings of blocks the engine did not parse, their spans, sections, and exactSource.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { documentHeadings, exactSource, sectionOf, within } from '../../server/src/core/rules/motie-shared.js';

/** [depth, text, parsed, source of the span] per heading. */
function headings(text: string): [number, string, boolean, string][] {
  return documentHeadings(analyze(text)).map((h) => [h.depth, h.text, h.unit !== null, text.slice(h.start, h.end)]);
}

describe('motie headings: headings of unparsed blocks', () => {
  it('reads ATX headings: empty, indented, extra spaces, closing hashes, trailing spaces', () => {
    assert.deepEqual(headings('#\n'), [[1, '', false, '#']]);
    assert.deepEqual(headings(' # Bijlage\n'), [[1, 'Bijlage', false, ' # Bijlage']]);
    assert.deepEqual(headings('#   Bijlage\n'), [[1, 'Bijlage', false, '#   Bijlage']]);
    assert.deepEqual(headings('# Bijlage ##\n'), [[1, 'Bijlage', false, '# Bijlage ##']]);
    assert.deepEqual(headings('## Bijlage  ##\n'), [[2, 'Bijlage', false, '## Bijlage  ##']]);
    assert.deepEqual(headings('# Bijlage    \n'), [[1, 'Bijlage', false, '# Bijlage    ']]);
  });

  it('a hash inside or glued to a word is no heading', () => {
    assert.deepEqual(headings('#Rijksoverheid\n'), []);
    assert.deepEqual(headings('Overig\n\nDe app is geschreven in C#\n'), []);
  });

  it('reads setext headings after a line of text, with their depth', () => {
    assert.deepEqual(headings('Titel\n=====\n'), [[1, '', false, '=====']]);
    assert.deepEqual(headings('Titel\n===  \n'), [[1, '', false, '===  ']]);
    assert.deepEqual(headings('Overig\n------\n'), [[2, '', false, '------']]);
  });

  it('a rule, a list item or "5,-" is no setext heading', () => {
    assert.deepEqual(headings('Tekst\n\n---\n'), []);
    assert.deepEqual(headings('# Bijlage\n---\n'), [[1, 'Bijlage', false, '# Bijlage']]);
    assert.deepEqual(headings('Titel\n===\n---\n'), [[1, '', false, '===']]);
    assert.deepEqual(headings('Zie:\n- punt een\n'), []);
    assert.deepEqual(headings('Kosten\nTotaal € 5,-\n'), []);
  });

  it('a heading inside a footnote is no heading of the document', () => {
    assert.deepEqual(headings('Tekst[^1]\n\n[^1]: Motie Becker, Kamerstuk 29 754, nr. 451.\n\n    ## Motie van het lid Becker\n'), []);
  });

  it('code has no headings', () => {
    assert.deepEqual(headings('```\n# fence\n```\n'), []);
    assert.deepEqual(headings('~~~\n# fence\n~~~\n'), []);
  });

  it('gives source spans on later lines and without the carriage return', () => {
    const text = 'Tekst\r\n# Bijlage\r\n';
    const [h] = documentHeadings(analyze(text));
    assert.deepEqual([h!.start, h!.end], [7, 16]);
    const inside = 'Zie:\r\n# Bijlage\r\nTekst\r\n';
    const [i] = documentHeadings(analyze(inside));
    assert.equal(inside.slice(i!.start, i!.end), '# Bijlage');
    const setext = 'Kosten\nOverig\n------\n';
    const [s] = documentHeadings(analyze(setext));
    assert.deepEqual([s!.start, s!.end], [14, 20]);
  });

  it('lists parsed and unparsed headings in document order, once per analysis', () => {
    const doc = analyze('Tekst\n# Bijlage\n\n## Motie van het lid Becker\n\n# Slot\n');
    const got = documentHeadings(doc);
    assert.deepEqual(got.map((h) => [h.depth, h.text, h.unit !== null]), [[1, 'Bijlage', false], [2, 'Motie van het lid Becker', true], [1, 'Slot', false]]);
    assert.equal(documentHeadings(doc), got);
  });
});

describe('motie headings: sections', () => {
  const text = '## Motie van het lid Becker\n\nEen.\n\n## Motie van het lid Kuiken\n\nTwee.\n\n## Motie van het lid Vos\n\nDrie.\n';
  const doc = analyze(text);
  const all = documentHeadings(doc);
  const source = (s: { start: number; end: number }): string => text.slice(s.start, s.end);

  it('a section runs to the next heading of the same level, the last to the end', () => {
    assert.equal(source(sectionOf(doc, all, all[0]!)), '\n\nEen.\n\n');
    assert.equal(source(sectionOf(doc, all, all[2]!)), '\n\nDrie.\n');
  });

  it('an equal copy of a heading gets the same section as the heading itself', () => {
    for (const h of all) assert.deepEqual(sectionOf(doc, all, { ...h }), sectionOf(doc, all, h));
    assert.equal(source(sectionOf(doc, all, { ...all[1]! })), '\n\nTwee.\n\n');
  });

  it('within: indices of the items that start inside a span, the start included', () => {
    const starts = [1, 2, 2, 3, 5];
    assert.deepEqual(within(starts, (x) => x, { start: 2, end: 3 }), [1, 3]);
    assert.deepEqual(within(starts, (x) => x, { start: 3, end: 6 }), [3, 5]);
  });
});

describe('motie headings: exactSource', () => {
  const text = 'De **motie** van het lid Becker.\n';
  const doc = analyze(text);
  const unit = doc.units[0]!;

  it('maps a flat span onto the same source text, and an empty span onto one point', () => {
    assert.equal(unit.flat, 'De motie van het lid Becker.');
    assert.deepEqual(exactSource(doc, unit, 3, 8), [5, 10]);
    assert.deepEqual(exactSource(doc, unit, 3, 3), [5, 5]);
    assert.deepEqual(exactSource(doc, unit, 8, 8), [12, 12]);
  });

  it('gives null where markup stands inside the span', () => {
    assert.equal(exactSource(doc, unit, 0, 8), null);
  });
});
