// The Vraag/Antwoord labels as qa-shared.ts reads them (citations.md §6.6–6.8), item by item: the
// numbers a label names (lists, ranges, missing commas), the label and number spans a fix or message
// uses, the shapes (labels, bare "Antwoord", the .docx bare number, numbered-list questions) and
// where each counts, and which units are the Kamerlid's words.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { numbersOf, qaItems, questionUnits } from '../../server/src/core/rules/qa-shared.js';

const ANTWOORDEN = '---\nsoort: antwoorden-kamervragen\n---\n\n';

/** Each item as "kind shape [numbers] label @span #number", with "!sep" for a missing separator. */
function items(text: string): string[] {
  return qaItems(analyze(text)).map((i) => {
    const num = i.numberStart === null ? '-' : text.slice(i.numberStart, i.numberEnd!);
    return `${i.kind} ${i.shape} [${i.numbers.join(',')}] ${i.label} @${text.slice(i.start, i.end)} #${num}${i.missingSeparator ? ' !sep' : ''}`;
  });
}

describe('qa-shared: numbersOf', () => {
  it('reads lists with commas and "en", sorted and without doubles', () => {
    assert.deepEqual(numbersOf('10, 9 en 8'), { numbers: [8, 9, 10], missingSeparator: false });
    assert.deepEqual(numbersOf('4 en 2'), { numbers: [2, 4], missingSeparator: false });
    assert.deepEqual(numbersOf('3, 3 en 5'), { numbers: [3, 5], missingSeparator: false });
  });

  it('expands ranges with t/m, a hyphen or an en dash, with or without spaces', () => {
    assert.deepEqual(numbersOf('2 t/m 4'), { numbers: [2, 3, 4], missingSeparator: false });
    assert.deepEqual(numbersOf('12 t/m 14'), { numbers: [12, 13, 14], missingSeparator: false });
    assert.deepEqual(numbersOf('8 t/m 12'), { numbers: [8, 9, 10, 11, 12], missingSeparator: false });
    assert.deepEqual(numbersOf('5  t/m  7'), { numbers: [5, 6, 7], missingSeparator: false });
    assert.deepEqual(numbersOf('5-7'), { numbers: [5, 6, 7], missingSeparator: false });
    assert.deepEqual(numbersOf('5 - 7'), { numbers: [5, 6, 7], missingSeparator: false });
    assert.deepEqual(numbersOf('5 \u2013 7'), { numbers: [5, 6, 7], missingSeparator: false });
    assert.deepEqual(numbersOf('1, 3\u20135 en 9'), { numbers: [1, 3, 4, 5, 9], missingSeparator: false });
    assert.deepEqual(numbersOf('4-4'), { numbers: [4], missingSeparator: false });
  });

  it('a range longer than 201 numbers or running backwards names none of its ends', () => {
    assert.equal(numbersOf('1 t/m 201').numbers.length, 201);
    assert.deepEqual(numbersOf('1 t/m 202'), { numbers: [], missingSeparator: false });
    assert.deepEqual(numbersOf('150 t/m 160').numbers, [150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160]);
    assert.deepEqual(numbersOf('7-3 en 9'), { numbers: [9], missingSeparator: false });
  });

  it('two numbers with only spaces between miss a separator; a range does not', () => {
    assert.deepEqual(numbersOf('7, 8, 9 10 en 11'), { numbers: [7, 8, 9, 10, 11], missingSeparator: true });
    assert.equal(numbersOf('9  10').missingSeparator, true);
    assert.equal(numbersOf('9\u00a010').missingSeparator, true);
    assert.equal(numbersOf('9 10-12').missingSeparator, true);
    assert.equal(numbersOf('3-5 6').missingSeparator, true);
    assert.equal(numbersOf('2 t/m 6').missingSeparator, false);
    assert.equal(numbersOf('2 - 6').missingSeparator, false);
  });
});

