// suppressions.ts findSuppressions: the blocks that hold a marker are parsed together in one batch;
// each comment must keep its own offsets, and a marker in code must stay text.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { findSuppressions } from '../../server/src/core/suppressions.js';

const TEXT = [
  '<!-- kamerbrief-disable-file KB106 -- reden: citaten uit een bijlage -->',
  '',
  'Zie Kamerstuk 29 754, nr. 3. <!-- kamerbrief-disable-line KB101 -->',
  '',
  '```',
  '<!-- kamerbrief-disable-next-line KB201 -->',
  '```',
  '',
  'Een gewone alinea zonder opmerking.',
  '',
  '- punt met `<!-- kamerbrief-disable-line KB301 -->` als code',
  '- punt <!-- kamerbrief-disable-next-line KB203 -->',
  '',
  '> citaat <!-- kamerbrief-enable -->',
  '',
].join('\n');

describe('suppression comments, parsed per batch of blocks', () => {
  it('finds each real comment at its own offset, in document order, and none in code', () => {
    const found = findSuppressions(analyze(TEXT));
    assert.deepEqual(
      found.map((s) => [s.kind, s.ids, TEXT.slice(s.start, s.end) === s.text, s.text.slice(0, 40)]),
      [
        ['disable-file', ['KB106'], true, '<!-- kamerbrief-disable-file KB106 -- re'],
        ['disable-line', ['KB101'], true, '<!-- kamerbrief-disable-line KB101 -->'],
        ['disable-next-line', ['KB203'], true, '<!-- kamerbrief-disable-next-line KB203 '],
        ['enable', null, true, '<!-- kamerbrief-enable -->'],
      ],
    );
    assert.equal(found[0]!.reason, 'citaten uit een bijlage');
    assert.equal(found[1]!.start, TEXT.indexOf('<!-- kamerbrief-disable-line KB101'));
  });

  it('an ordinary HTML comment is no suppression', () => {
    assert.deepEqual(findSuppressions(analyze('Kamerstuk 29 754, nr. 3.\n\n<!-- gewone opmerking -->\n')), []);
  });
});
