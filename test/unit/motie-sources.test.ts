// core/rules/motie/sources.ts: which Kamerstukken a motie mention has as sources — cited in its
// sentence, written after "t.v.v." (the replaced motie of a gewijzigde motie), or in a footnote the
// sentence calls — with their keys, source spans and the flat place (anchor) that ties them to a
// mention. KB301–KB307 read a motie's own number from these.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { lintText } from '../../server/src/core/lint.js';
import type { DocumentAnalysis } from '../../server/src/core/model.js';
import {
  citationKey,
  dossierKey,
  findMotieMentions,
  footnoteSources,
  type MotieMention,
  type MotieSource,
} from '../../server/src/core/rules/motie-shared.js';

/** A source as the user sees it: the text at its span, its text, key, replaced, footnote and anchor. */
function show(text: string, s: MotieSource): [string, string, string | null, boolean, string | null, number] {
  return [text.slice(s.start, s.end), s.text, s.key, s.replaced, s.footnote, s.anchor];
}

function read(text: string): { doc: DocumentAnalysis; mentions: MotieMention[] } {
  const doc = analyze(text);
  return { doc, mentions: findMotieMentions(doc) };
}

describe('motie sources: Kamerstuk keys', () => {
  it('keys every citation kind a motie can cite, and none for a citation without a number', () => {
    const text =
      'Zie de motie (2019D12345), Kamerstuk 29 754, Kamerstukken 29 754 en 31 839, nr. 5, ' +
      'Kamerstukken II 2019/20, 35 300 VI, nr. 3 en Handelingen II 2019/20, nr. 57, item 8.\n';
    const got = analyze(text).citations.map(({ citation }) => [citation.kind, citation.text, citationKey(citation)]);
    assert.deepEqual(got, [
      ['document-nummer', '2019D12345', 'D:2019D12345'],
      ['kamerstuk', 'Kamerstuk 29 754', null],
      ['kamerstukken', 'Kamerstukken 29 754 en 31 839, nr. 5', '29754:5'],
      ['kamerstukken-leidraad', 'Kamerstukken II 2019/20, 35 300 VI, nr. 3', '35300-VI:3'],
      ['handelingen', 'Handelingen II 2019/20, nr. 57, item 8', null],
    ]);
  });

  it('normalises a dossier as written: no spaces or leading zeros, toevoeging in capitals', () => {
    assert.equal(dossierKey('29 754', null, '451'), '29754:451');
    assert.equal(dossierKey('09754', 'vi', 'Y'), '9754-VI:Y');
    assert.equal(dossierKey('21.501', '02', '1538'), '21501-02:1538');
  });
});

