// suppressions.ts beyond finding the comments: where each kind holds (a line, the next line, up to
// an enable, the whole file), partial enables, the document's last line and last character, the
// reason and rule names as written, the rules that are never suppressed, and the uses reported
// for --report-suppressions.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { lintText } from '../../server/src/core/lint.js';
import { findSuppressions, type SuppressionUse } from '../../server/src/core/suppressions.js';

/** A KB101 error (notation) on its own: "Kamerstuk 29754 nr 3" wants "Kamerstuk 29 754, nr. 3". */
const BAD = (nr: number): string => `Kamerstuk 29754 nr ${nr}`;

/** KB011 (no reason given) is off unless `withReasons`: most comments here need none. */
function run(text: string, withReasons = false): { said: string[]; uses: SuppressionUse[] } {
  let uses: SuppressionUse[] = [];
  const r = lintText(text, { config: { rules: withReasons ? {} : { KB011: 'off' } }, onSuppressions: (u) => (uses = u) });
  return { said: r.messages.map((m) => `${m.ruleId} ${text.slice(m.start, m.end) || `∅@${m.start}`}`), uses };
}

const comment = (body: string) => findSuppressions(analyze(`${body}\n\nTekst.\n`))[0]!;

describe('suppressions: the comment as written', () => {
  it('a "--" right after the kind starts the reason; a "--" just before the end closes an empty one', () => {
    const direct = comment('<!-- kamerbrief-disable-file-- reden: bijlage -->');
    assert.deepEqual([direct.kind, direct.ids, direct.unknown, direct.reason], ['disable-file', null, [], 'bijlage']);
    const closing = comment('<!-- kamerbrief-disable-file KB101 ---->');
    assert.deepEqual([closing.ids, closing.unknown, closing.reason], [['KB101'], [], null]);
  });

  it('"reden" (with or without a colon, spaces allowed) is stripped only at the start of the reason', () => {
    assert.equal(comment('<!-- kamerbrief-disable-file KB101 -- reden: citaat -->').reason, 'citaat');
    assert.equal(comment('<!-- kamerbrief-disable-file KB101 --  reden: citaat -->').reason, 'citaat');
    assert.equal(comment('<!-- kamerbrief-disable-file KB101 -- Reden : citaat -->').reason, 'citaat');
    assert.equal(comment('<!-- kamerbrief-disable-file KB101 -- reden citaat uit de motie -->').reason, 'citaat uit de motie');
    assert.equal(comment('<!-- kamerbrief-disable-file KB101 -- de reden is het citaat -->').reason, 'de reden is het citaat');
  });

  it('rule ids in lower case are found; an alias is resolved to its id', () => {
    assert.deepEqual(comment('<!-- kamerbrief-disable-file kb101, kamerstuk-notatie -->').ids, ['KB101', 'KB101']);
  });

  it('a comment after another in the same HTML block keeps its own offset', () => {
    const text = `<!-- gewone opmerking --> <!-- kamerbrief-disable-next-line KB101 -->\n${BAD(3)}.\n`;
    const [s] = findSuppressions(analyze(text));
    assert.equal(s!.start, text.indexOf('<!-- kamerbrief-'));
    assert.equal(text.slice(s!.start, s!.end), '<!-- kamerbrief-disable-next-line KB101 -->');
    assert.deepEqual(run(text).said, []);
  });

  it('is worked out once per analysis', () => {
    const doc = analyze('<!-- kamerbrief-disable-file KB101 -->\n');
    assert.equal(findSuppressions(doc), findSuppressions(doc));
  });

  it('a marker only in code is no suppression: nothing reported about it, the messages stay', () => {
    const text = `Schrijf \`<!-- kamerbrief-disable-line KB101 -->\` achter de regel. ${BAD(3)}.\n`;
    assert.deepEqual(run(text), { said: [`KB101 ${BAD(3)}`], uses: [] });
  });
});

