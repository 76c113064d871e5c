// core/rules/toezegging: how a letter's "Toezegging – …" sections are read (title, body without the
// footnote texts, the footnotes they call) and matched against the Kamer's register — content words
// and their stems, the ranking and limits of text matches, the memo, and the thresholds for "found"
// and "confident".
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import type { ToezeggingRecord } from '../../server/src/core/data-port.js';
import { byNumber, contentWords, isOpen, textMatches } from '../../server/src/core/rules/toezegging/register.js';
import { confident, findInRegister, toezeggingSections, type Found } from '../../server/src/core/rules/toezegging/sections.js';

function entry(nummer: string | null, tekst: string | null): ToezeggingRecord {
  return { id: `${nummer}-${tekst}`, nummer, tekst, status: 'Openstaand', datumNakoming: null, aanmaakdatum: null, ministerie: null, toezegger: null, functie: null, activiteit: null, kamerbriefNakoming: null };
}
const show = (ms: ReturnType<typeof textMatches>) => ms.map((m) => `${m.entry.nummer} ${m.score.toFixed(3)} ${m.shared}`);

describe('toezegging register: content words', () => {
  it('drops short words and words that say nothing about the promise', () => {
    assert.deepEqual([...contentWords('De wet over het jaar, toezegging van de minister')], ['jaar']);
  });

  it('strips "-en", "-e" and "-s" from long enough words, and a doubled final consonant after that', () => {
    const words = contentWords('De regeling bevat regels over de kosten voor de publieke eigenaar, de stikstof, de gesprekken en grote installaties van 100 watt.');
    assert.deepEqual([...words], ['regeling', 'bevat', 'regel', 'kosten', 'publiek', 'eigenaar', 'stikstof', 'gesprek', 'grote', 'installatie', 'watt']);
  });
});

describe('toezegging register: text matches', () => {
  // Listed out of rank order, and one entry without a number.
  const E1 = entry('TZ202401-001', 'Stikstofbank en vergunningverlening');
  const E3 = entry('TZ202401-003', 'Stikstofbank en natuurherstel bij gemeenten en waterschappen');
  const E2 = entry('TZ202401-002', 'De minister informeert over stikstofbank, vergunningverlening en natuurherstel in provincies');
  const E4 = entry(null, 'Stikstofbank voor boeren');
  // A fresh list per question: answers are remembered per list.
  const list = () => [E1, E3, E2, E4];
  const TEXT = 'Stikstofbank, vergunningverlening en natuurherstel';

  it('ranks by score (shared words over the smaller set), then by the number of shared words; one shared word is no match', () => {
    assert.deepEqual(show(textMatches(list(), TEXT)), ['TZ202401-002 1.000 3', 'TZ202401-001 1.000 2', 'TZ202401-003 0.667 2']);
    assert.deepEqual(show(textMatches(list(), TEXT, 2)), ['TZ202401-002 1.000 3', 'TZ202401-001 1.000 2']);
    assert.deepEqual(textMatches(list(), 'Stikstofbank voor de landbouw'), []);
    assert.deepEqual(textMatches(list(), 'Dit is het'), [], 'no content words at all');
  });

  it('looks entries up by number, upper-cased; an entry without a number is only found by text', () => {
    assert.equal(byNumber(list(), 'tz202401-003'), E3);
    assert.equal(byNumber(list(), 'TZ202401-009'), undefined);
  });

  it('follows a word shared by at most 100 entries, not one shared by more', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => entry(`TZ202402-${100 + i}`, `Stikstofbank en vergunningverlening voor project ${1000 + i}`));
    assert.deepEqual(show(textMatches(many(100), 'Stikstofbank en vergunningverlening')), ['TZ202402-100 1.000 2', 'TZ202402-101 1.000 2', 'TZ202402-102 1.000 2', 'TZ202402-103 1.000 2', 'TZ202402-104 1.000 2']);
    assert.deepEqual(textMatches(many(101), 'Stikstofbank en vergunningverlening'), []);
  });

  it('remembers the last 500 questions per register', () => {
    const register = [E1, E2, E3];
    const first = textMatches(register, TEXT);
    assert.equal(textMatches(register, TEXT), first, 'asked again: the same answer');
    const second = textMatches(register, 'vraag 1');
    for (let i = 2; i <= 499; i++) textMatches(register, `vraag ${i}`);
    // 500 questions remembered; the 501st pushes out the oldest only.
    textMatches(register, 'vraag 500');
    assert.equal(textMatches(register, 'vraag 1'), second);
    assert.notEqual(textMatches(register, TEXT), first);
    assert.deepEqual(show(textMatches(register, TEXT)), show(first));
  });

  it('only "Openstaand" is open', () => {
    assert.equal(isOpen('Openstaand'), true);
    assert.equal(isOpen(' openstaand\n'), true);
    assert.equal(isOpen('Voldaan'), false);
    assert.equal(isOpen('Deels voldaan'), false);
    assert.equal(isOpen(null), false);
  });
});

