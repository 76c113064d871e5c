// The editor's colours and the engine agree on what a citation is: for every row of
// citation-cases.tsv and citation-cases-3.10.tsv, in the contexts a draft puts it in, the spans the TextMate grammar scopes as
// meta.citation.* are exactly the citations the engine finds (analyze(): its scanner on the
// flattened Markdown), with the matching kind.
//
// Deliberate differences (not exercised here, listed in test/grammar/README.md under known limits):
// the grammar works line by line, so a citation hard-wrapped over two lines is not coloured; and
// contexts VS Code's Markdown grammar decides differently (indented footnote continuation lines,
// image alt text). Every row below, in every context below, must agree: there is no exception list.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import type { CitationKind } from '../../server/src/core/types.js';
import { allCaseRows } from '../helpers/case-rows.js';
import { citationSpans, markdownGrammar } from '../helpers/textmate.js';

// Both files: the shared citation-cases.tsv and the §3.10 rows with their near misses.
const rows = allCaseRows();

/** The grammar's scope kind for each of the engine's kinds. */
const SCOPE_KIND: Record<CitationKind, string> = {
  kamerstuk: 'kamerstuk',
  kamerstukken: 'kamerstuk',
  'kamerstukken-leidraad': 'kamerstukken-leidraad',
  handelingen: 'handelingen',
  aanhangsel: 'aanhangsel',
  'kamervragen-nummer': 'zaaknummer',
  'document-nummer': 'zaaknummer',
  staatsblad: 'publicatie',
  staatscourant: 'publicatie',
  tractatenblad: 'publicatie',
};

/** Where a row appears in a draft. */
const CONTEXTS: [string, (row: string) => string][] = [
  ['alone', (r) => r],
  ['in a sentence', (r) => `Zie ${r} en verder.`],
  ['in a footnote', (r) => `Tekst.[^1]\n\n[^1]: ${r}`],
  ['in a list item', (r) => `- ${r}`],
  ['in a numbered list, after a lead-in', (r) => `1. Zie ook: ${r}`],
  ['in a block quote', (r) => `> ${r}`],
  ['in a heading', (r) => `## ${r}`],
  ['in emphasis', (r) => `*${r}*`],
  ['in a table cell', (r) => `| bron | opmerking |\n| --- | --- |\n| ${r} | x |`],
];

const show = (text: string, spans: { start: number; end: number; kind: string }[]): string =>
  spans.map((s) => `${s.kind} ${JSON.stringify(text.slice(s.start, s.end))} [${s.start},${s.end})`).join('; ') || '(none)';

describe('TextMate grammar agrees with the engine on citation-cases.tsv', () => {
  for (const valid of [true, false]) {
    for (const [name, place] of CONTEXTS) {
      it(`${valid ? 'valid' : 'invalid'} rows, ${name}: the coloured spans are the engine's citations`, async () => {
        const grammar = await markdownGrammar();
        let compared = 0;
        const problems: string[] = [];
        for (const r of rows.filter((x) => x.valid === valid)) {
          const text = place(r.input);
          const engine = analyze(text).citations.map(({ citation: c }) => ({ start: c.start, end: c.end, kind: SCOPE_KIND[c.kind] }));
          const coloured = citationSpans(grammar, text);
          compared += engine.length;
          if (JSON.stringify(coloured) !== JSON.stringify(engine))
            problems.push(`${r.where}: ${JSON.stringify(text)}\n  engine:  ${show(text, engine)}\n  grammar: ${show(text, coloured)}`);
        }
        assert.deepEqual(problems, []);
        assert.ok(compared > 20, `only ${compared} citations compared`);
      });
    }
  }
});
