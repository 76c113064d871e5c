// What a footnote holds (rules/kb205-voetnoot-tekst/note-kind.ts): KB205 compares final periods
// only between notes of one kind, so a wrong kind is a false alarm in the notes of a real letter.
// Each row is a footnote body as letters write them, with the kind it must get, and the
// boundaries (four words after a citation, eight words for a sentence) exactly.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { noteKind } from '../../server/src/core/rules/kb205-voetnoot-tekst/note-kind.js';

function kindOf(body: string): string {
  const text = `Tekst[^1].\n\n[^1]: ${body}\n`;
  const doc = analyze(text);
  const def = doc.definitions[0]!;
  return noteKind(doc, def, text.slice(def.bodyStart, def.bodyEnd));
}

describe('footnote kinds (KB205 note-kind.ts)', () => {
  const rows: [string, string][] = [
    // Nothing to compare: a URL, a note ending in a URL or an abbreviation, a lower-case fragment.
    ['https://www.rijksoverheid.nl/documenten/rapporten/2019/06/27/rapport', 'neutral'],
    ['<https://www.rijksoverheid.nl/a>.', 'neutral'],
    ['www.tweedekamer.nl', 'neutral'],
    ['Zie het rapport op https://www.rijksoverheid.nl/a', 'neutral'],
    ['Motie Becker c.s.', 'neutral'],
    ['zie ook de bijlage bij deze brief', 'neutral'],
    // A citation, with a lead-in, a page, a date in brackets, or at most four words after it.
    ['Kamerstuk 29 754, nr. 501.', 'citation'],
    ['Zie Kamerstuk 29 754, nr. 501.', 'citation'],
    ['Zie ook: Kamerstuk 29 754, nr. 501', 'citation'],
    ['Vgl. Kamerstuk 29 754, nr. 501, p. 3.', 'citation'],
    ['Kamerstuk 29 754, nr. 501 (brief van 3 maart 2019 over de aanpak van radicalisering).', 'citation'],
    ['Kamerstuk 29 754, nr. 501, de brief over moties.', 'citation'],
    ['Handelingen II 2018/19, nr. 28, item 9.', 'citation'],
    ['(Kamerstuk 29 754, nr. 501).', 'citation'],
    // More than four words after the citation: prose.
    ['Kamerstuk 29 754, nr. 501, de brief over alle moties.', 'reference'],
    ['Kamerstuk 29 754, nr. 501, waarin de minister uitlegt hoe de aanpak werkt.', 'sentence'],
    // Sentences, titles, other references.
    ['Dit is een zin. Dit is nog een zin', 'sentence'],
    ['Het kabinet heeft de Kamer hierover eerder uitgebreid geïnformeerd.', 'sentence'],
    ['Het kabinet heeft de Kamer hierover eerder geïnformeerd.', 'sentence'],
    ['Het kabinet heeft de Kamer hierover geïnformeerd.', 'reference'],
    ['Het kabinet noemde «de aanpak werkt» in een brief aan de Kamer.', 'reference'],
    ['Terrorismebestrijding | Rapport | Rijksoverheid.nl', 'title'],
    ['Rapport over radicalisering (forbes.com)', 'title'],
    ['Rapport over radicalisering (https://www.forbes.com/a)', 'neutral'],
    ['Rapport over radicalisering (https://www.forbes.com/a), juni 2019', 'title'],
    ['NRC.nl, 26 juni 2024, «Titel van het artikel»', 'reference'],
    ['Rapport van de commissie', 'reference'],
  ];
  for (const [body, kind] of rows) {
    it(`${kind}: ${body}`, () => assert.equal(kindOf(body), kind));
  }
});
