// lsp/suppress-actions.ts: where "Negeer KBnnn op deze regel" and "… in dit bestand" put their
// comment, on the draft's own text (the LSP-stream cases are in actions.test.ts).
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { fileInsertion, lineInsertion } from '../../server/src/lsp/suppress-actions.js';

/** The draft after the insertion, the reason left empty. */
function inserted(text: string, ins: { at: number; snippet: string } | null): string | null {
  return ins && text.slice(0, ins.at) + ins.snippet.replace('$1', '') + text.slice(ins.at);
}
const onLine = (text: string, at: string, id = 'KB101'): string | null => inserted(text, lineInsertion(analyze(text), text.indexOf(at), id));
const inFile = (text: string, id = 'KB101'): string => inserted(text, fileInsertion(analyze(text), id))!;
const SLIP = 'Zie Kamerstuk 29754, nr. 482.';

describe('suppression comments inserted by the "Negeer" quick fixes', () => {
  it('joins a comment written without spaces, or with "--" right before its end', () => {
    assert.equal(onLine(`Tekst.\n\n<!--kamerbrief-disable-next-line KB308-->\n${SLIP}\n`, 'Kamerstuk'), `Tekst.\n\n<!--kamerbrief-disable-next-line KB308, KB101-->\n${SLIP}\n`);
    assert.equal(onLine(`Tekst.\n\n<!--   kamerbrief-disable-next-line   KB308   -- reden: citaat -->\n${SLIP}\n`, 'Kamerstuk'), `Tekst.\n\n<!--   kamerbrief-disable-next-line   KB308, KB101   -- reden: citaat -->\n${SLIP}\n`);
    assert.equal(onLine(`Tekst.\n\n<!-- kamerbrief-disable-next-line KB308 ---->\n${SLIP}\n`, 'Kamerstuk'), `Tekst.\n\n<!-- kamerbrief-disable-next-line KB308, KB101 ---->\n${SLIP}\n`);
  });

  it('joins only a comment of the right kind, wholly on the line it belongs to', () => {
    // A disable-line comment on the line before covers that line, not this one.
    assert.equal(onLine(`Tekst <!-- kamerbrief-disable-line KB308 -->\n${SLIP}\n`, 'Kamerstuk'), `Tekst <!-- kamerbrief-disable-line KB308 -->\n${SLIP} <!-- kamerbrief-disable-line KB101 -- reden:  -->\n`);
    // A disable-next-line comment further up, or one that starts a line earlier, is not "the line above".
    const far = `<!-- kamerbrief-disable-next-line KB308 -->\nTekst.\n${SLIP}\n`;
    assert.equal(onLine(far, 'Kamerstuk'), `<!-- kamerbrief-disable-next-line KB308 -->\nTekst.\n${SLIP} <!-- kamerbrief-disable-line KB101 -- reden:  -->\n`);
    const twoLines = `Tekst.\n\n<!-- kamerbrief-disable-next-line KB308\n-- reden: citaat -->\n${SLIP}\n`;
    assert.equal(onLine(twoLines, 'Kamerstuk'), `Tekst.\n\n<!-- kamerbrief-disable-next-line KB308\n-- reden: citaat -->\n${SLIP} <!-- kamerbrief-disable-line KB101 -- reden:  -->\n`);
    // A disable-line comment that runs on to the next line is not this line's comment.
    const runsOn = `Tekst.\n\n${SLIP} <!-- kamerbrief-disable-line KB308\n-- reden: citaat -->\n`;
    assert.equal(onLine(runsOn, 'Kamerstuk'), `Tekst.\n\n<!-- kamerbrief-disable-next-line KB101 -- reden:  -->\n${SLIP} <!-- kamerbrief-disable-line KB308\n-- reden: citaat -->\n`);
  });

  it('a line after a line of only spaces starts a block: the comment goes on a line of its own', () => {
    assert.equal(onLine(`Tekst.\n   \n${SLIP}\n`, 'Kamerstuk'), `Tekst.\n   \n<!-- kamerbrief-disable-next-line KB101 -- reden:  -->\n${SLIP}\n`);
  });

  it('nothing on a line of the front matter, its closing fence included', () => {
    const text = `---\nsoort: brief\n---\n${SLIP}\n`;
    const doc = analyze(text);
    assert.equal(lineInsertion(doc, doc.frontMatter!.end, 'KB501'), null);
    assert.equal(lineInsertion(doc, text.indexOf('soort'), 'KB501'), null);
    assert.notEqual(lineInsertion(doc, doc.frontMatter!.end + 1, 'KB101'), null);
  });

  it('"in dit bestand" joins only a disable-file comment with rule names, never narrows one for all rules', () => {
    assert.equal(inFile(`<!-- kamerbrief-disable-next-line KB308 -->\n${SLIP}\n`), `<!-- kamerbrief-disable-file KB101 -- reden:  -->\n<!-- kamerbrief-disable-next-line KB308 -->\n${SLIP}\n`);
    assert.equal(inFile(`<!-- kamerbrief-disable-file -->\n\n${SLIP}\n`), `<!-- kamerbrief-disable-file KB101 -- reden:  -->\n<!-- kamerbrief-disable-file -->\n\n${SLIP}\n`);
  });

  it('"in dit bestand" after a front matter that ends the draft without a line break, and at the very top without one', () => {
    assert.equal(inFile('---\nsoort: brief\n---'), '---\nsoort: brief\n---\n<!-- kamerbrief-disable-file KB101 -- reden:  -->\n');
    assert.equal(inFile(`${SLIP}\n`), `<!-- kamerbrief-disable-file KB101 -- reden:  -->\n${SLIP}\n`);
    assert.equal(inFile(`---\r\nsoort: brief\r\n---\r\n${SLIP}\r\n`), `---\r\nsoort: brief\r\n---\r\n<!-- kamerbrief-disable-file KB101 -- reden:  -->\r\n${SLIP}\r\n`);
  });
});
