// A citation hard-wrapped over two lines inside a block quote (answers quote the question that
// way) or with Windows line ends: the flattened text the rules read (core/facts.ts) joins the
// lines, so the citation is whole — no "whole dossier" warning for its first line — and a fix
// across a CRLF line end is offered as with LF.
import assert from 'node:assert/strict';
import { fixText, lintText } from '../../server/src/core/lint.js';

describe('citations wrapped over lines', () => {
  it('inside a block quote, the quote markers of the next line are no part of it', () => {
    assert.deepEqual(lintText('> Zie Kamerstuk 29 754,\n> nr. 3 voor meer.\n').messages, []);
    const [m, ...rest] = lintText('> Zie Kamerstuk 29754,\n> nr. 3 voor meer.\n').messages;
    assert.equal(rest.length, 0);
    assert.equal(m!.ruleId, 'KB101');
    assert.ok(m!.message.endsWith('(dossiernummer zonder duizendtalspatie)'), m!.message);
  });

  it('with CRLF line ends', () => {
    assert.deepEqual(lintText('Zie Kamerstuk 29 754,\r\nnr. 3 voor meer.\r\n').messages, []);
    const [m, ...rest] = lintText('Zie Kamerstuk 29754,\r\nnr. 3 voor meer.\r\n').messages;
    assert.equal(rest.length, 0);
    assert.equal(m!.ruleId, 'KB101');
    assert.ok(m!.message.endsWith('(dossiernummer zonder duizendtalspatie)'), m!.message);
    // The fix joins the lines, as it does with LF line ends (a Windows draft gets it too).
    assert.deepEqual(m!.fix, { range: [4, 27], text: 'Kamerstuk 29 754, nr. 3' });
    assert.equal(fixText('Zie Kamerstuk 29754,\r\nnr. 3 voor meer.\r\n').text, 'Zie Kamerstuk 29 754, nr. 3 voor meer.\r\n');
    // Old Mac line ends (a lone CR) too, and the offsets after one stay right.
    assert.deepEqual(lintText('Zie Kamerstuk 29754,\rnr. 3 voor meer.\r').messages.map((x) => x.fix), [{ range: [4, 26], text: 'Kamerstuk 29 754, nr. 3' }]);
    const after = 'Eerst\rZie Kamerstuk 29754, nr. 3.\r';
    const [l] = lintText(after).messages;
    assert.equal(after.slice(l!.start, l!.end), 'Kamerstuk 29754, nr. 3');
    // In a block quote no fix: it would take the quote marker of the next line with it.
    assert.equal(lintText('> Zie Kamerstuk 29754,\r\n> nr. 3 voor meer.\r\n').messages[0]!.fix, undefined);
  });
});
