// The non-house citation forms of citations.md §3.10: each is read as a citation (kind,
// canonical form, id), flagged by exactly one message, fixed where the text allows it, and not
// read in its near misses. The rows of test/fixtures/spec/citation-cases-3.10.tsv run through
// citations.test.ts, cases.test.ts and the grammar agreement test as well; this file checks what
// those generic tests cannot: the owning rule, the single message, the motie source (KB301), the
// hover card and the citations overview.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { hoverMarkdown } from '../../server/src/core/features/hover.js';
import { fixText, lintText } from '../../server/src/core/lint.js';
import type { Citation, LintMessage } from '../../server/src/core/types.js';

function only(text: string): Citation {
  const found = scanCitations(text).citations;
  assert.equal(found.length, 1, `one citation in ${JSON.stringify(text)}: ${found.map((c) => c.text).join(' | ')}`);
  return found[0]!;
}

/** The citation messages (KB1xx) of a text. */
const citationMessages = (text: string): LintMessage[] => lintText(text).messages.filter((m) => m.ruleId.startsWith('KB1'));

/** Exactly one message, of `ruleId`, and the fixed text. */
function flaggedOnce(text: string, ruleId: string, fixTo: string | null): LintMessage {
  const ms = citationMessages(text);
  assert.deepEqual(ms.map((m) => m.ruleId), [ruleId], `${JSON.stringify(text)}: ${ms.map((m) => m.message).join(' | ')}`);
  assert.equal(Boolean(ms[0]!.fix), fixTo !== null, 'fix offered');
  assert.equal(fixText(text).text, fixTo ?? text);
  return ms[0]!;
}

