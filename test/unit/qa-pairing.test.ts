// KB401–KB404 on answers to Kamervragen, message by message: pairing (combined answers, an answer
// before its question, one answered twice, bare "Antwoord" groups), numbering (gaps, doubles, order,
// missing commas, the renumbering fix and when it is withheld), references to answers, and the
// answering term.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';

const ANTWOORDEN = '---\nsoort: antwoorden-kamervragen\n---\n\n';

/** Messages of one rule as "span message", with " => fixed" when a fix comes with it. */
function said(rule: string, text: string): string[] {
  return lintText(text)
    .messages.filter((m) => m.ruleId === rule)
    .map((m) => {
      const fix = m.fix ? ` => ${text.slice(0, m.fix.range[0])}${m.fix.text}${text.slice(m.fix.range[1])}` : '';
      return `${text.slice(m.start, m.end)} ${m.message}${fix.replace(ANTWOORDEN, '').replace(/\n\n[^#\n][^\n]*/g, '').replace(/\n+/g, ' | ').trimEnd()}`;
    });
}

/** Headings "### Vraag n" / "### Antwoord n" with a line of text under each. */
function qa(...labels: string[]): string {
  return ANTWOORDEN + labels.map((l) => `### ${l}\n\n${l.startsWith('Vra') ? 'Klopt het?' : 'Ja.'}\n`).join('\n');
}

describe('KB401 pairing, message by message', () => {
  it('a combined answer to questions that do not exist lists their numbers', () => {
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Antwoord 1', 'Antwoord 5, 6 en 7')), [
      'Antwoord 5, 6 en 7 Onverwacht antwoord "Antwoord 5, 6 en 7", verwacht eerst de vragen 5, 6 en 7 (er is geen vraag met dit nummer)',
    ]);
  });

  it('a combined question without its answer lists the numbers still open', () => {
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Antwoord 1', 'Vraag 2 t/m 4', 'Antwoord 2')), [
      'Vraag 2 t/m 4 Onverwachte vraag zonder antwoord "Vraag 2 t/m 4", verwacht een Antwoord dat de vragen 3 en 4 dekt',
    ]);
  });

  it('an answer before its question: the question stands further on', () => {
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Antwoord 1', 'Antwoord 2', 'Vraag 2')), [
      'Antwoord 2 Onverwacht antwoord "Antwoord 2", verwacht eerst Vraag 2 (de vraag staat pas verderop)',
    ]);
    // Only part of the numbers comes later: there is no question for the other.
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Antwoord 1', 'Antwoord 2 en 9', 'Vraag 2'))[0], 'Antwoord 2 en 9 Onverwacht antwoord "Antwoord 2 en 9", verwacht eerst de vragen 2 en 9 (er is geen vraag met dit nummer)');
  });

  it('a question answered twice, once and in a combined answer', () => {
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Antwoord 1', 'Antwoord 1')), [
      'Antwoord 1 Onverwacht antwoord "Antwoord 1", verwacht één antwoord per vraag (vraag 1 is al beantwoord bij "Antwoord 1")',
    ]);
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Antwoord 1', 'Vraag 2', 'Antwoord 2', 'Antwoord 1 en 2')), [
      'Antwoord 1 en 2 Onverwacht antwoord "Antwoord 1 en 2", verwacht één antwoord per vraag (de vragen 1 en 2 zijn al beantwoord bij "Antwoord 1")',
    ]);
  });

  it('a number asked twice is left to KB402: neither block is unanswered, no answer is one too many', () => {
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Antwoord 1', 'Vraag 1', 'Antwoord 1')), []);
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Antwoord 1', 'Vraag 2', 'Vraag 2')), []);
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Antwoord 1', 'Vraag 2', 'Vraag 2 en 3')), [
      'Vraag 2 en 3 Onverwachte vraag zonder antwoord "Vraag 2 en 3", verwacht een Antwoord dat de vragen 2 en 3 dekt',
    ]);
  });

  it('a bare "Antwoord" before any question, and one after a labelled answer', () => {
    assert.deepEqual(said('KB401', `${ANTWOORDEN}### Antwoord\n\nHierbij de antwoorden.\n\n### Vraag 1\n\nKlopt het?\n\n### Antwoord\n\nJa.\n`), [
      'Antwoord Onverwacht antwoord "Antwoord", verwacht eerst een Vraag (er gaat geen vraag aan vooraf)',
    ]);
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Antwoord 1', 'Antwoord')), ['Antwoord Onverwacht antwoord "Antwoord", verwacht één antwoord per vraag ("Vraag 1" is al beantwoord)']);
  });

  it('a bare "Antwoord" answers the questions since the last answer that the labels left open', () => {
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Vraag 2', 'Antwoord 1', 'Antwoord')), [
      'Antwoord Onverwacht antwoord "Antwoord", verwacht één antwoord per vraag (vraag 1 is al beantwoord bij "Antwoord 1")',
    ]);
    assert.deepEqual(said('KB401', qa('Vraag 2', 'Antwoord 2 en 3', 'Antwoord'))[1], 'Antwoord Onverwacht antwoord "Antwoord", verwacht één antwoord per vraag ("Vraag 2" is al beantwoord)');
  });

  it('a bare Vraag without an answer after it', () => {
    const text = `${ANTWOORDEN}Vraag\n\nHoeveel kost het?\n\nAntwoord\n\nTwee miljoen.\n\nVraag\n\nWie betaalt dat?\n`;
    assert.deepEqual(said('KB401', text), ['Vraag Onverwachte vraag zonder antwoord "Vraag", verwacht een Antwoord erna']);
  });

  it('a labelled answer before any question', () => {
    assert.deepEqual(said('KB401', qa('Antwoord 1', 'Vraag 1')), ['Antwoord 1 Onverwacht antwoord "Antwoord 1", verwacht eerst Vraag 1 (de vraag staat pas verderop)']);
  });

  it('every answer too many points to the first answer', () => {
    assert.deepEqual(said('KB401', qa('Vraag 1', 'Antwoord 1', 'Antwoord op vraag 1', 'Antwoord op vraag 1')), [
      'Antwoord op vraag 1 Onverwacht antwoord "Antwoord op vraag 1", verwacht één antwoord per vraag (vraag 1 is al beantwoord bij "Antwoord 1")',
      'Antwoord op vraag 1 Onverwacht antwoord "Antwoord op vraag 1", verwacht één antwoord per vraag (vraag 1 is al beantwoord bij "Antwoord 1")',
    ]);
  });

  it('a list of questions is paired only when it holds answers ("Lijst van vragen en antwoorden")', () => {
    const lijst = (text: string): string => text.replace('antwoorden-kamervragen', 'lijst-van-vragen');
    assert.deepEqual(said('KB401', lijst(qa('Vraag 1', 'Vraag 2'))), []);
    assert.deepEqual(said('KB401', lijst(qa('Vraag 1', 'Antwoord 1', 'Vraag 2'))), ['Vraag 2 Onverwachte vraag zonder antwoord "Vraag 2", verwacht een Antwoord dat vraag 2 dekt']);
  });

  it('an "Antwoord" heading in a letter without questions is no Q&A document', () => {
    assert.deepEqual(said('KB401', '---\nsoort: brief\n---\n\n## Antwoord 3\n\nIn mijn brief van 3 mei ga ik in op de motie.\n'), []);
  });
});

