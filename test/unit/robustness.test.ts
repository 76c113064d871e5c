// Property tests: no input makes the engine throw, hang or report outside the text; fixes
// converge; citation patterns stay linear on hostile single-line input.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixText, lintText } from '../../server/src/core/lint.js';

const fragment = fc.constantFrom(
  'Kamerstuk 29 754, nr. 482', 'Kamerstuk 29754, nr.482', 'Kamerstukken 29 614 en 31 289, nr. 113', '.Kamerstukken 29 614 en 31 289, nr. 113.',
  'Kamerstukken II 2018/20, 29 754, nr. 482', 'Handelingen II 2018/19, nr. 28, punt 9', 'Aanhangsel Handelingen II 2019/20, nr 123',
  'vergaderjaar 2018 – 2019', '2019z13154', 'kst-29754 482', 'Stb 2011, 35', '[^1]', '[^2]', '[^1]: Kamerstuk 29 754, nr. 1.',
  '[^2]: .Noot', '### Vraag 1', '### Antwoord 2', '**Vraag 0**', 'Zie antwoord 7.', '## Motie van het lid Becker (VVD) over x',
  '## Toezegging - iets', 'motie van van het lid Becker c.s', '---\nsoort: brif\n---', '```', '<!--', '-->', '> ', '- ', '1. ',
  '    ', '\n', '\n\n', '\r\n', '*', '_', '`', '[', ']', '(', ')', '\\', '\uFEFF', '\uD800', '\uDC00', '\u0000', '\uFFFC', 'é', '😀',
);

const draft = fc.oneof(
  fc.array(fragment, { maxLength: 40 }).map((a) => a.join('')),
  fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((a) => a.join(' ')),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

describe('robustness', () => {
  it('never throws and reports only inside the text', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const { messages } = lintText(text);
        for (const m of messages) {
          assert.notEqual(m.ruleId, 'KB000', m.message);
          assert.ok(m.start >= 0 && m.start <= m.end && m.end <= text.length, `${m.ruleId} span ${m.start}-${m.end} of ${text.length}`);
          if (m.fix) assert.ok(m.fix.range[0] >= 0 && m.fix.range[0] <= m.fix.range[1] && m.fix.range[1] <= text.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('fixes converge and leave nothing fixable', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const fixed = fixText(text);
        assert.ok(fixed.passes < 10, `fix loop did not settle for ${JSON.stringify(text)}`);
        assert.deepEqual(fixed.result.messages.filter((m) => m.fix).map((m) => m.message), []);
        assert.equal(fixText(fixed.text).text, fixed.text, 'a second fix changes nothing');
      }),
      { numRuns: 200 },
    );
  });

  const hostile: [string, string][] = [
    ['repeated Kamerstuk', 'Kamerstuk '.repeat(20_000)],
    ['glued citations', 'Kamerstuk 29 754, nr. 4'.repeat(9_000)],
    ['digit runs with spaces', '1 '.repeat(100_000)],
    ['dossier-like groups', '29 754 '.repeat(30_000)],
    ['year-like runs', '2019/'.repeat(40_000)],
    ['footnote openers', '[^'.repeat(100_000)],
    ['parentheses', '('.repeat(200_000)],
    ['mixed', ('Kamerstukken II 2018/19, 29 754, nr. 4 (22026, nr. 27) 2019Z1315 vergaderjaar 2018–20 [^1] motie van het lid Becker c.s ').repeat(1_700)],
  ];
  for (const [name, line] of hostile) {
    it(`lints a ${line.length.toLocaleString('en')}-character hostile line (${name}) in well under a second`, () => {
      const t0 = performance.now();
      lintText(line);
      const ms = performance.now() - t0;
      // Generous: other work shares these 2 cores; the benchmark prints the real figure (~30 ms).
      assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
    });
  }
});

describe('robustness: inputs that make micromark super-linear', () => {
  const cases: [string, string][] = [
    ['undefined footnote calls', '[^1]'.repeat(50_000)],
    ['emphasis markers', '*a'.repeat(100_000)],
    ['link closers', ']('.repeat(100_000)],
    ['nested quotes', '> '.repeat(100_000)],
    ['nested lists', '- '.repeat(100_000)],
    ['image openers', '!['.repeat(100_000)],
  ];
  for (const [name, text] of cases) {
    it(`${name} (${text.length.toLocaleString('en')} characters) lint quickly and still show citations`, () => {
      const t0 = performance.now();
      const { analysis } = lintText(text + '\n\nZie Kamerstuk 29 754, nr. 482.');
      const ms = performance.now() - t0;
      assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
      assert.ok(analysis.units.length > 0);
    });
  }
});

describe('robustness: long documents are not mistaken for hostile input', () => {
  it('500 footnotes with their 500 definitions at the end stay footnotes', () => {
    const body = Array.from({ length: 500 }, (_, i) => `Zin ${i + 1} met een verwijzing.[^${i + 1}]`).join('\n\n');
    const defs = Array.from({ length: 500 }, (_, i) => `[^${i + 1}]: Kamerstuk 29 754, nr. ${i + 1}; zie <https://zoek.officielebekendmakingen.nl/kst-29754-${i + 1}.html>.`).join('\n');
    const { messages, analysis } = lintText(`${body}\n\n${defs}\n`);
    assert.equal(analysis.definitions.length, 500);
    assert.deepEqual(messages.filter((m) => m.ruleId.startsWith('KB2')).map((m) => m.message), []);
  });
});
