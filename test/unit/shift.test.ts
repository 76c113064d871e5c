// core/shift.ts: a unit's cached facts moved by d characters — every span (pieces, footnote calls,
// citations with their issues and fixes) moves, the text does not, empty lists stay the same lists,
// and a move by zero is the unit itself.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import type { Unit } from '../../server/src/core/model.js';
import { shiftUnit } from '../../server/src/core/shift.js';

describe('shifting a unit', () => {
  const text = 'Zie de brief van 3 juni (Kamerstuk 29754 nr. 462) en de motie[^1].\n\nDe motie wordt uitgevoerd.\n\n[^1]: Kamerstuk 29 754, nr. 451.\n';
  // Fresh units in each test, not once when the file loads.
  let cited: Unit, plain: Unit, note: Unit;
  beforeEach(() => {
    [cited, plain, note] = analyze(text).units as [Unit, Unit, Unit];
  });

  it('moves every span by d and keeps the text', () => {
    const s = shiftUnit(cited, 10);
    assert.deepEqual([s.start, s.end, s.flat], [10, 76, cited.flat]);
    assert.deepEqual(s.pieces, [{ flat: 0, src: 10, len: 61, srcLen: 61 }, { flat: 61, src: 71, len: 1, srcLen: 4 }, { flat: 62, src: 75, len: 1, srcLen: 1 }]);
    assert.deepEqual(s.calls, [{ label: '1', start: 71, end: 75, flatIndex: 61 }]);
    const c = s.citations[0];
    assert.deepEqual([c.start, c.end, c.text], [35, 58, 'Kamerstuk 29754 nr. 462']);
    assert.deepEqual(c.issues.map((i) => [i.reason, i.span, i.fix]), [
      ['dossiernummer zonder duizendtalspatie', { start: 45, end: 50 }, { span: { start: 35, end: 58 }, text: 'Kamerstuk 29 754, nr. 462' }],
      ['komma tussen dossiernummer en nr. ontbreekt', { start: 50, end: 51 }, { span: { start: 35, end: 58 }, text: 'Kamerstuk 29 754, nr. 462' }],
    ]);
    assert.equal(s.origin, cited);
    // The cached unit itself is untouched.
    assert.deepEqual([cited.start, cited.citations[0].issues[0].span], [0, { start: 35, end: 40 }]);
  });

  it('moves a bold lead ("**Vraag 1**") with the unit', () => {
    const [q] = analyze('**Vraag 1**\nKlopt het dat de motie is uitgevoerd?\n').units;
    assert.deepEqual(q.lead, { text: 'Vraag 1', start: 0, end: 11 });
    assert.deepEqual(shiftUnit(q, 20).lead, { text: 'Vraag 1', start: 20, end: 31 });
  });

  it('empty lists are shared, not copied', () => {
    const n = shiftUnit(note, -5);
    assert.equal(n.calls, note.calls);
    assert.equal(n.citations[0].issues, note.citations[0].issues);
    assert.equal(n.loose, note.loose);
    const p = shiftUnit(plain, 3);
    assert.deepEqual([p.start - plain.start, p.citations.length], [3, 0]);
    assert.equal(p.citations, plain.citations);
  });

  it('a move by zero is the unit itself', () => {
    assert.equal(shiftUnit(cited, 0), cited);
  });
});
