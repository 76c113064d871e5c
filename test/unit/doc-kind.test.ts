// What kind of document a draft is (rules/doc-kind.ts), the front-matter date reader KB404 and
// KB501 share (rules/frontmatter-shared.ts), and how a message quotes what it found (message.ts q):
// the pairing rules and the answering term depend on the first, every date check on the second.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { docKind, questionsOnly } from '../../server/src/core/rules/doc-kind.js';
import { isoDay, soort } from '../../server/src/core/rules/frontmatter-shared.js';
import { q, unexpected } from '../../server/src/core/message.js';

const MEDEDELING = 'Mededeling van minister Van Weel (Justitie en Veiligheid) (ontvangen 13 juni 2024).\n\nDe vragen van het lid X kunnen niet binnen de termijn worden beantwoord.\n';

describe('document kind (rules/doc-kind.ts)', () => {
  it('the declared soort wins; an unknown soort counts as not declared', () => {
    assert.equal(docKind(analyze('---\nsoort: antwoorden-kamervragen\n---\n\nTekst.\n')), 'antwoorden-kamervragen');
    assert.equal(docKind(analyze(`---\nsoort: brief\n---\n\n${MEDEDELING}`)), 'brief');
    assert.equal(docKind(analyze('---\nsoort: briefje\n---\n\nTekst.\n')), 'brief');
    assert.equal(docKind(analyze('Tekst.\n')), 'brief');
  });

  it('a Mededeling header line makes an undeclared draft an uitstelbericht, only as a paragraph of the body text', () => {
    assert.equal(docKind(analyze(MEDEDELING)), 'uitstelbericht');
    assert.equal(docKind(analyze(`   ${MEDEDELING}`)), 'uitstelbericht', 'leading spaces');
    assert.equal(docKind(analyze(MEDEDELING.replace('Mededeling van', 'Mededeling\u00a0van'))), 'uitstelbericht');
    for (const [name, text] of [
      ['a heading', `# ${MEDEDELING}`],
      ['a list item', `- ${MEDEDELING}`],
      ['a quote', `> ${MEDEDELING}`],
      ['a footnote', `Tekst[^1].\n\n[^1]: ${MEDEDELING}`],
      ['no "ontvangen"', 'Mededeling van minister Van Weel (Justitie en Veiligheid).\n'],
      ['not at the start', `Zie de ${MEDEDELING}`],
    ] as const) {
      assert.equal(docKind(analyze(text)), 'brief', name);
      assert.equal(questionsOnly(analyze(text)), false, name);
    }
  });

  it('questions only: an uitstelbericht, a list of questions, or a Mededeling even under another soort', () => {
    for (const s of ['uitstelbericht', 'vragen', 'lijst-van-vragen']) assert.equal(questionsOnly(analyze(`---\nsoort: ${s}\n---\n\nTekst.\n`)), true, s);
    for (const s of ['brief', 'antwoorden-kamervragen']) assert.equal(questionsOnly(analyze(`---\nsoort: ${s}\n---\n\nTekst.\n`)), false, s);
    assert.equal(questionsOnly(analyze(`---\nsoort: antwoorden-kamervragen\n---\n\n${MEDEDELING}`)), true);
  });

  it('soort(): the front matter value trimmed, "brief" without one', () => {
    assert.equal(soort(analyze('---\nsoort: "  vragen  "\n---\n')), 'vragen');
    assert.equal(soort(analyze('Tekst.\n')), 'brief');
  });
});

describe('front-matter dates (isoDay)', () => {
  it('a real calendar day as a UTC day number; quotes around it are allowed', () => {
    assert.equal(isoDay('1970-01-02'), 1);
    assert.equal(isoDay('2019-06-27'), Date.UTC(2019, 5, 27) / 86_400_000);
    assert.equal(isoDay('"2019-06-27"'), isoDay('2019-06-27'));
    assert.equal(isoDay("'2019-06-27'"), isoDay('2019-06-27'));
    assert.equal(isoDay('2024-02-29'), Date.UTC(2024, 1, 29) / 86_400_000);
  });

  it('null for days a month does not have, other forms, or text around the date', () => {
    for (const bad of ['2019-02-29', '2019-02-30', '2019-04-31', '2019-13-01', '2019-00-10', '2019-06-00', '2019-6-27', '27-06-2019', 'x2019-06-27', '2019-06-27x', '2019-06-27 10:00', '2019-06-27"x']) {
      assert.equal(isoDay(bad), null, bad);
    }
  });
});

describe('quoting in messages (message.ts)', () => {
  it('one line, spaces collapsed and trimmed, cut at 80 characters with an ellipsis', () => {
    assert.equal(q('  Kamerstuk\n29 754,\t nr. 3 '), '"Kamerstuk 29 754, nr. 3"');
    assert.equal(q('a'.repeat(80)), `"${'a'.repeat(80)}"`);
    assert.equal(q('a'.repeat(81)), `"${'a'.repeat(79)}…"`);
    assert.equal(q('abcdef', 4), '"abc…"');
  });

  it('unexpected(): adjective by gender, the explanation in brackets only when there is one', () => {
    assert.equal(unexpected({ what: 'notatie', found: '"x"', expected: '"y"' }), 'Onverwachte notatie "x", verwacht "y"');
    assert.equal(unexpected({ what: 'Kamerstuk', neuter: true, found: '"x"', expected: '"y"', explanation: 'reden' }), 'Onverwacht Kamerstuk "x", verwacht "y" (reden)');
  });
});
