// The Markdown-preview plugin: footnotes render, and citations become links exactly where the
// editor offers a document link (the engine's scanner, citations with a URL), with the engine's URL.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import MarkdownIt from 'markdown-it';
import { kamerbriefMarkdownIt } from '../../client/src/preview.js';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { CASES_TSV } from '../helpers/paths.js';

interface Row {
  input: string;
  valid: boolean;
  note: string;
  line: number;
}

const rows: Row[] = fs
  .readFileSync(CASES_TSV, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l, i) => {
    const [input, verdict, note] = l.split('\t') as [string, string, string];
    return { input, valid: verdict === 'valid', note, line: i + 2 };
  });

// VS Code's preview runs markdown-it with HTML and linkify on.
const md = kamerbriefMarkdownIt(new MarkdownIt({ html: true, linkify: true }) as never) as unknown as { render(src: string): string };

const decode = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The links in rendered HTML: address and text (tags inside the text removed). */
function links(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ href: decode(m[1]!), text: decode(m[2]!.replace(/<[^>]*>/g, '')) }));
}

/** What the editor links in a plain paragraph: the engine's citations that have a URL. */
function engineLinks(flat: string): { href: string; text: string }[] {
  return scanCitations(flat).citations.filter((c) => c.url).map((c) => ({ href: c.url!, text: c.text }));
}

/** The id or address the fixture itself names for a row ("… -> kst-29754-482", or a bare URL). */
function fixtureUrl(r: Row): string | null {
  const arrow = / -> ([a-z]+-[\w-]+)/.exec(r.note);
  if (arrow) return `https://zoek.officielebekendmakingen.nl/${arrow[1]}.html`;
  return /^https:\/\/zoek\.officielebekendmakingen\.nl\/\S+\.html$/.test(r.note) ? r.note : null;
}

