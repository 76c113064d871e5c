// The snapshot folder on disk: the sentence for each way it can be wrong, what a write records in
// meta.json, a layout that stays readable across versions of the same format, and which leftovers
// of writers that died a later reader or writer takes back or removes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSnapshot, readSnapshotData, writeSnapshot } from '../../server/src/data/store.js';
import { shardCount } from '../../server/src/data/store/layout.js';
import { SNAPSHOT_FORMAT, type SnapshotData } from '../../server/src/data/types.js';

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'kb-folder-'));
const DEAD = 2 ** 22 + 12345; // above any pid_max: no such process

function generated(documents: number, label = 'oud'): SnapshotData {
  const data: SnapshotData = {
    meta: { format: SNAPSHOT_FORMAT, createdAt: `2026-01-01T00:00:00.000Z-${label}`, origin: 'test', syncedUntil: {}, counts: { dossiers: 0, documents: 0, moties: 0, persons: 0 } },
    dossiers: [],
    documents: [],
    moties: [],
    persons: [],
  };
  for (let i = 0; i < documents; i++) {
    const dossier = String(30000 + (i % 97));
    data.documents.push({ key: `${dossier}:${i}`, dossier, nr: String(i), soort: 'Brief regering', titel: `${label} ${i}`, onderwerp: null, datum: '2025-01-01', vergaderjaar: '2024-2025' });
  }
  return data;
}

function problem(dir: string): string {
  const opened = openSnapshot(dir);
  return opened.status === 'problem' ? opened.message : `(${opened.status})`;
}

function createdAt(dir: string): string {
  const opened = openSnapshot(dir);
  return opened.status === 'ok' ? opened.snapshot.meta.createdAt : `(${opened.status === 'problem' ? opened.message : 'none'})`;
}

describe('snapshot folder: what is wrong with it, in one sentence', () => {
  it('a folder without manifest, without shard count, with an incomplete or unreadable meta.json', async () => {
    const dir = path.join(tmp(), 'gegevens');
    await writeSnapshot(dir, generated(10));
    const manifest = path.join(dir, 'manifest.json');
    const meta = path.join(dir, 'meta.json');
    const goodMeta = fs.readFileSync(meta, 'utf8');
    for (const shards of [0, 1.5, '1', null]) {
      fs.writeFileSync(manifest, JSON.stringify({ format: SNAPSHOT_FORMAT, shards }));
      assert.equal(problem(dir), `De gegevens in ${dir} zijn onleesbaar (aantal delen ontbreekt); voer kamerbrief sync uit.`, String(shards));
    }
    fs.writeFileSync(manifest, JSON.stringify({ format: SNAPSHOT_FORMAT, shards: 1 }));
    const full = JSON.parse(goodMeta) as Record<string, unknown>;
    for (const broken of [{ ...full, createdAt: undefined }, { ...full, createdAt: 20260101 }, { ...full, counts: null }, { ...full, counts: 'veel' }, { ...full, counts: undefined }, 'meta']) {
      fs.writeFileSync(meta, JSON.stringify(broken));
      assert.equal(problem(dir), `De gegevens in ${dir} zijn onleesbaar (meta.json is onvolledig); voer kamerbrief sync uit.`, JSON.stringify(broken));
    }
    fs.rmSync(meta);
    assert.match(problem(dir), new RegExp(`^De gegevens in ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} zijn onleesbaar \\(ENOENT.*\\); voer kamerbrief sync uit\\.$`));
    fs.writeFileSync(meta, goodMeta);
    assert.equal(createdAt(dir), '2026-01-01T00:00:00.000Z-oud');
    fs.rmSync(manifest);
    assert.equal(problem(dir), `De map ${dir} bevat geen Kamerbrief-gegevens (manifest.json ontbreekt); voer kamerbrief sync uit.`);
  });

  it('a format that is not a number counts as newer; an older number asks for a sync', async () => {
    const dir = path.join(tmp(), 'gegevens');
    await writeSnapshot(dir, generated(10));
    const manifest = path.join(dir, 'manifest.json');
    fs.writeFileSync(manifest, JSON.stringify({ format: 1, shards: 1 }));
    assert.equal(problem(dir), `De gegevens in ${dir} hebben een ouder formaat (1, verwacht 2); voer kamerbrief sync uit om ze bij te werken.`);
    await assert.rejects(readSnapshotData(dir), /formaat 1, verwacht 2/);
    fs.writeFileSync(manifest, JSON.stringify({ format: '1', shards: 1 }));
    assert.equal(problem(dir), `De gegevens in ${dir} hebben een nieuwer formaat (1, verwacht 2); werk Kamerbrief bij of synchroniseer opnieuw.`);
    fs.writeFileSync(manifest, 'null');
    assert.equal(problem(dir), `De gegevens in ${dir} hebben een nieuwer formaat (undefined, verwacht 2); werk Kamerbrief bij of synchroniseer opnieuw.`);
  });
});

