// KB504: the lookups over the dated table of ministries and posts (names.ts).
import assert from 'node:assert/strict';
import { canonical, expandAbbreviation, isMinistryAt, isVanPostAt, namesInForce, nearMiss } from '../../server/src/core/rules/kb504-kopregel-antwoord/names.js';

/**
 * nearMiss remembers its answers (at most 4096 names, then it starts afresh). Look up 4096 names it
 * has never seen (too short to be judged) so the memo is emptied and every case below is computed.
 * The round counter lives on globalThis because the memo outlives a reloaded test file.
 */
function emptyNearMissMemo(): void {
  const g = globalThis as { kb504NamesRound?: number };
  const round = (g.kb504NamesRound = (g.kb504NamesRound ?? 0) + 1);
  for (let i = 0; i < 4096; i++) nearMiss(`${round}.${i}`);
}

describe('KB504 names: spelling and whitespace', () => {
  it('maps a name wrapped over two lines to the table spelling, variants included', () => {
    assert.equal(canonical('Onderwijs, Cultuur en\n  Wetenschappen'), 'Onderwijs, Cultuur en Wetenschap');
    assert.ok(isMinistryAt(' Justitie en\n  Veiligheid ', '2020-01-01'));
  });

  it('collapses the whitespace of a name the table does not know', () => {
    assert.equal(canonical(' Digitale  Zaken\n'), 'Digitale Zaken');
  });

  it('styles posts "Minister van" from the day the Jetten cabinet was sworn in, not before', () => {
    assert.equal(isVanPostAt('Werk en Participatie', '2026-02-23'), true);
    assert.equal(isVanPostAt('Rechtsbescherming', '2020-01-01'), false);
  });
});

describe('KB504 names: successors of an out-of-date name', () => {
  it('gives nothing for a name that is in force again (Economische Zaken in 2015, after EL&I)', () => {
    assert.deepEqual(namesInForce('Economische Zaken', '2015-06-01'), []);
  });

  it('walks back more than one step (Justitie en Veiligheid in 2005 was Justitie)', () => {
    assert.deepEqual(namesInForce('Justitie en Veiligheid', '2005-06-01'), ['Justitie']);
  });

  it('walks back past a portfolio without predecessors (EZK in 2010: EZ and LNV)', () => {
    assert.deepEqual(namesInForce('Economische Zaken en Klimaat', '2010-01-01'), ['Economische Zaken', 'Landbouw, Natuur en Voedselkwaliteit']);
  });
});

describe('KB504 names: abbreviations', () => {
  it('expands an abbreviation without a date to every name it stood for', () => {
    assert.deepEqual(expandAbbreviation(' ez ', null), ['Economische Zaken']);
  });

  it('expands to nothing before the ministry existed (KGG in 2019), and to the name while it did', () => {
    assert.deepEqual(expandAbbreviation('KGG', '2019-01-01'), []);
    assert.deepEqual(expandAbbreviation('KGG', '2025-01-01'), ['Klimaat en Groene Groei']);
  });
});

describe('KB504 names: near misses', () => {
  beforeEach(emptyNearMissMemo);

  it('a short name allows one edit, also one that changes the length', () => {
    assert.equal(nearMiss('Financien'), 'Financiën');
    assert.equal(nearMiss('Medische Zog'), 'Medische Zorg');
    assert.equal(nearMiss('Medishe Zork'), null, 'two edits in 12 characters');
  });

  it('a name of 13 to 30 characters allows two edits, a longer one three', () => {
    assert.equal(nearMiss('Sociale Zakn en Werkgelgenheis'), null, 'three edits in 30 characters');
    assert.equal(nearMiss('Sociale Zakn en Werkgelegenhiet'), 'Sociale Zaken en Werkgelegenheid');
  });

  it('prefers the nearer of two known names, in either order of the table', () => {
    assert.equal(nearMiss('Bunnenlandse Zaken'), 'Binnenlandse Zaken');
    assert.equal(nearMiss('Buinenlandse Zaken'), 'Buitenlandse Zaken');
  });

  it('gives no answer when two known names are equally near', () => {
    assert.equal(nearMiss('Buenenlandse Zaken'), null);
  });

  it('gives null (not a guess) for unknown and for known names', () => {
    assert.equal(nearMiss('Digitale Zaken'), null);
    assert.equal(nearMiss('Wetenschap'), null, 'Financiën is the only name of a near length, but too far');
    assert.equal(nearMiss('Justitie en Veiligheid'), null);
  });

  it('ignores spaces around the name', () => {
    assert.equal(nearMiss(' Financien '), 'Financiën');
  });

  it('answers a repeated name the same way', () => {
    assert.equal(nearMiss('Infrastructuur en Watersaat'), 'Infrastructuur en Waterstaat');
    assert.equal(nearMiss('Infrastructuur en Watersaat'), 'Infrastructuur en Waterstaat');
  });
});