describe('§3.10 non-house citation forms', () => {
  it('page-footer form: a Kamerstuk, letter style, KB101', () => {
    const c = only('Tweede Kamer, vergaderjaar 2020–2021, 35 570, nr. 12');
    assert.deepEqual([c.kind, c.canonical, c.id, c.chamber, c.style, c.valid], ['kamerstuk', 'Kamerstuk 35 570, nr. 12', 'kst-35570-12', 'II', 'neutral', false]);
    flaggedOnce('Zie Tweede Kamer, vergaderjaar 2020–2021, 35 570, nr. 12.', 'KB101', 'Zie Kamerstuk 35 570, nr. 12.');
    flaggedOnce('Tweede Kamer, 35 925, nr. 3', 'KB101', 'Kamerstuk 35 925, nr. 3');
    // A slip inside is named in the same message and repaired by the same fix.
    const m = flaggedOnce('Tweede Kamer, vergaderjaar 2020–2021, 35570, nr.12', 'KB101', 'Kamerstuk 35 570, nr. 12');
    assert.match(m.message, /paginavoet/);
    assert.match(m.message, /duizendtalspatie/);
  });

  it('TK abbreviation: Kamerstukken II, KB105', () => {
    const c = only('TK 2021/22, 35 925, nr. 3');
    assert.deepEqual([c.kind, c.canonical, c.id, c.chamber, c.vergaderjaar], ['kamerstukken-leidraad', 'Kamerstukken II 2021/22, 35 925, nr. 3', 'kst-35925-3', 'II', '2021-2022']);
    flaggedOnce('TK 2023/24, 31 839, nr. 1024.', 'KB105', 'Kamerstukken II 2023/24, 31 839, nr. 1024.');
    flaggedOnce('EK 2022/23, 36 021, B', 'KB105', 'Kamerstukken I 2022/23, 36 021, B');
  });

  it('bare "(36 200, nr. 41)" after a motie or brief: KB101, and the motie has its source', () => {
    const text = 'Ik verwijs naar de motie Bikker (36 200, nr. 41).';
    const c = only(text);
    assert.deepEqual([c.kind, c.text, c.canonical, c.id], ['kamerstuk', '36 200, nr. 41', 'Kamerstuk 36 200, nr. 41', 'kst-36200-41']);
    flaggedOnce(text, 'KB101', 'Ik verwijs naar de motie Bikker (Kamerstuk 36 200, nr. 41).');
    assert.deepEqual(lintText(text).messages.filter((m) => m.ruleId === 'KB301'), [], 'the bare citation is the motie source');
    flaggedOnce('Zie de brief van 3 mei (29 754, nr. 501).', 'KB101', 'Zie de brief van 3 mei (Kamerstuk 29 754, nr. 501).');
    flaggedOnce('In de Kamerbrief (29 754, nr. 501) staat het.', 'KB101', 'In de Kamerbrief (Kamerstuk 29 754, nr. 501) staat het.');
    flaggedOnce('de moties (36 200, nrs. 41 en 42)', 'KB101', 'de moties (Kamerstuk 36 200, nrs. 41 en 42)');
    // A soft line break does not end the context.
    flaggedOnce('de motie van het lid Bikker\n(36 200, nr. 41)', 'KB101', 'de motie van het lid Bikker\n(Kamerstuk 36 200, nr. 41)');
  });

  it('bare numbers in parentheses elsewhere are no citation', () => {
    for (const text of [
      'Er waren (36 200, nr. 41) meldingen.',
      'De brief is verstuurd. Daarna volgde (36 200, nr. 41).',
      'de promotie (36 200, nr. 41)',
      'de motie; daarna (36 200, nr. 41)',
      'de motie Bikker (VVD) en (CDA) (36 200, nr. 41)',
      `de motie ${'x'.repeat(90)} (36 200, nr. 41)`,
      'de motie Bikker (36200, nr. 41)'.replace('36200', '36 200 en meer'),
      'de brief (12 345 euro)',
    ]) {
      assert.deepEqual(scanCitations(text).citations.map((c) => c.text), [], text);
      assert.deepEqual(citationMessages(text), [], text);
    }
  });

  it('Eerste Kamer written out: KB105, expected form with JJJJ/JJ and no fix without a year', () => {
    const c = only('Eerste Kamer, 35 925, C');
    assert.deepEqual([c.kind, c.canonical, c.id, c.chamber], ['kamerstukken-leidraad', null, 'kst-35925-C', 'I']);
    const m = flaggedOnce('Eerste Kamer, 35 925, C', 'KB105', null);
    assert.match(m.message, /verwacht "Kamerstukken I JJJJ\/JJ, 35 925, C"/);
    assert.match(hoverMarkdown(c), /Verwacht: Kamerstukken I JJJJ\/JJ, 35 925, C/);
    flaggedOnce('Eerste Kamer, vergaderjaar 2020–2021, 35 925, C', 'KB105', 'Kamerstukken I 2020/21, 35 925, C');
  });

  it('"c.s.(Kamerstuk …)": KB101, the fix inserts the space', () => {
    const text = 'motie van het lid X c.s.(Kamerstuk 36 410, nr. 12)';
    assert.equal(only(text).text, 'Kamerstuk 36 410, nr. 12');
    const m = flaggedOnce(text, 'KB101', 'motie van het lid X c.s. (Kamerstuk 36 410, nr. 12)');
    assert.match(m.message, /geen spatie vóór het haakje/);
    // With another slip: one message, one fix for both.
    flaggedOnce('de motie Bikker(Kamerstuk 36 410, nr.12)', 'KB101', 'de motie Bikker (Kamerstuk 36 410, nr. 12)');
    flaggedOnce('de motie X c.s.(Kamerstukken II 2021/22, 36 410, nr. 12)', 'KB101', 'de motie X c.s. (Kamerstukken II 2021/22, 36 410, nr. 12)');
    // After a space, a parenthesis or a footnote call nothing is missing.
    for (const ok of ['de motie (Kamerstuk 36 410, nr. 12)', 'zie ((Kamerstuk 36 410, nr. 12))']) assert.deepEqual(citationMessages(ok), [], ok);
  });

  it('vergaderjaar arithmetic slip: the only year that starts there, said to be assumed (KB111)', () => {
    const m = flaggedOnce('Kamerstukken II 2021–32, 35 570, nr. 80', 'KB111', 'Kamerstukken II 2021/22, 35 570, nr. 80');
    assert.match(m.message, /aangenomen: 2021–2022/);
    assert.equal(m.certainty, 'definite', 'the Certainty type has no "probable": the message says it is assumed');
    flaggedOnce('Kamerstukken II 2023–34, 23 235, nr. 240.', 'KB111', 'Kamerstukken II 2023/24, 23 235, nr. 240.');
    flaggedOnce('(Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844).', 'KB111', '(Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 844).');
    flaggedOnce('Tweede Kamer, vergaderjaar 2021–32.', 'KB111', 'Tweede Kamer, vergaderjaar 2021–2022.');
    // Two readings: no fix.
    flaggedOnce('Kamerstukken II 2018/20, 29 754, nr. 482', 'KB111', null);
    flaggedOnce('vergaderjaar 2018–2020', 'KB111', null);
  });

  it('registry form and missing spaces without keyword after a motie (KB104 / KB101)', () => {
    const c = only('de motie X (23 432-537)');
    assert.deepEqual([c.text, c.canonical, c.id], ['23 432-537', 'Kamerstuk 23 432, nr. 537', 'kst-23432-537']);
    flaggedOnce('de motie X (23 432-537)', 'KB104', 'de motie X (Kamerstuk 23 432, nr. 537)');
    flaggedOnce('de motie X (23 432,nr.537)', 'KB101', 'de motie X (Kamerstuk 23 432, nr. 537)');
    flaggedOnce('Kamerstuk 23 432,nr.537', 'KB101', 'Kamerstuk 23 432, nr. 537');
    flaggedOnce('de motie X (21 501-20-2128)', 'KB104', 'de motie X (Kamerstuk 21 501-20, nr. 2128)');
  });

  it('ids cited as a Kamerstuk (KB101)', () => {
    const d = only('Kamerstuk 2024D28457');
    assert.deepEqual([d.kind, d.text, d.nummer, d.canonical], ['document-nummer', 'Kamerstuk 2024D28457', '2024D28457', null]);
    assert.equal(flaggedOnce('Kamerstuk 2024D28457', 'KB101', null).severity, 'warning');
    const a = only('Kamerstuk ah-tk-20232024-1314');
    assert.deepEqual([a.kind, a.canonical, a.id], ['aanhangsel', 'Aanhangsel Handelingen II 2023/24, nr. 1314', 'ah-tk-20232024-1314']);
    flaggedOnce('Kamerstuk ah-tk-20232024-1314', 'KB101', 'Aanhangsel Handelingen II 2023/24, nr. 1314');
    flaggedOnce('Kamerstuk kst-29754-482', 'KB101', 'Kamerstuk 29 754, nr. 482');
    // The ids themselves stay valid, as the shared citation cases say.
    assert.deepEqual(citationMessages('zie ah-tk-20232024-1314 en kst-29754-482'), []);
  });

  it('Rijksoverheid.nl page title of a Kamerstuk: one info note (KB101), no fix, no citation', () => {
    const text = 'Tekst.[^1]\n\n[^1]: Kamerbrief over Voortgangsrapportage 2023 | Kamerstuk | Rijksoverheid.nl\n';
    const { messages, analysis } = lintText(text);
    assert.deepEqual(messages.map((m) => [m.ruleId, m.severity, Boolean(m.fix)]), [['KB101', 'info', false]]);
    assert.equal(text.slice(messages[0]!.start, messages[0]!.end), 'Kamerbrief over Voortgangsrapportage 2023 | Kamerstuk | Rijksoverheid.nl');
    assert.equal(analysis.citations.length, 0);
    assert.equal(citationMessages('Titel - Kamerstuk - Rijksoverheid.nl')[0]!.severity, 'info');
    for (const ok of ['Werkwijze | Rapport | Rijksoverheid.nl', 'titels als "… | Kamerstuk | Rijksoverheid.nl" in voetnoten', 'zie Rijksoverheid.nl']) {
      assert.deepEqual(citationMessages(ok), [], ok);
    }
  });

  it('"TK" as an ordinary abbreviation is no citation', () => {
    for (const text of ['Het TK-lid vond TK 2021 een goed jaar.', 'De TK 2021/22 was druk.', 'TK 85-5-7, 25 mei 2023 TK', 'STK 2021/22, 35 925, nr. 3']) {
      assert.deepEqual(scanCitations(text).citations.map((c) => c.text), [], text);
    }
  });

  it('the new forms appear in the document analysis (the citations overview and hover read it)', () => {
    const text = [
      'De motie Bikker (36 200, nr. 41) is uitgevoerd.[^1][^2]',
      '',
      '[^1]: Tweede Kamer, vergaderjaar 2020–2021, 35 570, nr. 12',
      '[^2]: TK 2021/22, 35 925, nr. 3.',
      '',
    ].join('\n');
    const { analysis } = lintText(text);
    assert.deepEqual(
      analysis.citations.map(({ citation: c }) => [c.kind, c.text, c.canonical]),
      [
        ['kamerstuk', '36 200, nr. 41', 'Kamerstuk 36 200, nr. 41'],
        ['kamerstuk', 'Tweede Kamer, vergaderjaar 2020–2021, 35 570, nr. 12', 'Kamerstuk 35 570, nr. 12'],
        ['kamerstukken-leidraad', 'TK 2021/22, 35 925, nr. 3', 'Kamerstukken II 2021/22, 35 925, nr. 3'],
      ],
    );
    for (const { citation: c } of analysis.citations) assert.match(hoverMarkdown(c), /notatie wijkt af/);
  });

  it('a footnote in the page-footer form is the motie source (KB301)', () => {
    const text = 'Hoe staat het met de motie van de leden Alkaya en Van Raan?[^1]\n\n[^1]: Tweede Kamer, vergaderjaar 2017–2018, 26 485, nr. 267\n';
    assert.deepEqual(lintText(text).messages.filter((m) => m.ruleId === 'KB301'), []);
  });
});
