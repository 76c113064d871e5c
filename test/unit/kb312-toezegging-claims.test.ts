// KB312 (toezegging-register) in detail: where a claim of fulfilment starts and ends (footnote calls,
// spacing, paragraphs), the exact warning with the register's status and due date in Dutch, an
// entry without a number, and a snapshot that has no register method at all.
import assert from 'node:assert/strict';
import type { Snapshot, ToezeggingRecord } from '../../server/src/core/data-port.js';
import { lintText } from '../../server/src/core/lint.js';
import { doneClaim } from '../../server/src/core/rules/kb312-toezegging-register/index.js';

const NOW = new Date('2026-12-06T12:00:00.000Z');
const snapshot = (register: ToezeggingRecord[] | null): Snapshot =>
  ({ meta: { createdAt: '2026-12-03T10:00:00.000Z' }, ...(register ? { toezeggingen: () => register } : {}) }) as unknown as Snapshot;
const DRONES: ToezeggingRecord = {
  id: 'g1',
  nummer: 'TZ202309-010',
  tekst: 'De minister informeert de Kamer over de registratiekosten voor drone-exploitanten in andere EU-landen.',
  status: 'Openstaand',
  datumNakoming: null,
  aanmaakdatum: '2023-09-06',
  ministerie: 'Infrastructuur en Waterstaat',
  toezegger: 'Harbers, M.G.J.',
  functie: 'minister',
  activiteit: null,
  kamerbriefNakoming: null,
};
const LETTER = '## Toezegging – Registratiekosten drone-exploitanten in andere EU-landen\n\nDe minister informeert de Kamer over de registratiekosten voor drone-exploitanten in andere EU-landen. Het onderzoek hiernaar is afgerond.\n';

function kb312(text: string, data: Snapshot): string[] {
  return lintText(text, { data, now: NOW })
    .messages.filter((m) => m.ruleId === 'KB312' || m.ruleId === 'KB000')
    .map((m) => `${text.slice(m.start, m.end)}: ${m.severity} ${m.message}`);
}
const warning = (expected: string) =>
  `## Toezegging – Registratiekosten drone-exploitanten in andere EU-landen: warning Onverwachte afloop van toezegging "Het onderzoek hiernaar is afgerond.", verwacht ${expected} (de brief noemt de toezegging al nagekomen; schrijf "hiermee beschouw ik de toezegging als afgedaan" als deze brief haar nakomt)`;

describe('KB312 claims of fulfilment: sentence bounds', () => {
  it('footnote calls are left out of the sentence, whatever their label', () => {
    assert.equal(doneClaim('Het onderzoek is in mei afgerond.[^12] De resultaten volgen.'), 'Het onderzoek is in mei afgerond.');
  });

  it('a sentence ends at . ! ? before a capital, after any amount of space, and is returned trimmed', () => {
    assert.equal(doneClaim('Het onderzoek is in mei afgerond.  De resultaten komen niet eerder dan in het voorjaar.'), 'Het onderzoek is in mei afgerond.');
    assert.equal(doneClaim('\n\nHet onderzoek is in mei afgerond.\n'), 'Het onderzoek is in mei afgerond.');
    // "jl. tijdens" is no sentence end: the whole sentence is fulfilment by this letter.
    assert.equal(doneClaim('Hierbij informeer ik u, zoals toegezegd op 6 september jl. tijdens het debat, dat het onderzoek is afgerond.'), null);
  });

  it('a blank line ends a sentence even without a full stop, also when it holds spaces', () => {
    assert.equal(doneClaim('Stand van zaken: afgerond\n\nDat betekent niet dat alle gemeenten al meedoen.'), 'Stand van zaken: afgerond');
    assert.equal(doneClaim('Stand van zaken: afgerond\n \nDat betekent niet dat alle gemeenten al meedoen.'), 'Stand van zaken: afgerond');
  });
});

describe('KB312 warning text', () => {
  it('names the number and the status, and the due date in Dutch when the register has one', () => {
    assert.deepEqual(kb312(LETTER, snapshot([DRONES])), [warning('een afloop die past bij de registratie van de Kamer: TZ202309-010 staat daar als "Openstaand"')]);
    const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    months.forEach((month, i) => {
      const due = { ...DRONES, datumNakoming: `2024-${String(i + 1).padStart(2, '0')}-15` };
      assert.deepEqual(kb312(LETTER, snapshot([due])), [warning(`een afloop die past bij de registratie van de Kamer: TZ202309-010 staat daar als "Openstaand", nakoming verwacht op 15 ${month} 2024`)]);
    });
  });

  it('an entry without a number is "de toezegging"', () => {
    assert.deepEqual(kb312(LETTER, snapshot([{ ...DRONES, nummer: null }])), [warning('een afloop die past bij de registratie van de Kamer: de toezegging staat daar als "Openstaand"')]);
  });

  it('silent with a snapshot that has no register method', () => {
    assert.deepEqual(kb312(LETTER, snapshot(null)), []);
  });
});
