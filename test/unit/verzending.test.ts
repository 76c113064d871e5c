// The check before sending (preset "verzending", KB601–KB604): off unless the preset or a severity
// turns it on, quiet on real published letters (they were sent), and the gate `verzendingCheck`
// that `kamerbrief export` calls.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../../server/src/api/index.js';
import { lintText } from '../../server/src/core/lint.js';
import { VERZENDING_RULES, verzendingCheck, verzendingConfig, withVerzendingRules } from '../../server/src/core/verzending.js';
import { runCli, type CliRun } from '../helpers/cli-inprocess.js';
import { CORPUS, ROOT } from '../helpers/paths.js';

const DRAFT = [
  '**CONCEPT – niet verspreiden**',
  '',
  'De kosten bedragen € PM. <!-- nog afstemmen met FIN -->',
  '',
  'Voor vragen: jan.jansen@minbzk.nl of 06-12345678.',
  '',
].join('\n');

const sendIds = (messages: { ruleId: string }[]): string[] => [...new Set(messages.map((m) => m.ruleId).filter((id) => /^KB6/.test(id)))].sort();

function realTexts(): { file: string; text: string }[] {
  const dirs = [path.join(ROOT, 'test', 'corpus', 'real'), path.join(ROOT, 'test', 'corpus', 'holdout'), CORPUS, path.join(ROOT, 'examples')];
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md' && f !== 'README.md')
      .map((f) => ({ file: path.join(path.basename(dir), f), text: fs.readFileSync(path.join(dir, f), 'utf8') })),
  );
}

describe('preset verzending (KB601–KB604)', () => {
  it('the four rules belong to the preset', () => {
    assert.deepEqual([...VERZENDING_RULES], ['KB601', 'KB602', 'KB603', 'KB604']);
  });

  it('is off by default and in "streng", on in "verzending"', () => {
    assert.deepEqual(sendIds(lintText(DRAFT).messages), []);
    assert.deepEqual(sendIds(lintText(DRAFT, { config: { preset: 'streng' } }).messages), []);
    const on = lintText(DRAFT, { config: { preset: 'verzending' } }).messages.filter((m) => /^KB6/.test(m.ruleId));
    assert.deepEqual(sendIds(on), ['KB601', 'KB602', 'KB603', 'KB604']);
    assert.ok(on.every((m) => m.severity === 'error'));
  });

  it('a severity in the configuration turns one rule on without the preset; "off" wins over the preset', () => {
    const one = lintText(DRAFT, { config: { rules: { plaatshouder: 'warning' } } }).messages.filter((m) => /^KB6/.test(m.ruleId));
    assert.deepEqual(one.map((m) => `${m.ruleId} ${m.severity}`), ['KB601 warning']);
    const without = lintText(DRAFT, { config: { preset: 'verzending', rules: { KB604: 'off' } } }).messages;
    assert.deepEqual(sendIds(without), ['KB601', 'KB602', 'KB603']);
  });

  it('the library takes "extends": "verzending" as a .kamerbrief.jsonc does', () => {
    assert.deepEqual(sendIds(lint(DRAFT, { config: '{ "extends": "verzending" } // voor verzending' })), ['KB601', 'KB602', 'KB603', 'KB604']);
    assert.deepEqual(sendIds(lint(DRAFT)), []);
  });

  it('verzendingCheck blocks a draft with slips and lets a clean one pass, keeping the other settings', () => {
    const bad = verzendingCheck(DRAFT);
    assert.deepEqual(sendIds(bad.blocking), ['KB601', 'KB602', 'KB603', 'KB604']);
    const clean = verzendingCheck('Het kabinet komt voor de zomer met een brief over het conceptwetsvoorstel.\n');
    assert.deepEqual(clean.blocking, []);
    const lowered = verzendingCheck(DRAFT, { config: { rules: { KB601: 'warning' } } });
    assert.ok(!lowered.blocking.some((m) => m.ruleId === 'KB601'), 'a rule set to warning does not block');
    assert.ok(lowered.messages.some((m) => m.ruleId === 'KB601' && m.severity === 'warning'));
    assert.deepEqual(verzendingConfig({ rules: { KB101: 'off' } }), { rules: { KB101: 'off' }, preset: 'verzending' });
  });

  it('withVerzendingRules (the export gate) keeps the preset and turns on each rule the configuration does not name', () => {
    const on = { KB601: 'error', KB602: 'error', KB603: 'error', KB604: 'error' };
    assert.deepEqual(withVerzendingRules(), { rules: on });
    // "streng" stays: its warnings still become errors, and the four rules come on beside it.
    assert.deepEqual(withVerzendingRules({ preset: 'streng' }), { preset: 'streng', rules: on });
    // A rule named by id or by alias keeps its setting, "off" included; the other rules stay as set.
    const named = withVerzendingRules({ rules: { KB602: 'off', contactgegevens: 'warning', KB101: 'off' } });
    assert.deepEqual(named, { rules: { KB601: 'error', KB603: 'error', KB602: 'off', contactgegevens: 'warning', KB101: 'off' } });
    const sent = lintText(DRAFT, { config: withVerzendingRules({ rules: { KB602: 'off', contactgegevens: 'warning' } }) }).messages;
    assert.deepEqual(
      [...new Set(sent.filter((m) => /^KB6/.test(m.ruleId)).map((m) => `${m.ruleId} ${m.severity}`))].sort(),
      ['KB601 error', 'KB603 error', 'KB604 warning'],
    );
  });

  it('is quiet on every real published text, except the suppression comments the corpus itself added', () => {
    const texts = realTexts();
    assert.ok(texts.length >= 70, `corpus found (${texts.length})`);
    const found: string[] = [];
    let added = 0;
    for (const { file, text } of texts) {
      // The corpus notes its own suppressions (an excerpt without signature); the letters had none.
      added += (text.match(/^<!-- kamerbrief-disable-file KB502 -- reden: voor het corpus/gm) ?? []).length;
      const { messages } = lintText(text, { config: { preset: 'verzending' } });
      for (const m of messages.filter((x) => /^KB6/.test(x.ruleId))) found.push(`${file} ${m.ruleId} ${text.slice(m.start, m.end)}`);
    }
    const notAdded = found.filter((f) => !/ KB602 <!-- kamerbrief-disable-file KB502 -- reden: voor het corpus/.test(f));
    assert.deepEqual(notAdded, []);
    assert.equal(found.length, added);
    assert.ok(added > 0, 'the check sees the corpus comments (it can fail)');
  });

  it('CLI: --preset verzending turns the check on over the configuration; a bad name is exit 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-verzending-'));
    try {
      fs.writeFileSync(path.join(dir, '.kamerbrief.jsonc'), '{ "root": true, "extends": "streng" }');
      fs.writeFileSync(path.join(dir, 'brief.md'), DRAFT);
      const run = (...args: string[]): Promise<CliRun> => runCli(['lint', '--no-cache', '--format', 'json', ...args, 'brief.md'], dir);
      const ids = (out: string): string[] => sendIds((JSON.parse(out) as { messages: { ruleId: string }[] }[])[0]!.messages);
      const plain = await run();
      assert.equal(plain.code, 0, plain.stderr);
      assert.deepEqual(ids(plain.stdout), []);
      const sending = await run('--preset', 'verzending');
      assert.equal(sending.code, 1, sending.stderr);
      assert.deepEqual(ids(sending.stdout), ['KB601', 'KB602', 'KB603', 'KB604']);
      const bad = await run('--preset', 'verzenden');
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /onbekende --preset "verzenden"; kies aanbevolen, streng of verzending/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
