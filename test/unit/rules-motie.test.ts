// The motie parser (motie-shared.ts) and the motie rows of citation-cases.tsv through the rules
// KB301, KB307, KB308 and KB503; the corpus drafts give none of their messages.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/core/analyze.js';
import { fixText, lintText } from '../../server/src/core/lint.js';
import {
  documentHeadings,
  findMotieMentions,
  memberPhrases,
  parseMemberList,
  sameMember,
  sentenceAt,
} from '../../server/src/core/rules/motie-shared.js';
import { CASES_TSV, CORPUS } from '../helpers/paths.js';

const MOTIE_RULES = new Set(['KB301', 'KB307', 'KB308', 'KB503']);
const OBJ = '\uFFFC';

function list(text: string, sep: 'en' | 'slash' = 'en') {
  const got = parseMemberList(text, 0, sep);
  assert.ok(got, text);
  return got;
}

describe('motie-shared: names of members', () => {
  it('reads one name with its party, and stops at the sentence', () => {
    const l = list('Becker (VVD), waarin de regering verzocht wordt');
    assert.deepEqual(l.names.map((n) => [n.name, n.party, n.partySpaced]), [['Becker', 'VVD', true]]);
    assert.equal(l.cs, null);
    assert.equal(l.end, 'Becker (VVD)'.length);
  });

  it('reads two names with parties and footnote calls', () => {
    const l = list(`Kuiken (PvdA) en Gijs van Dijk (SP)${OBJ}, waarin`);
    assert.deepEqual(l.names.map((n) => [n.name, n.party]), [['Kuiken', 'PvdA'], ['Gijs van Dijk', 'SP']]);
    assert.equal(l.end, `Kuiken (PvdA) en Gijs van Dijk (SP)${OBJ}`.length);
  });

  it('reads a party after the footnote call (seed: "Azarkan[^1] (Denk)")', () => {
    const l = list(`Azarkan${OBJ} (Denk) aangenomen`);
    assert.deepEqual(l.names.map((n) => [n.name, n.party]), [['Azarkan', 'Denk']]);
  });

  it('reads "A, B en C (allen PARTIJ)" and leaves "A, die …" at one name', () => {
    const three = list('Bouchallikh, Bromet en Kröger (allen GroenLinks) aan de Minister');
    assert.deepEqual(three.names.map((n) => n.name), ['Bouchallikh', 'Bromet', 'Kröger']);
    assert.equal(three.names[2]!.party, 'allen GroenLinks');
    assert.deepEqual(list('Becker, Nederland kent').names.map((n) => n.name), ['Becker']);
  });

  it('marks a list that stops at "en <no name>" as incomplete', () => {
    const l = list('Becker en anderen');
    assert.equal(l.names.length, 1);
    assert.equal(l.complete, false);
  });

  it('reads tussenvoegsels, hyphenated names and initials', () => {
    assert.deepEqual(list('Faber-van de Klashorst(PVV) over').names.map((n) => [n.name, n.party, n.partySpaced]), [['Faber-van de Klashorst', 'PVV', false]]);
    assert.deepEqual(list('Alkaya en van Raan (Kamerstuk 36 197, nr. 15)').names.map((n) => [n.name, n.party]), [['Alkaya', null], ['van Raan', null]]);
    assert.deepEqual(list('M.B. Vos over').names.map((n) => n.name), ['M.B. Vos']);
    assert.deepEqual(list('Becker in de Tweede Kamer').names.map((n) => n.name), ['Becker']);
  });

  it('reads "X/Y" lists after "motie-"', () => {
    assert.deepEqual(list('Van Aalst/Remco Dijkstra over de N35', 'slash').names.map((n) => n.name), ['Van Aalst', 'Remco Dijkstra']);
    assert.deepEqual(list('Bruins Slot/Pia Dijkstra', 'slash').names.map((n) => n.name), ['Bruins Slot', 'Pia Dijkstra']);
  });

  it('reads c.s. as written', () => {
    assert.equal(list('Becker c.s. over').cs?.text, 'c.s.');
    assert.equal(list('Becker c.s over').cs?.text, 'c.s');
    assert.equal(list('Becker cs (Kamerstuk').cs?.text, 'cs');
    assert.equal(list(`Becker c.s.?${OBJ} Zo nee`).cs?.text, 'c.s.');
    assert.equal(list('Becker csv').cs, null);
  });

  it('compares members with and without first names', () => {
    assert.ok(sameMember('Gijs van Dijk', 'van Dijk'));
    assert.ok(sameMember('Becker', 'becker'));
    assert.ok(!sameMember('Remco Dijkstra', 'Pia Dijkstra'));
    assert.ok(!sameMember('Becker', 'Kuiken'));
  });

  it('finds member phrases with their article and a doubled word', () => {
    const doc = analyze('De motie van van het lid Jasper van Dijk (Kamerstuk 35 663, nr. 19) en de leden van de commissie.\n');
    const phrases = doc.units.flatMap((u) => memberPhrases(u));
    assert.equal(phrases.length, 1);
    assert.equal(phrases[0]!.article, 'het lid');
    assert.equal(phrases[0]!.doubled?.word, 'van');
    assert.deepEqual(phrases[0]!.list.names.map((n) => n.name), ['Jasper van Dijk']);
  });
});