describe('motie sources: t.v.v. references in the sentence', () => {
  it('reads "t.v.v." with a toevoeging, a letter and the compact form as the replaced motie', () => {
    const text =
      'De gewijzigde motie van het lid Nicolaï c.s. (t.v.v. 35300-VI, letter Y) over het slavernijverleden.\n\n' +
      'De gewijzigde motie van het lid Bikker (t.v.v. 36200-XVI-135) over de zorg.\n\n' +
      'De gewijzigde motie van het lid Bikker (t.v.v. 36200-135) over de zorg.\n';
    const { mentions } = read(text);
    assert.deepEqual(
      mentions.map((m) => m.sources.map((s) => show(text, s))),
      [
        // One source: the compact reading "t.v.v. 35300-VI" of the same words is not a second one.
        [['t.v.v. 35300-VI, letter Y', 't.v.v. 35300-VI, letter Y', '35300-VI:Y', true, null, 46]],
        [['t.v.v. 36200-XVI-135', 't.v.v. 36200-XVI-135', '36200-XVI:135', true, null, 40]],
        [['t.v.v. 36200-135', 't.v.v. 36200-135', '36200:135', true, null, 40]],
      ],
    );
    assert.deepEqual(mentions.map((m) => m.own), [null, null, null]);
  });

  it('reads both t.v.v. forms in one sentence, in either order', () => {
    const first = 'De gewijzigde motie van het lid Segers c.s. (t.v.v. 33885, nr. 18) en die van het lid Bikker (t.v.v. 36200-XVI-135) zijn aangenomen.\n';
    const second = 'De gewijzigde motie van het lid Bikker (t.v.v. 36200-XVI-135) en die van het lid Segers c.s. (t.v.v. 33885, nr. 18) zijn aangenomen.\n';
    const keys = (text: string) => read(text).mentions.map((m) => m.sources.map((s) => [text.slice(s.start, s.end), s.key, s.anchor]));
    assert.deepEqual(keys(first), [
      [
        ['t.v.v. 33885, nr. 18', '33885:18', first.indexOf('t.v.v. 3388')],
        ['t.v.v. 36200-XVI-135', '36200-XVI:135', first.indexOf('t.v.v. 3620')],
      ],
    ]);
    assert.deepEqual(keys(second), [
      [
        ['t.v.v. 36200-XVI-135', '36200-XVI:135', second.indexOf('t.v.v. 3620')],
        ['t.v.v. 33885, nr. 18', '33885:18', second.indexOf('t.v.v. 3388')],
      ],
    ]);
  });

  it('maps a t.v.v. reference of a later sentence back to its own place in the source', () => {
    const text =
      'Uw Kamer heeft twee moties aangenomen. De gewijzigde motie van het lid Segers c.s. (t.v.v. 33885, nr. 18) ' +
      'gaat over de marechaussee. De gewijzigde motie van het lid Bikker (t.v.v. 36200-XVI-135) over de zorg is uitgevoerd.\n';
    const { mentions } = read(text);
    const flat = mentions[0]!.unit.flat;
    assert.deepEqual(
      mentions.map((m) => m.sources.map((s) => show(text, s))),
      [
        [['t.v.v. 33885, nr. 18', 't.v.v. 33885, nr. 18', '33885:18', true, null, flat.indexOf('t.v.v. 3388')]],
        [['t.v.v. 36200-XVI-135', 't.v.v. 36200-XVI-135', '36200-XVI:135', true, null, flat.indexOf('t.v.v. 3620')]],
      ],
    );
  });

  it('keeps the source text of a t.v.v. reference in emphasis to its own words', () => {
    const text = 'De gewijzigde motie van het lid Segers c.s. (*t.v.v. 33885, nr. 18*) is aangenomen.\n';
    const [m] = read(text).mentions;
    assert.deepEqual(m!.sources.map((s) => show(text, s)), [['t.v.v. 33885, nr. 18', 't.v.v. 33885, nr. 18', '33885:18', true, null, 45]]);
  });

  it('keeps a t.v.v. reference next to a cited Kamerstuk, in either order', () => {
    const tvvFirst =
      'De gewijzigde motie van het lid Segers c.s. (t.v.v. 33885, nr. 18) en de motie van het lid Becker (Kamerstuk 29 754, nr. 451) zijn aangenomen.\n';
    const citedFirst =
      'De motie van het lid Becker (Kamerstuk 29 754, nr. 451) en de gewijzigde motie van het lid Segers c.s. (t.v.v. 33885, nr. 18) zijn aangenomen.\n';
    const got = (text: string) => {
      const { mentions } = read(text);
      return { sources: mentions[0]!.sources.map((s) => show(text, s)), own: mentions.map((m) => m.own?.key ?? null) };
    };
    assert.deepEqual(got(tvvFirst), {
      sources: [
        ['t.v.v. 33885, nr. 18', 't.v.v. 33885, nr. 18', '33885:18', true, null, 45],
        ['Kamerstuk 29 754, nr. 451', 'Kamerstuk 29 754, nr. 451', '29754:451', false, null, 99],
      ],
      own: [null, '29754:451'],
    });
    assert.deepEqual(got(citedFirst), {
      sources: [
        ['Kamerstuk 29 754, nr. 451', 'Kamerstuk 29 754, nr. 451', '29754:451', false, null, 29],
        ['t.v.v. 33885, nr. 18', 't.v.v. 33885, nr. 18', '33885:18', true, null, 104],
      ],
      own: ['29754:451', null],
    });
  });
});

