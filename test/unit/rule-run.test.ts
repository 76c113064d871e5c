// The engine around the rules (core/lint.ts): severity from configuration and preset, the
// "verzending" rules, related locations, a rule that throws, the order of messages, the rules in
// steps, a byte order mark, and fixText's passes. Made-up rules (LintOptions.rules) keep each
// case to the one thing it checks; the real rules have their own fixtures.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { applyFixes } from '../../server/src/core/fix.js';
import { fixText, lintText, runRules, runRulesSteps, stripBom } from '../../server/src/core/lint.js';
import type { Rule, RuleMeta } from '../../server/src/core/rule.js';
import type { LintConfig } from '../../server/src/core/config.js';
import type { Report } from '../../server/src/core/types.js';

function rule(meta: Partial<RuleMeta> & { id: string }, reports: (text: string) => Report[]): Rule {
  return {
    meta: { alias: `regel-${meta.id.toLowerCase()}`, description: 'test', defaultSeverity: 'warning', fixable: false, tags: [], ...meta },
    check: (ctx) => reports(ctx.doc.text).forEach((r) => ctx.report(r)),
  };
}
const at = (start: number, end: number, extra: Partial<Report> = {}): Report => ({ span: { start, end }, message: `bij ${start}`, ...extra });
const lint = (text: string, rules: Rule[], config?: LintConfig) => lintText(text, { rules, ...(config ? { config } : {}) }).messages;

describe('the rule run (core/lint.ts)', () => {
  const warn = rule({ id: 'KB901' }, () => [at(0, 3)]);
  const info = rule({ id: 'KB902', defaultSeverity: 'info' }, () => [at(4, 6)]);
  const reported = rule({ id: 'KB903' }, () => [at(7, 9, { severity: 'error' }), at(10, 12)]);

  it('severity: the report\'s own, else the rule\'s default; the configuration wins over both', () => {
    const plain = lint('een twee drie vier', [warn, info, reported]);
    assert.deepEqual(plain.map((m) => [m.ruleId, m.severity]), [['KB901', 'warning'], ['KB902', 'info'], ['KB903', 'error'], ['KB903', 'warning']]);
    const configured = lint('een twee drie vier', [warn, info, reported], { rules: { KB901: 'info', 'regel-kb903': 'info' } });
    assert.deepEqual(configured.map((m) => m.severity), ['info', 'info', 'info', 'info']);
    assert.deepEqual(lint('een twee', [warn, info], { rules: { KB901: 'off' } }).map((m) => m.ruleId), ['KB902']);
  });

  it('"streng" makes warnings errors, not infos, and not a rule whose severity is configured', () => {
    const strict = lint('een twee drie vier', [warn, info, reported], { preset: 'streng' });
    assert.deepEqual(strict.map((m) => m.severity), ['error', 'info', 'error', 'error']);
    const named = lint('een twee', [warn], { preset: 'streng', rules: { KB901: 'warning' } });
    assert.deepEqual(named.map((m) => m.severity), ['warning']);
  });

  it('a "verzending" rule runs only in that preset, or when its severity is configured', () => {
    const sending = rule({ id: 'KB904', preset: 'verzending' }, () => [at(0, 1)]);
    assert.deepEqual(lint('x', [sending]), []);
    assert.deepEqual(lint('x', [sending], { preset: 'streng' }), []);
    assert.equal(lint('x', [sending], { preset: 'verzending' }).length, 1);
    assert.equal(lint('x', [sending], { rules: { KB904: 'error' } })[0]!.severity, 'error');
  });

  it('a message carries its certainty, fix and related locations as reported', () => {
    const r = rule({ id: 'KB905' }, () => [
      at(0, 3, { certainty: 'unverified', fix: { range: [0, 3], text: 'EEN' }, related: [{ span: { start: 4, end: 8 }, message: 'eerder hier' }] }),
    ]);
    const [m] = lint('een twee', [r]);
    assert.deepEqual(m, {
      ruleId: 'KB905', rule: 'regel-kb905', severity: 'warning', certainty: 'unverified', message: 'bij 0', start: 0, end: 3,
      fix: { range: [0, 3], text: 'EEN' }, related: [{ start: 4, end: 8, message: 'eerder hier' }],
    });
    assert.equal(lint('een', [warn])[0]!.certainty, 'definite', 'definite unless said otherwise');
    assert.equal('related' in lint('een', [warn])[0]!, false);
  });

  it('a rule that throws becomes one KB000 error; the other rules still report', () => {
    const broken: Rule = { meta: { ...warn.meta, id: 'KB906', alias: 'kapot' }, check: () => { throw new Error('x'.repeat(300)); } };
    const messages = lint('een twee', [broken, info]);
    assert.deepEqual(messages.map((m) => [m.ruleId, m.rule, m.severity, m.certainty, m.start, m.end]), [['KB000', 'interne-fout', 'error', 'definite', 0, 0], ['KB902', 'regel-kb902', 'info', 'definite', 4, 6]]);
    assert.equal(messages[0]!.message, `Onverwachte interne fout in KB906 (kapot), verwacht een controle zonder fout (${'x'.repeat(200)})`);
    const thrownString: Rule = { meta: { ...warn.meta, id: 'KB907', alias: 'kapot-tekst' }, check: () => { throw 'geen Error'; } };
    assert.match(lint('x', [thrownString])[0]!.message, /\(geen Error\)$/);
  });

  it('messages come sorted by start, then end, then rule id', () => {
    const late = rule({ id: 'KB909' }, () => [at(5, 9), at(0, 4), at(0, 2)]);
    const early = rule({ id: 'KB908' }, () => [at(5, 9), at(0, 4)]);
    assert.deepEqual(lint('een twee drie', [late, early]).map((m) => `${m.start}-${m.end} ${m.ruleId}`), ['0-2 KB909', '0-4 KB908', '0-4 KB909', '5-9 KB908', '5-9 KB909']);
  });

  it('runRulesSteps yields once per rule and ends with what runRules gives', () => {
    const analysis = analyze('een twee drie vier');
    const steps = runRulesSteps(analysis, { rules: [warn, info, reported] });
    const yielded: number[] = [];
    let s = steps.next();
    for (; !s.done; s = steps.next()) yielded.push(s.value);
    assert.deepEqual(yielded, [1, 2, 3]);
    assert.deepEqual(s.value, runRules(analysis, { rules: [warn, info, reported] }));
  });

  it('a leading byte order mark is stripped, nothing else', () => {
    assert.equal(stripBom('\uFEFFtekst'), 'tekst');
    assert.equal(stripBom('tekst\uFEFF'), 'tekst\uFEFF');
    assert.equal(stripBom(''), '');
  });

  it('the block cache given is the one the analysis uses', () => {
    const seen: string[] = [];
    const cache = { get: (k: string) => (seen.push(k), undefined), set: () => {} };
    lintText('Zie Kamerstuk 29 754, nr. 3.', { cache, rules: [] });
    assert.equal(seen.length, 1);
  });
});

