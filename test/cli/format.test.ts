// The stylish report (cli/format.ts) on given results: alignment, Dutch severities and counts,
// colour only when asked, the imported file's position, the fixable count.
import assert from 'node:assert/strict';
import { formatJson, formatStylish } from '../../server/src/cli/format.js';
import type { FileResult, OutputMessage } from '../../server/src/cli/output.js';

const msg = (over: Partial<OutputMessage>): OutputMessage => ({
  ruleId: 'KB101', rule: 'kamerstuk-notatie', severity: 'error', line: 1, column: 5, endLine: 1, endColumn: 9, message: 'Melding', certainty: 'definite', ...over,
});

describe('CLI stylish report', () => {
  const results: FileResult[] = [
    { file: 'schoon.md', messages: [] },
    {
      file: 'a.md',
      messages: [
        msg({ fix: { range: [0, 1], text: 'x' } }),
        msg({ ruleId: 'KB202', rule: 'voetnoot', severity: 'warning', line: 12, column: 10, message: 'Let op' }),
        msg({ ruleId: 'KB206', rule: 'noot-plaats', severity: 'info', line: 3, column: 1, message: 'Ter info' }),
      ],
    },
    { file: 'b.md', messages: [msg({ severity: 'warning', line: 2, column: 2, message: 'Nog een', fix: { range: [0, 1], text: 'y' } })] },
  ];

  it('per file: the name, then aligned rows of place, severity, message and rule; then the totals', () => {
    assert.equal(
      formatStylish(results, false),
      'a.md\n' +
        '  1:5    fout          Melding  KB101 kamerstuk-notatie\n' +
        '  12:10  waarschuwing  Let op  KB202 voetnoot\n' +
        '  3:1    info          Ter info  KB206 noot-plaats\n' +
        '\n' +
        'b.md\n' +
        '  2:2  waarschuwing  Nog een  KB101 kamerstuk-notatie\n' +
        '\n' +
        '✖ 4 problemen (1 fout, 2 waarschuwingen, 1 melding)\n' +
        '  2 problemen zijn automatisch te herstellen.\n',
    );
  });

  it('singular words for one of each; no fixable line when nothing is fixable; nothing at all when clean', () => {
    const one = formatStylish([{ file: 'c.md', messages: [msg({ severity: 'warning', fix: { range: [0, 1], text: 'z' } })] }], false);
    assert.match(one, /\n✖ 1 probleem \(0 fouten, 1 waarschuwing, 0 meldingen\)\n  1 probleem is automatisch te herstellen\.\n$/);
    const none = formatStylish([{ file: 'c.md', messages: [msg({}), msg({ line: 2 })] }], false);
    assert.match(none, /\n✖ 2 problemen \(2 fouten, 0 waarschuwingen, 0 meldingen\)\n$/);
    assert.equal(formatStylish([{ file: 'schoon.md', messages: [] }], false), '');
    assert.equal(formatStylish([], true), '');
  });

  it('colour: underlined file, red error, yellow warning, cyan info, dim rule, bold summary by worst severity', () => {
    const text = formatStylish(results, true);
    assert.ok(text.startsWith('\u001b[4ma.md\u001b[0m\n'));
    assert.ok(text.includes('\u001b[31mfout\u001b[0m'));
    assert.ok(text.includes('\u001b[33mwaarschuwing\u001b[0m'));
    assert.ok(text.includes('\u001b[36minfo\u001b[0m'));
    assert.ok(text.includes('\u001b[2mKB101 kamerstuk-notatie\u001b[0m'));
    assert.ok(text.includes('\u001b[31;1m✖ 4 problemen'));
    const warnOnly = formatStylish([{ file: 'w.md', messages: [msg({ severity: 'warning' })] }], true);
    assert.ok(warnOnly.includes('\u001b[33;1m✖ 1 probleem'));
    // Alignment counts the visible words, not the escape codes.
    assert.ok(text.includes('\u001b[31mfout\u001b[0m          Melding'));
  });

  it('a message in an imported file also says where: paragraph or footnote and offset', () => {
    const text = formatStylish(
      [{ file: 'brief.docx', messages: [msg({ position: 'paragraaf', paragraph: 4, offset: 17 }), msg({ line: 9, position: 'voetnoot', footnote: 2, offset: 0 })] }],
      false,
    );
    assert.match(text, /^ {2}1:5 \(paragraaf 4, positie 17\) {2}fout {2}Melding/m);
    assert.match(text, /^ {2}9:5 \(voetnoot 2, positie 0\) {4}fout {2}Melding/m);
  });

  it('control characters in names and messages are shown, not sent to the terminal', () => {
    const text = formatStylish([{ file: 'a\u001b[2J.md', messages: [msg({ message: 'x\u0007y' })] }], false);
    assert.ok(!text.includes('\u001b') && !text.includes('\u0007'));
    assert.ok(text.startsWith('a\\x1b[2J.md\n'));
    assert.ok(text.includes('x\\x07y'));
  });

  it('json: the results as they are, one line', () => {
    assert.equal(formatJson(results), JSON.stringify(results) + '\n');
  });
});
