// The preview in the export's letter layout (kamerbrief.voorbeeld.briefopmaak): the header, the
// footnotes and the signature as `kamerbrief export --docx` writes them, compared with the .docx
// the exporter makes of the same draft; the Aanhangsel layout for answers; and with the setting
// off, the preview exactly as before.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { kamerbriefMarkdownIt } from '../../client/src/preview.js';
import { ROOT_CLASS } from '../../client/src/preview-letter.js';
import { readDraft } from '../../server/src/export/draft-reader.js';
import { splitDraft } from '../../server/src/export/front-matter.js';
import { writeDocx } from '../../server/src/export/docx-writer.js';
import { FALLBACK_FONT, FONT } from '../../server/src/export/house-style.js';
import { ROOT } from '../helpers/paths.js';

type Md = { render(src: string, env?: object): string };
// VS Code's preview runs markdown-it with HTML and linkify on.
// The front matter reader the extension loads: the exporter's.
const frontMatter = (source: string): [string, string][] => splitDraft(source).frontMatter;
const make = (enabled?: (env: unknown) => boolean): Md => kamerbriefMarkdownIt(new MarkdownIt({ html: true, linkify: true }) as never, enabled ? { letter: { enabled, frontMatter } } : {}) as unknown as Md;
const letter = make(() => true);

const decode = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const text = (html: string): string => decode(html.replace(/<[^>]*>/g, ''));
/** The text of each element with this class, in document order. */
const byClass = (html: string, cls: string): string[] => [...html.matchAll(new RegExp(`<(\\w+) class="[^"]*\\b${cls}\\b[^"]*">([\\s\\S]*?)</\\1>`, 'g'))].map((m) => text(m[2]!).trim());

/** The exporter's .docx of a draft: paragraph texts by style, and the footnote texts in order. */
function exported(draft: string): { byStyle: (style: string) => string[]; notes: string[]; body: string[] } {
  const files = unzipSync(writeDocx(readDraft(draft)).bytes);
  const paras = (xml: string): { style: string; text: string }[] =>
    [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? '',
      text: decode([...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
    }));
  const document = paras(strFromU8(files['word/document.xml']!));
  const notes = [...strFromU8(files['word/footnotes.xml']!).matchAll(/<w:footnote w:id="[1-9]\d*">([\s\S]*?)<\/w:footnote>/g)].map((m) => paras(m[1]!).map((p) => p.text.trim()).join(' '));
  return { byStyle: (style) => document.filter((p) => p.style === style).map((p) => p.text), notes, body: document.map((p) => p.text) };
}

const DRAFT = `---
soort: brief
aan: Tweede Kamer
datum: 2024-05-16
onderwerp: "Voortgang: aanpak <radicalisering>"
kenmerk: 5551234
---

Hierbij informeer ik u over de motie[^b] en de brief[^a], en nogmaals de motie[^b].

## Voortgang

Zie Kamerstuk 29 754, nr. 482.

De Minister van Justitie en Veiligheid,

D. Yeşilgöz-Zegerius

[^a]: Kamerstuk 29 754, nr. 500.
[^b]: Kamerstuk 29 754, nr. 451.
[^c]: Nergens aangeroepen.
`;

