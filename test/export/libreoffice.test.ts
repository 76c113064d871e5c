// The exported .docx opens in a real word processor: LibreOffice (headless) converts it to PDF,
// the PDF holds the letter's text and every footnote text exactly once, and page 1 is kept as an
// image in test-artifacts/ (gitignored). And the other way: .docx files LibreOffice wrote (from the
// export, from HTML of a draft, with tracked changes and comments) import without loss of text,
// comments and deletions reported on stderr, never in the draft.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { exportDraft } from '../../server/src/export/export-file.js';
import { readDraft } from '../../server/src/export/draft-reader.js';
import type { Span } from '../../server/src/export/model.js';
import { buildDocx } from '../helpers/ooxml-writer.js';
import { normalForm } from '../helpers/draft-normal-form.js';
import { kamerbrief } from '../helpers/kamerbrief-cli.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';
import { convert, pageImage, pdfText, requireTool } from '../helpers/soffice.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-soffice-'));
const profile = path.join(tmp, 'profiel');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'export');
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * An exported letter with Word's review markup added by hand: an insertion, a deletion and a
 * comment (w:ins, w:del, comments.xml with its relationship), so LibreOffice can open and re-save it.
 */
function withChanges(): Uint8Array {
  const files = unzipSync(exportDraft('# Voortgang\n\nDe regering BESLUIT tot uitvoering van de motie.[^1]\n\nTweede alinea blijft staan.\n\n[^1]: Kamerstuk 29 754, nr. 501.\n').bytes);
  const at = { 'w:author': 'Collega', 'w:date': '2024-05-01T10:00:00Z' };
  const attrs = Object.entries(at).map(([k, v]) => `${k}="${v}"`).join(' ');
  const doc = strFromU8(files['word/document.xml']!).replace(
    '<w:r><w:t xml:space="preserve">De regering BESLUIT tot uitvoering van de motie.</w:t></w:r>',
    `<w:r><w:t xml:space="preserve">De regering </w:t></w:r><w:ins w:id="101" ${attrs}><w:r><w:t xml:space="preserve">besluit vandaag </w:t></w:r></w:ins><w:del w:id="102" ${attrs}><w:r><w:delText xml:space="preserve">overweegt morgen </w:delText></w:r></w:del><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">tot uitvoering van de motie.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`,
  );
  assert.ok(doc.includes('w:ins'), 'the paragraph to mark up was found');
  files['word/document.xml'] = strToU8(doc);
  files['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" ${attrs} w:initials="C"><w:p><w:r><w:t>Klopt dit met de toezegging?</w:t></w:r></w:p></w:comment></w:comments>`);
  files['word/_rels/document.xml.rels'] = strToU8(strFromU8(files['word/_rels/document.xml.rels']!).replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
  files['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml']!).replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
  return zipSync(files);
}

/** Text compared without whitespace and hyphens: the PDF wraps lines and hyphenates words. */
const squash = (s: string): string => s.normalize('NFC').replace(/[\s\u00ad\-‐‑]+/g, '');
/** A block's text; a footnote call as `note` writes it (its number as it shows in the PDF or HTML). */
const plain = (spans: Span[], note: (label: string) => string = () => ''): string => spans.map((s) => (s.kind === 'text' ? s.text : s.kind === 'break' ? ' ' : note(s.label))).join('');
const count = (hay: string, needle: string): number => hay.split(needle).length - 1;

const LETTERS = [path.join(FIXTURES, 'corpus', '29754-501-stand-van-zaken-moties-toezeggingen.md'), path.join(ROOT, 'examples', 'antwoorden-kamervragen-dreigingsbeeld-50.md')];

describe('export in LibreOffice (real word processor)', function () {
  this.timeout(600_000);
  before(() => {
    requireTool('soffice');
    requireTool('pdftotext');
    requireTool('pdftoppm');
  });

  for (const letter of LETTERS) {
    it(`${path.basename(letter)}: converts to PDF with the letter's text and each footnote text once`, () => {
      const source = fs.readFileSync(letter, 'utf8');
      const name = path.basename(letter, '.md');
      const docx = path.join(tmp, `${name}.docx`);
      fs.writeFileSync(docx, exportDraft(source).bytes);
      const pdf = convert(docx, 'pdf', tmp, profile);
      // Footnote numbers in the notes area come out as lines of their own: not letter text.
      let text = squash(pdfText(pdf).split('\n').filter((l) => !/^\s*\d{1,2}\s*$/.test(l)).join('\n'));
      const doc = readDraft(source);
      const numbers = new Map([...doc.notes.keys()].map((label, k) => [label, String(k + 1)]));
      // Each footnote text is at the foot of its page once (pdftotext puts the superscript number
      // apart); a note's text may also be part of a longer note ("…; Kamerstuk 29 754, nr. 472.").
      // Then the notes are taken out, so a paragraph that runs on to the next page reads whole.
      const notes = [...doc.notes.values()].map((paras) => squash(paras.map((p) => plain(p)).join(' ')));
      notes.forEach((note, k) => {
        const within = notes.filter((other) => other.includes(note)).length;
        assert.equal(count(text, note), within, `footnote ${k + 1} should be in the PDF once: ${note}`);
      });
      for (const note of [...notes].sort((a, b) => b.length - a.length)) text = text.split(note).join('');
      let checked = 0;
      for (const b of doc.blocks) {
        const line = (spans: Span[]): string => plain(spans, (l) => numbers.get(l) ?? '');
        const pieces = b.kind === 'list' ? b.items.map((i) => line(i.spans)) : b.kind === 'table' ? b.rows.flat().map(line) : [line(b.spans)];
        for (const p of pieces) {
          if (!p.trim()) continue;
          assert.ok(text.includes(squash(p)), `not in the PDF: ${p.slice(0, 80)}…`);
          checked++;
        }
      }
      assert.ok(checked > 10);
      if (/soort: brief/.test(source)) assert.ok(text.includes(squash('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal')));
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const png = pageImage(pdf, path.join(ARTIFACTS, name));
      assert.ok(fs.statSync(png).size > 5000);
      console.log(`      page 1 image: ${path.relative(ROOT, png)}`);
    });
  }

  it('a .docx LibreOffice writes from the export (docx → odt → docx) imports back to the draft', async () => {
    const letter = LETTERS[0]!;
    const source = fs.readFileSync(letter, 'utf8');
    const docx = path.join(tmp, 'via-odt.docx');
    fs.writeFileSync(docx, exportDraft(source).bytes);
    const odt = convert(docx, 'odt', path.join(tmp, 'odt'), profile);
    const again = convert(odt, 'docx:MS Word 2007 XML', path.join(tmp, 'lo-docx'), profile);
    const r = await kamerbrief(['import', again]);
    assert.equal(r.code, 0, r.stderr);
    // The front matter property does not survive LibreOffice, so compare the body; the letter's header block becomes front matter again.
    const body = (t: string): string => normalForm(t.replace(/^---\n[\s\S]*?\n---\n/, ''));
    assert.equal(body(r.stdout), body(source));
    assert.match(r.stdout, /^onderwerp: Stand van zaken moties en toezeggingen/m);
  });

  it('a .docx LibreOffice makes from the HTML of a draft with footnotes imports without loss of text', async () => {
    const source = fs.readFileSync(LETTERS[0]!, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const html = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Brief</title></head><body>${new MarkdownIt().use(footnote).render(source)}</body></html>`;
    const file = path.join(tmp, 'uit-html.html');
    fs.writeFileSync(file, html);
    const docx = convert(file, 'docx:MS Word 2007 XML', path.join(tmp, 'html-docx'), profile);
    const r = await kamerbrief(['import', docx]);
    assert.equal(r.code, 0, r.stderr);
    // Links read as their text (the HTML's notes link back with "↩"; URLs come back as <address>).
    const got = squash(r.stdout.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<([a-z]+:[^>\s]*)>/g, '$1').replace(/\\/g, ''));
    const doc = readDraft(source);
    // markdown-it writes a call as "[n]" (n in order of first call) and the notes as a numbered list at the end.
    const numbers = new Map([...doc.notes.keys()].map((label, k) => [label, `[${k + 1}]`]));
    const line = (spans: Span[]): string => plain(spans, (l) => numbers.get(l) ?? '');
    for (const b of doc.blocks) if (b.kind !== 'table') for (const spans of b.kind === 'list' ? b.items.map((i) => i.spans) : [b.spans]) assert.ok(got.includes(squash(line(spans))), `lost: ${line(spans).slice(0, 80)}`);
    for (const paras of doc.notes.values()) assert.ok(got.includes(squash(paras.map((p) => plain(p)).join(' '))), 'a footnote text was lost');
  });

  for (const via of ['the OOXML helper', 'LibreOffice']) {
    it(`tracked changes and comments (${via}): insertions kept, deletions and comments reported on stderr, not in the draft`, async () => {
      let docx = path.join(tmp, `wijzigingen-${via === 'LibreOffice' ? 'bron' : 'helper'}.docx`);
      fs.writeFileSync(
        docx,
        via === 'LibreOffice' ? withChanges() : buildDocx([
          { style: 'Heading1', runs: ['Voortgang'] },
          { runs: ['De regering ', { inserted: 'besluit vandaag ' }, { deleted: 'overweegt morgen ' }, 'tot uitvoering van de motie.', { comment: 'Klopt dit met de toezegging?' }, { footnote: 'Kamerstuk 29 754, nr. 501.' }] },
          { runs: ['Tweede alinea blijft staan.'] },
        ]),
      );
      if (via === 'LibreOffice') docx = convert(docx, 'docx:MS Word 2007 XML', path.join(tmp, 'wijzigingen-lo'), profile);
      const r = await kamerbrief(['import', docx]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /De regering besluit vandaag tot uitvoering van de motie\.\[\^1\]/);
      assert.match(r.stdout, /^\[\^1\]: Kamerstuk 29 754, nr\. 501\.$/m);
      assert.match(r.stdout, /Tweede alinea blijft staan\./);
      assert.doesNotMatch(r.stdout, /overweegt morgen/);
      assert.doesNotMatch(r.stdout, /Klopt dit/);
      assert.match(r.stderr, /1 opmerking niet overgenomen: .*"Klopt dit met de toezegging\?"/);
      assert.match(r.stderr, /bijgehouden wijzigingen: \d+ invoeging(?:en)? overgenomen, \d+ verwijdering(?:en)? weggelaten/);
    });
  }
});