describe('KB402 numbering, message by message', () => {
  it('a gap of one question in the .docx shape: the fix renumbers the bare number', () => {
    const text = `${ANTWOORDEN}### 1\n\nKlopt het?\n\n### Antwoord\n\nJa.\n\n### 3\n\nWaarom?\n\n### Antwoord\n\nDaarom.\n`;
    assert.deepEqual(said('KB402', text), ['3 Onverwacht vraagnummer "3", verwacht "2" (vraag 2 ontbreekt) => ### 1 | ### Antwoord | ### 2 | ### Antwoord |']);
  });

  it('a gap of two questions, and a group of questions renumbered with its answers', () => {
    assert.deepEqual(said('KB402', qa('Vraag 1', 'Vraag 4', 'Antwoord 1', 'Antwoord 4')), [
      'Vraag 4 Onverwacht vraagnummer "Vraag 4", verwacht "Vraag 2" (de vragen 2 t/m 3 ontbreken) => ### Vraag 1 | ### Vraag 2 | ### Antwoord 1 | ### Antwoord 2 |',
    ]);
  });

  it('no fix when a question or an answer combines numbers', () => {
    assert.deepEqual(said('KB402', qa('Vraag 1', 'Antwoord 1', 'Vraag 3 en 4', 'Antwoord 3 en 4')), ['Vraag 3 en 4 Onverwacht vraagnummer "Vraag 3 en 4", verwacht "Vraag 2" (vraag 2 ontbreekt)']);
    assert.deepEqual(said('KB402', qa('Vraag 1', 'Vraag 3', 'Antwoord 1 en 3')), ['Vraag 3 Onverwacht vraagnummer "Vraag 3", verwacht "Vraag 2" (vraag 2 ontbreekt)']);
    assert.deepEqual(said('KB402', qa('Vraag 1', 'Antwoord 1', 'Vraag 3 en 4', 'Antwoord 3', 'Antwoord 4')), ['Vraag 3 en 4 Onverwacht vraagnummer "Vraag 3 en 4", verwacht "Vraag 2" (vraag 2 ontbreekt)']);
  });

  it('the gap is reported at the lowest question after it, wherever that stands', () => {
    assert.deepEqual(said('KB402', qa('Vraag 1', 'Antwoord 1', 'Vraag 5', 'Antwoord 5', 'Vraag 3', 'Antwoord 3')), [
      'Vraag 5 Onverwacht vraagnummer "Vraag 5", verwacht "Vraag 4" (vraag 4 ontbreekt) => ### Vraag 1 | ### Antwoord 1 | ### Vraag 2 | ### Antwoord 2 | ### Vraag 3 | ### Antwoord 3 |',
      'Vraag 3 Onverwacht vraagnummer "Vraag 3", verwacht "Vraag 2" (vraag 2 ontbreekt)',
    ]);
  });

  it('an answer that names a missing question does not fill the gap', () => {
    assert.deepEqual(said('KB402', qa('Vraag 1', 'Antwoord 1 en 2', 'Vraag 3', 'Antwoord 3')), ['Vraag 3 Onverwacht vraagnummer "Vraag 3", verwacht "Vraag 2" (vraag 2 ontbreekt)']);
  });

  it('questions start at 1: "Vraag 0" and "Antwoord 0"', () => {
    assert.deepEqual(said('KB402', qa('Vraag 0', 'Antwoord 0', 'Vraag 1', 'Antwoord 1')), [
      'Vraag 0 Onverwacht vraagnummer "Vraag 0", verwacht "Vraag 1" (vragen beginnen bij 1) => ### Vraag 1 | ### Antwoord 1 | ### Vraag 2 | ### Antwoord 2 |',
      'Antwoord 0 Onverwacht antwoordnummer "Antwoord 0", verwacht een nummer vanaf 1',
    ]);
  });

  it('a question out of order gets no fix, also beside a gap', () => {
    const order = said('KB402', qa('Vraag 1', 'Vraag 3', 'Vraag 2', 'Antwoord 1', 'Antwoord 3', 'Antwoord 2'));
    assert.equal(order.length, 1);
    // The number is the next one; its place is not: the message names the order, not a number.
    assert.equal(order[0], 'Vraag 2 Onverwachte volgorde "Vraag 2" na "Vraag 3", verwacht "Vraag 2" vóór "Vraag 3" (vragen lopen op)');
    const both = said('KB402', qa('Vraag 1', 'Antwoord 1', 'Vraag 3', 'Antwoord 3', 'Vraag 5', 'Vraag 4', 'Antwoord 5', 'Antwoord 4'));
    assert.deepEqual(both, [
      'Vraag 3 Onverwacht vraagnummer "Vraag 3", verwacht "Vraag 2" (vraag 2 ontbreekt)',
      'Vraag 5 Onverwacht vraagnummer "Vraag 5", verwacht "Vraag 4" (vraag 4 staat pas verderop; een gecombineerde vraag staat op de plaats van haar laagste nummer)',
      'Vraag 4 Onverwachte volgorde "Vraag 4" na "Vraag 5", verwacht "Vraag 4" vóór "Vraag 5" (vragen lopen op)',
    ]);
  });

  it('a missing first question is not the number expected next', () => {
    assert.deepEqual(said('KB402', qa('Vraag 3', 'Antwoord 3', 'Vraag 2', 'Antwoord 2')), [
      'Vraag 3 Onverwacht vraagnummer "Vraag 3", verwacht "Vraag 2" (vraag 2 staat pas verderop; een gecombineerde vraag staat op de plaats van haar laagste nummer)',
      'Vraag 2 Onverwacht vraagnummer "Vraag 2", verwacht "Vraag 1" (vraag 1 ontbreekt)',
    ]);
  });

  it('numbers with only spaces between: the expected label has commas and "en"', () => {
    assert.deepEqual(said('KB402', qa('Vraag 1', 'Antwoord 1', 'Vraag 12  13', 'Antwoord 12 en 13')).at(-1), 'Vraag 12  13 Onverwachte opsomming "Vraag 12 13", verwacht komma\'s tussen de nummers, zoals "Vraag 12 en 13"');
  });
});

