// core/degraded.ts: which blocks are too hostile for micromark and take the plain path. The limits
// are exact: a real letter never comes near them, and one character past them must switch.
import assert from 'node:assert/strict';
import { isPathological } from '../../server/src/core/degraded.js';

describe('hostile blocks (isPathological)', () => {
  it('a block longer than 100,000 characters', () => {
    assert.equal(isPathological('a'.repeat(100_000)), false);
    assert.equal(isPathological('a'.repeat(100_001)), true);
  });

  it('more than 400 brackets or 400 emphasis markers in one paragraph', () => {
    for (const mark of ['[', ']', '*', '_']) {
      assert.equal(isPathological(`tekst ${mark.repeat(400)} tekst`), false, mark);
      assert.equal(isPathological(`tekst ${mark.repeat(401)} tekst`), true, mark);
    }
    // Brackets and emphasis count apart.
    assert.equal(isPathological(`${'['.repeat(400)} ${'*'.repeat(400)}`), false);
  });

  it('counts per footnote definition, so the notes at the end of a long letter are no attack', () => {
    const notes = Array.from({ length: 300 }, (_, i) => `[^${i}]: Noot ${i}.`).join('\n');
    assert.equal(isPathological(notes), false);
    // Without the definitions' line starts the same brackets are one paragraph's.
    assert.equal(isPathological(notes.replace(/\n/g, ' ')), true);
    // Over the limit before a definition: caught at the definition, not forgotten.
    assert.equal(isPathological(`${'['.repeat(401)}\n[^1]: Noot.`), true);
    assert.equal(isPathological(`${'*'.repeat(401)}\n[^1]: Noot.`), true);
    // Exactly at the limit before a definition is still no attack; the count starts again after it.
    assert.equal(isPathological(`${'['.repeat(400)}\n[^1]: ${'['.repeat(398)}`), false);
    assert.equal(isPathological(`${'_'.repeat(400)}\n[^1]: ${'_'.repeat(400)}`), false);
    // An ordinary line break does not start the count again.
    assert.equal(isPathological(`${'['.repeat(300)}\n${'['.repeat(101)}`), true);
  });

  it('more than 40 container markers at the start of one line (spaces between them do not count)', () => {
    for (const mark of ['>', '-', '+', '*', '0', '1', '9', '.', ')']) {
      assert.equal(isPathological(`${`${mark} `.repeat(40)}tekst`), false, mark);
      assert.equal(isPathological(`${`${mark} `.repeat(41)}tekst`), true, mark);
    }
    assert.equal(isPathological(`${'>\t'.repeat(41)}tekst`), true);
    // Each line counts on its own; a marker after text is no container.
    assert.equal(isPathological(`${'> '.repeat(30)}a\n${'> '.repeat(30)}b`), false);
    assert.equal(isPathological(`a ${'> '.repeat(41)}`), false);
    // A later line is counted from its own start.
    assert.equal(isPathological(`tekst\n${'> '.repeat(41)}b`), true);
  });
});
