import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { splitBlocks } from '../../server/src/core/blocks.js';
import { analyze, MemoryBlockCache } from '../../server/src/core/analyze.js';
import type { DocumentAnalysis } from '../../server/src/core/model.js';
import { CORPUS, ROOT } from '../helpers/paths.js';
import { candidateRanges, wholeDocumentFacts } from '../helpers/reference.js';

function blockTexts(text: string): string[] {
  return splitBlocks(text).blocks.map((b) => text.slice(b.start, b.end));
}

/** What must be equal between block-wise and whole-document analysis. */
function shape(doc: Pick<DocumentAnalysis, 'units' | 'definitions'>, keep: (start: number) => boolean) {
  return {
    units: doc.units
      .filter((u) => keep(u.start))
      .map((u) => ({ kind: u.kind, depth: u.depth, start: u.start, end: u.end, flat: u.flat, footnote: u.footnote, calls: u.calls.map((c) => [c.label, c.start, c.end]), lead: u.lead, citations: u.citations.map((c) => [c.kind, c.start, c.end, c.canonical]) })),
    definitions: doc.definitions.filter((d) => keep(d.start)).map((d) => [d.label, d.start, d.end, d.bodyStart]),
  };
}

function assertEqualsWholeParse(text: string): void {
  const ranges = candidateRanges(text);
  const inCandidate = (o: number): boolean => ranges.some(([s, e]) => o >= s && o < e);
  const whole = wholeDocumentFacts(text);
  assert.deepEqual(shape(analyze(text), () => true), shape(whole, inCandidate));
}

describe('block splitter', () => {
  it('splits at blank lines and keeps front matter apart', () => {
    const text = '---\nsoort: brief\n---\n\n# Kop\n\nAlinea een\nregel twee\n\n- a\n- b\n';
    const r = splitBlocks(text);
    assert.deepEqual(r.frontMatter && text.slice(r.frontMatter.contentStart, r.frontMatter.contentEnd), 'soort: brief\n');
    assert.deepEqual(blockTexts(text), ['# Kop', 'Alinea een\nregel twee', '- a\n- b']);
  });

  it('never splits inside a fence, an HTML comment or an indented continuation', () => {
    const text = '```\ncode\n\nmeer code\n```\n\n<!--\nopmerking\n\nnog\n-->\n\n[^1]: Noot\n\n    vervolg\n\nslot';
    assert.deepEqual(blockTexts(text), ['```\ncode\n\nmeer code\n```', '<!--\nopmerking\n\nnog\n-->', '[^1]: Noot\n\n    vervolg', 'slot']);
  });

  it('treats an unclosed fence as running to the end, like CommonMark', () => {
    assert.deepEqual(blockTexts('tekst\n\n~~~\nopen\n\nnog steeds code'), ['tekst', '~~~\nopen\n\nnog steeds code']);
  });

  it('handles CRLF line endings and a front matter without closing fence', () => {
    assert.deepEqual(blockTexts('a\r\nb\r\n\r\nc\r\n'), ['a\r\nb', 'c']);
    const r = splitBlocks('---\nsoort: brief\n\nTekst');
    assert.equal(r.frontMatter, null);
  });
  it('reads the edges of front matter, fences and HTML comments as CommonMark does', () => {
    // Front matter: spaces after the fence, CRLF (content starts after the \r\n), no text after "---".
    const spaced = splitBlocks('---  \ntitel: x\n---\n\nTekst.\n');
    assert.deepEqual(spaced.frontMatter, { start: 0, end: 18, contentStart: 6, contentEnd: 15 });
    const crlf = '---\r\ntitel: x\r\n---\r\n\r\nTekst.\r\nNog.\r\n\r\nDaarna.\r\n';
    assert.deepEqual(splitBlocks(crlf).frontMatter, { start: 0, end: 18, contentStart: 5, contentEnd: 15 });
    assert.deepEqual(blockTexts(crlf), ['Tekst.\r\nNog.', 'Daarna.']);
    assert.equal(splitBlocks('---x\ntitel: x\n---\n').frontMatter, null);
    // A line of only spaces and tabs is blank.
    assert.deepEqual(blockTexts('Een\n \t \nTwee\n'), ['Een', 'Twee']);
    // A shorter fence inside a longer one does not close it; an indented fence opens one too.
    assert.deepEqual(blockTexts('````\ncode\n\n```\nnog\n````\n\nNa.\n'), ['````\ncode\n\n```\nnog\n````', 'Na.']);
    assert.deepEqual(blockTexts('  ```\n  x\n\n  ```\n\nNa.\n'), ['  ```\n  x\n\n  ```', 'Na.']);
    // A backtick in a backtick fence's info string makes it no fence (inline code): the blank line splits.
    assert.deepEqual(blockTexts('```a`b\ncode\n\nNa.\n'), ['```a`b\ncode', 'Na.']);
    // An HTML comment closed on its own line ends there; one left open runs over blank lines.
    assert.deepEqual(blockTexts('<!-- een -->\n\nNa.\n'), ['<!-- een -->', 'Na.']);
    assert.deepEqual(blockTexts('<!-- een\n\ntwee -->\n\nNa.\n'), ['<!-- een\n\ntwee -->', 'Na.']);
  });
});