describe('Markdown preview in the letter layout (kamerbrief.voorbeeld.briefopmaak)', () => {
  describe('a letter', () => {
    const html = letter.render(DRAFT);
    const docx = exported(DRAFT);

    it('wraps the letter in the root element the stylesheet is scoped to, letter layout', () => {
      assert.match(html, new RegExp(`^<div class="${ROOT_CLASS} kb-brief">`));
      assert.match(html, /<\/div>\n$/);
      assert.equal(html.split('<div').length, html.split('</div>').length, 'balanced divs');
    });

    it('shows the addressee lines the export writes', () => {
      const lines = byClass(html, 'kb-geadresseerde');
      assert.deepEqual(lines, ['Aan de Voorzitter van de Tweede Kamer der Staten-Generaal', 'Postbus 20018', '2500 EA  DEN HAAG']);
      assert.deepEqual(lines, docx.byStyle('KbGeadresseerde'));
    });

    it('shows Datum, Betreft and Ons kenmerk with the export\'s values (the date written out, HTML escaped)', () => {
      const rows = [...html.matchAll(/<dt>([^<]*)<\/dt><dd>([^<]*)<\/dd>/g)].map((m) => [decode(m[1]!), decode(m[2]!)]);
      assert.deepEqual(rows, [
        ['Datum', '16 mei 2024'],
        ['Betreft', 'Voortgang: aanpak <radicalisering>'],
        ['Ons kenmerk', '5551234'],
      ]);
      const labels = docx.byStyle('KbBriefhoofdLabel');
      const values = docx.byStyle('KbBriefhoofdWaarde');
      assert.deepEqual(rows, labels.map((l, i) => [l, values[i]]));
      assert.ok(!html.includes('<radicalisering>'), 'the value is escaped');
    });

    it('hides the front matter', () => {
      assert.ok(!/soort|kenmerk:/.test(html), html);
      assert.ok(!html.includes('<hr>'), 'no rule from the front matter fences');
    });

    it('numbers the footnotes 1..n in order of first call, bare superscripts, as the Word footnotes', () => {
      const calls = [...html.matchAll(/<sup class="kb-voetnootteken"><a href="#fn(\d+)" id="fnref[\d:]+">(\d+)<\/a><\/sup>/g)].map((m) => m[2]);
      assert.deepEqual(calls, ['1', '2', '1']);
      assert.ok(!html.includes('[1]') && !html.includes('footnote-backref'), 'no brackets, no way back');
      const notes = [...html.matchAll(/<li id="fn\d+" class="footnote-item">([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!).trim());
      assert.deepEqual(notes, ['Kamerstuk 29 754, nr. 451.', 'Kamerstuk 29 754, nr. 500.']);
      assert.deepEqual(notes, docx.notes, 'the same notes in the same order as in Word');
      assert.ok(html.indexOf('<section class="footnotes">') > html.indexOf('kb-ondertekening'), 'the notes at the bottom');
    });

    it('sets the closing signature apart, as the export does (KbOndertekening)', () => {
      const signature = /<div class="kb-ondertekening">\n([\s\S]*?)<\/div>/.exec(html);
      assert.ok(signature, html);
      assert.deepEqual(
        [...signature[1]!.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]),
        docx.byStyle('KbOndertekening'),
      );
      assert.deepEqual(docx.byStyle('KbOndertekening'), ['De Minister van Justitie en Veiligheid,', 'D. Yeşilgöz-Zegerius']);
    });

    it('finds the signature as the export does also with a suppression comment after it', () => {
      const d = DRAFT.replace('D. Yeşilgöz-Zegerius\n', 'D. Yeşilgöz-Zegerius\n\n<!-- kamerbrief-disable KB502 -- test -->\n');
      const h = letter.render(d);
      const signature = /<div class="kb-ondertekening">\n([\s\S]*?)<\/div>/.exec(h);
      assert.deepEqual([...(signature?.[1] ?? '').matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]), exported(d).byStyle('KbOndertekening'));
      assert.equal(exported(d).byStyle('KbOndertekening').length, 2);
    });

    it('no signature block where the export finds none', () => {
      const d = '---\naan: Tweede Kamer\n---\n\nTekst.\n\nMet vriendelijke groet,\n\nJan\n';
      assert.deepEqual(exported(d).byStyle('KbOndertekening'), []);
      assert.ok(!letter.render(d).includes('kb-ondertekening'));
    });

    it('keeps the body: headings, citation links', () => {
      assert.match(html, /<h2>Voortgang<\/h2>/);
      assert.match(html, /<a href="https:\/\/zoek\.officielebekendmakingen\.nl\/kst-29754-482\.html"/);
    });

    it('a draft without front matter gets the export\'s default addressee and no header rows', () => {
      const bare = letter.render('Tekst.\n');
      assert.deepEqual(byClass(bare, 'kb-geadresseerde'), exported('Tekst.\n').byStyle('KbGeadresseerde'));
      assert.ok(!bare.includes('<dl'), bare);
    });

    it('the Eerste Kamer and any other addressee as the export writes them', () => {
      for (const aan of ['Eerste Kamer', 'de gemeenteraad van Utrecht']) {
        const d = `---\naan: ${aan}\n---\n\nTekst.\n`;
        assert.deepEqual(byClass(letter.render(d), 'kb-geadresseerde'), exported(d).byStyle('KbGeadresseerde'), aan);
      }
    });
  });

  describe('answers to Kamervragen (the Aanhangsel layout)', () => {
    const draft = fs.readFileSync(path.join(ROOT, 'examples', 'antwoorden-kamervragen-dreigingsbeeld-50.md'), 'utf8');
    const html = letter.render(draft);

    it('has no addressee, header block or signature', () => {
      assert.match(html, new RegExp(`^<div class="${ROOT_CLASS} kb-antwoorden">`));
      assert.ok(!html.includes('kb-geadresseerde') && !html.includes('kb-kenmerken') && !html.includes('kb-ondertekening'), html.slice(0, 400));
    });

    it('sets the opening lines and the Vraag n / Antwoord n headings as the export does', () => {
      const docx = exported(draft);
      assert.deepEqual(byClass(html, 'kb-aanhangsel-kop'), docx.byStyle('KbAanhangselKop'));
      assert.equal(byClass(html, 'kb-aanhangsel-kop').length, 2);
      const vragen = byClass(html, 'kb-vraag');
      assert.ok(vragen.length >= 3 && vragen.every((v) => /^Vraag \d+$/.test(v)), vragen.join());
      assert.deepEqual(vragen, docx.byStyle('KbVraag'));
      assert.deepEqual(byClass(html, 'kb-antwoord'), docx.byStyle('KbAntwoord'));
      assert.match(html, /<h3 class="kb-vraag">Vraag 1<\/h3>/);
    });
  });

  describe('off (the default): the preview as without the layout', () => {
    const plain = make();
    const off = make(() => false);
    const drafts = [DRAFT, ...fs.readdirSync(path.join(ROOT, 'examples')).map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'))];

    it('renders every example byte for byte as the plugin without the option', () => {
      for (const d of drafts) assert.equal(off.render(d), plain.render(d));
      assert.ok(!off.render(DRAFT).includes(ROOT_CLASS));
      assert.match(off.render(DRAFT), /\[1\]/, 'markdown-it-footnote\'s own captions');
    });

    it('asks at every parse: one instance switches on and off without leftovers', () => {
      let on = true;
      const asked: unknown[] = [];
      const md = make((env) => {
        asked.push(env);
        return on;
      });
      assert.ok(md.render(DRAFT, { doc: 1 }).startsWith(`<div class="${ROOT_CLASS}`));
      on = false;
      assert.equal(md.render(DRAFT), plain.render(DRAFT));
      assert.equal((asked[0] as { doc?: number }).doc, 1, 'the option sees markdown-it\'s environment');
      assert.equal(asked.length, 2, 'asked once per parse');
    });
  });

  describe('the preview stylesheet', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[]; contributes: Record<string, unknown> };
    const styles = pkg.contributes['markdown.previewStyles'] as string[];
    const css = fs.readFileSync(path.join(ROOT, styles[0]!), 'utf8');

    it('is contributed to the Markdown preview and packaged', () => {
      assert.deepEqual(styles, ['./media/briefopmaak.css']);
      assert.ok(pkg.files.includes('media/briefopmaak.css'), pkg.files.join());
    });

    it('touches nothing outside the letter: every selector starts with the root class', () => {
      const selectors = css
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('}')
        .map((rule) => rule.split('{')[0]!.trim())
        .filter(Boolean)
        .flatMap((s) => s.split(',').map((x) => x.trim()));
      assert.ok(selectors.length > 20, `${selectors.length} selectors`);
      for (const s of selectors) assert.ok(s.startsWith(`.${ROOT_CLASS}`), s);
    });

    it('has the house style\'s fonts and sizes', () => {
      const root = new RegExp(`\\.${ROOT_CLASS} \\{([^}]*)\\}`).exec(css)![1]!;
      assert.match(root, new RegExp(`font-family: "${FONT}", ${FALLBACK_FONT}, sans-serif;`));
      assert.match(root, /font-size: 9pt;/);
      assert.match(root, /line-height: 13\.5pt;/);
      assert.match(css, /\.kb-kenmerken dt \{\s*font-size: 6\.5pt;/);
      assert.match(css, /\.footnotes \{\s*font-size: 7pt;\s*line-height: 9pt;/);
    });
  });
});
