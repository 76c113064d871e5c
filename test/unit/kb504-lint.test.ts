// KB504 through lintText: which paragraphs are header lines, where the date comes from, and the
// message, span and fix of each finding (index.ts).
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';

const kb504 = (text: string) => lintText(text).messages.filter((m) => m.ruleId === 'KB504');
/** Message, marked text and fix of each KB504 finding. */
const findings = (text: string) => kb504(text).map((m) => ({ message: m.message, marked: text.slice(m.start, m.end), fix: m.fix ? [text.slice(m.fix.range[0], m.fix.range[1]), m.fix.text] : null }));
const withFrontMatter = (lines: string[], body: string) => `---\nsoort: antwoorden-kamervragen\n${lines.join('\n')}\n---\n\n${body}\n`;

const VRAGEN_ZONDER_DATUM = 'Vragen van het lid Bruins (VVD) aan de Minister van Medische Zorg over wachtlijsten (ingezonden: zie voorpagina).';
const ANTWOORD_ZONDER_DATUM = 'Antwoord van Minister Grapperhaus (Veiligheid en Justitie) (ontvangen: zie voorpagina).';
const MEDISCHE_ZORG = {
  message: 'Onverwachte aanduiding "Minister van Medische Zorg", verwacht "Minister voor Medische Zorg" (een minister zonder portefeuille is "Minister voor …")',
  marked: 'Minister van Medische Zorg',
  fix: ['van Medische Zorg', 'voor Medische Zorg'],
};
const VENJ_2019 = {
  message: 'Onverwacht ministerie "Veiligheid en Justitie", verwacht "Justitie en Veiligheid" (officiële naam op 10 oktober 2019)',
  marked: 'Veiligheid en Justitie',
  fix: ['Veiligheid en Justitie', 'Justitie en Veiligheid'],
};

describe('KB504 lint: the date from the front matter', () => {
  it('questions take "ingezonden", else "datum"', () => {
    assert.deepEqual(findings(withFrontMatter(['ingezonden: 2019-03-03'], VRAGEN_ZONDER_DATUM)), [MEDISCHE_ZORG]);
    assert.deepEqual(findings(withFrontMatter(['datum: 2019-03-03'], VRAGEN_ZONDER_DATUM)), [MEDISCHE_ZORG]);
  });

  it('questions do not take "ontvangen" (the day of the answer)', () => {
    assert.deepEqual(findings(withFrontMatter(['ontvangen: 2019-03-03'], VRAGEN_ZONDER_DATUM)), []);
  });

  it('answers take "datum" when there is no "ontvangen"', () => {
    assert.deepEqual(findings(withFrontMatter(['datum: 2019-10-10'], ANTWOORD_ZONDER_DATUM)), [VENJ_2019]);
  });

  it('answers skip an "ontvangen" that is no date and use "datum"', () => {
    assert.deepEqual(findings(withFrontMatter(['ontvangen: onbekend', 'datum: 2019-10-10'], ANTWOORD_ZONDER_DATUM)), [VENJ_2019]);
  });

  it('a quoted date in the front matter counts', () => {
    assert.deepEqual(findings(withFrontMatter(['ontvangen: "2019-10-10"'], ANTWOORD_ZONDER_DATUM)), [VENJ_2019]);
  });
});

describe('KB504 lint: messages and fixes', () => {
  it('an unclosed date group already followed by a period only gets its ")"', () => {
    const text = 'Antwoord van Staatssecretaris Broekers-Knol (Justitie en Veiligheid) (ontvangen 10 oktober 2019.\n';
    assert.deepEqual(findings(text), [
      {
        message: 'Onverwachte haakjes "(ontvangen 10 oktober 2019", verwacht "(ontvangen 10 oktober 2019)" (sluithaakje ontbreekt)',
        marked: '(ontvangen 10 oktober 2019',
        fix: ['', ')'],
      },
    ]);
  });

  it('a typo after a title without preposition is fixed without adding one', () => {
    const text = 'Vragen van het lid Wiersma (VVD) aan de Staatssecretaris Financien over de btw (ingezonden 3 maart 2019).\n';
    assert.deepEqual(findings(text), [
      {
        message: 'Onverwachte aanduiding "Staatssecretaris Financien", verwacht "Staatssecretaris Financiën" (tikfout?)',
        marked: 'Staatssecretaris Financien',
        fix: ['Financien', 'Financiën'],
      },
    ]);
  });

  it('names every reason, separated by "; "', () => {
    const text = 'Vragen van het lid Wiersma (VVD) aan de Minister voor EZ over mestfraude (ingezonden 3 maart 2015).\n';
    assert.deepEqual(findings(text), [
      {
        message: 'Onverwachte aanduiding "Minister voor EZ", verwacht "Minister van Economische Zaken" (voluit, geen afkorting; "Minister voor" alleen bij een minister zonder portefeuille)',
        marked: 'Minister voor EZ',
        fix: ['voor EZ', 'van Economische Zaken'],
      },
    ]);
  });

  it('marks the whole paragraph, without a fix, when markup sits inside the name', () => {
    const text = 'Antwoord van Minister Grapperhaus (*Veiligheid* en Justitie) (ontvangen 10 oktober 2019).\n';
    assert.deepEqual(findings(text), [{ message: VENJ_2019.message, marked: text.trimEnd(), fix: null }]);
  });
});

describe('KB504 lint: only plain paragraphs are header lines', () => {
  const line = 'Antwoord van Minister Grapperhaus (Veiligheid en Justitie) (ontvangen 10 oktober 2019).';

  it('a plain paragraph is judged', () => {
    assert.deepEqual(findings(`${line}\n`), [VENJ_2019]);
  });

  it('a quote, a list item, a footnote and a heading are not', () => {
    assert.deepEqual(findings(`> ${line}\n`), []);
    assert.deepEqual(findings(`- ${line}\n`), []);
    assert.deepEqual(findings(`Zie de noot.[^1]\n\n[^1]: ${line}\n`), []);
    assert.deepEqual(findings(`## ${line}\n`), []);
  });
});