describe('block-wise analysis equals a whole-document parse', () => {
  for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    it(file, () => assertEqualsWholeParse(fs.readFileSync(path.join(CORPUS, file), 'utf8')));
  }

  // The 56 real published texts: footnotes with <https://…> addresses, pipes in titles.
  it('for every real text of the accuracy corpus', () => {
    const dir = path.join(ROOT, 'test', 'corpus', 'real');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
    assert.ok(files.length >= 50);
    for (const file of files) assertEqualsWholeParse(fs.readFileSync(path.join(dir, file), 'utf8'));
  });

  const fragment = fc.constantFrom(
    'Zie Kamerstuk 29 754, nr. 482.[^1]',
    'Een motie van het lid Becker (VVD)[^2] over radicalisering.',
    '## Motie van het lid Becker c.s. over een aanpak',
    '### Vraag 1',
    '**Antwoord 1**\nJa.',
    '- punt met [^1]\n- tweede punt\n\n  vervolg van het punt met [^3]',
    '1. Kamerstuk 29754, nr. 5\n2. nog een',
    '```\n[^1] in code\n\nKamerstuk 29754\n```',
    '<!--\nKamerstuk 29 754, nr. 1\n\n[^2]\n-->',
    '> Een citaat met [^1] en\n> Kamerstuk 29 754, nr. 4 over twee regels',
    'Tekst met `Kamerstuk 29754` in code en [link](https://x.nl/kst-29754-1) en [ref][a].',
    '[a]: https://zoek.officielebekendmakingen.nl/kst-29754-482.html',
    '[^1]: Kamerstuk 29 754, nr. 482.',
    '[^2]: Motie Becker c.s., Kamerstuk 29 754, nr. 451\n\n    Tweede alinea van de noot met Kamerstuk 1 234, nr. 5.',
    '[^3]: Handelingen II 2018/19, nr. 28, item 9.',
    'Gewone alinea zonder iets bijzonders.',
    'Titel\n=====',
    '    ingesprongen code met [^1]',
    'Noot [^9] zonder definitie.',
    '<div>\nKamerstuk 29 754\n</div>',
    'Regel met harde\\\nafbreking [^1]',
    'Een gewone alinea over twee regels\nmet Kamerstuk 29 754, nr. 482[^1] erin.',
    'Regel met spaties aan het eind   \nen een motie[^2] erna.',
    '# Kop met Kamerstuk 29 754, nr. 1[^1]',
    '## Kop met slot ##',
    'Alinea met [^3] en [^1] en een \\[^1] ontsnapt.',
    'Tekst[^1](https://x.nl) en [^2]: hier.',
    'Getal 1. midden in de zin met 2) en - streep.',
    '[^1]: Kamerstuk 29 754, nr. 482.\n[^2]: Motie Becker c.s., Kamerstuk 29 754, nr. 451\n[^3]: Zie ook noot[^1] en Kamerstuk 1 234, nr. 5.',
    '[^2]: Een noot\nmet een luie vervolgregel.\n[^3]: en nog een <https://x.nl>.',
    '[^1]: Handreiking, via <https://www.socialestabiliteit.nl/documenten/2020/21/15/handreiking_a*b&amp;c>.\n[^2]: Kamerstuk 29 754, nr. 482 <https://zoek.officielebekendmakingen.nl/kst-29754-482.html>[^1]',
    'Zie <https://www.rijksoverheid.nl/a>[^1] en <mailto:a@b.nl> en <a@b.nl> en <https://x.nl/[^1]>.',
    'Adres <https://x.nl/ met spatie> en <HTTP://a.nl/ y> en <ab:>.',
    '[^3]: Antwoorden op Kamervragen | Kamerstuk | Rijksoverheid.nl',
    'Kop | met | pijpen\n--|--|--\nen een rij | a | b',
    'Een regel met | een pijp\nen een tweede regel.',
    '<https://x.nl> aan het begin, **vet** erna',
    'De minister schreef: „de aanpak […] werkt niet” [zie [^1]] en [a].',
    'Haken [a](b), [a][b], [a][] en [a]: c op een regel.',
    'Haken over [twee\nregels] en [ongesloten en ] los.',
    'Verwijzing naar [ref] zonder definitie en [^x y] met spatie.',
    '[ref]: https://x.nl/ref',
    '## Kop met [haken] en [^2]',
    '[^4]: Noot met [haken] en „[…]”.',
    '**Vraag 1**',
    '**Antwoord 1**\nJa, zie Kamerstuk 29 754, nr. 1[^1].',
    '**Vraag 1.**Ja en **Vraag 2:** ja',
    '** Vraag**',
    '**Vraag 1.**Ja',
    '**Vraag 1 **na',
    '**Vraag 1.** Ja en **(2)**',
    '**(1)**',
    '**Vraag 1** en *nadruk* erna',
    '**Vraag <https://x.nl>**',
    '**Vraag 3 [^1]**\nTekst.',
    '***Vraag 4***',
    '<!-- kamerbrief-disable-next-line KB101 -- reden: citaat -->',
    '<!-->\nKamerstuk 29754, nr. 1',
    '<!-- a -->\nKamerstuk 29 754, nr. 1',
    '<!-- a\nb --> en Kamerstuk 29754',
    'Zie Kamerstuk 29754, nr. 486. <!-- kamerbrief-disable-line KB101 -- reden: citaat --> Ja.',
    'Regel met Kamerstuk 29 754, nr. 1\n<!-- onderbreekt -->\nnog een regel',
    'Tekst <!--> en <!---> en <!----> en <!-- <https://x.nl> --> en [^1]<!-- x -->',
    'Tekst <!-- over\ntwee regels --> en Kamerstuk 29 754, nr. 2.',
  );

  it('for generated drafts', () => {
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n'), (parts, sep) => {
        const text = (sep.includes('\r') ? parts.map((p) => p.replace(/\n/g, '\r\n')) : parts).join(sep);
        assertEqualsWholeParse(text);
      }),
      { numRuns: 300 },
    );
  });

  it('reuses cached block facts and gives the same analysis', () => {
    const cache = new MemoryBlockCache();
    const text = fs.readFileSync(path.join(CORPUS, '29754-501-stand-van-zaken-moties-toezeggingen.md'), 'utf8');
    const first = analyze(text, { cache });
    const size = cache.size;
    const edited = text.replace('Bijgaand bied ik u', 'Hierbij bied ik u');
    const second = analyze(edited, { cache });
    assert.equal(cache.size, size + 1, 'only the edited block is parsed again');
    assert.equal(second.units.length, first.units.length);
    assert.deepEqual(shape(analyze(edited), () => true), shape(second, () => true));
  });
});
