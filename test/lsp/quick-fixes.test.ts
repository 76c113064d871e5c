// lsp/code-actions.ts on its own: which quick fixes a range gets, and the one minimal edit behind
// "Herstel alle …" (the LSP-stream cases are in actions.test.ts).
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { lintText } from '../../server/src/core/lint.js';
import { minimalEdit, quickFixes, type QuickFixContext } from '../../server/src/lsp/code-actions.js';
import { analyze } from '../../server/src/core/analyze.js';
import type { LintMessage } from '../../server/src/core/types.js';

// Two KB101 fixes on the first line, one KB308 fix (a doubled word), and KB301 without a fix.
const TEXT = 'Zie Kamerstuk 29754, nr. 482 en Kamerstuk 29754, nr. 483.\n\nDe motie van het het lid Jansen over wonen.\n';
const URI = 'file:///brief.md';
const ctx = (ruleDocs = true): QuickFixContext => ({ target: { uri: URI, version: 1, snippets: false }, options: {}, ruleDocs });

function setup(text = TEXT): { messages: LintMessage[]; fixesAt: (start: number, end: number, diagnostics?: Diagnostic[]) => string[] } {
  const { messages, analysis } = lintText(text);
  const titles = (start: number, end: number, diagnostics: Diagnostic[] = []) => quickFixes(ctx(), analysis, messages, diagnostics, start, end).map((a) => a.title);
  return { messages, fixesAt: titles };
}

describe('quick fixes (lsp/code-actions.ts)', () => {
  it('a range that only touches a message (ends where it starts, starts where it ends) still gets its fix', () => {
    const { messages, fixesAt } = setup();
    const first = messages.find((m) => m.ruleId === 'KB101')!;
    assert.ok(fixesAt(first.end, first.end + 1).includes('Herstel: "Kamerstuk 29 754, nr. 482" (KB101)'));
    assert.ok(fixesAt(first.start - 2, first.start).includes('Herstel: "Kamerstuk 29 754, nr. 482" (KB101)'));
    assert.ok(!fixesAt(first.end + 1, first.end + 2).includes('Herstel: "Kamerstuk 29 754, nr. 482" (KB101)'));
  });

  it('one "Negeer" pair and one documentation link per rule, however many of its messages the range holds', () => {
    const { fixesAt } = setup();
    const titles = fixesAt(0, 60);
    assert.equal(titles.filter((t) => t === 'Documentatie KB101 tonen').length, 1);
    assert.equal(titles.filter((t) => t === 'Negeer KB101 in dit bestand').length, 1);
    assert.equal(titles.filter((t) => t.startsWith('Herstel: ')).length, 2);
  });

  it('"Herstel alle KBnnn" only for a rule with two fixes or more, when other rules have fixes too', () => {
    const { fixesAt } = setup();
    assert.ok(fixesAt(0, 10).includes('Herstel alle KB101 in dit bestand'));
    const doubled = TEXT.indexOf('het het');
    const there = fixesAt(doubled, doubled + 7);
    assert.ok(!there.includes('Herstel alle KB308 in dit bestand'), there.join(' | '));
    // KB301 has no fix: one KB308 fix and a message without a fix are not two fixes.
    assert.ok(!there.includes('Herstel alle KB301 in dit bestand'));
    // A second KB101 message without a fix: one fix is not two.
    const { messages, analysis } = lintText(TEXT);
    const second = messages.filter((m) => m.ruleId === 'KB101')[1];
    const oneFix = messages.map((m) => (m === second ? { ...m, fix: undefined } : m));
    assert.ok(!quickFixes(ctx(), analysis, oneFix, [], 0, 10).map((a) => a.title).includes('Herstel alle KB101 in dit bestand'));
    // Fixes elsewhere in the file: "fix all" is offered here too.
    assert.ok(there.includes('Herstel alle automatisch herstelbare problemen'));
  });

  it('"fix all" when this range has two fixes, or any fix lies outside it; not for a lone fix', () => {
    const lone = setup('Zie Kamerstuk 29754, nr. 482.\n');
    assert.ok(!lone.fixesAt(0, 10).includes('Herstel alle automatisch herstelbare problemen'));
    const first = lone.messages[0]!;
    // The range ends right where the fix starts: the fix is in it, not outside it.
    assert.ok(!lone.fixesAt(0, first.start).includes('Herstel alle automatisch herstelbare problemen'));
    assert.ok(!lone.fixesAt(first.end, first.end + 1).includes('Herstel alle automatisch herstelbare problemen'));
    assert.ok(setup().fixesAt(0, 60).includes('Herstel alle automatisch herstelbare problemen'));
  });

  it('a fix text of 60 characters is shown whole, a longer one cut at 59 with an ellipsis', () => {
    const analysis = analyze('x\n');
    const fix = (text: string): LintMessage => ({ ruleId: 'KB101', rule: 'kamerstuk-notatie', severity: 'error', certainty: 'definite', message: 'm', start: 0, end: 1, fix: { range: [0, 1], text } });
    const title = (text: string) => quickFixes(ctx(false), analysis, [fix(text)], [], 0, 1)[0]!.title;
    assert.equal(title('a'.repeat(60)), `Herstel: "${'a'.repeat(60)}" (KB101)`);
    assert.equal(title('a'.repeat(61)), `Herstel: "${'a'.repeat(59)}…" (KB101)`);
    assert.equal(title(''), 'Herstel: verwijderen (KB101)');
  });

  it('each action carries the diagnostic of its own message, matched on rule and text', () => {
    const { messages } = lintText(TEXT);
    const analysis = analyze(TEXT);
    const kb101 = messages.filter((m) => m.ruleId === 'KB101');
    const diag = (m: LintMessage): Diagnostic => ({ range: { start: { line: 0, character: m.start }, end: { line: 0, character: m.end } }, message: m.message, code: m.ruleId });
    const actions = quickFixes(ctx(), analysis, messages, kb101.map(diag), kb101[1]!.start, kb101[1]!.end);
    const second = actions.find((a) => a.title === 'Herstel: "Kamerstuk 29 754, nr. 483" (KB101)')!;
    assert.deepEqual(second.diagnostics, [diag(kb101[1]!)]);
    const docs = actions.find((a) => a.title === 'Documentatie KB101 tonen')!;
    assert.equal(docs.command!.title, 'Documentatie KB101 tonen');
  });

  it('the minimal edit does not let the common end overlap the common start in a run of one character', () => {
    const edit = (a: string, b: string) => {
      const e = minimalEdit(analyze(a), b)!;
      return [e.range.start.character, e.range.end.character, e.newText];
    };
    assert.deepEqual(edit('aa', 'aaa'), [2, 2, 'a']);
    assert.deepEqual(edit('aaa', 'aa'), [2, 3, '']);
    assert.deepEqual(edit('nr.  482', 'nr. 482'), [4, 5, '']);
    assert.equal(minimalEdit(analyze('gelijk'), 'gelijk'), null);
  });
});