describe('Markdown preview plugin', () => {
  it('renders footnotes and links Kamerstuk citations to officielebekendmakingen.nl', () => {
    const html = md.render('Zie de motie[^1] en Kamerstuk 21 501-02, nr. 1538.\n\n[^1]: Kamerstuk 29 754, nr. 451.\n');
    assert.match(html, /<sup class="footnote-ref"><a href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/);
    assert.match(html, /<a href="https:\/\/zoek\.officielebekendmakingen\.nl\/kst-21501-02-1538\.html" title="Officiële bekendmakingen">Kamerstuk 21 501-02, nr\. 1538<\/a>/);
    assert.match(html, /<section class="footnotes">[\s\S]*kst-29754-451\.html/);
  });

  describe('every valid row of citation-cases.tsv, rendered: linked exactly as the editor links it', () => {
    for (const r of rows.filter((x) => x.valid)) {
      const cited = scanCitations(r.input).citations;
      const want = engineLinks(r.input);
      const what =
        want.length > 0
          ? `linked to ${want.map((w) => w.href).join(', ')}`
          : cited.length > 0
            ? 'unlinked: the engine recognises the citation but gives it no address'
            : 'unlinked: no citation in it';
      it(`line ${r.line}: ${r.input} (${what})`, () => {
        const html = md.render(r.input + '\n');
        assert.deepEqual(links(html), want, html);
        if (want.length === 0) assert.ok(!html.includes('<a '), html);
        // Where the fixture names the document itself, the link goes there (not just "what the scanner says").
        const named = fixtureUrl(r);
        if (named) assert.equal(links(html)[0]?.href, named, html);
      });
    }

    it('most valid citations carry an address; the ones without are whole dossiers or pre-2011 Handelingen', () => {
      const valid = rows.filter((x) => x.valid);
      const linked = valid.filter((r) => engineLinks(r.input).length > 0);
      const noUrl = valid.filter((r) => scanCitations(r.input).citations.length > 0 && engineLinks(r.input).length === 0).map((r) => r.input);
      assert.ok(linked.length >= 40, `only ${linked.length} valid rows linked`);
      assert.ok(noUrl.every((i) => /^Kamerstukken|^Handelingen/.test(i)), noUrl.join('\n'));
    });
  });

  it('links the invalid rows exactly where the editor does (an invalid form with an address is still a link there)', () => {
    let unlinked = 0;
    for (const r of rows.filter((x) => !x.valid)) {
      const want = engineLinks(r.input);
      assert.deepEqual(links(md.render(r.input + '\n')), want, `line ${r.line}: ${r.input}`);
      if (want.length === 0) unlinked++;
    }
    // e.g. "Kamerstuk 29 754, nr. 0", "2019Z1315", the motie slips: no address, no link
    assert.ok(unlinked > 0);
  });

  it('links a citation wrapped over a soft line break as one link, like the engine (a soft break counts as a space)', () => {
    let wrapped = 0;
    for (const r of rows) {
      for (const c of scanCitations(r.input).citations) {
        if (!c.url) continue;
        // Break the citation at each of its spaces in turn.
        for (let i = c.start; i < c.end; i++) {
          if (r.input[i] !== ' ') continue;
          const flat = r.input.slice(0, i) + '\n' + r.input.slice(i + 1);
          const html = md.render(flat + '\n');
          const want = engineLinks(flat);
          assert.deepEqual(links(html), want, `line ${r.line}: ${JSON.stringify(flat)}\n${html}`);
          assert.equal((html.match(/<a /g) ?? []).length, (html.match(/<\/a>/g) ?? []).length, html);
          if (want.some((w) => w.text.includes('\n') && w.href === c.url)) wrapped++;
        }
      }
    }
    assert.ok(wrapped > 100, `only ${wrapped} wrapped citations linked`);
  });

  it('leaves inline code, code blocks and existing links alone', () => {
    const cite = 'Kamerstuk 29 754, nr. 482';
    const sources = [
      '`' + cite + '`',
      '``` \n' + cite + '\n```',
      '    ' + cite,
      `[${cite}](https://voorbeeld.nl)`,
      `[${cite}][ref]\n\n[ref]: https://voorbeeld.nl`,
      `<a href="https://voorbeeld.nl">${cite}</a>`,
      `[Kamerstuk 29 754](https://voorbeeld.nl), nr. 482`, // partly link text: no link in a link
      'https://zoek.officielebekendmakingen.nl/kst-29754-482.html',
      '<https://voorbeeld.nl/Kamerstuk 29 754, nr. 482>',
      `![${cite}](plaatje.png)`,
    ];
    for (const src of sources) {
      const html = md.render(src + '\n');
      assert.ok(!/kst-29754-482\.html" title/.test(html), `${src}\n${html}`);
      assert.ok(!/<a [^>]*>[^<]*<a /.test(html), `nested link: ${html}`);
    }
    // Beside the code, the same citation is linked.
    assert.deepEqual(links(md.render('`x` ' + cite + ' `' + cite + '`')).map((l) => l.text), [cite]);
  });

  it('links a citation across emphasis without breaking the HTML', () => {
    const url = 'https://zoek.officielebekendmakingen.nl/kst-29754-482.html';
    // Balanced: one link around the emphasis.
    assert.match(md.render('Kamerstuk *29 754*, nr. 482'), new RegExp(`<a href="${url.replace(/\./g, '\\.')}"[^>]*>Kamerstuk <em>29 754</em>, nr\\. 482</a>`));
    assert.match(md.render('**Kamerstuk 29 754, nr. 482**'), /<strong><a [^>]*>Kamerstuk 29 754, nr\. 482<\/a><\/strong>/);
    // The emphasis ends inside the citation: one link per piece, both to the engine's address.
    const html = md.render('*Kamerstuk 29 754*, nr. 482');
    assert.match(html, /<em><a [^>]*>Kamerstuk 29 754<\/a><\/em><a [^>]*>, nr\. 482<\/a>/);
    assert.deepEqual(new Set(links(html).map((l) => l.href)), new Set([url]));
  });

  it('links several citations in one text and footnote bodies, each to its own address', () => {
    const html = md.render('Zie Kamerstuk 29 754, nr. 482 en Handelingen II 2018/19, nr. 28, item 9[^1].\n\n[^1]: kst-21501-02-2377; 2019Z13154.\n');
    assert.deepEqual(
      links(html).filter((l) => !l.href.startsWith('#')),
      [...engineLinks('Zie Kamerstuk 29 754, nr. 482 en Handelingen II 2018/19, nr. 28, item 9'), ...engineLinks('kst-21501-02-2377; 2019Z13154.')],
    );
    assert.match(html, /href="https:\/\/www\.tweedekamer\.nl\/kamerstukken\/kamervragen\/detail\?id=2019Z13154" title="Tweede Kamer"/);
  });
});