describe('qa-shared: labels', () => {
  it('headings: single, combined and "op vraag" labels with their number spans', () => {
    const text = `${ANTWOORDEN}### Vraag 12\n\nKlopt het?\n\n### Antwoord op vraag 12:\n\nJa.\n\n### Vragen 13 en 14\n\nWat? Wie?\n\n### Antwoorden 13 en 14\n\nNiemand.\n`;
    assert.deepEqual(items(text), [
      'vraag label [12] Vraag 12 @Vraag 12 #12',
      'antwoord label [12] Antwoord op vraag 12 @Antwoord op vraag 12 #12',
      'vraag label [13,14] Vragen 13 en 14 @Vragen 13 en 14 #-',
      'antwoord label [13,14] Antwoorden 13 en 14 @Antwoorden 13 en 14 #-',
    ]);
  });

  it('closing hashes of an ATX heading are not part of the label; a level-1 heading counts too', () => {
    const text = `${ANTWOORDEN}# Vraag 1\n\nKlopt het?\n\n### Antwoord 1 #\n\nJa.\n\n### Vraag 2 ##\n\nEn nu?\n\n### Antwoord 2 ###\n\nNee.\n`;
    assert.deepEqual(items(text), [
      'vraag label [1] Vraag 1 @Vraag 1 #1',
      'antwoord label [1] Antwoord 1 @Antwoord 1 #1',
      'vraag label [2] Vraag 2 @Vraag 2 #2',
      'antwoord label [2] Antwoord 2 @Antwoord 2 #2',
    ]);
  });

  it('setext headings are labels too, beside ATX headings', () => {
    const text = `${ANTWOORDEN}Vraag 1\n-------\n\nKlopt het dat de minister dit weet?\n\nAntwoord 1\n  ==========\n\nJa.\n\n### Vraag 2\n\nEn dan?\n\nAntwoord\n--------\n\nNee.\n`;
    assert.deepEqual(items(text), [
      'vraag label [1] Vraag 1 @Vraag 1 #1',
      'antwoord label [1] Antwoord 1 @Antwoord 1 #1',
      'vraag label [2] Vraag 2 @Vraag 2 #2',
      'antwoord bare [] Antwoord @Antwoord #-',
    ]);
  });

  it('a label after a no-break space (a Word export) keeps its exact span', () => {
    const text = `${ANTWOORDEN}### \u00a0Vraag 3\n\nKlopt het?\n\n### \u00a0Antwoord\n\nJa.\n`;
    assert.deepEqual(items(text), ['vraag label [3] Vraag 3 @Vraag 3 #3', 'antwoord bare [] Antwoord @Antwoord #-']);
  });

  it('bold leads drop a trailing colon or period from the label; the committee form opens a paragraph', () => {
    const text = `${ANTWOORDEN}**Vraag 1:**\nBent u bekend met het bericht?\n\n**Antwoord 1.**\nJa.\n\n**Vraag 2**\n\nWat vindt u ervan?\n\nAntwoord op vraag 2: ik deel de zorg.\n`;
    assert.deepEqual(items(text), [
      'vraag label [1] Vraag 1 @Vraag 1 #1',
      'antwoord label [1] Antwoord 1 @Antwoord 1 #1',
      'vraag label [2] Vraag 2 @Vraag 2 #2',
      'antwoord label [2] Antwoord op vraag 2 @Antwoord op vraag 2 #2',
    ]);
  });

  it('a list of numbers without its commas is marked on the item', () => {
    const text = `${ANTWOORDEN}### Vraag 7, 8, 9 10 en 11\n\nVijf vragen?\n\n### Antwoord 7 t/m 11\n\nNee.\n`;
    assert.deepEqual(items(text), [
      'vraag label [7,8,9,10,11] Vraag 7, 8, 9 10 en 11 @Vraag 7, 8, 9 10 en 11 #- !sep',
      'antwoord label [7,8,9,10,11] Antwoord 7 t/m 11 @Antwoord 7 t/m 11 #-',
    ]);
  });

  it('labels in a footnote or a quote are not items', () => {
    const text = `${ANTWOORDEN}### Vraag 1\n\nKlopt het bericht?[^1]\n\n> **Vraag 3**\n>\n> Antwoord op vraag 3: dat is eerder gevraagd.\n\n### Antwoord 1\n\nJa.\n\n[^1]: Antwoord op vraag 4: Aanhangsel Handelingen II 2019/20, nr. 1234.\n`;
    assert.deepEqual(items(text), ['vraag label [1] Vraag 1 @Vraag 1 #1', 'antwoord label [1] Antwoord 1 @Antwoord 1 #1']);
  });

  it('a long paragraph that starts with "Antwoord" is no bare label; a short one is', () => {
    const text = `${ANTWOORDEN}**Vraag 1**\n\nKlopt het?\n\nAntwoord\n\nJa.\n\n**Vraag 2**\n\nEn verder?\n\nAntwoord: nee.\n\nAntwoord van de minister.\n`;
    assert.deepEqual(items(text), ['vraag label [1] Vraag 1 @Vraag 1 #1', 'antwoord bare [] Antwoord @Antwoord #-', 'vraag label [2] Vraag 2 @Vraag 2 #2']);
  });
});

