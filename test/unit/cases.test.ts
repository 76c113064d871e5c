// Every citation row of citation-cases.tsv and citation-cases-3.10.tsv through the whole engine: valid rows are recognised
// with the right kind, house-style form and URL and give no message; invalid rows give one;
// where the row names one canonical form, fixing yields exactly that text.
// Motie rows are covered in rules-motie.test.ts; Vraag/Antwoord rows in cases-qa.test.ts.
import assert from 'node:assert/strict';
import { fixText, lintText } from '../../server/src/core/lint.js';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { allCaseRows, isNoCitation, type CaseRow as Row } from '../helpers/case-rows.js';

// Both files: the shared citation-cases.tsv and the §3.10 rows (test/fixtures/spec/README.md).
const rows: Row[] = allCaseRows();

// Only the shared file's motie rows go elsewhere; the §3.10 rows with a motie are citations here.
const isMotieOrQa = (r: Row): boolean =>
  r.where.startsWith('citation-cases.tsv') &&
  /motie|^Vra(?:ag|gen)|^Antwoord|^Zij krijgt|voorgesteld door/i.test(r.input) && !/^Motie Becker c\.s\., Kamerstuk/.test(r.input);
const citationRows = rows.filter((r) => !isMotieOrQa(r));

/** "X -> id" gives the canonical form and id; "https://…" the URL; "canonical: X" (one reading) the fix. */
function expected(r: Row): { canonical?: string; id?: string; url?: string; fixTo?: string } {
  const arrow = /^(.*?) -> (\S+)/.exec(r.note);
  if (arrow) {
    const left = arrow[1]!.trim();
    const sure = /^(Kamerstuk|Kamerstukken|Handelingen|Aanhangsel|Stb|Stcrt|Trb)/.test(left);
    return { ...(sure ? { canonical: left } : {}), id: arrow[2]!.replace(/\.html$/, '') };
  }
  if (/^https:\/\//.test(r.note)) return { url: r.note.trim() };
  const can = /canonical: (.*)$/.exec(r.note);
  if (can && !/ or |\(or |^e\.g\./.test(can[1]!)) return { fixTo: can[1]!.replace(/ \([^)]*\)$/, '').trim() };
  return {};
}

// Canonical forms that need facts the input does not hold (which meeting? which item?).
const NEEDS_MISSING_FACTS = new Set(['Handelingen II 2018/19, item 9', 'Handelingen II 2018/19, nr. 28']);

describe('citation-cases.tsv through the engine', () => {
  for (const r of citationRows) {
    it(`${r.where}: ${r.verdict} ${r.input}`, () => {
      const { messages, analysis } = lintText(r.input);
      const loud = messages.filter((m) => m.severity !== 'info');
      const found = scanCitations(r.input).citations;
      const want = expected(r);
      if (r.verdict === 'info') {
        assert.deepEqual(messages.map((m) => [m.ruleId, m.severity, m.fix]), [['KB101', 'info', undefined]]);
        assert.equal(analysis.citations.length, 0);
      } else if (isNoCitation(r)) {
        assert.deepEqual(messages.map((m) => `${m.ruleId} ${m.message}`), []);
        assert.equal(analysis.citations.length, 0);
      } else if (r.valid) {
        assert.deepEqual(loud.map((m) => `${m.ruleId} ${m.message}`), []);
        if (/^(Kamerstuk|Bijlage|Handelingen|Aanhangsel|Zie ook|Stb|Stcrt|Trb|kst-|h-|ah-|kv-|stb-)/.test(r.input)) {
          assert.equal(found.length, 1, 'one citation');
          assert.equal(found[0]!.valid, true);
        }
        if (want.canonical) assert.equal(found[0]!.canonical, want.canonical);
        if (want.id) assert.equal(found[0]!.id, want.id);
        if (want.url) assert.equal(found[0]!.url, want.url);
      } else {
        assert.ok(loud.length > 0, 'flagged');
        // One slip, one message (§3.10): never two messages on the same citation.
        const spans = loud.map((m) => `${m.start}:${m.end}`);
        assert.equal(new Set(spans).size, spans.length, `one message per citation: ${loud.map((m) => `${m.ruleId} ${m.message}`).join(' | ')}`);
        if (want.fixTo && !NEEDS_MISSING_FACTS.has(r.input)) assert.equal(fixText(r.input).text, want.fixTo);
      }
    });
  }

  it('kinds follow the JSON contract', () => {
    const kinds = (s: string) => scanCitations(s).citations.map((c) => c.kind);
    assert.deepEqual(kinds('Kamerstuk 29 754, nr. 482'), ['kamerstuk']);
    assert.deepEqual(kinds('Kamerstukken 29 614 en 31 289, nr. 113'), ['kamerstukken']);
    assert.deepEqual(kinds('Kamerstukken II 2015/16, 34442, nr. 3'), ['kamerstukken-leidraad']);
    assert.deepEqual(kinds('Handelingen II 2018/19, nr. 28, item 9'), ['handelingen']);
    assert.deepEqual(kinds('Aanhangsel Handelingen II 2019/20, nr. 123'), ['aanhangsel']);
    assert.deepEqual(kinds('2024Z15585/2024D37938'), ['kamervragen-nummer', 'document-nummer']);
    assert.deepEqual(kinds('Stb. 2011, 35; Stcrt. 2015, 10247'), ['staatsblad', 'staatscourant']);
  });

  it('citations in code spans, code blocks and link URLs are not citations', () => {
    const text = 'Tekst `Kamerstuk 29754, nr. 482` en [de brief](https://x.nl/Kamerstuk%2029754) of <https://zoek.officielebekendmakingen.nl/kst-29754-482.html>.\n\n```\nKamerstuk 29754, nr. 482\n```\n\n    Kamerstuk 29754, nr. 482\n';
    const { messages, analysis } = lintText(text);
    assert.deepEqual(messages.filter((m) => m.ruleId.startsWith('KB1')).map((m) => m.message), []);
    assert.equal(analysis.citations.length, 0);
  });

  it('a citation broken over two lines is one citation without a message', () => {
    const { messages, analysis } = lintText('Zie Kamerstuk 29 754,\nnr. 482 voor de brief.\n');
    assert.equal(analysis.citations.length, 1);
    assert.equal(analysis.citations[0]!.citation.canonical, 'Kamerstuk 29 754, nr. 482');
    assert.deepEqual(messages.filter((m) => m.ruleId.startsWith('KB1')), []);
  });

  it('"het kamerstuk" as a noun is no citation', () => {
    assert.deepEqual(scanCitations('In dit kamerstuk en het Kamerstuk over de begroting staat het.').citations, []);
  });
});
