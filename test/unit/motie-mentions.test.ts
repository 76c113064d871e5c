// Where the motie rules see a motie mention (motie/mentions.ts): its form, span, movers, subject,
// sentence, and which Kamerstuk is its own; and headingLead for numbered headings.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { findMotieMentions, headingLead, mentionsInUnit } from '../../server/src/core/rules/motie-shared.js';

/** Per mention: [kind, form, text, movers, subject, own key]. */
function mentions(text: string): [string, string, string, string[], string | null, string | null][] {
  return findMotieMentions(analyze(text)).map((m) => [m.kind, m.form, m.text, m.members.names.map((n) => n.name), m.subject, m.own?.key ?? null]);
}

describe('motie mentions: which words are a mention', () => {
  it('the title of a motie document itself is no mention', () => {
    assert.deepEqual(mentions('MOTIE VAN HET LID BECKER C.S.\n'), []);
  });

  it('a missing space after "motie." does not make the next word a mover', () => {
    assert.deepEqual(mentions('Het kabinet steunt deze motie.De regering informeert u voor de zomer.\n'), []);
  });

  it('"motie Kops van 3 maart": a short mention; "van" after the name is no member phrase', () => {
    assert.deepEqual(mentions('Ik verwijs naar de motie Kops van 3 maart (Kamerstuk 36 200, nr. 12).\n'), [['body', 'short', 'motie Kops', ['Kops'], null, null]]);
  });

  it('"motie van" takes a member phrase only right after it', () => {
    assert.deepEqual(mentions('De motie van vorige week is door het lid Becker ingediend.\n'), []);
    assert.deepEqual(mentions('Uitvoering van de motie van oud-lid Becker (VVD).\n'), [['body', 'van', 'motie van oud-lid Becker (VVD)', ['Becker'], null, null]]);
  });

  it('each "motie van het lid" takes its own member phrase', () => {
    assert.deepEqual(mentions('De motie van het lid Becker en de motie van het lid Kuiken zijn uitgevoerd.\n').map((m) => m[2]), ['motie van het lid Becker', 'motie van het lid Kuiken']);
  });

  it('reads "motie-A/B" as two movers', () => {
    assert.deepEqual(mentions('De motie-Taverne/Van Dijk over de N35 is uitgevoerd.\n'), [['body', 'hyphen', 'motie-Taverne/Van Dijk', ['Taverne', 'Van Dijk'], 'de n35 is uitgevoerd', null]]);
  });

  it('movers before the word only when none follow it', () => {
    assert.deepEqual(mentions('Uitvoering van de door de leden Bikker en Van der Staaij ingediende motie-Bikker/Van der Staaij.\n'), [
      ['body', 'hyphen', 'motie-Bikker/Van der Staaij', ['Bikker', 'Van der Staaij'], null, null],
    ]);
  });

  it('"de door het lid … ingediende motie" far into a long sentence', () => {
    const text =
      'Uw Kamer heeft op 27 november jl. de door het lid Bikker (ChristenUnie) ingediende motie aangenomen, waarin de regering wordt verzocht om in overleg met gemeenten, scholen en jeugdzorgaanbieders te komen tot een landelijke aanpak van radicalisering onder jongeren.\n';
    assert.deepEqual(mentions(text), [['body', 'short', 'door het lid Bikker (ChristenUnie) ingediende motie', ['Bikker'], null, null]]);
  });

  it('"door de leden gezamenlijk ingediende motie" names no mover', () => {
    assert.deepEqual(mentions('Uw Kamer heeft de door de leden gezamenlijk ingediende motie aangenomen.\n'), []);
  });
});

describe('motie mentions: kind, subject, sentence, phrase', () => {
  it('a mention at the start of a footnote is a body mention', () => {
    assert.deepEqual(mentions('Zie de brief.[^1]\n\n[^1]: Motie Becker c.s., Kamerstuk 29 754, nr. 451.\n'), [['body', 'short', 'Motie Becker c.s.', ['Becker'], null, '29754:451']]);
  });

  it('a heading mention starts the heading (after its number); the whole heading is its sentence', () => {
    const [m] = findMotieMentions(analyze('Zie het verslag.\n\n## 3. Motie van het lid Becker c.s. over de aanpak\n'));
    assert.equal(m!.kind, 'heading');
    assert.deepEqual(m!.sentence, { start: 0, end: 47 });
    assert.deepEqual(mentions('## Uitvoering van de motie van het lid Becker\n'), [['body', 'van', 'motie van het lid Becker', ['Becker'], null, null]]);
  });

  it('reads the subject after extra spaces, at most six words, without trailing space', () => {
    assert.equal(findMotieMentions(analyze('De motie van het lid Becker  over  de aanpak is uitgevoerd.\n'))[0]!.subject, 'de aanpak is uitgevoerd');
    assert.equal(findMotieMentions(analyze('De motie Becker over een nog veel langere reeks van woorden (Kamerstuk 29 754, nr. 451).\n'))[0]!.subject, 'een nog veel langere reeks van');
    assert.equal(findMotieMentions(analyze('De motie Becker over de aanpak (Kamerstuk 29 754, nr. 451) is uitgevoerd.\n'))[0]!.subject, 'de aanpak');
  });

  it('keeps the member phrase of "motie van het lid", none for "motie-X", in one sentence', () => {
    const ms = findMotieMentions(analyze('De motie van het lid Becker en de motie-Taverne zijn uitgevoerd.\n'));
    assert.deepEqual(ms.map((m) => (m.phrase === null ? null : m.phrase.article)), ['het lid', null]);
  });

  it('reads a unit once per analysis', () => {
    const doc = analyze('De motie van het lid Becker en de motie-Taverne zijn uitgevoerd.\n');
    assert.equal(findMotieMentions(doc), findMotieMentions(doc));
    assert.equal(mentionsInUnit(doc, doc.units[0]!), mentionsInUnit(doc, doc.units[0]!));
  });
});

describe('motie mentions: the own Kamerstuk', () => {
  it('a number after the next mention of the sentence is that mention\'s', () => {
    assert.deepEqual(
      mentions('Over de motie van het lid Becker over preventie, de motie-Kuiken (Kamerstuk 29 754, nr. 452) en de motie-Vos is eerder bericht.\n').map((m) => [m[2], m[5]]),
      [['motie van het lid Becker', null], ['motie-Kuiken', '29754:452'], ['motie-Vos', null]],
    );
  });

  it('a number after "over …" is the motie\'s, also after extra spaces; not after other words', () => {
    assert.equal(mentions('De motie van het lid Becker  over de aanpak (Kamerstuk 29 754, nr. 451) is uitgevoerd.\n')[0]![5], '29754:451');
    assert.equal(mentions('De motie van het lid Becker is besproken in het debat over de aanpak (Kamerstuk 29 754, nr. 460).\n')[0]![5], null);
    assert.equal(mentions('De motie van het lid Becker over de aanpak (zie ook Kamerstuk 29 754, nr. 460) is uitgevoerd.\n')[0]![5], null);
  });
});

describe('headingLead', () => {
  it('skips a section number with its spaces', () => {
    assert.deepEqual(
      ['3.2 Motie', '3. Motie', '10. Motie', '3.12 Motie', '3.  Motie', '3 Motie', 'Motie over 2 scholen'].map(headingLead),
      [4, 3, 4, 5, 4, 2, 0],
    );
  });
});
