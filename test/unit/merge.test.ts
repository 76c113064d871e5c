// One slip, one message (citations.md §3.10): a citation with several defects owned by several
// rules gets one diagnostic per severity that names every defect and carries one fix to the
// canonical form; configuration and suppressions still act per rule before the merge.
import assert from 'node:assert/strict';
import { fixText, lintText } from '../../server/src/core/lint.js';

const TEXT = 'Zie Kamerstukken II, 2020/2021, 35 570, nr 8 voor de achtergrond.\n';

describe('one message per citation', () => {
  it('names every defect of "Kamerstukken II, 2020/2021, 35 570, nr 8" in one error with one fix', () => {
    const { messages } = lintText(TEXT);
    assert.equal(messages.length, 1, messages.map((m) => `${m.ruleId} ${m.message}`).join('\n'));
    const [m] = messages;
    assert.equal(m!.severity, 'error');
    for (const reason of ['"nr" zonder punt', 'komma na de Kamer', 'twee cijfers na de schuine streep']) assert.ok(m!.message.includes(reason), `${reason} in ${m!.message}`);
    assert.equal(fixText(TEXT).text, 'Zie Kamerstukken II 2020/21, 35 570, nr. 8 voor de achtergrond.\n');
  });

  it('a rule turned off drops its defect from the merged message, the others stay', () => {
    const all = lintText(TEXT).messages[0]!;
    const owners = ['KB101', 'KB105', 'KB111'];
    const off = owners.find((id) => lintText(TEXT, { config: { rules: { [id]: { severity: 'off' } } } }).messages.length === 1 && lintText(TEXT, { config: { rules: { [id]: { severity: 'off' } } } }).messages[0]!.message !== all.message);
    assert.ok(off, 'turning one owning rule off changes the message');
    const rest = lintText(TEXT, { config: { rules: { [off!]: { severity: 'off' } } } }).messages;
    assert.equal(rest.length, 1);
    assert.ok(rest[0]!.message.length < all.message.length);
  });

  it('different severities on one citation stay separate (an error and a style warning)', () => {
    const text = 'Zie Kamerstuk 29 754, nr. 482 en Kamerstuk 29 754, nr. 451.\n\nEerder: Kamerstukken II, 2009/10, 27858, nr. 88.\n';
    const onLeidraad = lintText(text).messages.filter((m) => m.start > text.indexOf('Eerder'));
    assert.deepEqual(onLeidraad.map((m) => `${m.ruleId}:${m.severity}`).sort(), ['KB105:error', 'KB106:warning']);
  });
});
