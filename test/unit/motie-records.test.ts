// core/rules/motie/records.ts: the snapshot's view of the moties a letter mentions (KB302–KB306):
// which mentions the data knows, whether a document is a (gewijzigde) motie, and the outcome and
// newest version of a motie along its chain of gewijzigde versions.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import type { DocumentRecord, MotieRecord, Snapshot, Uitkomst } from '../../server/src/core/data-port.js';
import { finalOutcome, isGewijzigdeMotie, isMotie, latestReplacement, resolvedMentions } from '../../server/src/core/rules/motie/records.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

const doc = (nr: string, soort = 'Motie'): DocumentRecord => ({
  key: `36200:${nr}`, dossier: '36200', nr, soort, titel: null, onderwerp: null, datum: null, vergaderjaar: null,
});
const motie = (nr: string, uitkomst: Uitkomst | null, vervangenDoor: string[] = [], gewijzigd = false): MotieRecord => ({
  key: `36200:${nr}`, zaakNummer: null, gewijzigd, indieners: [{ naam: 'Van der Plas', fractie: 'BBB' }], medeIndieners: [], besluiten: [],
  uitkomst, vervangt: null, vervangenDoor: vervangenDoor.map((n) => `36200:${n}`),
});

/** A snapshot of dossier 36 200 holding the given moties (each also as a document). */
function snapshot(...moties: MotieRecord[]): Snapshot {
  const byKey = new Map(moties.map((m) => [m.key, m]));
  return {
    meta: { createdAt: '2025-04-25T10:53:21.952Z' } as Snapshot['meta'],
    document: (k: string) => (byKey.has(k) ? doc(k.split(':')[1]!, byKey.get(k)!.gewijzigd ? 'Motie (gewijzigd/nader)' : 'Motie') : undefined),
    motie: (k: string) => byKey.get(k),
  } as Snapshot;
}

describe('motie records: mentions the data knows', () => {
  const text =
    'De motie van het lid Becker (Kamerstuk 29 754, nr. 451) is uitgevoerd. ' +
    'De motie van het lid Jansen (2019D12345) volgt. De motie van het lid Van der Plas (Kamerstuk 36 200, nr. 10) ook.\n';

  it('resolves each mention with its own Kamerstuk against the snapshot it is asked with', () => {
    const analysis = analyze(text);
    const fixture = resolvedMentions(analysis, fixtureSnapshot());
    assert.deepEqual(fixture.map((r) => [r.key, r.source.text, r.document.soort, r.motie?.indieners[0]?.naam]), [
      ['29754:451', 'Kamerstuk 29 754, nr. 451', 'Motie', 'Becker'],
    ]);
    // The same analysis with other data: read again, not the list of the first snapshot.
    const other = resolvedMentions(analysis, snapshot(motie('10', 'aangenomen')));
    assert.deepEqual(other.map((r) => [r.key, r.mention.members.names[0]!.name, r.motie?.uitkomst]), [['36200:10', 'Van der Plas', 'aangenomen']]);
    assert.deepEqual(resolvedMentions(analysis, fixtureSnapshot()).map((r) => r.key), ['29754:451']);
  });
});

describe('motie records: kinds of document', () => {
  it('a motie and a gewijzigde motie are moties; a letter is not', () => {
    assert.deepEqual(['Motie', 'Motie (gewijzigd/nader)', 'Brief regering', 'Amendement'].map((s) => isMotie(doc('1', s))), [true, true, false, false]);
  });

  it('a gewijzigde motie by its soort alone, or by the motie record', () => {
    assert.equal(isGewijzigdeMotie(doc('11', 'Motie (gewijzigd/nader)'), undefined), true);
    assert.equal(isGewijzigdeMotie(doc('11', 'Motie'), motie('11', null, [], true)), true);
    assert.equal(isGewijzigdeMotie(doc('10', 'Motie'), motie('10', null)), false);
    assert.equal(isGewijzigdeMotie(doc('10', 'Motie'), undefined), false);
  });
});

describe('motie records: the outcome along the chain of gewijzigde versions', () => {
  it('an outcome of its own is final', () => {
    const data = snapshot(motie('10', 'aangenomen', ['11']), motie('11', 'verworpen'));
    assert.equal(finalOutcome(data, data.motie('36200:10')!), 'aangenomen');
  });

  it('a motie still "ingediend" or without outcome takes that of its last version', () => {
    const data = snapshot(motie('10', 'ingediend', ['11']), motie('11', null, ['12']), motie('12', 'aangenomen'), motie('20', null, ['21']), motie('21', 'verworpen'));
    assert.equal(finalOutcome(data, data.motie('36200:10')!), 'aangenomen');
    assert.equal(finalOutcome(data, data.motie('36200:20')!), 'verworpen');
  });

  it('stops at a version the snapshot does not hold, and at a cycle in the data', () => {
    const missing = snapshot(motie('10', 'ingediend', ['11']));
    assert.equal(finalOutcome(missing, missing.motie('36200:10')!), 'ingediend');
    const cycle = snapshot(motie('10', 'ingediend', ['11']), motie('11', null, ['10']));
    assert.equal(finalOutcome(cycle, cycle.motie('36200:10')!), null);
  });

  it('the real Podt chain in the fixture: no vote known for either version', () => {
    const data = fixtureSnapshot();
    assert.equal(finalOutcome(data, data.motie('19637:3370')!), null);
  });
});

describe('motie records: the newest version', () => {
  it('follows the whole chain of replacements', () => {
    const data = snapshot(motie('10', 'ingediend', ['11']), motie('11', 'ingediend', ['12']), motie('12', 'aangenomen'));
    assert.equal(latestReplacement(data, data.motie('36200:10')!), '36200:12');
    assert.equal(latestReplacement(data, data.motie('36200:12')!), null);
    const fixture = fixtureSnapshot();
    assert.equal(latestReplacement(fixture, fixture.motie('19637:3370')!), '19637:3384');
  });

  it('ends on a cycle in the data at the last version not seen before, never at the motie itself', () => {
    const data = snapshot(motie('10', null, ['11']), motie('11', null, ['12']), motie('12', null, ['11']));
    assert.equal(latestReplacement(data, data.motie('36200:10')!), '36200:12');
    // Damaged data that leads back to the motie: its own replacement, not "replaced by itself".
    const back = snapshot(motie('10', null, ['11']), motie('11', null, ['10']));
    assert.equal(latestReplacement(back, back.motie('36200:10')!), '36200:11');
    const self = snapshot(motie('10', null, ['10']));
    assert.equal(latestReplacement(self, self.motie('36200:10')!), null);
  });
});
