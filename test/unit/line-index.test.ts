// core/lines.ts: offsets to LSP positions and back. The language server turns every cursor and
// range the editor sends into an offset with offsetAt, so its edges decide what a hover or a quick
// fix sees: past a line's end, past the last line, a negative column, CRLF line ends.
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/lines.js';

describe('LineIndex (core/lines.ts)', () => {
  const text = 'een\r\ntwee\n\ndrie';
  const lines = new LineIndex(text);

  it('finds line starts after every "\\n", a "\\r" before it belonging to the line end', () => {
    assert.equal(lines.lineCount, 4);
    assert.deepEqual([0, 1, 2, 3].map((l) => lines.lineStart(l)), [0, 5, 10, 11]);
    assert.equal(lines.lineStart(-1), 0);
    assert.equal(lines.lineStart(9), 11, 'past the last line: the last line');
    // A text that starts with a line break has an empty first line.
    const leading = new LineIndex('\nx');
    assert.equal(leading.lineCount, 2);
    assert.deepEqual(leading.positionAt(1), { line: 1, character: 0 });
    assert.equal(new LineIndex('').lineCount, 1);
  });

  it('positionAt: line and UTF-16 column, clamped to the text', () => {
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(4), { line: 0, character: 4 }, 'the "\\n" of a CRLF is still on its line');
    assert.deepEqual(lines.positionAt(5), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(10), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(13), { line: 3, character: 2 });
    assert.deepEqual(lines.positionAt(99), { line: 3, character: 4 });
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(new LineIndex('😀x').positionAt(2), { line: 0, character: 2 }, 'an emoji is two code units');
  });

  it('offsetAt: the inverse of positionAt, a column past the line end stops at the next line start', () => {
    for (let o = 0; o <= text.length; o++) assert.equal(lines.offsetAt(lines.positionAt(o)), o, `offset ${o}`);
    assert.equal(lines.offsetAt({ line: 0, character: 50 }), 5, 'line 0 ends where line 1 starts');
    assert.equal(lines.offsetAt({ line: 2, character: 3 }), 11);
    assert.equal(lines.offsetAt({ line: 3, character: 50 }), text.length, 'the last line ends at the text end');
    assert.equal(lines.offsetAt({ line: 4, character: 0 }), text.length, 'past the last line');
    assert.equal(lines.offsetAt({ line: 1, character: -3 }), 5, 'a negative column is the line start');
    assert.equal(lines.offsetAt({ line: -1, character: 2 }), 0, 'a negative line: the start of the text');
  });
});
