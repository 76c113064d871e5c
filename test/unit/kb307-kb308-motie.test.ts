// KB307 (one motie, one Kamerstuk) on which mentions count as one motie: a heading and its
// section, the same "over …" subject, a footnote and its callers; and KB308 (member naming) on
// the capital of a fixed article, unsure lists, hyphen forms and spellings of one member.
import assert from 'node:assert/strict';
import { fixText, lintText } from '../../server/src/core/lint.js';

function said(rule: string, text: string): string[] {
  return lintText(text).messages.filter((m) => m.ruleId === rule).map((m) => `${text.slice(m.start, m.end)} | ${m.message}`);
}

const kb307 = (text: string): string[] => said('KB307', text);
const kb308 = (text: string): string[] => said('KB308', text);

const twoNumbers = (mention: string, found: string, expected: string): string =>
  `${mention} | Onverwacht Kamerstuk "Kamerstuk 29 754, nr. ${found}", verwacht "Kamerstuk 29 754, nr. ${expected}", zoals eerder bij dezelfde motie ("${mention.replace(/\[\^\w+\]/g, '')}" wordt in dit document met twee nummers geciteerd)`;

describe('KB307: mentions under a motie heading', () => {
  it('a heading that only names a motie is no motie section', () => {
    assert.deepEqual(
      kb307('## Uitvoering van de motie van het lid Becker\n\nDe motie van het lid Becker (Kamerstuk 29 754, nr. 451) is uitgevoerd.\n\nDe motie van het lid Becker (Kamerstuk 29 754, nr. 460) volgt later.\n'),
      [],
    );
  });

  it('joins only the heading\'s mover, in the body text', () => {
    assert.deepEqual(
      kb307('## Motie van het lid Becker\n\nDe motie van het lid Becker (Kamerstuk 29 754, nr. 451) is uitgevoerd.\n\nDe motie van het lid Kuiken (Kamerstuk 29 754, nr. 452) volgt later.\n'),
      [],
    );
    assert.deepEqual(
      kb307('## Motie van het lid Becker\n\nDe motie van het lid Becker (Kamerstuk 29 754, nr. 451) is uitgevoerd. Zie ook de brief.[^1]\n\n[^1]: Eerder: motie Becker c.s., Kamerstuk 29 754, nr. 460.\n'),
      [],
    );
  });

  it('"eerdere" far before a mention does not make it another motie', () => {
    assert.deepEqual(
      kb307(
        '## Motie van het lid Becker\n\nDe motie van het lid Becker (Kamerstuk 29 754, nr. 451) is uitgevoerd.\n\nNet als bij de eerdere stand van zaken geldt dat de motie van het lid Becker (Kamerstuk 29 754, nr. 415) als ondersteuning van beleid wordt gezien.\n',
      ),
      [twoNumbers('motie van het lid Becker', '415', '451')],
    );
  });

  it('a "gewijzigde motie" is not the motie of a plain heading, but is that of a "Gewijzigde motie" heading', () => {
    assert.deepEqual(
      kb307('## Motie van het lid Azarkan\n\nDe gewijzigde motie van het lid Azarkan (Kamerstuk 29 754, nr. 482) is aangenomen.\n\nDe motie van het lid Azarkan (Kamerstuk 29 754, nr. 478) is daarmee vervangen.\n'),
      [],
    );
    assert.deepEqual(
      kb307('## Gewijzigde motie van het lid Azarkan\n\nDe gewijzigde motie van het lid Azarkan (Kamerstuk 29 754, nr. 482) is aangenomen.\n\nDe gewijzigde motie van het lid Azarkan (Kamerstuk 29 754, nr. 483) wordt uitgevoerd.\n'),
      [twoNumbers('gewijzigde motie van het lid Azarkan', '483', '482')],
    );
  });

  it('subjects: another subject is another motie; no subject or the same one joins', () => {
    assert.deepEqual(
      kb307('## Motie van het lid Becker over de aanpak\n\nDe motie van het lid Becker over de scholen (Kamerstuk 29 754, nr. 451) is uitgevoerd.\n\nDe motie van het lid Becker (Kamerstuk 29 754, nr. 460) volgt later.\n'),
      [],
    );
    assert.deepEqual(
      kb307('## Motie van het lid Becker\n\nDe motie van het lid Becker over de aanpak (Kamerstuk 29 754, nr. 451) is uitgevoerd.\n\nDe motie van het lid Becker (Kamerstuk 29 754, nr. 415) volgt later.\n'),
      [twoNumbers('motie van het lid Becker', '415', '451')],
    );
    assert.deepEqual(
      kb307('## Gewijzigde motie van het lid Azarkan over de evaluatie\n\nDe motie van het lid Azarkan over de evaluatie (Kamerstuk 29 754, nr. 482) is aangenomen.\n\nDe motie van het lid Azarkan (Kamerstuk 29 754, nr. 480) wordt uitgevoerd.\n'),
      [twoNumbers('motie van het lid Azarkan', '480', '482')],
    );
  });
});