describe('motie sources: citations in the sentence', () => {
  it('marks a cited Kamerstuk after "t.v.v." as the replaced motie, not the own number', () => {
    const text =
      'De gewijzigde motie van het lid Segers c.s. (Kamerstukken II 2019/20, 33 885, nr. 22, t.v.v. Kamerstukken II 2019/20, 33 885, nr. 18) is aangenomen.\n';
    const [m] = read(text).mentions;
    assert.deepEqual(m!.sources.map((s) => [s.text, s.key, s.replaced]), [
      ['Kamerstukken II 2019/20, 33 885, nr. 22', '33885:22', false],
      ['Kamerstukken II 2019/20, 33 885, nr. 18', '33885:18', true],
    ]);
    assert.equal(m!.own?.key, '33885:22');
  });

  it('takes a registry number as a source, and a Handelingen reference not', () => {
    const text =
      'De motie van het lid Becker (2019D12345) is aangenomen. ' +
      'De motie van het lid Kuiken is tijdens het debat ingediend (Handelingen II 2019/20, nr. 57, item 8).\n';
    const { mentions } = read(text);
    assert.deepEqual(mentions.map((m) => m.sources.map((s) => [s.text, s.key])), [[['2019D12345', 'D:2019D12345']], []]);
    assert.equal(mentions[0]!.own?.key, 'D:2019D12345');
  });

  it('reads only the citations of the mention\'s own sentence', () => {
    const text =
      'Op 27 november jl. is de motie van het lid Becker (Kamerstuk 29 754, nr. 451) aangenomen. ' +
      'De motie van de leden Kuiken en Gijs van Dijk (Kamerstuk 29 754, nr. 452) is verworpen. ' +
      'Beide moties staan in de brief van 1 december (Kamerstuk 29 754, nr. 500).\n';
    const { mentions } = read(text);
    assert.deepEqual(mentions.map((m) => m.sources.map((s) => s.key)), [['29754:451'], ['29754:452']]);
    assert.deepEqual(mentions.map((m) => m.own?.key), ['29754:451', '29754:452']);
  });

  it('reads a citation that opens the list item, and one that ends it without a period', () => {
    const text =
      '- Kamerstuk 29 754, nr. 451: motie van het lid Becker (VVD) over een landelijk gevalideerde aanpak.\n' +
      '- Motie van het lid Becker c.s., Kamerstuk 29 754, nr. 451\n';
    const { mentions } = read(text);
    assert.deepEqual(
      mentions.map((m) => m.sources.map((s) => show(text, s))),
      [
        [['Kamerstuk 29 754, nr. 451', 'Kamerstuk 29 754, nr. 451', '29754:451', false, null, 0]],
        [['Kamerstuk 29 754, nr. 451', 'Kamerstuk 29 754, nr. 451', '29754:451', false, null, 31]],
      ],
    );
    // The first names its number before the mention, the second right after it.
    assert.deepEqual(mentions.map((m) => m.own?.key ?? null), [null, '29754:451']);
  });

  it('keeps a citation with "No." or "Nr." in the sentence: only KB101 reports the notation', () => {
    const text =
      'De motie van het lid Becker (Kamerstuk 29 754, Nr. 451) is aangenomen. ' +
      'De motie van het lid Kuiken (Kamerstukken II 2019/20, 29 754, No. 452) is verworpen.\n';
    const { mentions } = read(text);
    assert.deepEqual(mentions.map((m) => [m.unit.flat.slice(m.sentence.start, m.sentence.end), m.own?.text]), [
      ['De motie van het lid Becker (Kamerstuk 29 754, Nr. 451) is aangenomen.', 'Kamerstuk 29 754, Nr. 451'],
      ['De motie van het lid Kuiken (Kamerstukken II 2019/20, 29 754, No. 452) is verworpen.', 'Kamerstukken II 2019/20, 29 754, No. 452'],
    ]);
    const messages = lintText(text).messages.filter((m) => /^KB(?:101|30\d)$/.test(m.ruleId));
    assert.deepEqual(messages.map((m) => `${m.ruleId} ${m.message}`), [
      'KB101 Onverwachte notatie "Kamerstuk 29 754, Nr. 451", verwacht "Kamerstuk 29 754, nr. 451" ("Nr." met hoofdletter binnen een citaat)',
      'KB101 Onverwachte notatie "Kamerstukken II 2019/20, 29 754, No. 452", verwacht "Kamerstukken II 2019/20, 29 754, nr. 452" ("no." in plaats van "nr.")',
    ]);
  });

  it('places a citation in link text at its flat index', () => {
    const text =
      'In de motie van het lid Becker ([Kamerstuk 29 754, nr. 451](https://zoek.officielebekendmakingen.nl/kst-29754-451.html)) wordt de regering verzocht.\n';
    const [m] = read(text).mentions;
    assert.deepEqual(m!.sources.map((s) => show(text, s)), [['Kamerstuk 29 754, nr. 451', 'Kamerstuk 29 754, nr. 451', '29754:451', false, null, 32]]);
    assert.equal(m!.unit.flat.slice(32, 41), 'Kamerstuk');
    assert.equal(m!.own?.key, '29754:451');
  });
});

