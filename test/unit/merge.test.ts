// core/merge.ts: one slip, one message. Several rules' reports on one citation with the same
// severity become the message of the rule with the widest fix, spanning all of them, naming every
// reason once; a lesser severity with the same fix (or none) folds into the greater; a lesser one
// with a fix of its own, and other citations, stay apart. Tested on the function itself: the
// real rules seldom report two defects whose spans or certainties differ.
import assert from 'node:assert/strict';
import { mergeCitationMessages } from '../../server/src/core/merge.js';
import type { LintMessage, MergeParts } from '../../server/src/core/types.js';

function msg(ruleId: string, o: Partial<LintMessage> = {}): LintMessage {
  return { ruleId, rule: ruleId.toLowerCase(), severity: 'error', certainty: 'definite', message: `${ruleId} eigen melding`, start: 10, end: 20, ...o };
}
const part = (key: string, found: string, reasons: string[], expected = '"Kamerstuk 29 754, nr. 3"'): MergeParts => ({ key, found, expected, reasons });

describe('one slip, one message (core/merge.ts)', () => {
  it('two rules on one citation: the widest fix\'s rule speaks for both, over the span of both, with every reason once, in message order', () => {
    const narrow = msg('KB101', { start: 12, end: 18, fix: { range: [12, 18], text: 'x' } });
    const wide = msg('KB104', { start: 10, end: 20, fix: { range: [10, 20], text: 'Kamerstuk 29 754, nr. 3' } });
    const other = msg('KB201', { start: 30, end: 31 });
    const parts = new Map([
      [narrow, part('c1', '"29754,nr. 3"', ['geen spatie na de komma', 'dossiernummer zonder duizendtalspatie'])],
      [wide, part('c1', '"Kamerstuk 29754,nr. 3"', ['geen spatie na de komma', 'kst- id'], '"Kamerstuk 29 754, nr. 3" (breed)')],
      // Alone on its citation: left exactly as its rule wrote it.
      [other, part('c2', '"elders"', ['eigen reden'])],
    ]);
    const out = mergeCitationMessages([narrow, wide, other], parts);
    assert.deepEqual(out, [
      {
        ...wide,
        start: 10,
        end: 20,
        certainty: 'definite',
        message: 'Onverwachte notatie "Kamerstuk 29754,nr. 3", verwacht "Kamerstuk 29 754, nr. 3" (breed) (geen spatie na de komma; dossiernummer zonder duizendtalspatie; kst- id)',
      },
      other,
    ]);
  });

  it('the span of the merged message covers all parts, even when the widest fix is not the widest span', () => {
    const a = msg('KB101', { start: 5, end: 12, fix: { range: [8, 12], text: 'y' } });
    const b = msg('KB103', { start: 9, end: 25 });
    const out = mergeCitationMessages([a, b], new Map([[a, part('k', '"a"', ['r1'])], [b, part('k', '"langer gevonden"', ['r2'])]]));
    assert.equal(out.length, 1);
    assert.deepEqual([out[0]!.ruleId, out[0]!.start, out[0]!.end], ['KB101', 5, 25]);
    assert.match(out[0]!.message, /^Onverwachte notatie "langer gevonden", verwacht /, 'the longest text found is quoted');
  });

  it('no fix anywhere: the lowest rule id speaks; a message with a fix wins over one without', () => {
    const a = msg('KB105');
    const b = msg('KB102');
    assert.equal(mergeCitationMessages([a, b], new Map([[a, part('k', '"x"', ['r'])], [b, part('k', '"x"', ['s'])]]))[0]!.ruleId, 'KB102');
    const c = msg('KB109', { fix: { range: [10, 10], text: 'in' } });
    assert.equal(mergeCitationMessages([a, c], new Map([[a, part('k', '"x"', ['r'])], [c, part('k', '"x"', ['s'])]]))[0]!.ruleId, 'KB109', 'an insertion (width 0) is still a fix');
  });

  it('unverified only when every part is', () => {
    const u1 = msg('KB101', { certainty: 'unverified' });
    const u2 = msg('KB104', { certainty: 'unverified' });
    const d = msg('KB105');
    const merged = (x: LintMessage, y: LintMessage) => mergeCitationMessages([x, y], new Map([[x, part('k', '"x"', ['r'])], [y, part('k', '"x"', ['s'])]]))[0]!.certainty;
    assert.equal(merged(u1, u2), 'unverified');
    assert.equal(merged(u1, d), 'definite');
  });

  it('a lesser severity with the same fix, or none, folds into the greater: its reasons join, the greater rule speaks', () => {
    const fix = { range: [10, 20] as [number, number], text: 'Kamerstukken 29 629 en 32 761, nr. 1156' };
    const e = msg('KB101', { fix });
    const w = msg('KB102', { severity: 'warning', start: 8, end: 20, certainty: 'unverified', fix: { ...fix } });
    const i = msg('KB104', { severity: 'info' });
    const parts = new Map([
      [e, part('k', '"Kamerstuk 29 629, 32 761"', ['dossiers opsommen als "A, B en C"'])],
      [w, part('k', '"Kamerstuk 29 629, 32 761, nr. 1156"', ['"Kamerstuk" bij meer dossiers: "Kamerstukken"'])],
      [i, part('k', '"x"', ['dossiers opsommen als "A, B en C"', 'derde reden'])],
    ]);
    assert.deepEqual(mergeCitationMessages([w, e, i], parts), [
      {
        ...e,
        start: 8,
        message:
          'Onverwachte notatie "Kamerstuk 29 629, 32 761, nr. 1156", verwacht "Kamerstuk 29 754, nr. 3" (dossiers opsommen als "A, B en C"; "Kamerstuk" bij meer dossiers: "Kamerstukken"; derde reden)',
      },
    ]);
  });

  it('a fold leaves the other severities of the citation exactly as their rules wrote them', () => {
    const fix = { range: [10, 20] as [number, number], text: 'Kamerstuk 29 754, nr. 3' };
    const e = msg('KB101', { fix });
    const w = msg('KB104', { severity: 'warning', certainty: 'unverified', fix: { ...fix } });
    // Same start and text, another end: a fix of its own.
    const i = msg('KB105', { severity: 'info', fix: { range: [10, 18], text: fix.text } });
    const parts = new Map([[e, part('k', '"x"', ['r'])], [w, part('k', '"x"', ['s'])], [i, part('k', '"x"', ['u'])]]);
    const out = mergeCitationMessages([e, w, i], parts);
    assert.deepEqual(out.map((m) => [m.ruleId, m.certainty, m.message]), [
      ['KB101', 'definite', 'Onverwachte notatie "x", verwacht "Kamerstuk 29 754, nr. 3" (r; s)'],
      ['KB105', 'definite', 'KB105 eigen melding'],
    ]);
    assert.equal(out[1], i, 'untouched');
  });

  it('a lesser severity with a fix of its own, different citations, or messages without parts stay as they are', () => {
    const e = msg('KB101', { fix: { range: [10, 20], text: 'Kamerstuk 29 754, nr. 3' } });
    const w = msg('KB104', { severity: 'warning', fix: { range: [10, 20], text: 'Kamerstuk 29 754, nr. 4' } });
    const narrower = msg('KB105', { severity: 'info', fix: { range: [12, 20], text: 'Kamerstuk 29 754, nr. 3' } });
    const other = msg('KB106');
    const plain = msg('KB201');
    const parts = new Map([[e, part('k', '"x"', ['r'])], [w, part('k', '"x"', ['s'])], [narrower, part('k', '"x"', ['u'])], [other, part('l', '"y"', ['t'])]]);
    assert.deepEqual(mergeCitationMessages([e, w, narrower, other, plain], parts), [e, w, narrower, other, plain]);
    // Without a fix of its own the greater one has nothing to compare with: the lesser fixer stays.
    const bare = msg('KB101');
    assert.deepEqual(mergeCitationMessages([bare, w], new Map([[bare, part('k', '"x"', ['r'])], [w, part('k', '"x"', ['s'])]])), [bare, w]);
    assert.deepEqual(mergeCitationMessages([e, plain], new Map([[e, part('k', '"x"', ['r'])]])), [e, plain], 'one part: nothing to merge');
  });
});
