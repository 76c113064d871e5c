// Every citation row of the citation test strings (test/fixtures/spec/citation-cases.tsv and
// citation-cases-3.10.tsv) straight
// through the citation grammar: valid rows give exactly the expected citation, of the right kind,
// with the expected house-style form, id or URL, and no error or warning; invalid rows give at
// least one issue; where the row names one canonical form, applying the fix yields exactly it, and
// where it names several readings, no fix is offered.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import type { Citation, CitationIssue, CitationKind } from '../../server/src/core/types.js';
import { allCaseRows, isNoCitation, sharedRows } from '../helpers/case-rows.js';

// Both files: the shared citation-cases.tsv and the §3.10 rows (test/fixtures/spec/README.md).
const rows = allCaseRows();

/**
 * Rows out of scope for the citation grammar, with the reason. They hold no citation (or the
 * verdict is about something else than the citation in them); other rules own them.
 */
const OUT_OF_SCOPE = new Map<string, string>([
  // Motie naming (KB308): who moved it, "het lid" / "de leden", "c.s.", party in parentheses.
  ['motie van het lid Becker (VVD)', 'motie naming'],
  ['Motie van het lid Becker c.s. over een landelijk gevalideerde aanpak', 'motie heading'],
  ['Gewijzigde motie van het lid Azarkan over de evaluatie van contraterrorisme-maatregelen', 'motie heading'],
  ['Motie van de leden Kuiken en Gijs van Dijk over maatregelen tegen alle vormen van radicalisering', 'motie heading'],
  ['motie van de leden Kuiken (PvdA) en Gijs van Dijk (SP)', 'motie naming'],
  ['Deze motie is voorgesteld door de leden Duyvendak en Vermeij.', 'Handelingen sentence naming movers'],
  ['motie van het lid Becker en Kuiken', 'motie naming: "het lid" with two names'],
  ['motie van de leden Becker', 'motie naming: "de leden" with one name'],
  ['motie van het lid Becker c.s', 'motie naming: "c.s" without final period'],
  ['motie van het lid Becker cs', 'motie naming: "cs" for c.s.'],
  // The old Handelingen numbering sentence "nr. 203(28286)" names a motie's number in a debate
  // record; letters never cite that way, and the grammar does not read it.
  ['Zij krijgt nr. 203(28286).', 'Handelingen numbering sentence, not a citation form'],
  // Vraag/Antwoord structure (KB401, KB402) and the header lines of answers.
  ['Vraag 1', 'Vraag/Antwoord heading'],
  ['Antwoord 1', 'Vraag/Antwoord heading'],
  ['Antwoord op vraag 1:', 'Vraag/Antwoord heading'],
  ['Vraag 1 ... Antwoord 2', 'Vraag/Antwoord pairing'],
  ['Antwoord 0', 'Vraag/Antwoord numbering'],
  ['Vragen van de leden Bouchallikh, Bromet en Kröger (allen GroenLinks)', 'header of a set of questions'],
  ['Antwoord van Minister Koolmees (Sociale Zaken en Werkgelegenheid), mede namens de Minister van Justitie en Veiligheid (ontvangen 10 oktober 2019).', 'attribution line of answers'],
]);

/**
 * Invalid rows whose canonical form needs something the row does not hold, or belongs to
 * another rule: the fix is checked against what the grammar can know.
 */
const FIX_EXCEPTIONS = new Map<string, { fixTo: string | null; why: string }>([
  ['Handelingen II 2018/19, item 9', { fixTo: null, why: 'the vergadernummer is unknown' }],
  ['Handelingen II 2018/19, nr. 28', { fixTo: null, why: 'the item is unknown (warning only)' }],
  // The doubled "van" is KB308's; the grammar repairs the citation in it.
  ['de motie van van het lid Jasper van Dijk (Kamerstuk 35 663, nr.19)', { fixTo: 'de motie van van het lid Jasper van Dijk (Kamerstuk 35 663, nr. 19)', why: 'the doubled "van" is motie naming' }],
  // The row gives the letter-style rewrite after "letter style:" rather than "canonical:".
  ['motie Segers c.s. (25295 nr. 961)', { fixTo: 'motie Segers c.s. (Kamerstuk 25 295, nr. 961)', why: 'the row says "letter style:"' }],
]);

const inScope = rows.filter((r) => !OUT_OF_SCOPE.has(r.input));

