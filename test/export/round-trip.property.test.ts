// Property: for generated drafts (front matter, headings, paragraphs with emphasis, links, citations and
// footnotes, nested lists, tables, a signature), export then import gives the draft back under the
// documented normalisation. In process (export → bytes → import), as the CLI does it.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { exportDraft } from '../../server/src/export/export-file.js';
import { importBytes } from '../../server/src/import/import-file.js';
import { normalForm } from '../helpers/draft-normal-form.js';

const WORDS = ['de', 'motie', 'regering', 'gemeenten', 'beleid', 'aanpak', 'Kamer', 'verzoekt', 'evaluatie', 'Ĳssel', 'coördinatie', '(SZW)', '«toolkit»', 'R&D', '3,5%', 'a<b', 'x_y', '2*3', 'c#', 'p|q', 'één', '—', '“citaat”'];
const CITATIONS = ['Kamerstuk 29 754, nr. 501', 'Kamerstukken 29 614 en 31 289, nr. 113', 'Handelingen II 2018/19, nr. 28, item 9', 'Aanhangsel Handelingen II 2018/19, nr. 3336'];

type Ctx = { notes: string[] };
const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
// A piece of inline text: plain, bold, italic, a citation, or a footnote call (numbered later).
const piece = fc.oneof(
  { weight: 5, arbitrary: words(1, 6) },
  { weight: 1, arbitrary: words(1, 3).map((w) => `**${w.replace(/[*_]/g, '')}**`) },
  { weight: 1, arbitrary: words(1, 3).map((w) => `*${w.replace(/[*_]/g, '')}*`) },
  { weight: 1, arbitrary: fc.constantFrom(...CITATIONS) },
  { weight: 1, arbitrary: fc.constantFrom('<https://www.tweedekamer.nl/kamerstukken>', '[de brief](https://zoek.officielebekendmakingen.nl/kst-29754-501.html)', '[het *rapport*](https://www.wodc.nl/a_b?x=1&y=2)') },
  { weight: 2, arbitrary: words(2, 8).map((w) => `\u0000NOTE${w}\u0000`) },
);
const inline = fc.array(piece, { minLength: 1, maxLength: 5 }).map((ps) => 'Het ' + ps.join(' ') + '.');
const block = fc.oneof(
  { weight: 4, arbitrary: inline.map((t) => ({ kind: 'p' as const, t })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(2, 3), words(1, 5)).map(([l, w]) => ({ kind: 'h' as const, t: `${'#'.repeat(l)} Kop ${w.replace(/[*_#|<&]/g, '')}` })) },
  { weight: 1, arbitrary: fc.tuple(fc.boolean(), fc.array(fc.tuple(fc.nat(1), inline), { minLength: 1, maxLength: 4 })).map(([ordered, items]) => ({ kind: 'l' as const, ordered, items })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).chain(([cols, rows]) => fc.array(fc.array(fc.constantFrom('ja', 'nee', 'motie', 'Kamerstuk 29 754, nr. 501', 'gereed'), { minLength: cols, maxLength: cols }), { minLength: rows + 1, maxLength: rows + 1 })).map((cells) => ({ kind: 't' as const, cells })) },
);

type GenBlock = { kind: string; t?: string; ordered?: boolean; items?: [number, string][]; cells?: string[][] };

function render(blocks: GenBlock[], soort: string, signed: boolean): string {
  const ctx: Ctx = { notes: [] };
  const calls = (t: string): string => t.replace(/\u0000NOTE([^\u0000]*)\u0000/g, (_, note: string) => `[^${ctx.notes.push(note.replace(/[*_]/g, '') || 'noot')}]`);
  const out: string[] = [`---\nsoort: ${soort}\nonderwerp: Voortgang van de aanpak\n---\n`];
  for (const b of blocks) {
    if (b.kind === 'p' || b.kind === 'h') out.push(calls(b.t!) + '\n');
    else if (b.kind === 'l') {
      let depth = 0;
      out.push(b.items!.map(([d, t], k) => {
        depth = k === 0 ? 0 : Math.min(d, depth + 1);
        return `${'    '.repeat(depth)}${b.ordered ? `${k + 1}.` : '-'} ${calls(t)}`;
      }).join('\n') + '\n');
    } else out.push(b.cells!.map((row, r) => `| ${row.join(' | ')} |` + (r === 0 ? `\n|${' --- |'.repeat(row.length)}` : '')).join('\n') + '\n');
  }
  if (signed) out.push('De Minister van Justitie en Veiligheid,\n', 'F.B.J. Grapperhaus\n');
  out.push(ctx.notes.map((n, k) => `[^${k + 1}]: ${n}.`).join('\n') + '\n');
  return out.join('\n');
}

describe('export → import round trip (property)', () => {
  // Shrunk counterexamples the property found in the importer's Markdown writer, kept as cases.
  for (const [what, para] of [
    ['bold that ends inside italic text before punctuation', '*zie **hier**.*'],
    ['italic text split by a link', 'Het 2*3 de <https://www.tweedekamer.nl/kamerstukken>. 2. Het 2*3 de.'],
    ['bold that starts inside italic text', '*zie **hier***'],
    ['an emphasised link', '**[de brief](https://zoek.officielebekendmakingen.nl/kst-29754-501.html)**, zie ook'],
  ]) {
    it(`gives back ${what}`, () => {
      const draft = `---\nsoort: brief\n---\n\n${para}\n`;
      const back = importBytes(exportDraft(draft).bytes, 'x.docx').text;
      assert.equal(normalForm(back), normalForm(draft), back);
    });
  }

  it('gives back generated drafts with headings, lists, footnotes, tables and citations', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), fc.constantFrom('brief', 'antwoorden-kamervragen'), fc.boolean(), (blocks, soort, signed) => {
        const draft = render(blocks, soort, signed);
        const back = importBytes(exportDraft(draft).bytes, 'x.docx').text;
        assert.equal(normalForm(back), normalForm(draft), `draft:\n${draft}\nback:\n${back}`);
      }),
      { numRuns: 300, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    );
  });
});
