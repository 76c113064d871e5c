// KB106 (one citation style per document), message by message: which style wins (majority, a tie
// to the letter style, or the configured "stijl"), which citation is flagged, the letter form its
// fix offers (toevoeging, several numbers) and when there is none (a page, a Rijkswet number, the
// other direction), Eerste Kamer stukken left out, and the related "chosen style" location. The
// rule fixtures check only on which lines KB106 speaks.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';
import type { LintConfig } from '../../server/src/core/config.js';

const WHY_MAJORITY = 'één document gebruikt één citatiestijl: de stijl van de meeste citaten in dit document';
const WHY_SET = 'één document gebruikt één citatiestijl: de ingestelde citatiestijl';
const LETTER = 'Zie Kamerstuk 29 754, nr. 482.\n\n';

function kb106(text: string, config?: LintConfig) {
  return lintText(text, config ? { config } : {})
    .messages.filter((m) => m.ruleId === 'KB106')
    .map((m) => ({
      found: text.slice(m.start, m.end),
      message: m.message,
      fix: m.fix ? { at: text.slice(m.fix.range[0], m.fix.range[1]), text: m.fix.text } : null,
      chosen: m.related?.map((r) => `${text.slice(r.start, r.end)}: ${r.message}`) ?? [],
      severity: m.severity,
    }));
}

describe('KB106 citatiestijl', () => {
  it('the majority in letter style: a Leidraad citation is flagged, with its letter form as the fix', () => {
    const text = `Zie Kamerstuk 29 754, nr. 482 en Kamerstuk 29 754, nr. 451.\n\nEerder: Kamerstukken II 2009/10, 27858, nr. 88.`;
    assert.deepEqual(kb106(text), [{
      found: 'Kamerstukken II 2009/10, 27858, nr. 88',
      message: `Onverwachte Leidraad-notatie "Kamerstukken II 2009/10, 27858, nr. 88", verwacht "Kamerstuk 27 858, nr. 88" (${WHY_MAJORITY})`,
      fix: { at: 'Kamerstukken II 2009/10, 27858, nr. 88', text: 'Kamerstuk 27 858, nr. 88' },
      chosen: ['Kamerstuk 29 754, nr. 482: citaat in de gekozen stijl'],
      severity: 'warning',
    }]);
  });

  it('the majority in Leidraad style: a letter citation is flagged, without a fix (the vergaderjaar is not in it)', () => {
    const text = 'Zie Kamerstukken II 2018/19, 29754, nr. 482 en Kamerstukken II 2018/19, 29754, nr. 501.\n\nLater Kamerstuk 29 754, nr. 520.';
    assert.deepEqual(kb106(text), [{
      found: 'Kamerstuk 29 754, nr. 520',
      message: `Onverwachte briefnotatie "Kamerstuk 29 754, nr. 520", verwacht de Leidraad-stijl (${WHY_MAJORITY})`,
      fix: null,
      chosen: ['Kamerstukken II 2018/19, 29754, nr. 482: citaat in de gekozen stijl'],
      severity: 'warning',
    }]);
  });

  it('a tie goes to the letter style; the chosen citation is the first in that style, wherever it stands', () => {
    const text = 'Eerder: Kamerstukken II 2019/20, 21501-02, nr. 2000.\n\nZie Kamerstuk 29 754, nr. 482.';
    const [m] = kb106(text);
    assert.equal(m!.found, 'Kamerstukken II 2019/20, 21501-02, nr. 2000');
    assert.deepEqual(m!.chosen, ['Kamerstuk 29 754, nr. 482: citaat in de gekozen stijl']);
  });

  it('the letter form keeps a toevoeging (a number after a hyphen, letters after a space) and several numbers', () => {
    const fixOf = (leidraad: string) => kb106(`${LETTER}Eerder: ${leidraad}.`)[0]!.fix?.text;
    assert.equal(fixOf('Kamerstukken II 2019/20, 21501-02, nr. 2000'), 'Kamerstuk 21 501-02, nr. 2000');
    assert.equal(fixOf('Kamerstukken II 2009/10, 32500-VI, nr. 8'), 'Kamerstuk 32 500 VI, nr. 8');
    assert.equal(fixOf('Kamerstukken II 2009/10, 32500 A, nr. 8'), 'Kamerstuk 32 500 A, nr. 8');
    assert.equal(fixOf('Kamerstukken II 2009/10, 27858, nrs. 88, 89 en 90'), 'Kamerstuk 27 858, nrs. 88, 89 en 90');
  });

  it('no fix where the letter style would lose something: a page, a Rijkswet number', () => {
    for (const leidraad of ['Kamerstukken II 2009/10, 27858, nr. 88, p. 3', 'Kamerstukken II 2009/10, 27858 (R1234), nr. 88']) {
      const [m] = kb106(`${LETTER}Eerder: ${leidraad}.`);
      assert.equal(m!.found, leidraad);
      assert.equal(m!.fix, null, leidraad);
      assert.equal(m!.message, `Onverwachte Leidraad-notatie "${leidraad}", verwacht de briefstijl (${WHY_MAJORITY})`);
    }
  });

  it('Eerste Kamer stukken always carry chamber and year: no mix', () => {
    assert.deepEqual(kb106(`${LETTER}Eerder: Kamerstukken I 2022/23, 36 021, B.`), []);
  });

  it('one style throughout: nothing', () => {
    assert.deepEqual(kb106('Zie Kamerstuk 29 754, nr. 482 en Kamerstuk 27 858, nr. 88.'), []);
    assert.deepEqual(kb106('Zie Kamerstukken II 2018/19, 29754, nr. 482 en Kamerstukken II 2009/10, 27858, nr. 88.'), []);
  });

  it('the configured style ("stijl") wins over the majority, and the message says so', () => {
    const mostlyLetter = `Zie Kamerstuk 29 754, nr. 482 en Kamerstuk 29 754, nr. 451.\n\nEerder: Kamerstukken II 2009/10, 27858, nr. 88.`;
    const leidraad = kb106(mostlyLetter, { rules: { KB106: { options: { stijl: 'leidraad' } } } });
    assert.deepEqual(leidraad.map((m) => m.found), ['Kamerstuk 29 754, nr. 482', 'Kamerstuk 29 754, nr. 451']);
    assert.equal(leidraad[0]!.message, `Onverwachte briefnotatie "Kamerstuk 29 754, nr. 482", verwacht de Leidraad-stijl (${WHY_SET})`);
    assert.deepEqual(leidraad[0]!.chosen, ['Kamerstukken II 2009/10, 27858, nr. 88: citaat in de gekozen stijl']);

    const mostlyLeidraad = 'Zie Kamerstukken II 2018/19, 29754, nr. 482 en Kamerstukken II 2018/19, 29754, nr. 501.\n\nLater Kamerstuk 29 754, nr. 520.';
    const brief = kb106(mostlyLeidraad, { rules: { citatiestijl: { options: { stijl: 'brief' } } } });
    assert.deepEqual(brief.map((m) => [m.found, m.fix?.text]), [
      ['Kamerstukken II 2018/19, 29754, nr. 482', 'Kamerstuk 29 754, nr. 482'],
      ['Kamerstukken II 2018/19, 29754, nr. 501', 'Kamerstuk 29 754, nr. 501'],
    ]);
    assert.match(brief[0]!.message, /de ingestelde citatiestijl\)$/);
    // An unknown value is no setting: the majority decides.
    assert.deepEqual(kb106(mostlyLeidraad, { rules: { KB106: { options: { stijl: 'iets' } } } }).map((m) => m.found), ['Kamerstuk 29 754, nr. 520']);
  });
});