describe('toezegging sections', () => {
  it('title after the number and the dash, body without footnote texts, and the notes the body calls', () => {
    const text =
      '## 2. Toezegging – Stikstofbank [^a]\n\nZoals in het debat is toegezegd[^Debat]: uw Kamer ontvangt voor de zomer een brief.[^12]\n\n'
      + '[^a]: Toezegging TZ202401-042.\n[^Debat]: Commissiedebat Stikstof van 10 januari 2024.\n[^12]: Kamerstuk 35 334, nr. 300.\n[^x]: Niet aangeroepen.\n';
    const [s, ...rest] = toezeggingSections(analyze(text));
    assert.equal(rest.length, 0);
    assert.equal(s!.title, 'Stikstofbank');
    assert.equal(s!.body, '\n\nZoals in het debat is toegezegd[^Debat]: uw Kamer ontvangt voor de zomer een brief.[^12]\n\n\n\n\n\n');
    assert.equal(s!.notes, 'Commissiedebat Stikstof van 10 januari 2024.\nKamerstuk 35 334, nr. 300.');
  });

  it('a section that calls no footnote has no notes', () => {
    const [s] = toezeggingSections(analyze('## Toezegging – Drones\n\nDe registratiekosten volgen.\n\n[^1]: Kamerstuk 35 334, nr. 300.\n'));
    assert.equal(s!.notes, '');
  });
});

describe('toezegging sections: finding the entry', () => {
  const DRONES = entry('TZ202309-010', 'De minister informeert de Kamer over de registratiekosten voor drones, de exploitanten, het luchtruim, de veiligheid, de handhaving, de vergunningen, de certificaten, de opleiding en de verzekering.');
  const find = (text: string, list = [DRONES]) => {
    const f = findInRegister(list, toezeggingSections(analyze(text))[0]!);
    return f.how === 'tekst' ? `tekst ${f.entry.nummer} ${f.score.toFixed(3)} ${f.shared}` : f.how;
  };
  const OTHERS = 'gemeenten, provincies, waterschappen, politie, marine, douane en kustwacht werken samen';

  it('a text match counts from a score of 0.3 and two shared words', () => {
    // 3 of the register's 10 words: exactly 0.3.
    assert.equal(find(`## Toezegging – Drones\n\nOver de registratiekosten en de exploitanten: ${OTHERS}.\n`), 'tekst TZ202309-010 0.300 3');
    // 2 of 10: too little.
    assert.equal(find(`## Toezegging – Drones\n\nOver de registratiekosten: ${OTHERS}.\n`), 'geen');
    // Both of its 2 words: enough.
    assert.equal(find('## Toezegging – Drones\n\nOver de registratiekosten.\n', [entry('TZ202309-011', 'Registratiekosten voor drones en modelvliegtuigen.')]), 'tekst TZ202309-011 1.000 2');
  });

  it('reads the heading and the first paragraph only, and that paragraph up to 800 characters', () => {
    const later = '## Toezegging – Drones\n\nDit punt is in de procedurevergadering besproken.\n\nDe registratiekosten voor exploitanten volgen.\n';
    assert.equal(find(later), 'geen');
    assert.equal(find(later.replace('\n\nDe registratiekosten', '\n \nDe registratiekosten')), 'geen', 'a blank line with a space also ends the paragraph');
    const filler = 'Dit punt is in de procedurevergadering uitvoerig besproken met de griffie. '.repeat(11);
    const long = `## Toezegging – Drones\n\n${filler}De registratiekosten voor exploitanten volgen.\n`;
    assert.ok(filler.length > 800);
    assert.equal(find(long), 'geen');
    assert.equal(find(long.replace(filler, '')), 'tekst TZ202309-010 0.750 3');
  });

  it('confident: a number, or a text match of at least 0.5 with three shared words', () => {
    const e = entry('TZ202309-010', 'x');
    const tekst = (score: number, shared: number): Found => ({ how: 'tekst', entry: e, score, shared });
    assert.equal(confident({ how: 'nummer', entry: e, nummer: 'TZ202309-010' }), true);
    assert.equal(confident({ how: 'onbekend-nummer', nummer: 'TZ202309-999' }), false);
    assert.equal(confident({ how: 'geen' }), false);
    assert.equal(confident(tekst(0.5, 3)), true);
    assert.equal(confident(tekst(0.49, 5)), false);
    assert.equal(confident(tekst(1, 2)), false);
  });
});
