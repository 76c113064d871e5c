// A snapshot stays right for a reader that opened it before a sync elsewhere replaced the folder
// (the language server runs while `kamerbrief sync` runs in a terminal), and the writer cleans up
// after writers that died.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSnapshot, readSnapshotData, writeSnapshot } from '../../server/src/data/store.js';
import { SNAPSHOT_FORMAT, type SnapshotData } from '../../server/src/data/types.js';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kb-snapshot-swap-'));
}

/** `documents` documents over 97 dossiers; `label` goes into every title and the motie outcome. */
function generated(documents: number, label: string): SnapshotData {
  const data: SnapshotData = {
    meta: { format: SNAPSHOT_FORMAT, createdAt: `2026-01-01T00:00:00.000Z-${label}`, origin: 'test', syncedUntil: {}, counts: { dossiers: 0, documents: 0, moties: 0, persons: 0 } },
    dossiers: [],
    documents: [],
    moties: [],
    persons: [],
  };
  for (let i = 0; i < documents; i++) {
    const dossier = String(30000 + (i % 97));
    const key = `${dossier}:${i}`;
    // Titles of different lengths per label, so the old offsets point into the middle of new lines.
    data.documents.push({ key, dossier, nr: String(i), soort: 'Motie', titel: `${label} ${'x'.repeat(i % 13)} ${i}`, onderwerp: null, datum: '2025-01-01', vergaderjaar: '2024-2025' });
    if (i % 2 === 0) data.moties.push({ key, zaakNummer: null, gewijzigd: false, indieners: [{ naam: label, fractie: null }], medeIndieners: [], besluiten: [], uitkomst: null, vervangt: null, vervangenDoor: [] });
  }
  for (let d = 0; d < 97; d++) data.dossiers.push({ key: String(30000 + d), nummer: 30000 + d, toevoeging: null, titel: `${label} dossier ${d}` });
  return data;
}

describe('snapshot replaced while open', () => {
  it('never answers with a record of another key, and moves to the new snapshot', async () => {
    const dir = path.join(tmp(), 'gegevens');
    await writeSnapshot(dir, generated(3000, 'oud'));
    const opened = openSnapshot(dir, { recheckMs: 60_000 });
    assert.equal(opened.status, 'ok');
    if (opened.status !== 'ok') return;
    const s = opened.snapshot;
    // Read some shards before the swap (their index is then in memory).
    for (let i = 0; i < 3000; i += 7) assert.equal(s.document(`${30000 + (i % 97)}:${i}`)?.titel?.startsWith('oud'), true);
    // Another process syncs: more documents (another shard count), other offsets.
    await writeSnapshot(dir, generated(9000, 'nieuw'));
    let nieuw = 0;
    for (let i = 0; i < 9000; i += 5) {
      const key = `${30000 + (i % 97)}:${i}`;
      const d = s.document(key);
      const m = s.motie(key);
      if (i < 3000) assert.ok(d, `${key} is found in the old or the new snapshot`);
      if (d) {
        assert.equal(d.key, key);
        assert.match(d.titel ?? '', new RegExp(`^(oud|nieuw) x* ${i}$`));
        if (d.titel?.startsWith('nieuw')) nieuw++;
      }
      if (m) assert.equal(m.key, key);
      if (i % 2 === 0 && d?.titel?.startsWith('nieuw')) assert.equal(m?.indieners[0]?.naam, 'nieuw');
    }
    assert.ok(nieuw > 0, 'the new snapshot is used once the swap is noticed');
    assert.equal(s.meta.counts.documents, 9000);
    assert.equal(s.dossier('30001')?.titel, 'nieuw dossier 1');
    assert.deepEqual(s.problems, []);
  });

  it('notices a replaced folder by itself when asked to look again at once', async () => {
    const dir = path.join(tmp(), 'gegevens');
    await writeSnapshot(dir, generated(500, 'oud'));
    const opened = openSnapshot(dir, { recheckMs: 0 });
    if (opened.status !== 'ok') throw new Error(opened.status);
    const s = opened.snapshot;
    assert.equal(s.document('30001:1')?.titel, 'oud x 1');
    assert.equal(s.dossier('30001')?.titel, 'oud dossier 1');
    await writeSnapshot(dir, generated(500, 'nieuw'));
    assert.equal(s.meta.createdAt, '2026-01-01T00:00:00.000Z-nieuw');
    assert.equal(s.document('30001:1')?.titel, 'nieuw x 1');
    assert.equal(s.dossier('30001')?.titel, 'nieuw dossier 1');
    assert.deepEqual(s.problems, []);
  });

  it('cleans up folders of writers that died and takes back a snapshot they had moved aside', async () => {
    const parent = tmp();
    const dir = path.join(parent, 'gegevens');
    await writeSnapshot(dir, generated(50, 'oud'));
    // A writer killed while writing its new folder, and one killed between its two renames.
    const dead = 2 ** 22 + 12345; // above any pid_max: no such process
    fs.mkdirSync(path.join(parent, `gegevens.new-${dead}-1`));
    fs.renameSync(dir, path.join(parent, `gegevens.old-${dead}-2`));
    const back = await readSnapshotData(dir);
    assert.equal(back.documents.length, 50, 'the moved-aside snapshot is taken back');
    await writeSnapshot(dir, generated(60, 'nieuw'));
    assert.deepEqual(fs.readdirSync(parent), ['gegevens']);
  });

  it('leaves the folders of a writer that is still running alone', async () => {
    const parent = tmp();
    const dir = path.join(parent, 'gegevens');
    await writeSnapshot(dir, generated(50, 'oud'));
    const running = path.join(parent, `gegevens.new-${process.ppid}-${Date.now()}`);
    fs.mkdirSync(running);
    await writeSnapshot(dir, generated(60, 'nieuw'));
    assert.ok(fs.existsSync(running), 'a live writer keeps its folder');
  });
});