describe('snapshot folder: what a write records', () => {
  it('meta.json has the format and counts of what was written, whatever the data claimed', async () => {
    const dir = path.join(tmp(), 'gegevens');
    const data = generated(30);
    data.meta = { ...data.meta, format: 1, counts: { dossiers: 99, documents: 99, moties: 99, persons: 99 } };
    data.dossiers = [{ key: '30000', nummer: 30000, toevoeging: null, titel: 'Dossier' }];
    data.persons = [{ id: 'p1', achternaam: 'Podt', tussenvoegsel: null, initialen: null, roepnaam: null, fracties: [] }];
    data.moties = [{ key: '30000:0', zaakNummer: null, gewijzigd: false, indieners: [], medeIndieners: [], besluiten: [], uitkomst: null, vervangt: null, vervangenDoor: [] }];
    await writeSnapshot(dir, data);
    const opened = openSnapshot(dir);
    assert.ok(opened.status === 'ok');
    assert.equal(opened.snapshot.meta.format, SNAPSHOT_FORMAT);
    assert.deepEqual(opened.snapshot.meta.counts, { dossiers: 1, documents: 30, moties: 1, persons: 1 });
    assert.equal(opened.snapshot.toezeggingen(), null);
    const back = await readSnapshotData(dir);
    assert.equal('toezeggingen' in back, false, 'no register read back from a folder without one');
    assert.equal(back.moties[0]?.key, '30000:0');

    data.toezeggingen = [];
    await writeSnapshot(dir, data);
    const withRegister = openSnapshot(dir);
    assert.ok(withRegister.status === 'ok');
    assert.deepEqual(withRegister.snapshot.meta.counts, { dossiers: 1, documents: 30, moties: 1, persons: 1, toezeggingen: 0 });
    assert.deepEqual(withRegister.snapshot.toezeggingen(), []);
    assert.deepEqual((await readSnapshotData(dir)).toezeggingen, []);
  });

  it('an empty snapshot is one empty shard; about 250 documents a shard, at most 4096 shards', async () => {
    const dir = path.join(tmp(), 'gegevens');
    await writeSnapshot(dir, generated(0));
    assert.deepEqual(fs.readdirSync(path.join(dir, 'shards')).sort(), ['0000.idx.json', '0000.ndjson']);
    const opened = openSnapshot(dir);
    assert.ok(opened.status === 'ok');
    assert.equal(opened.snapshot.document('30000:0'), undefined);
    assert.deepEqual(opened.snapshot.problems, []);
    await writeSnapshot(dir, generated(1001));
    assert.equal(fs.readdirSync(path.join(dir, 'shards')).length, 2 * 5);
    assert.equal(fs.readdirSync(path.join(dir, 'shards')).at(-1), '0004.ndjson');
    assert.equal(shardCount(1000), 4);
    assert.equal(shardCount(5_000_000), 4096);
  });

  it('puts a dossier in the shard earlier versions of this format put it in (FNV-1a of the dossier key)', async () => {
    // A folder written by another build of the same SNAPSHOT_FORMAT must still be read: the shard a
    // dossier lives in is part of the format. Expected values: FNV-1a 32-bit, modulo the shard count.
    const dir = path.join(tmp(), 'gegevens');
    await writeSnapshot(dir, generated(1000));
    const inShard = (i: number): string[] => {
      const index = JSON.parse(fs.readFileSync(path.join(dir, 'shards', `000${i}.idx.json`), 'utf8')) as { documents: [string][] };
      return [...new Set(index.documents.map((e) => e[0].split(':')[0]!))].sort();
    };
    const fnv = (s: string): number => {
      let h = 0x811c9dc5;
      for (const c of Buffer.from(s, 'latin1')) h = Math.imul(h ^ c, 0x01000193);
      return h >>> 0;
    };
    // The reference against the published FNV-1a 32-bit test vectors.
    assert.deepEqual(['', 'a', 'foobar'].map(fnv), [0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
    for (let i = 0; i < 4; i++) {
      const expected = [...new Set(generated(1000).documents.map((d) => d.dossier))].filter((d) => fnv(d) % 4 === i).sort();
      assert.deepEqual(inShard(i), expected, `shard ${i}`);
    }
  });
});

describe('snapshot folder: leftovers of writers that died', () => {
  it('takes back the newest moved-aside snapshot of a dead writer, not one without manifest or of a live writer', async () => {
    const parent = tmp();
    const dir = path.join(parent, 'gegevens');
    const aside = async (name: string, label: string): Promise<void> => {
      await writeSnapshot(path.join(parent, 'werk'), generated(5, label));
      fs.renameSync(path.join(parent, 'werk'), path.join(parent, name));
    };
    await aside(`gegevens.old-${DEAD}-100`, 'ouder');
    await aside(`gegevens.old-${DEAD}-200`, 'nieuwer');
    await aside(`gegevens.old-${DEAD}-50`, 'oudst');
    assert.equal(createdAt(dir), '2026-01-01T00:00:00.000Z-nieuwer');
    // Aside but without a manifest: never finished, not a snapshot to take back.
    const half = path.join(tmp(), 'gegevens');
    fs.mkdirSync(`${half}.old-${DEAD}-300`);
    assert.equal(openSnapshot(half).status, 'none');
    // A dead writer's new folder, even a finished one, is not taken for the snapshot: only a moved-aside one is.
    const unswapped = path.join(tmp(), 'gegevens');
    await writeSnapshot(`${unswapped}.new-${DEAD}-400`, generated(5, 'onaf'));
    assert.equal(openSnapshot(unswapped).status, 'none');

    const live = path.join(tmp(), 'gegevens');
    await writeSnapshot(path.join(path.dirname(live), 'werk'), generated(5, 'bezig'));
    fs.renameSync(path.join(path.dirname(live), 'werk'), `${live}.old-${process.ppid}-${Date.now()}`);
    assert.equal(openSnapshot(live).status, 'none', 'a live writer finishes its own swap');
    // A leftover of a live pid from long ago: that pid is another process by now.
    fs.renameSync(fs.readdirSync(path.dirname(live)).map((n) => path.join(path.dirname(live), n)).find((p) => p.includes('.old-'))!, `${live}.old-${process.ppid}-1000`);
    assert.equal(createdAt(live), '2026-01-01T00:00:00.000Z-bezig');
  });

  it('a write removes what dead writers left, keeps this process\'s own and a live writer\'s, and leaves other names alone', async () => {
    const parent = tmp();
    const dir = path.join(parent, 'gegevens');
    await writeSnapshot(dir, generated(5));
    const names = [
      `gegevens.new-${DEAD}-1`, // dead writer
      `gegevens.old-${DEAD}-2`, // dead writer, snapshot present: not taken back
      `gegevens.new-${process.ppid}-1000`, // live pid, but an hour and more ago
      `gegevens.new-${process.ppid}-${Date.now()}`, // live writer
      `gegevens.new-${process.pid}-1000`, // this process
      'gegevens.new-abc-1',
      'gegevens.backup',
      `gegevensX.new-${DEAD}-1`,
      `andere08.new-${DEAD}-1`, // another folder whose name is as long as "gegevens"
      `gegevens.kopie.new-${DEAD}-1`,
      `gegevens.new-${DEAD}-1-2`,
    ];
    for (const n of names) fs.mkdirSync(path.join(parent, n));
    await writeSnapshot(dir, generated(6, 'nieuw'));
    assert.deepEqual(fs.readdirSync(parent).sort(), ['gegevens', ...names.slice(3)].sort());
    assert.equal(createdAt(dir), '2026-01-01T00:00:00.000Z-nieuw');
  });
});
