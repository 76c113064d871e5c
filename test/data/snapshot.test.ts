// The snapshot store: round trip, atomic swap, clear messages for old/new/corrupt folders, lazy
// sharded lookups, and what the fixture snapshot (real payloads only) resolves.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSnapshot, readSnapshotData, snapshotFromData, writeSnapshot } from '../../server/src/data/store.js';
import { SNAPSHOT_FORMAT, type SnapshotData } from '../../server/src/data/types.js';
import { lintText } from '../../server/src/core/lint.js';
import { buildFixtureData } from '../fixtures/build-snapshot.js';
import { FIXTURES, SAMPLES } from '../helpers/paths.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kb-snapshot-'));
}

function generated(documents: number): SnapshotData {
  const data: SnapshotData = {
    meta: { format: SNAPSHOT_FORMAT, createdAt: '2026-01-01T00:00:00.000Z', origin: 'test', syncedUntil: {}, counts: { dossiers: 0, documents: 0, moties: 0, persons: 0 } },
    dossiers: [],
    documents: [],
    moties: [],
    persons: [{ id: 'p1', achternaam: 'Plas', tussenvoegsel: 'van der', initialen: 'C.A.M.', roepnaam: 'Caroline', fracties: [{ fractie: 'BBB', van: '2021-03-31', tot: null }] }],
  };
  for (let i = 0; i < documents; i++) {
    const dossier = String(30000 + (i % 97));
    data.documents.push({ key: `${dossier}:${i}`, dossier, nr: String(i), soort: i % 3 ? 'Brief regering' : 'Motie', titel: `Titel ${i}`, onderwerp: null, datum: '2025-01-01', vergaderjaar: '2024-2025' });
  }
  for (let d = 0; d < 97; d++) data.dossiers.push({ key: String(30000 + d), nummer: 30000 + d, toevoeging: null, titel: `Dossier ${d}` });
  return data;
}

describe('snapshot store', () => {
  it('writes and reads back the same data, sharded, with lookups as map accesses', async () => {
    const dir = path.join(tmp(), 'gegevens');
    const data = generated(5000);
    await writeSnapshot(dir, data);
    assert.ok(fs.readdirSync(path.join(dir, 'shards')).length > 1, 'more than one shard');
    const back = await readSnapshotData(dir);
    assert.equal(back.documents.length, 5000);
    const opened = openSnapshot(dir);
    assert.equal(opened.status, 'ok');
    if (opened.status !== 'ok') return;
    assert.equal(opened.snapshot.document('30006:4371')?.titel, 'Titel 4371');
    assert.equal(opened.snapshot.document('30005:1'), undefined);
    assert.deepEqual(opened.snapshot.documentsOf('30001').slice(0, 3).map((d) => d.nr), ['1', '98', '195']);
    assert.deepEqual(opened.snapshot.dossiersStartingWith('30 09', 10).map((d) => d.key), ['30090', '30091', '30092', '30093', '30094', '30095', '30096']);
    assert.deepEqual(opened.snapshot.personsStartingWith('van der', 5).map((p) => p.achternaam), ['Plas']);
    assert.equal(opened.snapshot.fractieOn('p1', '2024-01-01'), 'BBB');
    assert.equal(opened.snapshot.fractieOn('p1', '2020-01-01'), null);
  });

  it('keeps the old snapshot intact when writing the new one fails, and replaces it atomically otherwise', async () => {
    const dir = path.join(tmp(), 'gegevens');
    await writeSnapshot(dir, generated(10));
    const broken = generated(20);
    (broken.documents[3] as unknown as { titel: bigint }).titel = 1n; // JSON.stringify throws on a BigInt
    await assert.rejects(writeSnapshot(dir, broken));
    const opened = openSnapshot(dir);
    assert.equal(opened.status === 'ok' && opened.snapshot.meta.counts.documents, 10);
    assert.deepEqual(fs.readdirSync(path.dirname(dir)), ['gegevens'], 'no half-written folder left behind');
    await writeSnapshot(dir, generated(20));
    const again = openSnapshot(dir);
    assert.equal(again.status === 'ok' && again.snapshot.meta.counts.documents, 20);
  });

  it('a swap leaves only the new folder: the old snapshot is removed, not left beside it', async () => {
    const parent = tmp();
    const dir = path.join(parent, 'gegevens');
    await writeSnapshot(dir, generated(10));
    await writeSnapshot(dir, generated(20));
    assert.deepEqual(fs.readdirSync(parent), ['gegevens']);
    const opened = openSnapshot(dir);
    assert.equal(opened.status === 'ok' && opened.snapshot.meta.counts.documents, 20);
  });

  it('a party membership counts on its first and on its last day, not a day outside', () => {
    const data = generated(0);
    data.persons = [
      {
        id: 'p2', achternaam: 'Dijk', tussenvoegsel: 'van', initialen: 'J.J.', roepnaam: 'Jasper',
        fracties: [
          { fractie: 'PvdA', van: '2006-11-30', tot: '2010-06-16' },
          { fractie: 'SP', van: '2010-06-17', tot: '2023-12-05' },
        ],
      },
    ];
    const snapshot = snapshotFromData(data);
    const on = (date: string): string | null => snapshot.fractieOn('p2', date);
    assert.deepEqual(
      ['2006-11-29', '2006-11-30', '2010-06-16', '2010-06-17', '2023-12-05', '2023-12-06'].map(on),
      [null, 'PvdA', 'PvdA', 'SP', 'SP', null],
    );
    assert.equal(snapshot.fractieOn('onbekend', '2010-06-16'), null);
  });

  it('recovers a swap cut short between its two renames', async () => {
    const parent = tmp();
    await writeSnapshot(path.join(parent, 'gegevens'), generated(10));
    fs.renameSync(path.join(parent, 'gegevens'), path.join(parent, 'gegevens.old-1-2'));
    const opened = openSnapshot(path.join(parent, 'gegevens'));
    assert.equal(opened.status, 'ok');
  });

  it('says clearly when a folder is missing, of an older or newer format, or corrupt', async () => {
    assert.equal(openSnapshot(path.join(tmp(), 'nergens')).status, 'none');
    const dir = path.join(tmp(), 'gegevens');
    await writeSnapshot(dir, generated(10));
    const manifest = path.join(dir, 'manifest.json');
    fs.writeFileSync(manifest, JSON.stringify({ format: 0, shards: 1 }));
    const older = openSnapshot(dir);
    assert.match(older.status === 'problem' ? older.message : '', /ouder formaat \(0, verwacht 2\); voer kamerbrief sync uit/);
    fs.writeFileSync(manifest, JSON.stringify({ format: 99, shards: 1 }));
    const newer = openSnapshot(dir);
    assert.match(newer.status === 'problem' ? newer.message : '', /nieuwer formaat \(99, verwacht 2\); werk Kamerbrief bij/);
    fs.writeFileSync(manifest, '{"format": 2, "sha');
    const corrupt = openSnapshot(dir);
    assert.match(corrupt.status === 'problem' ? corrupt.message : '', /onleesbaar/);
    fs.writeFileSync(manifest, JSON.stringify({ format: SNAPSHOT_FORMAT, shards: 1 }));
    fs.writeFileSync(path.join(dir, 'meta.json'), 'null');
    const empty = openSnapshot(dir);
    assert.match(empty.status === 'problem' ? empty.message : '', /meta\.json is onvolledig/);
  });

  it('answers what it can when one shard is corrupt, and records the problem', async () => {
    const dir = path.join(tmp(), 'gegevens');
    await writeSnapshot(dir, generated(3000));
    fs.writeFileSync(path.join(dir, 'shards', '0000.idx.json'), '{"documents": [');
    fs.writeFileSync(path.join(dir, 'shards', '0001.ndjson'), 'kapot\n'.repeat(100000));
    const opened = openSnapshot(dir);
    assert.equal(opened.status, 'ok');
    if (opened.status !== 'ok') return;
    const keys = generated(3000).documents.map((d) => d.key);
    const found = keys.filter((k) => opened.snapshot.document(k)).length;
    assert.ok(found > 0 && found < keys.length, `some documents found (${found})`);
    assert.match(opened.snapshot.problems[0] ?? '', /onleesbaar/);
  });
});