describe('KB307: mentions joined without a heading', () => {
  it('the same mover and subject is one motie', () => {
    assert.deepEqual(
      kb307('De motie van het lid Becker over de aanpak (Kamerstuk 29 754, nr. 451) is uitgevoerd.\n\nDaarnaast is de motie van het lid Becker over de aanpak (Kamerstuk 29 754, nr. 415) als ondersteuning van beleid gezien.\n'),
      [twoNumbers('motie van het lid Becker', '415', '451')],
    );
  });

  it('a footnote "Motie Becker c.s., Kamerstuk …" is the motie of the sentence that calls it', () => {
    assert.deepEqual(
      kb307('Naar aanleiding van de motie van het lid Becker (Kamerstuk 29 754, nr. 451)[^noot1] informeer ik u graag.\n\n[^noot1]: Motie Becker c.s., Kamerstuk 29 754, nr. 415.\n'),
      [twoNumbers('Motie Becker c.s.', '415', '451')],
    );
  });

  it('a footnote called twice joins both callers', () => {
    assert.deepEqual(
      kb307('De motie van het lid Becker (Kamerstuk 29 754, nr. 451) is uitgevoerd.[^1]\n\nOok de motie Becker c.s.[^1] is daarmee afgedaan.\n\n[^1]: Motie Becker c.s., Kamerstuk 29 754, nr. 415.\n'),
      [twoNumbers('motie Becker c.s.[^1]', '415', '451'), twoNumbers('Motie Becker c.s.', '415', '451')],
    );
  });

  it('a footnote naming another mover is another motie', () => {
    assert.deepEqual(kb307('De motie van het lid Kuiken (Kamerstuk 29 754, nr. 452) is uitgevoerd.[^1]\n\n[^1]: Zie ook de motie Becker c.s., Kamerstuk 29 754, nr. 451.\n'), []);
  });
});

describe('KB308: member naming', () => {
  it('keeps the capital of "Het lid" at the start of a sentence in message and fix', () => {
    const text = 'Het lid Becker en Kuiken hebben een motie ingediend (Kamerstuk 29 754, nr. 451).\n';
    assert.deepEqual(kb308(text), ['Het lid | Onverwachte aanduiding "Het lid Becker en Kuiken", verwacht "De leden Becker en Kuiken" (twee of meer namen: "de leden")']);
    assert.equal(fixText(text).text, 'De leden Becker en Kuiken hebben een motie ingediend (Kamerstuk 29 754, nr. 451).\n');
  });

  it('says nothing on the article when the list is unsure ("en anderen")', () => {
    assert.deepEqual(kb308('De motie van de leden Becker en anderen (Kamerstuk 29 754, nr. 451) is uitgevoerd.\n'), []);
  });

  it('checks c.s. in "motie-X cs"', () => {
    assert.deepEqual(kb308('De motie-Becker cs (Kamerstuk 29 754, nr. 451) is uitgevoerd.\n'), ['cs | Onverwachte afkorting "cs", verwacht "c.s." (cum suis, met twee punten)']);
  });

  it('compares spellings in document order, "motie-A/B" included', () => {
    assert.deepEqual(kb308('De motie-Alkaya/van Raan (Kamerstuk 36 200, nr. 12) is uitgevoerd.\n\nOok de motie van het lid Van Raan (Kamerstuk 36 200, nr. 13) is uitgevoerd.\n'), [
      'Van Raan | Onverwachte schrijfwijze "Van Raan", verwacht "van Raan", zoals eerder in dit document (één lid, één schrijfwijze van het tussenvoegsel)',
    ]);
  });

  it('compares a spelling with the earlier one of the same name, not of another', () => {
    assert.deepEqual(
      kb308(
        'De motie van het lid Bruins Slot (Kamerstuk 36 200, nr. 11) is uitgevoerd.\n\nDe motie van de leden Alkaya en van Raan (Kamerstuk 36 200, nr. 12) is uitgevoerd.\n\nOok de motie van het lid Van Raan (Kamerstuk 36 200, nr. 13) is uitgevoerd.\n',
      ),
      ['Van Raan | Onverwachte schrijfwijze "Van Raan", verwacht "van Raan", zoals eerder in dit document (één lid, één schrijfwijze van het tussenvoegsel)'],
    );
  });

  it('a surname in capitals is no tussenvoegsel variant', () => {
    assert.deepEqual(kb308('De motie van het lid Van Raan (Kamerstuk 36 200, nr. 12) is uitgevoerd.\n\nOok de motie van het lid VAN RAAN (Kamerstuk 36 200, nr. 13) is uitgevoerd.\n'), []);
  });
});