describe('motie-shared: sentences', () => {
  it('does not end a sentence at c.s., nr., jl. or initials', () => {
    const flat = 'Op 27 november jl. is de motie van het lid Becker c.s. aangenomen, zie nr. 451 van M.B. Vos. Daarna volgt meer.';
    const s = sentenceAt(flat, flat.indexOf('motie'));
    assert.equal(flat.slice(s.start, s.end), 'Op 27 november jl. is de motie van het lid Becker c.s. aangenomen, zie nr. 451 van M.B. Vos.');
  });

  it('keeps a footnote call after the period with its sentence, and ends at "?"', () => {
    const flat = `Eerst dit.${OBJ} Middels motie Becker c.s.?${OBJ} Zo nee, waarom niet?`;
    const s = sentenceAt(flat, flat.indexOf('motie'));
    assert.equal(flat.slice(s.start, s.end), `Middels motie Becker c.s.?${OBJ}`);
  });
});

describe('motie-shared: mentions and sources', () => {
  const letter = fs.readFileSync(path.join(CORPUS, '29754-501-stand-van-zaken-moties-toezeggingen.md'), 'utf8');

  it('reads every motie of the 501 letter: heading, body first mention, footnote source', () => {
    const mentions = findMotieMentions(analyze(letter));
    assert.deepEqual(
      mentions.map((m) => [m.kind, m.gewijzigd, m.members.names.map((n) => n.name).join('+'), m.own?.key ?? null]),
      [
        ['heading', true, 'Azarkan', null],
        ['body', false, 'Azarkan', '29754:482'],
        ['heading', false, 'Becker', null],
        ['body', false, 'Becker', '29754:451'],
        ['body', false, 'Becker', null],
        ['heading', false, 'Kuiken+Gijs van Dijk', null],
        ['body', false, 'Kuiken+Gijs van Dijk', '29754:452'],
        ['heading', false, 'Jasper van Dijk', null],
        ['body', false, 'Jasper van Dijk', '29754:459'],
      ],
    );
    const becker = mentions[2]!;
    assert.equal(becker.members.cs?.text, 'c.s.');
    assert.equal(becker.subject, 'een landelijk gevalideerde aanpak');
    assert.equal(mentions[3]!.text, 'motie van het lid Becker (VVD)');
    assert.equal(mentions[3]!.own?.footnote, '3');
    assert.equal(letter.slice(mentions[3]!.start, mentions[3]!.end), 'motie van het lid Becker (VVD)[^3]');
  });

  it('treats generic words as no mention', () => {
    const doc = analyze('In de motie wordt de regering verzocht. Deze motie en andere moties en toezeggingen. De motie Kamerstuk is geen naam.\n');
    assert.deepEqual(findMotieMentions(doc), []);
  });

  it('reads Handelingen-list and registry sources, and t.v.v. as a replaced number', () => {
    const doc = analyze(
      'De gewijzigde motie-Verbugt c.s. over een strakke bundeling (22026, nr. 61) en de motie van het lid Nicolaï c.s. over het slavernijverleden (35300-VI, letter Y).\n\n' +
        'De Gewijzigde motie van het lid Segers c.s. (t.v.v. 33885, nr.18) over de marechaussee.\n\n' +
        'De motie-Taverne (Kamerstuk 21 501-02, nr. 1538) en de motie (2019D12345).\n',
    );
    const m = findMotieMentions(doc);
    assert.deepEqual(m.map((x) => [x.form, x.members.names[0]!.name, x.own?.key ?? null]), [
      ['hyphen', 'Verbugt', '22026:61'],
      ['van', 'Nicolaï', '35300-VI:Y'],
      ['van', 'Segers', null],
      ['hyphen', 'Taverne', '21501-02:1538'],
    ]);
    assert.deepEqual(m[2]!.sources.map((s) => [s.key, s.replaced]), [['33885:18', true]]);
  });

  it('does not take another document of the sentence as the motie\'s own number', () => {
    const doc = analyze('De motie van het lid Becker over de brief van de minister (Kamerstuk 29 754, nr. 500) is uitgevoerd.\n');
    const [m] = findMotieMentions(doc);
    assert.equal(m!.sources.length, 1);
    assert.equal(m!.own, null);
  });

  it('lists headings of parsed and unparsed blocks', () => {
    const doc = analyze('## Toezegging – A\n\nTekst.\n\n# Bijlage\n\nOverig\n-------\n');
    assert.deepEqual(documentHeadings(doc).map((h) => [h.depth, h.unit !== null]), [[2, true], [1, false], [2, false]]);
  });
});