describe('fixture snapshot (real payloads only)', () => {
  it('is what the builder makes from the copied samples today', async () => {
    // Regenerate with: node out/test/fixtures/build-snapshot.js
    const stored = await readSnapshotData(path.join(FIXTURES, 'snapshot'));
    assert.deepEqual(stored, JSON.parse(JSON.stringify(buildFixtureData(SAMPLES))));
    assert.equal(snapshotFromData(stored).document('19637:3370')?.soort, 'Motie');
  });

  it('resolves 19 637, nr. 3370 to the motie of the lid Podt c.s. and nr. 3384 to its gewijzigde version', () => {
    const data = fixtureSnapshot();
    const original = data.motie('19637:3370')!;
    assert.equal(original.zaakNummer, '2025Z02753');
    assert.equal(original.indieners[0]?.naam, 'Podt');
    assert.ok(original.medeIndieners.length > 0, 'c.s.');
    assert.deepEqual(original.vervangenDoor, ['19637:3384']);
    const gewijzigd = data.motie('19637:3384')!;
    assert.equal(data.document('19637:3384')?.soort, 'Motie (gewijzigd/nader)');
    assert.equal(gewijzigd.vervangt, '19637:3370');
    assert.equal(data.dossier('19637')?.titel, 'Vreemdelingenbeleid');
    for (const d of [...data.documentsOf('19637'), ...data.documentsOf('29754')]) assert.ok(d.source, `${d.key} names its source`);
  });

  it('gives KB302 for a brief cited as a motie and KB303 for a wrong indiener', () => {
    const data = fixtureSnapshot();
    const ids = (text: string): string[] => lintText(text, { data }).messages.map((m) => m.ruleId).filter((id) => /^KB30[2-6]$/.test(id));
    assert.deepEqual(ids('Naar aanleiding van de motie van het lid Becker (VVD)[^1] informeer ik u.\n\n[^1]: Kamerstuk 29 754, nr. 471.\n'), ['KB302']);
    assert.deepEqual(ids('De motie van het lid Piri c.s. (Kamerstuk 19 637, nr. 3384) vraagt om een schaderegeling.\n'), ['KB303']);
    assert.deepEqual(ids('De gewijzigde motie van het lid Podt c.s. (Kamerstuk 19 637, nr. 3384) vraagt om een schaderegeling.\n'), []);
  });

  it('lets data rules stay silent without a snapshot', () => {
    const text = 'De motie van het lid Piri c.s. (Kamerstuk 19 637, nr. 3370) is verworpen.\n';
    assert.deepEqual(lintText(text).messages.filter((m) => /^KB(121|30[2-6])$/.test(m.ruleId)), []);
  });
});
