// KB404 (antwoordtermijn): what counts as a mention of the postponement. The header line "Zie ook
// Aanhangsel…", the uitstelbericht or -brief, a postponed answer, "the usual term" and a line that
// starts with "Mededeling" do; the bare words "uitstel" and "mededeling" elsewhere in an answer do
// not (two real late answers went unnoticed: test/corpus/holdout, investeringen and Abel Tasman).
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';

const LATE = '---\nsoort: antwoorden-kamervragen\ningezonden: 2024-01-23\nontvangen: 2024-02-28\n---\n\n';
const kb404 = (body: string): string[] => lintText(`${LATE}${body}\n`).messages.filter((m) => m.ruleId === 'KB404').map((m) => m.message);
const ANSWERS = '### Vraag 1\n\nBent u bekend met het bericht?\n\n### Antwoord 1\n\n';

describe('KB404: mentions of the postponement', () => {
  it('a late answer without any mention is reported', () => {
    assert.deepEqual(kb404(`${ANSWERS}Ja.`), [
      'Onverwachte antwoordtermijn "36 dagen", verwacht antwoord binnen drie weken of een vermelding van het uitstelbericht (ingezonden 2024-01-23, ontvangen 2024-02-28)',
    ]);
  });

  it('"uitstel" or "mededeling" in the answer itself is no mention', () => {
    assert.equal(kb404(`${ANSWERS}Het gaat om de effecten van af- en uitstel van projecten.`).length, 1);
    assert.equal(kb404(`${ANSWERS}Vanwege het lopende toezicht kan de IGJ geen inhoudelijke mededelingen doen.`).length, 1);
  });

  it('the front matter is not the text: a subject about uitstelbrieven is no mention', () => {
    const text = `---\nsoort: antwoorden-kamervragen\nonderwerp: het versturen van uitstelbrieven bij Kamervragen\ningezonden: 2024-01-23\nontvangen: 2024-02-28\n---\n\n${ANSWERS}Ja.\n`;
    assert.equal(lintText(text).messages.filter((m) => m.ruleId === 'KB404').length, 1);
  });

  it('an uitstelbericht itself is never reported, whatever it says', () => {
    const text = `---\nsoort: uitstelbericht\ningezonden: 2024-01-23\nontvangen: 2024-02-28\n---\n\nDe vragen van het lid Dobbe over de zorglocatie worden zo spoedig mogelijk beantwoord.\n`;
    assert.deepEqual(lintText(text).messages.filter((m) => m.ruleId === 'KB404'), []);
  });

  for (const [what, body] of [
    ['the header line', `Antwoord van Minister Adriaansens (ontvangen 28 februari 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 998.\n\n${ANSWERS}Ja.`],
    ['the uitstelbericht', `${ANSWERS}Ja.\n\nHet uitstelbericht is op 13 februari 2024 verzonden.`],
    ['an uitstelbrief', `${ANSWERS}Ja. De Kamer is hierover geïnformeerd via een uitstelbrief.`],
    ['a postponed answer', `${ANSWERS}Ja.\n\nDe beantwoording is uitgesteld in verband met interdepartementale afstemming.`],
    ['uitstel van de beantwoording', `${ANSWERS}Ja.\n\nHet uitstel van de beantwoording hing samen met de afstemming.`],
    ['the usual term', `De vragen konden niet binnen de gebruikelijke termijn worden beantwoord.\n\n${ANSWERS}Ja.`],
    ['a Mededeling line', `Mededeling van Minister Adriaansens (Economische Zaken en Klimaat) (ontvangen 12 februari 2024).\n\n${ANSWERS}Ja.`],
  ]) {
    it(`${what} counts as a mention`, () => assert.deepEqual(kb404(body), []));
  }
});