// ---------------------------------------------------------------------------------------------

interface Row {
  line: number;
  input: string;
  verdict: string;
  reason: string;
}

const rows: Row[] = fs
  .readFileSync(CASES_TSV, 'utf8')
  .split('\n')
  .map((l, i) => {
    const [input = '', verdict = '', reason = ''] = l.split('\t');
    return { line: i + 1, input, verdict, reason };
  })
  .slice(1)
  .filter((r) => r.input && (/moti/i.test(r.input) || /moti/i.test(r.reason) || /\b(?:lid|leden)\b/.test(r.input)));

const SOURCE_LIKE = /Kamerstuk|\(\d{5}|t\.v\.v\./;

/** The row in a minimal draft; a first mention gets the source its row names as a footnote. */
function draftFor(row: Row): string {
  const { input } = row;
  const source = /Kamerstuk \d[\d ]*, nr\. \d+/.exec(row.reason)?.[0] ?? 'Kamerstuk 29 754, nr. 451';
  if (/^(?:Gewijzigde m|M)otie van /.test(input) && / over /.test(input) && !SOURCE_LIKE.test(input)) {
    const mention = input.replace(/ over .*$/, '');
    return `## ${input}\n\nNaar aanleiding van de ${mention[0]!.toLowerCase()}${mention.slice(1)}[^1] informeer ik u graag als volgt.\n\n[^1]: ${source}.\n`;
  }
  if (/^(?:(?:de|een) )?(?:gewijzigde )?motie\b/i.test(input) && !SOURCE_LIKE.test(input)) {
    const article = /^(?:de|een) /i.test(input) ? '' : 'de ';
    return `Naar aanleiding van ${article}${input}[^1] informeer ik u graag als volgt.\n\n[^1]: ${source}.\n`;
  }
  return `${input}${/[.?!]$/.test(input) ? '' : '.'}\n`;
}


describe('citation-cases.tsv: motie rows', () => {
  it('has the motie rows', () => {
    assert.ok(rows.filter((r) => r.verdict === 'valid').length >= 10, JSON.stringify(rows.map((r) => r.line)));
    assert.ok(rows.filter((r) => r.verdict === 'invalid').length >= 5);
  });

  for (const row of rows) {
    if (row.verdict === 'valid') {
      it(`row ${row.line} valid: ${row.input}`, () => {
        const draft = draftFor(row);
        const got = lintText(draft).messages.filter((m) => MOTIE_RULES.has(m.ruleId));
        assert.deepEqual(got.map((m) => `${m.ruleId} ${m.message}`), [], draft);
      });
    } else if (row.verdict === 'invalid') {
      it(`row ${row.line} invalid: ${row.input}`, () => {
        const draft = draftFor(row);
        const messages = lintText(draft).messages;
        // "(25295 nr. 961)" is a malformed citation: the citation rules own it.
        const owners = /compact dossier|comma missing/i.test(row.reason) ? /^KB1\d\d$/ : /^KB30[18]$/;
        assert.ok(messages.some((m) => owners.test(m.ruleId)), `${draft}\n${JSON.stringify(messages.map((m) => m.ruleId))}`);
        const canonical = /canonical: (.+)$/.exec(row.reason)?.[1];
        if (!canonical) return;
        const expected = draft.split(row.input).join(canonical);
        // Several rules may share the fix (KB308 "van van", KB101 "nr.19"): all fixes together give the canonical form.
        assert.equal(fixText(draft).text, expected);
      });
    }
  }
});

describe('motie rules on the corpus and on odd input', () => {
  for (const file of fs.readdirSync(CORPUS).filter((f) => /^\d.*\.md$/.test(f))) {
    it(`${file}: no message of KB301, KB307, KB308, KB311, KB503`, () => {
      const got = lintText(fs.readFileSync(path.join(CORPUS, file), 'utf8')).messages.filter((m) => MOTIE_RULES.has(m.ruleId) || m.ruleId === 'KB311' || m.ruleId === 'KB000');
      assert.deepEqual(got.map((m) => `${m.ruleId} ${m.message}`), []);
    });
  }

  it('never fails on odd input', () => {
    const odd = [
      '',
      'motie',
      'motie van het lid',
      'de motie van het lid Becker (',
      '## Toezegging',
      '## Motie',
      '## Gewijzigde motie van',
      'motie-',
      'motie van de leden A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V en W c.s.',
      'het lid ' + 'Van '.repeat(200) + 'Dijk',
      '[^1]: Motie Becker c.s.\n\nmotie Becker[^1] c.s',
      '> motie van het lid Becker\r\n> (VVD) c.s\r\n',
    ];
    for (const text of odd) {
      const { messages } = lintText(text);
      assert.ok(!messages.some((m) => m.ruleId === 'KB000'), `${JSON.stringify(text)}: ${JSON.stringify(messages.filter((m) => m.ruleId === 'KB000'))}`);
      fixText(text);
    }
  });
});
