// KB504: reading the offices and the date group of a header line (header-line.ts).
import assert from 'node:assert/strict';
import { parseHeaderLine, type HeaderLine } from '../../server/src/core/rules/kb504-kopregel-antwoord/header-line.js';

/** Role, preposition, name, and the text at the name's offsets. */
const offices = (line: HeaderLine | null, flat: string) => line?.offices.map((o) => [o.role, o.prep, o.name, flat.slice(o.nameStart, o.nameEnd)]);
const parse = (flat: string) => offices(parseHeaderLine(flat), flat);

describe('KB504 header line: the name in parentheses', () => {
  it('skips the Minister-President', () => {
    assert.deepEqual(parse('Antwoord van Minister-President Rutte (Algemene Zaken) (ontvangen 5 maart 2020).'), []);
  });

  it('skips empty parentheses', () => {
    assert.deepEqual(parse('Antwoord van Minister Heinen () (ontvangen 29 augustus 2024).'), []);
  });

  it('leaves out a space after the opening parenthesis; the office starts at the parenthesis', () => {
    const flat = 'Antwoord van Minister Heinen ( Financiën) (ontvangen 29 augustus 2024).';
    const line = parseHeaderLine(flat);
    assert.deepEqual(offices(line, flat), [['portfolio', null, 'Financiën', 'Financiën']]);
    assert.equal(flat.slice(line!.offices[0]!.titleStart, line!.offices[0]!.nameEnd), '( Financiën');
  });

  it('ignores persons named after the date group ("Zie ook …")', () => {
    const flat = 'Antwoord van Minister Heinen (Financiën) (ontvangen 29 augustus 2024). Zie ook het antwoord van Staatssecretaris Van Rij (Financiën – Fiscaliteit en Belastingdienst) op eerdere vragen.';
    assert.deepEqual(parse(flat), [['portfolio', null, 'Financiën', 'Financiën']]);
  });
});

describe('KB504 header line: "mede namens" and addressees', () => {
  it('cuts the portfolio after a dash from a "mede namens" office, also after two spaces', () => {
    for (const flat of [
      'Antwoord van Minister Heinen (Financiën), mede namens de Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst (ontvangen 29 augustus 2024).',
      'Antwoord van Minister Heinen (Financiën), mede namens de Staatssecretaris van Financiën  – Fiscaliteit en Belastingdienst (ontvangen 29 augustus 2024).',
    ]) {
      assert.deepEqual(parse(flat), [
        ['portfolio', null, 'Financiën', 'Financiën'],
        ['staatssecretaris', 'van', 'Financiën', 'Financiën'],
      ]);
    }
  });

  it('drops the spaces before the date group from the last name', () => {
    const flat = 'Antwoord van Minister Koolmees (Sociale Zaken en Werkgelegenheid), mede namens de Minister van Justitie en Veiligheid  (ontvangen 10 oktober 2019).';
    assert.deepEqual(parse(flat)?.[1], ['minister', 'van', 'Justitie en Veiligheid', 'Justitie en Veiligheid']);
  });

  it('reads "mede namens de" and "aan de" with extra spaces', () => {
    const antwoord = 'Antwoord van Minister Koolmees (Sociale Zaken en Werkgelegenheid), mede  namens  de  Minister van Justitie en Veiligheid (ontvangen 10 oktober 2019).';
    assert.deepEqual(parse(antwoord)?.[1], ['minister', 'van', 'Justitie en Veiligheid', 'Justitie en Veiligheid']);
    const vragen = 'Vragen van het lid Wiersma (VVD) aan  de  Minister van Financiën over de btw (ingezonden 3 maart 2019).';
    assert.deepEqual(parse(vragen), [['minister', 'van', 'Financiën', 'Financiën']]);
  });

  it('gives each addressee its own offsets', () => {
    const flat = 'Vragen van het lid Wiersma (VVD) aan de Minister van Financiën en de Staatssecretaris van Financiën over de btw (ingezonden 3 maart 2019).';
    const line = parseHeaderLine(flat)!;
    assert.deepEqual(
      line.offices.map((o) => [flat.slice(o.titleStart, o.nameEnd), flat.slice(o.prepStart, o.nameEnd)]),
      [
        ['Minister van Financiën', 'van Financiën'],
        ['Staatssecretaris van Financiën', 'van Financiën'],
      ],
    );
  });

  it('skips a title without a name ("de Staatssecretaris en de Minister van …")', () => {
    const flat = 'Vragen van het lid Westerveld (GroenLinks-PvdA) aan de Staatssecretaris en de Minister van Volksgezondheid, Welzijn en Sport over hulp aan jongeren (ingezonden 21 juni 2024).';
    assert.deepEqual(parse(flat), [['minister', 'van', 'Volksgezondheid, Welzijn en Sport', 'Volksgezondheid, Welzijn en Sport']]);
  });

  it('skips text after a title that is no name ("…, beiden van Financiën")', () => {
    const flat = 'Vragen van het lid Van der Lee (GroenLinks-PvdA) aan de Minister en de Staatssecretaris, beiden van Financiën, over rekeninggluren (ingezonden 28 juni 2024).';
    assert.deepEqual(parse(flat), []);
  });

  it('keeps a name in small letters after "van" (capitals are not judged)', () => {
    const flat = 'Vragen van het lid Wiersma (VVD) aan de Minister van justitie en veiligheid over de politie (ingezonden 3 maart 2019).';
    assert.deepEqual(parse(flat), [['minister', 'van', 'justitie en veiligheid', 'justitie en veiligheid']]);
  });

  it('skips the Minister-President among the addressees, also with "van Algemene Zaken"', () => {
    const flat = 'Vragen van het lid Omtzigt (NSC) aan de Minister-President van Algemene Zaken over de toeslagenaffaire (ingezonden 3 mei 2024).';
    assert.deepEqual(parse(flat), []);
  });

  it('reads no addressees from questions without "aan de"', () => {
    assert.deepEqual(parse('Vragen van het lid Omtzigt (NSC) over de toeslagen (ingezonden 3 mei 2024).'), []);
  });
});

describe('KB504 header line: the date group', () => {
  it('marks a single date group as not doubled', () => {
    const flat = 'Antwoord van Minister-President Rutte (Algemene Zaken) (ontvangen 5 maart 2020).';
    assert.deepEqual(parseHeaderLine(flat)?.dated, { start: 55, end: 79, closed: true, doubledAt: -1, doubledEnd: -1, day: '2020-03-05' });
  });

  it('ends the "mede namens" list before a doubled "(ontvangen "', () => {
    const flat = 'Antwoord van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties), mede namens de Minister van Financiën (ontvangen (ontvangen 7 juni 2024).';
    const line = parseHeaderLine(flat);
    assert.equal(flat.slice(line!.dated.doubledAt, line!.dated.doubledEnd), '(ontvangen ');
    assert.deepEqual(offices(line, flat), [
      ['portfolio', null, 'Binnenlandse Zaken en Koninkrijksrelaties', 'Binnenlandse Zaken en Koninkrijksrelaties'],
      ['minister', 'van', 'Financiën', 'Financiën'],
    ]);
  });
});
