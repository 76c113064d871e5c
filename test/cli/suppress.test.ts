// Suppression comments: which messages they hide (next line, own line, ranges with partial
// enable, whole file), that code is not a comment, ids and aliases, KB011/KB012, fixes that
// stay away from suppressed text, and `kamerbrief lint --report-suppressions`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fixText, lintText } from '../../server/src/core/lint.js';
import type { SuppressionUse } from '../../server/src/core/suppressions.js';
import { formatSuppressions, type SuppressionRow } from '../../server/src/cli/suppression-report.js';
import { kb, tempTree } from './config-helpers.js';

const lines = (text: string, rule = 'KB101'): number[] => {
  const { messages, analysis } = lintText(text);
  return messages.filter((m) => m.ruleId === rule).map((m) => analysis.lines.positionAt(m.start).line + 1);
};
const bad = (n: number): string => `Zie Kamerstuk 29754, nr. ${n}.`;

describe('suppressions (core)', () => {
  it('disable-next-line hides the next line only; disable-line its own line', () => {
    const text = [`<!-- kamerbrief-disable-next-line KB101 -- reden: citaat -->`, bad(1), bad(2), '', `${bad(3)} <!-- kamerbrief-disable-line -- reden: citaat -->`, bad(4), ''].join('\n');
    assert.deepEqual(lines(text), [3, 6]);
  });

  it('disable … enable is a range; enabling one rule of an all-rules range keeps the others off', () => {
    const text = [
      '<!-- kamerbrief-disable -- reden: overgenomen tekst -->',
      bad(1) + '[^9]',
      '<!-- kamerbrief-enable KB101 -->',
      bad(2) + '[^8]',
      '<!-- kamerbrief-enable -->',
      bad(3) + '[^7]',
      '',
    ].join('\n');
    assert.deepEqual(lines(text), [4, 6]);
    assert.deepEqual(lines(text, 'KB201'), [6]);
  });

  it('an id list: only those rules; aliases and lower case work; disable-file covers the document', () => {
    const text = [bad(1) + '[^9]', '', '<!-- kamerbrief-disable-file kamerstuk-notatie, kb201 -- reden: oud concept -->', ''].join('\n');
    assert.deepEqual(lines(text), []);
    assert.deepEqual(lines(text, 'KB201'), []);
    const only = [bad(1) + '[^9]', '', '<!-- kamerbrief-disable-file KB101 -- reden: oud concept -->', ''].join('\n');
    assert.deepEqual(lines(only, 'KB201'), [1]);
  });

  it('a "suppression" in fenced code, indented code or an inline code span is text', () => {
    const text = [
      '```markdown',
      '<!-- kamerbrief-disable-file -->',
      '```',
      '',
      '    <!-- kamerbrief-disable-file -->',
      '',
      'Schrijf `<!-- kamerbrief-disable-file -->` in de tekst.',
      '',
      bad(1),
      '',
    ].join('\n');
    assert.deepEqual(lines(text), [9]);
    assert.deepEqual(lines(text, 'KB011'), []);
  });

  it('a comment spread over lines, inside a list or a footnote still counts', () => {
    const text = [
      '- Punt:',
      '  <!-- kamerbrief-disable-next-line KB101',
      '       -- reden: citaat -->',
      '  ' + bad(1),
      '',
      'Tekst.[^1]',
      '',
      '[^1]: ' + bad(2) + ' <!-- kamerbrief-disable-line KB101 -- reden: citaat -->',
      '',
    ].join('\n');
    assert.deepEqual(lines(text), []);
    assert.deepEqual(lines(text, 'KB012'), []);
  });

  it('KB011 without a reason; KB012 when unused or naming no rule; neither is suppressible', () => {
    const text = [
      '<!-- kamerbrief-disable-file -->',
      '<!-- kamerbrief-disable-next-line KB1O1 -- reden: tikfout -->',
      'Zie Kamerstuk 29 754, nr. 482.',
      '',
    ].join('\n');
    const { messages } = lintText(text);
    assert.deepEqual(messages.map((m) => m.ruleId), ['KB011', 'KB012', 'KB012']);
    assert.match(messages[0]!.message, /^Onverwachte onderdrukking zonder reden "<!-- kamerbrief-disable-file -->", verwacht een reden na "--"/);
    assert.match(messages[2]!.message, /^Onverwachte regel "KB1O1", verwacht een regelnummer/);
  });

  it('unused is not reported for rules that are off or need data there is none of', () => {
    const text = '<!-- kamerbrief-disable-next-line KB206, KB302 -- reden: x -->\nTekst.\n';
    assert.deepEqual(lintText(text, { config: { rules: { KB206: 'off' } } }).messages.map((m) => m.ruleId), []);
    assert.deepEqual(lintText(text).messages.map((m) => m.message.includes('KB206') && m.ruleId), ['KB012']);
  });

  it('fixes leave suppressed text alone', () => {
    const text = `<!-- kamerbrief-disable-next-line KB101 -- reden: letterlijk citaat -->\n${bad(1)}\n\n${bad(2)}\n`;
    assert.equal(fixText(text).text, `<!-- kamerbrief-disable-next-line KB101 -- reden: letterlijk citaat -->\n${bad(1)}\n\nZie Kamerstuk 29 754, nr. 2.\n`);
  });

  it('reports every suppression with how much it suppressed', async () => {
    let uses: SuppressionUse[] = [];
    lintText(`<!-- kamerbrief-disable KB101 -- reden: citaat -->\n${bad(1)}\n${bad(2)}\n`, { onSuppressions: (u) => (uses = u) });
    assert.deepEqual(uses.map((u) => [u.kind, u.ids, u.reason, u.suppressed]), [['disable', ['KB101'], 'citaat', 2]]);
  });
});

