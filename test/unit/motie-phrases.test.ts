// core/rules/motie/phrases.ts and sentences.ts: the member phrases ("het lid …", "de leden …")
// with a doubled word KB308 reports, and the sentence a motie mention is read in.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { memberPhrases, sentenceAt } from '../../server/src/core/rules/motie-shared.js';

function phrases(text: string) {
  return analyze(text).units.flatMap((u) =>
    memberPhrases(u).map((p) => ({
      article: p.article,
      determiner: p.determiner,
      noun: p.noun,
      doubled: p.doubled && [p.doubled.word, u.flat.slice(p.doubled.flatStart, p.doubled.flatEnd)],
      names: p.list.names.map((n) => n.name),
    })),
  );
}

describe('member phrases: doubled words', () => {
  it('reads a doubled article, also with a capital at the sentence start', () => {
    assert.deepEqual(phrases('De de leden Kuiken en Gijs van Dijk hebben een motie ingediend.\n'), [
      { article: 'De de leden', determiner: 'de', noun: 'leden', doubled: ['de', 'de '], names: ['Kuiken', 'Gijs van Dijk'] },
    ]);
    assert.deepEqual(phrases('In de motie van het het lid Becker (VVD) wordt de regering verzocht.\n'), [
      { article: 'het het lid', determiner: 'het', noun: 'lid', doubled: ['het', 'het '], names: ['Becker'] },
    ]);
  });

  it('reads a doubled "van" or "door" before the article, not "van door"', () => {
    assert.deepEqual(
      phrases('De motie van van het lid Becker is aangenomen. De door door de leden Kuiken en Becker ingediende motie ook. ' +
        'Dit is de beantwoording van door het lid Becker (VVD) gestelde vragen.\n'),
      [
        { article: 'het lid', determiner: 'het', noun: 'lid', doubled: ['van', 'van '], names: ['Becker'] },
        { article: 'de leden', determiner: 'de', noun: 'leden', doubled: ['door', 'door '], names: ['Kuiken', 'Becker'] },
        { article: 'het lid', determiner: 'het', noun: 'lid', doubled: null, names: ['Becker'] },
      ],
    );
  });

  it('two different articles left by an edit are no doubled word', () => {
    assert.deepEqual(phrases('Naar aanleiding van de vragen van de het lid Becker (VVD) over de motie.\n'), [
      { article: 'de het lid', determiner: 'het', noun: 'lid', doubled: null, names: ['Becker'] },
    ]);
  });

  it('takes "Lid" and "Leden" with a capital as a title word, not as this phrase', () => {
    assert.deepEqual(
      phrases('Vragen van het Lid Kops (PVV) aan de minister van Economische Zaken en Klimaat over het lidmaatschap van het Energiehandvest.\n'),
      [],
    );
    assert.deepEqual(
      phrases('Vragen van het lid Kops (PVV) aan de minister van Economische Zaken en Klimaat over het lidmaatschap van het Energiehandvest.\n').map((p) => p.names),
      [['Kops']],
    );
  });
});

describe('motie sentences', () => {
  const flat = 'De motie van het lid Becker is aangenomen. De motie van het lid Kuiken is verworpen.';
  const end = flat.indexOf(' De motie van het lid Kuiken');

  it('a place right after a sentence end belongs to the next sentence', () => {
    const first = { start: 0, end };
    const second = { start: end + 1, end: flat.length };
    assert.deepEqual(sentenceAt(flat, end - 1), first);
    assert.deepEqual(sentenceAt(flat, end), second);
    assert.deepEqual(sentenceAt(flat, end + 1), second);
  });
});