describe('KB403 and KB404', () => {
  it('a reference to answers that do not exist names them', () => {
    assert.deepEqual(said('KB403', qa('Vraag 1', 'Antwoord 1').replace('Ja.', 'Zie antwoord 7 en 8.')), [
      'Zie antwoord 7 en 8 Onverwachte verwijzing "Zie antwoord 7 en 8", verwacht een vraag die bestaat (vragen 7, 8 ontbreken)',
    ]);
  });

  it('a letter that points to an earlier answer is not checked', () => {
    assert.deepEqual(said('KB403', '---\nsoort: brief\n---\n\nZie het antwoord op vraag 3 van het lid Wiersma over dit onderwerp.\n'), []);
  });

  const term = (front: string, body: string): string[] => said('KB404', `---\nsoort: antwoorden-kamervragen\n${front}---\n\n${body}`);

  it('no term without two dates', () => {
    assert.deepEqual(term('ingezonden: 27 juni 2019\nontvangen: 2019-10-10\n', '### Vraag 1\n\nKlopt het?\n'), []);
  });

  it('"uitstel" in the front matter is no mention of the uitstelbericht', () => {
    assert.deepEqual(term('onderwerp: Uitstel van de Omgevingswet\ningezonden: 2019-06-27\nontvangen: 2019-10-10\n', '### Vraag 1\n\nKlopt het?\n'), [
      '2019-10-10 Onverwachte antwoordtermijn "105 dagen", verwacht antwoord binnen drie weken of een vermelding van het uitstelbericht (ingezonden 2019-06-27, ontvangen 2019-10-10)',
    ]);
  });
});