describe('suppressions in the CLI', () => {
  let dir: string;
  before(() => {
    dir = tempTree({
      'a.md': `<!-- kamerbrief-disable-next-line KB101 -- reden: letterlijk citaat -->\n${bad(1)}\n\n<!-- kamerbrief-disable-next-line -->\nTekst.\n`,
      'b.md': 'Tekst.\n',
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lint honours them and reports KB011/KB012', async () => {
    const r = await kb(['lint', '--no-cache'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /4:1 {2}waarschuwing {2}Onverwachte onderdrukking zonder reden/);
    assert.match(r.stdout, /KB012 onderdrukking-ongebruikt/);
    assert.ok(!r.stdout.includes('KB101'), r.stdout);
  });

  it('--report-suppressions lists file:line, rules, reason and use (text and JSON)', async () => {
    const text = await kb(['lint', '--report-suppressions', '--no-cache'], dir);
    assert.equal(text.code, 0, text.stderr);
    assert.equal(
      text.stdout,
      'a.md:1:1  kamerbrief-disable-next-line  KB101  gebruikt (1)  reden: letterlijk citaat\n' +
        'a.md:4:1  kamerbrief-disable-next-line  alle regels  ongebruikt  reden: (geen)\n\n' +
        '2 onderdrukkingen, 1 ongebruikt, 1 zonder reden\n',
    );
    const j = await kb(['lint', '--report-suppressions', '--format', 'json', '--no-cache', 'a.md'], dir);
    assert.deepEqual(JSON.parse(j.stdout), [
      { file: 'a.md', line: 1, column: 1, kind: 'disable-next-line', rules: ['KB101'], reason: 'letterlijk citaat', used: true, suppressed: 1 },
      { file: 'a.md', line: 4, column: 1, kind: 'disable-next-line', rules: null, reason: null, used: false, suppressed: 0 },
    ]);
    assert.ok(fs.existsSync(path.join(dir, 'a.md')));
  });
});

describe('suppression report (formatSuppressions)', () => {
  const row = (over: Partial<SuppressionRow>): SuppressionRow => ({ file: 'a.md', line: 3, column: 1, kind: 'disable-next-line', rules: ['KB101'], reason: 'citaat', used: true, suppressed: 2, ...over });

  it('one line per suppression, then the count, the unused and those without a reason', () => {
    const text = formatSuppressions([row({}), row({ line: 9, column: 4, kind: 'disable', rules: null, reason: null, used: false, suppressed: 0 }), row({ rules: [] })], false);
    assert.equal(
      text,
      'a.md:3:1  kamerbrief-disable-next-line  KB101  gebruikt (2)  reden: citaat\n' +
        'a.md:9:4  kamerbrief-disable  alle regels  ongebruikt  reden: (geen)\n' +
        'a.md:3:1  kamerbrief-disable-next-line  (geen bestaande regel)  gebruikt (2)  reden: citaat\n' +
        '\n3 onderdrukkingen, 1 ongebruikt, 1 zonder reden\n',
    );
    assert.match(formatSuppressions([row({ rules: ['KB101', 'KB202'] })], false), /KB101, KB202 .*\n\n1 onderdrukking, 0 ongebruikt, 0 zonder reden\n$/);
  });

  it('none: one sentence; JSON: the rows as they are', () => {
    assert.equal(formatSuppressions([], false), 'Geen onderdrukkingen gevonden.\n');
    assert.equal(formatSuppressions([], true), '[]\n');
    assert.deepEqual(JSON.parse(formatSuppressions([row({})], true)), [row({})]);
  });
});
