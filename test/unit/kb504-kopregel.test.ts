// KB504: reading the header lines of answers, the dated table of ministries, and the verdicts.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';
import { parseHeaderLine } from '../../server/src/core/rules/kb504-kopregel-antwoord/header-line.js';
import { judge } from '../../server/src/core/rules/kb504-kopregel-antwoord/judge.js';
import { expandAbbreviation, isMinistryAt, namesInForce, nearMiss } from '../../server/src/core/rules/kb504-kopregel-antwoord/names.js';

const kb504 = (text: string) => lintText(text).messages.filter((m) => m.ruleId === 'KB504');

describe('KB504: reading header lines', () => {
  it('reads every addressee of a Vragen line, plural titles passing on to "en van …"', () => {
    const line = parseHeaderLine('Vragen van het lid Koekkoek (Volt) aan de Staatssecretarissen van Volksgezondheid, Welzijn en Sport en van Binnenlandse Zaken en Koninkrijksrelaties over de (toegang tot) zorg (ingezonden 12 februari 2024).');
    assert.ok(line);
    assert.equal(line.dated.day, '2024-02-12');
    assert.deepEqual(line.offices.map((o) => [o.role, o.prep, o.name]), [
      ['staatssecretaris', 'van', 'Volksgezondheid, Welzijn en Sport'],
      ['staatssecretaris', 'van', 'Binnenlandse Zaken en Koninkrijksrelaties'],
    ]);
  });

  it('reads the name in parentheses (without the portfolio after a dash) and the "mede namens" list', () => {
    const line = parseHeaderLine('Antwoord van Staatssecretaris Van Rij (Financiën – Fiscaliteit en Belastingdienst), mede namens de Ministers van Sociale Zaken en Werkgelegenheid en voor Rechtsbescherming (ontvangen 14 juni 2024).');
    assert.ok(line);
    assert.deepEqual(line.offices.map((o) => [o.role, o.prep, o.name]), [
      ['portfolio', null, 'Financiën'],
      ['minister', 'van', 'Sociale Zaken en Werkgelegenheid'],
      ['minister', 'voor', 'Rechtsbescherming'],
    ]);
  });

  it('leaves the subject after "over" alone, and ignores paragraphs without a dated group', () => {
    const line = parseHeaderLine('Vragen van het lid X (SP) aan de Minister van Financiën over een brief van de Minister van Economische Zaken (ingezonden 3 maart 2019).');
    assert.deepEqual(line?.offices.map((o) => o.name), ['Financiën']);
    assert.equal(parseHeaderLine('Antwoord van de minister op vraag 3 volgt later.'), null);
  });
});

describe('KB504: the dated table of ministries', () => {
  it('lets both names pass on the day a cabinet is sworn in (26 October 2017)', () => {
    assert.ok(isMinistryAt('Veiligheid en Justitie', '2017-10-26'));
    assert.ok(isMinistryAt('Justitie en Veiligheid', '2017-10-26'));
    assert.ok(!isMinistryAt('Veiligheid en Justitie', '2017-10-27'));
  });

  it('follows a merged ministry to every successor in force (VROM in 2015: IenM and BZK)', () => {
    assert.deepEqual(namesInForce('Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer', '2015-05-01').sort(), ['Binnenlandse Zaken en Koninkrijksrelaties', 'Infrastructuur en Milieu']);
    assert.deepEqual(namesInForce('Verkeer en Waterstaat', '2020-01-01'), ['Infrastructuur en Waterstaat']);
    assert.deepEqual(namesInForce('Justitie en Veiligheid', '2012-01-01'), ['Veiligheid en Justitie']);
  });

  it('does not judge a portfolio outside its ministry period (Asiel en Migratie in 2023)', () => {
    assert.deepEqual(namesInForce('Asiel en Migratie', '2023-01-01'), []);
    assert.equal(judge({ role: 'portfolio', prep: null, name: 'Asiel en Migratie', day: '2023-01-01' }), null);
  });

  it('expands abbreviations to the name in force on the day', () => {
    assert.deepEqual(expandAbbreviation('EZ', '2015-01-01'), ['Economische Zaken']);
    assert.deepEqual(expandAbbreviation('LNV', '2019-01-01'), ['Landbouw, Natuur en Voedselkwaliteit']);
    assert.equal(expandAbbreviation('VVD', '2019-01-01'), null);
  });

  it('finds near misses of known names only, and only one at a time', () => {
    assert.equal(nearMiss('Binnenlandse Zaken en Koninkrijkrelaties'), 'Binnenlandse Zaken en Koninkrijksrelaties');
    assert.equal(nearMiss('Financien'), 'Financiën');
    assert.equal(nearMiss('Digitale Zaken'), null);
    assert.equal(nearMiss('Justitie en Veiligheid'), null, 'a known name is no near miss');
  });
});

describe('KB504: verdicts', () => {
  it('"Minister voor" a ministry is wrong even without a date; "Minister van" a post needs one', () => {
    assert.equal(judge({ role: 'minister', prep: 'voor', name: 'Justitie en Veiligheid', day: null })?.prep, 'van');
    assert.equal(judge({ role: 'minister', prep: 'van', name: 'Medische Zorg', day: null }), null);
    assert.equal(judge({ role: 'minister', prep: 'van', name: 'Medische Zorg', day: '2019-03-03' })?.prep, 'voor');
  });

  it('from the Jetten cabinet a post is "Minister van" (Werk en Participatie, 2026)', () => {
    assert.equal(judge({ role: 'minister', prep: 'van', name: 'Werk en Participatie', day: '2026-03-18' }), null);
    assert.equal(judge({ role: 'minister', prep: 'van', name: 'Klimaat en Groene Groei', day: '2026-03-18' }), null);
  });

  it('does not judge names before 1994 or names it does not know', () => {
    assert.equal(judge({ role: 'minister', prep: 'van', name: 'Volksgezondheid, Welzijn en Sport', day: '1990-01-01' }), null);
    assert.equal(judge({ role: 'minister', prep: 'van', name: 'Digitale Zaken', day: '2019-01-01' }), null);
  });

  it('takes the date from the front matter when the line has none', () => {
    const line = 'Antwoord van Minister Grapperhaus (Veiligheid en Justitie) (ontvangen: zie voorpagina).';
    assert.equal(kb504(line).length, 0, 'no date: not judged');
    const dated = kb504(`---\nsoort: antwoorden-kamervragen\nontvangen: 2019-10-10\n---\n\n${line}\n`);
    assert.equal(dated.length, 1);
    assert.match(dated[0]!.message, /verwacht "Justitie en Veiligheid"/);
  });

  it('a missing final period is fixed by adding it; footnote calls may stand before the period', () => {
    const [m] = kb504('Antwoord van Minister Heinen (Financiën) (ontvangen 29 augustus 2024)');
    assert.deepEqual(m?.fix?.text, '.');
    assert.equal(kb504('Antwoord van Minister Heinen (Financiën) (ontvangen 29 augustus 2024)[^1].\n\n[^1]: Zie ook.\n').length, 0);
  });
});