describe('suppressions: where each kind holds', () => {
  it('disable-file covers the whole document, however far down', () => {
    const text = `<!-- kamerbrief-disable-file KB101 -- reden: citaten -->\n\nEerst tekst.\n\n${BAD(3)}.\n\nEn ${BAD(4)}.\n`;
    const r = run(text);
    assert.deepEqual(r.said, []);
    assert.deepEqual(r.uses, [{ kind: 'disable-file', start: 0, end: text.indexOf('\n'), ids: ['KB101'], reason: 'citaten', suppressed: 2 }]);
  });

  it('disable-line covers its line from the first column, not the next line', () => {
    const text = `${BAD(3)}. <!-- kamerbrief-disable-line KB101 -->\n${BAD(4)}.\n`;
    assert.deepEqual(run(text).said, [`KB101 ${BAD(4)}`]);
  });

  it('disable-line on the last line of a text without a final line end', () => {
    const text = `Tekst.\n\n${BAD(3)}. <!-- kamerbrief-disable-line KB101 -->`;
    assert.deepEqual(run(text).said, []);
  });

  it('disable-next-line covers the next line only, also when that is the last line', () => {
    const text = `<!-- kamerbrief-disable-next-line KB101 -->\n${BAD(3)}.\n${BAD(4)}.\n`;
    assert.deepEqual(run(text).said, [`KB101 ${BAD(4)}`]);
    assert.deepEqual(run(`<!-- kamerbrief-disable-next-line KB101 -->\n${BAD(3)}.`).said, []);
    // On the last line itself there is no next line: it suppresses nothing and says so.
    assert.deepEqual(run(`${BAD(3)}.\n<!-- kamerbrief-disable-next-line KB101 -->`).said, [`KB101 ${BAD(3)}`, 'KB012 <!-- kamerbrief-disable-next-line KB101 -->']);
  });

  // A zero-width message at the very end of the text: the regions reach one past the last character.
  const NOTES = 'Zin.[^1] Zin.[^2]\n\n[^1]: Kamerstuk 29 754, nr. 451.\n[^2]: Kamerstuk 29 754, nr. 452';
  it('a message at the very end of the text is inside every open region', () => {
    assert.deepEqual(run(NOTES).said, [`KB205 ∅@${NOTES.length}`]);
    for (const head of ['<!-- kamerbrief-disable-file KB205 -->', '<!-- kamerbrief-disable KB205 -->', '<!-- kamerbrief-disable -->']) {
      assert.deepEqual(run(`${head}\n\n${NOTES}`).said, [], head);
    }
    assert.deepEqual(run(`Zin.[^1] Zin.[^2]\n\n[^1]: Kamerstuk 29 754, nr. 451.\n<!-- kamerbrief-disable-next-line KB205 -->\n[^2]: Kamerstuk 29 754, nr. 452`).said, []);
  });

  it('disable … enable: messages after the enable are reported again', () => {
    const text = `<!-- kamerbrief-disable KB101 -->\n\n${BAD(3)}.\n\n<!-- kamerbrief-enable KB101 -->\n\n${BAD(4)}.\n`;
    const r = run(text);
    assert.deepEqual(r.said, [`KB101 ${BAD(4)}`]);
    assert.deepEqual(r.uses.map((u) => [u.kind, u.suppressed]), [['disable', 1]], 'an enable is no use of its own');
  });

  it('enabling one of two rules keeps the other disabled, counted to the first comment', () => {
    const text = `<!-- kamerbrief-disable KB101, KB104 -->\n\n${BAD(3)}.\n\n<!-- kamerbrief-enable KB101 -->\n\n${BAD(4)}. Zie Kamerstuk 29754-6.\n`;
    const plain = run(text.split('\n').filter((l) => !l.startsWith('<!--')).join('\n'));
    assert.ok(plain.said.some((s) => s.startsWith('KB104')), `KB104 speaks without the comments: ${plain.said}`);
    const r = run(text);
    assert.ok(!r.said.some((s) => s.startsWith('KB104')), `KB104 stays disabled after "enable KB101": ${r.said}`);
    assert.ok(r.said.includes(`KB101 ${BAD(4)}`), `KB101 is on again: ${r.said}`);
    assert.ok(!r.said.includes(`KB101 ${BAD(3)}`));
    assert.equal(r.uses.length, 1);
    assert.equal(r.uses[0]!.suppressed, 1 + plain.said.filter((s) => s.startsWith('KB104')).length);
  });

  it('enabling a rule that the disable did not name changes nothing', () => {
    const text = `<!-- kamerbrief-disable KB101 -->\n\n${BAD(3)}.\n\n<!-- kamerbrief-enable KB205 -->\n\n${BAD(4)}.\n`;
    assert.deepEqual(run(text).said, []);
  });

  it('an enable without ids ends a disable of named rules', () => {
    const text = `<!-- kamerbrief-disable KB101 -->\n\n${BAD(3)}.\n\n<!-- kamerbrief-enable -->\n\n${BAD(4)}.\n`;
    assert.deepEqual(run(text).said, [`KB101 ${BAD(4)}`]);
  });

  it('enabling one rule inside a disable of all rules: that rule speaks again, the others stay quiet', () => {
    const text = `<!-- kamerbrief-disable -->\n\n${BAD(3)}.\n\n<!-- kamerbrief-enable KB101 -->\n\n${BAD(4)}. Zin.[^1]\n\n<!-- kamerbrief-enable KB205 -->\n\n[^1]: Kamerstuk 29 754, nr. 451\n`;
    const r = run(text);
    assert.deepEqual(r.said, [`KB101 ${BAD(4)}`]);
    assert.deepEqual(r.uses.map((u) => [u.kind, u.ids, u.suppressed]), [['disable', null, 1]]);
  });

  it('the uses list every comment but enables, in order, with what each suppressed', () => {
    const text = [
      '<!-- kamerbrief-disable-file KB106 -- reden: bijlage -->',
      '',
      `${BAD(3)}. <!-- kamerbrief-disable-line KB101 -->`,
      '',
      '<!-- kamerbrief-disable KB101 -->',
      '',
      `${BAD(4)} en ${BAD(5)}.`,
      '',
      '<!-- kamerbrief-enable -->',
      '',
    ].join('\n');
    const r = run(text);
    const at = (s: string) => text.indexOf(s);
    assert.deepEqual(r.uses, [
      { kind: 'disable-file', start: 0, end: at('\n'), ids: ['KB106'], reason: 'bijlage', suppressed: 0 },
      { kind: 'disable-line', start: at('<!-- kamerbrief-disable-line'), end: at('<!-- kamerbrief-disable-line') + '<!-- kamerbrief-disable-line KB101 -->'.length, ids: ['KB101'], reason: null, suppressed: 1 },
      { kind: 'disable', start: at('<!-- kamerbrief-disable KB101'), end: at('<!-- kamerbrief-disable KB101') + '<!-- kamerbrief-disable KB101 -->'.length, ids: ['KB101'], reason: null, suppressed: 2 },
    ]);
  });

  it('messages about suppressions themselves are never suppressed, not even by a disable of all rules', () => {
    const text = `<!-- kamerbrief-disable-file -->\n\n${BAD(3)}. <!-- kamerbrief-disable-line KB999 -->\n`;
    assert.deepEqual(run(text, true).said, ['KB011 <!-- kamerbrief-disable-file -->', 'KB011 <!-- kamerbrief-disable-line KB999 -->', 'KB012 KB999']);
  });
});