describe('fixText (core/lint.ts)', () => {
  // One rule that lowercases one "X" per pass: each pass's fix makes the next one possible.
  const oneAtATime = rule({ id: 'KB910', fixable: true }, (text) => {
    const i = text.indexOf('X');
    return i < 0 ? [] : [at(i, i + 1, { fix: { range: [i, i + 1], text: 'x' } })];
  });

  it('applies fixes pass by pass until nothing is left, and says how many passes it took', () => {
    const r = fixText('aXbXcX', { rules: [oneAtATime] });
    assert.equal(r.text, 'axbxcx');
    assert.equal(r.passes, 3);
    assert.deepEqual(r.result.messages, []);
    assert.equal(fixText('abc', { rules: [oneAtATime] }).passes, 0);
  });

  it('stops after 10 passes, with the messages of the text it gives', () => {
    const r = fixText('X'.repeat(12), { rules: [oneAtATime] });
    assert.equal(r.passes, 10);
    assert.equal(r.text, 'x'.repeat(10) + 'XX');
    assert.equal(r.result.messages.length, 1);
    assert.equal(r.result.analysis.text, r.text);
  });

  it('stops when a fix changes nothing', () => {
    const idle = rule({ id: 'KB911', fixable: true }, () => [at(0, 1, { fix: { range: [0, 1], text: 'a' } })]);
    const r = fixText('abc', { rules: [idle] });
    assert.deepEqual([r.text, r.passes, r.result.messages.length], ['abc', 0, 1]);
    const outOfRange = rule({ id: 'KB912', fixable: true }, () => [at(0, 1, { fix: { range: [5, 9], text: 'z' } })]);
    assert.deepEqual([fixText('abc', { rules: [outOfRange] }).text, fixText('abc', { rules: [outOfRange] }).passes], ['abc', 0]);
  });
});

describe('applyFixes (core/fix.ts)', () => {
  it('an insertion and a replacement at the same place: the insertion first, both applied, in any order given', () => {
    const ins = { range: [4, 4] as [number, number], text: 'nieuw ' };
    const rep = { range: [4, 8] as [number, number], text: 'TWEE' };
    assert.deepEqual(applyFixes('een twee', [rep, ins]), { text: 'een nieuw TWEE', applied: 2 });
    assert.deepEqual(applyFixes('een twee', [ins, rep]), { text: 'een nieuw TWEE', applied: 2 });
  });
});