/** The kind a citation row is about, read from the form of its input. */
function kindOf(input: string): CitationKind | null {
  const s = input.replace(/^[.(]?(?:Zie ook |Bijlage bij )?/, '');
  // §3.10: ids cited as a Kamerstuk take the id's kind; the chamber written out or abbreviated.
  if (/^Kamerstuk \d{4}D\d/.test(s)) return 'document-nummer';
  if (/^Kamerstuk ah-/.test(s)) return 'aanhangsel';
  if (/^Tweede Kamer, /.test(s)) return 'kamerstuk';
  if (/^(?:Eerste Kamer, |[TE]K \d{4}\/)/.test(s)) return 'kamerstukken-leidraad';
  if (/^(?:de|een) (?:motie|brief)[^(]*\((?:VVD\) \()?\d{1,2} \d{3}/.test(s)) return 'kamerstuk';
  if (/^Kamerstuk(?:ken)? (?:(?:I\/II|III|II|I|ll)\b|2 \d{4}\/)|^Kamerstuk(?:ken)? \d{4}\//.test(s)) return 'kamerstukken-leidraad';
  if (/^Kamerstukken /.test(s) || /^Kamerstuk \d{1,2} \d{3} en /.test(s)) return 'kamerstukken';
  if (/^[Kk]amerstuk\b|^kst-|\(\d{4,5}[-, ]|Kamerstuk \d/.test(s)) return 'kamerstuk';
  if (/^Aanhangsel|^ah-/.test(s)) return 'aanhangsel';
  if (/^Handelingen|^h-/.test(s)) return 'handelingen';
  if (/^Stb|^stb-/.test(s)) return 'staatsblad';
  if (/^Stcrt|^stcrt-/.test(s)) return 'staatscourant';
  if (/^Trb|^trb-/.test(s)) return 'tractatenblad';
  if (/^kv-tk-|^\d{2,4} ?[Zz]/.test(s)) return 'kamervragen-nummer';
  if (/^\d{4}D/.test(s)) return 'document-nummer';
  return null;
}

/** "X -> id" gives the canonical form and the id; a bare "https://…" the URL. */
function expectedOfValid(note: string): { canonical?: string; id?: string; url?: string } {
  const arrow = /^(.*?) -> (\S+)/.exec(note);
  if (arrow) {
    const left = arrow[1]!.trim();
    const isCitation = /^(Kamerstuk|Kamerstukken|Handelingen|Aanhangsel|Stb|Stcrt|Trb)\b/.test(left);
    return { ...(isCitation ? { canonical: left } : {}), id: arrow[2]!.replace(/\.html$/, '') };
  }
  if (/^https:\/\/zoek\.officielebekendmakingen\.nl\/[^ ]+\.html$/.test(note.trim())) return { url: note.trim() };
  return {};
}

/** "canonical: X" with one reading gives X; "X or Y", "(or …)", "e.g." give several readings. */
function expectedFix(note: string): { fixTo: string } | { several: true } | null {
  const m = /canonical: (.*)$/.exec(note);
  if (!m) return null;
  const text = m[1]!.trim();
  if (/ or |\(or |^e\.g\./.test(text)) return { several: true };
  return { fixTo: text.replace(/ \([^)]*\)$/, '') };
}

function allIssues(text: string): CitationIssue[] {
  const { citations, loose } = scanCitations(text);
  return [...citations.flatMap((c) => c.issues), ...loose];
}

function applyFirstFix(text: string): string | null {
  const fix = allIssues(text).find((i) => i.fix)?.fix;
  return fix ? text.slice(0, fix.span.start) + fix.text + text.slice(fix.span.end) : null;
}

const loud = (c: Citation): CitationIssue[] => c.issues.filter((i) => i.severity !== 'info');

describe('citation-cases.tsv through the citation grammar', () => {
  it('reads the citation test strings', () => {
    assert.ok(sharedRows().length > 100, `${sharedRows().length} rows`);
    assert.ok(rows.length - sharedRows().length >= 25, 'the §3.10 rows are read too');
    for (const input of OUT_OF_SCOPE.keys()) assert.ok(rows.some((r) => r.input === input), `out-of-scope row still in the tsv: ${input}`);
    for (const input of FIX_EXCEPTIONS.keys()) assert.ok(rows.some((r) => r.input === input), `exception row still in the tsv: ${input}`);
  });

  for (const r of inScope) {
    it(`${r.where}: ${r.verdict} ${JSON.stringify(r.input)}`, () => {
      const { citations, loose } = scanCitations(r.input);
      const kind = kindOf(r.input);
      if (isNoCitation(r)) {
        assert.deepEqual(citations.map((c) => c.text), [], 'a near miss is no citation');
        assert.deepEqual(loose.map((i) => i.reason), []);
      } else if (r.verdict === 'info') {
        assert.deepEqual(citations.map((c) => c.text), [], 'no citation');
        assert.deepEqual(loose.map((i) => [i.ruleId, i.severity, i.fix]), [['KB101', 'info', undefined]], 'one informational note, no fix');
      } else if (r.valid) {
        for (const c of citations) assert.deepEqual(loud(c).map((i) => `${i.ruleId} ${i.reason}`), [], `issues on ${c.text}`);
        assert.deepEqual(loose.map((i) => i.reason), []);
        if (/t\.v\.v\./.test(r.input) || /^[Vv]ergaderjaar /.test(r.input)) {
          assert.deepEqual(citations.map((c) => c.text), [], 'registry quotations and vergaderjaar mentions are no citations');
          return;
        }
        assert.equal(citations.length, 1, `one citation in ${r.input}: ${citations.map((c) => c.text).join(' | ')}`);
        const c = citations[0]!;
        assert.equal(c.valid, true);
        assert.equal(c.kind, kind);
        const want = expectedOfValid(r.note);
        if (want.canonical) assert.equal(c.canonical, want.canonical);
        if (want.id) assert.equal(c.id, want.id);
        if (want.url) assert.equal(c.url, want.url);
      } else {
        const issues = allIssues(r.input).filter((i) => i.severity !== 'info');
        assert.ok(issues.length > 0, 'at least one issue');
        if (kind) assert.ok(citations.some((c) => c.kind === kind), `a ${kind} citation in ${r.input}`);
        const exception = FIX_EXCEPTIONS.get(r.input);
        const want = exception ? (exception.fixTo === null ? { several: true as const } : { fixTo: exception.fixTo }) : expectedFix(r.note);
        if (want && 'fixTo' in want) assert.equal(applyFirstFix(r.input), want.fixTo);
        if (want && 'several' in want) assert.deepEqual(issues.filter((i) => i.fix).map((i) => i.reason), [], 'no fix when the intent is unknown');
      }
    });
  }

  for (const r of rows.filter((x) => OUT_OF_SCOPE.has(x.input) && x.valid)) {
    it(`${r.where} (out of scope: ${OUT_OF_SCOPE.get(r.input)}): no citation issue in ${JSON.stringify(r.input)}`, () => {
      assert.deepEqual(allIssues(r.input).map((i) => i.reason), []);
    });
  }
});
