// KB504: verdicts on one ministry or post in a header line, and reading its Dutch date (judge.ts).
import assert from 'node:assert/strict';
import { isoFromDutch, judge, type Prep, type Role } from '../../server/src/core/rules/kb504-kopregel-antwoord/judge.js';

const verdict = (role: Role, prep: Prep, name: string, day: string | null) => judge({ role, prep, name, day });
const VOOR_BIJ_MINISTERIE = '"Minister voor" alleen bij een minister zonder portefeuille';

describe('KB504 judge: dates', () => {
  it('judges from 22 August 1994 on, not the day before', () => {
    assert.deepEqual(verdict('minister', 'van', 'Ontwikkelingssamenwerking', '1994-08-22'), {
      prep: 'voor',
      names: ['Ontwikkelingssamenwerking'],
      reasons: ['een minister zonder portefeuille is "Minister voor …"'],
    });
    assert.equal(verdict('minister', 'van', 'Ontwikkelingssamenwerking', '1994-08-21'), null);
  });

  it('without a date, flags "Minister voor" a ministry with the full verdict', () => {
    assert.deepEqual(verdict('minister', 'voor', 'Financiën', null), { prep: 'van', names: ['Financiën'], reasons: [VOOR_BIJ_MINISTERIE] });
  });

  it('without a date, lets "voor" pass for a name that was a post as well as a ministry', () => {
    assert.equal(verdict('minister', 'voor', 'Asiel en Migratie', null), null);
  });

  it('without a date, does not judge the preposition after Staatssecretaris', () => {
    assert.equal(verdict('staatssecretaris', 'voor', 'Financiën', null), null);
  });
});

describe('KB504 judge: Minister van / voor / without preposition', () => {
  it('passes "Minister van" VRO on the day it turned from post into ministry (2 July 2024)', () => {
    assert.equal(verdict('minister', 'van', 'Volkshuisvesting en Ruimtelijke Ordening', '2024-07-02'), null);
  });

  it('flags "Minister voor" VRO while it was a ministry (2025)', () => {
    assert.deepEqual(verdict('minister', 'voor', 'Volkshuisvesting en Ruimtelijke Ordening', '2025-03-01'), {
      prep: 'van',
      names: ['Volkshuisvesting en Ruimtelijke Ordening'],
      reasons: [VOOR_BIJ_MINISTERIE],
    });
  });

  it('does not flag "Minister voor" a post of the Jetten cabinet (2026)', () => {
    assert.equal(verdict('minister', 'voor', 'Werk en Participatie', '2026-03-18'), null);
  });

  it('"Minister voor" an out-of-date ministry gets both the new name and "van"', () => {
    assert.deepEqual(verdict('minister', 'voor', 'Veiligheid en Justitie', '2019-03-03'), {
      prep: 'van',
      names: ['Justitie en Veiligheid'],
      reasons: ['officiële naam op 3 maart 2019', '"Minister van" bij een ministerie'],
    });
  });

  it('a missing preposition is "voor" for a post, "van" for a ministry, nothing for an old post', () => {
    assert.deepEqual(verdict('minister', null, 'Medische Zorg', '2019-03-03'), { prep: 'voor', names: ['Medische Zorg'], reasons: ['"voor" ontbreekt'] });
    assert.deepEqual(verdict('minister', null, 'Financiën', '2015-01-01'), { prep: 'van', names: ['Financiën'], reasons: ['"van" ontbreekt'] });
    assert.equal(verdict('minister', null, 'Jeugd en Gezin', '2015-01-01'), null);
  });

  it('does not judge a staatssecretaris for a post out of its period', () => {
    assert.equal(verdict('staatssecretaris', 'van', 'Medische Zorg', '2015-01-01'), null);
  });
});

describe('KB504 judge: abbreviations and typos', () => {
  it('an abbreviation is written out; a wrong preposition after it is flagged too', () => {
    assert.deepEqual(verdict('minister', 'van', 'EZ', '2015-01-01'), { prep: null, names: ['Economische Zaken'], reasons: ['voluit, geen afkorting'] });
    assert.deepEqual(verdict('minister', 'voor', 'EZ', '2015-01-01'), {
      prep: 'van',
      names: ['Economische Zaken'],
      reasons: ['voluit, geen afkorting', VOOR_BIJ_MINISTERIE],
    });
  });

  it('an abbreviation of a ministry that did not exist yet is not judged (KGG in 2019)', () => {
    assert.equal(verdict('minister', 'van', 'KGG', '2019-01-01'), null);
  });

  it('a typo is corrected; a wrong preposition after it is flagged too', () => {
    assert.deepEqual(verdict('staatssecretaris', 'van', 'Financien', '2020-01-01'), { prep: null, names: ['Financiën'], reasons: ['tikfout?'] });
    assert.deepEqual(verdict('minister', 'voor', 'Financien', '2020-01-01'), {
      prep: 'van',
      names: ['Financiën'],
      reasons: ['tikfout?', VOOR_BIJ_MINISTERIE],
    });
  });
});

describe('KB504 judge: Dutch dates', () => {
  it('reads a date with extra spaces, and pads month and day', () => {
    assert.equal(isoFromDutch(' 27  juni  2019 '), '2019-06-27');
    assert.equal(isoFromDutch('3 januari 2020'), '2020-01-03');
  });

  it('accepts day 1 and day 31', () => {
    assert.equal(isoFromDutch('1 juni 2019'), '2019-06-01');
    assert.equal(isoFromDutch('31 mei 2019'), '2019-05-31');
  });

  it('is null for day 0 or 32, an unknown month, or text around the date', () => {
    assert.equal(isoFromDutch('0 juni 2019'), null);
    assert.equal(isoFromDutch('32 mei 2019'), null);
    assert.equal(isoFromDutch('27 juno 2019'), null);
    assert.equal(isoFromDutch('op 27 juni 2019'), null);
    assert.equal(isoFromDutch('27 juni 2019 en later'), null);
    assert.equal(isoFromDutch('zie voorpagina'), null);
  });
});