describe('motie sources: footnotes', () => {
  it('orders a footnote source by its call, before a later citation of the sentence', () => {
    const text =
      'De motie van het lid Becker (VVD)[^3] en de motie-Taverne (Kamerstuk 21 501-02, nr. 1538) zijn uitgevoerd.\n\n' +
      '[^3]: Kamerstuk 29 754, nr. 451.\n';
    const { mentions } = read(text);
    assert.deepEqual(mentions[0]!.sources.map((s) => show(text, s)), [
      ['Kamerstuk 29 754, nr. 451', 'Kamerstuk 29 754, nr. 451', '29754:451', false, '3', 33],
      ['Kamerstuk 21 501-02, nr. 1538', 'Kamerstuk 21 501-02, nr. 1538', '21501-02:1538', false, null, 56],
    ]);
    assert.deepEqual(mentions.map((m) => m.own?.key), ['29754:451', '21501-02:1538']);
  });

  it('reads only the footnotes called in the mention\'s own sentence', () => {
    const text =
      'Op 26 april 2018 stuurden de Ministers uw Kamer een brief.[^1] De motie van het lid Becker (VVD)[^2] is uitgevoerd. ' +
      'Daarover bericht ik u in de voortgangsrapportage.[^3]\n\n' +
      '[^1]: Kamerstuk 29 754, nr. 448.\n[^2]: Kamerstuk 29 754, nr. 451.\n[^3]: Kamerstuk 29 754, nr. 500.\n';
    const [m] = read(text).mentions;
    assert.deepEqual(m!.calls.map((c) => c.label), ['2']);
    assert.deepEqual(m!.sources.map((s) => [s.key, s.footnote]), [['29754:451', '2']]);
  });

  it('reads the footnote body in document order: its t.v.v. reference and its citations, not Handelingen', () => {
    const text =
      'De gewijzigde motie van het lid Segers[^noot] is aangenomen.\n\n' +
      '[^noot]: Gewijzigde motie t.v.v. 33885, nr. 18: Kamerstuk 33 885, nr. 22; Handelingen II 2019/20, nr. 57, item 8.\n';
    const doc = analyze(text);
    const expected = [
      ['t.v.v. 33885, nr. 18', 't.v.v. 33885, nr. 18', '33885:18', true, 'noot', 7],
      ['Kamerstuk 33 885, nr. 22', 'Kamerstuk 33 885, nr. 22', '33885:22', false, 'noot', 7],
    ];
    assert.deepEqual(footnoteSources(doc, 'noot', 7, text.indexOf('[^noot]')).map((s) => show(text, s)), expected);
    // The label as the call writes it, in any case; an unknown label has no sources.
    assert.deepEqual(footnoteSources(doc, 'Noot', 7, 0).map((s) => show(text, s)), expected);
    assert.deepEqual(footnoteSources(doc, 'elders', 7, 0), []);
    const [m] = findMotieMentions(doc);
    assert.deepEqual(m!.sources.map((s) => [s.key, s.replaced, s.anchor]), [['33885:18', true, 38], ['33885:22', false, 38]]);
    assert.equal(m!.own?.key, '33885:22');
  });

  it('marks a citation that opens the footnote after "t.v.v." as replaced', () => {
    const text =
      'De gewijzigde motie van het lid Segers c.s. (Kamerstuk 33 885, nr. 22)[^3] is aangenomen.\n\n' +
      '[^3]: t.v.v. Kamerstukken II 2019/20, 33 885, nr. 18.\n';
    const [m] = read(text).mentions;
    assert.deepEqual(m!.sources.map((s) => show(text, s)), [
      ['Kamerstuk 33 885, nr. 22', 'Kamerstuk 33 885, nr. 22', '33885:22', false, null, 45],
      ['Kamerstukken II 2019/20, 33 885, nr. 18', 'Kamerstukken II 2019/20, 33 885, nr. 18', '33885:18', true, '3', 70],
    ]);
    assert.equal(m!.own?.key, '33885:22');
  });

  it('a label used by two pasted letters: the definition after the call, else the last one', () => {
    const text =
      '# Eerste brief\n\nDe motie van het lid Becker (VVD)[^1] is uitgevoerd.\n\n[^1]: Kamerstuk 29 754, nr. 451.\n\n' +
      '# Tweede brief\n\nDe motie van de leden Kuiken (PvdA) en Gijs van Dijk (SP)[^1] is aangenomen.\n\n[^1]: Kamerstuk 29 754, nr. 452.\n\n' +
      'Tot slot de motie van het lid Jasper van Dijk (SP)[^1].\n';
    const { mentions } = read(text);
    assert.deepEqual(
      mentions.map((m) => m.sources.map((s) => [text.slice(s.start, s.end), s.key, s.footnote])),
      [
        [['Kamerstuk 29 754, nr. 451', '29754:451', '1']],
        [['Kamerstuk 29 754, nr. 452', '29754:452', '1']],
        [['Kamerstuk 29 754, nr. 452', '29754:452', '1']],
      ],
    );
  });

  it('three pasted letters with the same label each read their own note', () => {
    const letter = (name: string, nr: number) =>
      `De motie van het lid ${name}[^1] is uitgevoerd.\n\n[^1]: Kamerstuk 29 754, nr. ${nr}.\n\n`;
    const text = letter('Becker', 451) + letter('Kuiken', 452) + letter('Azarkan', 482);
    const { doc, mentions } = read(text);
    assert.deepEqual(mentions.map((m) => m.own?.key), ['29754:451', '29754:452', '29754:482']);
    // Straight from the index: a call before every definition, between them, and after the last.
    const calls = [0, text.indexOf('Kuiken'), text.indexOf('Azarkan'), text.length];
    assert.deepEqual(calls.map((at) => footnoteSources(doc, '1', 0, at).map((s) => s.key)), [['29754:451'], ['29754:452'], ['29754:482'], ['29754:482']]);
  });
});