describe('qa-shared: bare shapes', () => {
  it('the .docx shape: bare numbers and bare Antwoorden, in document order among labels', () => {
    const text = `${ANTWOORDEN}### Vraag 1\n\nBent u bekend met het bericht?\n\n### Antwoord 1\n\nJa.\n\n2\n\nHoeveel bedrijven staan op de wachtlijst?\n\n**3.**\n\nHoeveel daarvan zijn mkb-bedrijven?\n\nAntwoord\n\nRuim achtduizend.\n`;
    assert.deepEqual(items(text), [
      'vraag label [1] Vraag 1 @Vraag 1 #1',
      'antwoord label [1] Antwoord 1 @Antwoord 1 #1',
      'vraag number [2] 2 @2 #2',
      'vraag number [3] 3 @3 #3',
      'antwoord bare [] Antwoord @Antwoord #-',
    ]);
  });

  it('"1" then "Vraag:" is one question, numbered by the number', () => {
    const text = `${ANTWOORDEN}1\n\nVraag:\n\nHoeveel kost het?\n\nAntwoord:\n\nTwee miljoen.\n\nVraag:\n\nWie betaalt?\n\nAntwoord:\n\nHet Rijk.\n`;
    assert.deepEqual(items(text), [
      'vraag number [1] 1 @1 #1',
      'antwoord bare [] Antwoord @Antwoord #-',
      'vraag bare [] Vraag @Vraag #-',
      'antwoord bare [] Antwoord @Antwoord #-',
    ]);
  });

  it('bare numbers and a bare "Vraag" count only where a bare "Antwoord" shows the shape', () => {
    const text = `${ANTWOORDEN}### Vraag 1\n\nHoeveel kost het?\n\n### Antwoord 1\n\nDe kosten staan in tabel\n\n2\n\nVraag\n\nin de bijlage.\n`;
    assert.deepEqual(items(text), ['vraag label [1] Vraag 1 @Vraag 1 #1', 'antwoord label [1] Antwoord 1 @Antwoord 1 #1']);
  });
});

describe('qa-shared: numbered-list questions', () => {
  const lijst = (soort: string, body: string): string => `---\nsoort: ${soort}\n---\n\n${body}`;
  // Pandoc indents list markers; a bullet (also one asking something) is neither question nor answer.
  const body = '1. Waar zijn de cijfers te vinden?\n\nIn het jaarverslag.\n\n2) Hoeveel is er uitgegeven aan inhuur?\n\n- Is de brief van de minister daarover al verstuurd?\n\nHet bedrag staat in bijlage 3.\n\n  3. Wanneer komt de evaluatie?\n';

  it('each question is a Vraag and the first prose block after it its Antwoord', () => {
    assert.deepEqual(items(lijst('antwoorden-kamervragen', body)), [
      'vraag list [1] 1. @1.  #1',
      'antwoord list [1] antwoord op vraag 1 @ #-',
      'vraag list [2] 2) @2)  #2',
      'antwoord list [2] antwoord op vraag 2 @ #-',
      'vraag list [3] 3. @3.  #3',
    ]);
    assert.equal(items(lijst('lijst-van-vragen', body)).length, 5);
  });

  it('not in a letter, and not beside labelled Vragen or Antwoorden', () => {
    assert.deepEqual(items(lijst('brief', body)), []);
    assert.deepEqual(items(lijst('antwoorden-kamervragen', `### Vraag 1\n\nWaar?\n\n${body.replace('1. Waar', '4. Waar')}`)), ['vraag label [1] Vraag 1 @Vraag 1 #1']);
    assert.deepEqual(items(lijst('antwoorden-kamervragen', `${body}\n### Antwoord 1\n\nJa.\n`)), ['antwoord label [1] Antwoord 1 @Antwoord 1 #1']);
  });

  it('a list item that is no question, or a list without answers after most questions, is not the shape', () => {
    const noQuestion = '1. Waar zijn de cijfers te vinden?\n\nIn het jaarverslag.\n\n2. De brief van de minister van 3 mei.\n\nDat is de tweede.\n';
    assert.deepEqual(items(lijst('antwoorden-kamervragen', noQuestion)), ['vraag list [1] 1. @1.  #1', 'antwoord list [1] antwoord op vraag 1 @ #-']);
    const onlyQuestions = '1. Waar?\n2. Wanneer?\n3. Hoeveel?\n\nDe antwoorden volgen.\n';
    assert.deepEqual(items(lijst('antwoorden-kamervragen', onlyQuestions)), []);
    const half = '1. Waar?\n\nIn het jaarverslag.\n\n2. Wanneer?\n';
    assert.equal(items(lijst('antwoorden-kamervragen', half)).length, 3);
  });
});

describe('qa-shared: questionUnits', () => {
  it('the question text from a Vraag label up to the next label, and the "Vragen van" title line', () => {
    // The note's definition stands inside the Vraag block: it is no question text.
    const text = `${ANTWOORDEN}Vragen van het lid Wiersma (VVD) aan de Minister van Justitie en Veiligheid (ingezonden 27 juni 2019).\n\n### Vraag 1\n\nBent u bekend met het bericht?[^1]\n\n[^1]: NOS, 3 mei 2019.\n\n### Antwoord 1\n\nJa, de minister kent het bericht.\n`;
    const doc = analyze(text);
    assert.deepEqual([...questionUnits(doc)].map((u) => text.slice(u.start, u.end)), [
      'Vragen van het lid Wiersma (VVD) aan de Minister van Justitie en Veiligheid (ingezonden 27 juni 2019).',
      '### Vraag 1',
      'Bent u bekend met het bericht?[^1]',
    ]);
  });

  it('both results are kept per analysis', () => {
    const doc = analyze(`${ANTWOORDEN}### Vraag 1\n\nKlopt het?\n\n### Antwoord 1\n\nJa.\n`);
    assert.equal(qaItems(doc), qaItems(doc));
    assert.equal(questionUnits(doc), questionUnits(doc));
  });
});
