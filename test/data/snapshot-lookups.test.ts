// What the snapshot answers the engine and the completion: dossiers by the digits typed, members by
// surname, a dossier's Kamerstukken in number order, and one Dutch sentence per damaged part of
// the folder (never a throw), with absence in a damaged part not taken as proof.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSnapshot, readSnapshotData, snapshotFromData, writeSnapshot } from '../../server/src/data/store.js';
import type { IndexedSnapshot } from '../../server/src/data/store.js';
import { SNAPSHOT_FORMAT, type DocumentRecord, type PersonRecord, type SnapshotData } from '../../server/src/data/types.js';
import { FIXTURES } from '../helpers/paths.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lookups-'));

// Members as the Persoon set has them: a tussenvoegsel apart from the surname.
const PERSONS: PersonRecord[] = [
  { id: 'p-plas', achternaam: 'Plas', tussenvoegsel: 'van der', initialen: 'C.A.M.', roepnaam: 'Caroline', fracties: [{ fractie: 'BBB', van: '2021-03-31', tot: null }] },
  { id: 'p-dijk', achternaam: 'Dijk', tussenvoegsel: 'van', initialen: 'J.J.', roepnaam: 'Jasper', fracties: [{ fractie: 'SP', van: '2010-06-17', tot: '2023-12-05' }] },
  { id: 'p-podt', achternaam: 'Podt', tussenvoegsel: null, initialen: 'A.H.', roepnaam: 'Anne-Marijke', fracties: [{ fractie: 'D66', van: '2021-03-31', tot: null }] },
  { id: 'p-piri', achternaam: 'Piri', tussenvoegsel: null, initialen: 'K.', roepnaam: 'Kati', fracties: [{ fractie: 'GroenLinks-PvdA', van: '2023-12-06', tot: null }] },
];

function doc(dossier: string, nr: string, titel = `Kamerstuk ${dossier}, nr. ${nr}`): DocumentRecord {
  return { key: `${dossier}:${nr}`, dossier, nr, soort: 'Brief regering', titel, onderwerp: null, datum: '2025-01-01', vergaderjaar: '2024-2025' };
}

function data(documents: DocumentRecord[] = [], label = 'oud'): SnapshotData {
  const dossiers = [...new Set(documents.map((d) => d.dossier))].map((key) => ({ key, nummer: Number(key.split('-')[0]), toevoeging: key.split('-')[1] ?? null, titel: `${label} ${key}` }));
  return {
    meta: { format: SNAPSHOT_FORMAT, createdAt: `2026-01-01T00:00:00.000Z-${label}`, origin: 'test', syncedUntil: {}, counts: { dossiers: 0, documents: 0, moties: 0, persons: 0 } },
    dossiers,
    documents,
    moties: [],
    persons: PERSONS,
  };
}

/** `n` documents spread over 97 dossiers (several shards once n > 250). */
function many(n: number, label = 'oud'): SnapshotData {
  const documents: DocumentRecord[] = [];
  for (let i = 0; i < n; i++) documents.push(doc(String(30000 + (i % 97)), String(i), `${label} ${i}`));
  return data(documents, label);
}

async function written(d: SnapshotData, options: { recheckMs?: number } = {}): Promise<{ dir: string; snapshot: IndexedSnapshot }> {
  const dir = path.join(tmp(), 'gegevens');
  await writeSnapshot(dir, d);
  const opened = openSnapshot(dir, options);
  if (opened.status !== 'ok') throw new Error(opened.status === 'problem' ? opened.message : 'none');
  return { dir, snapshot: opened.snapshot };
}

describe('snapshot lookups for completion', () => {
  it('finds dossiers by the digits typed so far, in order, up to the limit (fixture)', () => {
    const s = fixtureSnapshot();
    const keys = (prefix: string, limit = 10): string[] => s.dossiersStartingWith(prefix, limit).map((d) => d.key);
    assert.deepEqual(keys(''), ['19637', '21501-20', '29754', '34104', '36410-XVI']);
    assert.deepEqual(keys('2'), ['21501-20', '29754']);
    assert.deepEqual(keys('3'), ['34104', '36410-XVI']);
    assert.deepEqual(keys('29754'), ['29754'], 'a whole dossier number finds that dossier');
    assert.deepEqual(keys('29 754'), ['29754'], 'a space as written in a citation');
    assert.deepEqual(keys('36\u00a0410-xvi'), ['36410-XVI'], 'a no-break space and a lower-case toevoeging');
    assert.deepEqual(keys('2', 1), ['21501-20']);
    assert.deepEqual(keys('', 0), []);
    assert.deepEqual(keys('4'), []);
    assert.deepEqual(keys('99'), [], 'past the last dossier');
    assert.deepEqual(keys('1'), ['19637'], 'before the first');
  });

  it('lists a dossier\'s Kamerstukken by number, lettered ones after, without those of other dossiers (fixture and written)', async () => {
    assert.deepEqual(fixtureSnapshot().documentsOf('29754').map((d) => d.nr), ['448', '451', '452', '459', '471', '472', '482', '500', '501']);
    assert.deepEqual(fixtureSnapshot().documentsOf('19637').map((d) => d.nr), ['3370', '3384']);
    assert.deepEqual(fixtureSnapshot().documentsOf('12345'), []);
    const { snapshot } = await written(data([doc('36600-VII', 'B'), doc('36600-VII', '10'), doc('36600-VII', 'A'), doc('36600-VII', '9'), doc('36600-VII', '100'), doc('36600-VII', '2'), doc('36600', '1'), doc('36600-VIII', '3')]));
    assert.deepEqual(snapshot.documentsOf('36600-VII').map((d) => d.nr), ['2', '9', '10', '100', 'A', 'B']);
    assert.deepEqual(snapshot.documentsOf('36600').map((d) => d.key), ['36600:1']);
    // Asked again (completion asks on every keystroke): the same answer.
    assert.deepEqual(snapshot.documentsOf('36600-VII').map((d) => d.nr), ['2', '9', '10', '100', 'A', 'B']);
  });

  it('finds members by surname with or without tussenvoegsel, case-insensitive, each once, up to the limit', async () => {
    for (const s of [snapshotFromData(data()), (await written(data())).snapshot]) {
      const names = (prefix: string, limit = 10): string[] => s.personsStartingWith(prefix, limit).map((p) => p.id);
      assert.deepEqual(names('van der'), ['p-plas']);
      assert.deepEqual(names('van der p'), ['p-plas']);
      assert.deepEqual(names('van derp'), []);
      assert.deepEqual(names('Plas'), ['p-plas']);
      assert.deepEqual(names('  PLAS '), ['p-plas']);
      assert.deepEqual(names('p'), ['p-piri', 'p-plas', 'p-podt']);
      assert.deepEqual(names('van'), ['p-plas', 'p-dijk']);
      assert.deepEqual(names(''), ['p-dijk', 'p-piri', 'p-plas', 'p-podt'], 'a member whose two names both match is listed once');
      assert.deepEqual(names('', 2), ['p-dijk', 'p-piri']);
      assert.deepEqual(names('', 0), []);
      assert.deepEqual(names('x'), []);
      assert.equal(s.fractieOn('p-plas', '2025-01-01'), 'BBB');
    }
  });

  it('a party membership without a start or end date counts from always or until now', () => {
    const d = data();
    d.persons = [{ id: 'p-x', achternaam: 'Kamerlid', tussenvoegsel: null, initialen: null, roepnaam: null, fracties: [{ fractie: 'CDA', van: null, tot: '2010-01-01' }, { fractie: 'NSC', van: '2023-11-22', tot: null }] }];
    const s = snapshotFromData(d);
    assert.deepEqual(['1990-01-01', '2010-01-01', '2010-01-02', '2023-11-22', '2099-01-01'].map((date) => s.fractieOn('p-x', date)), ['CDA', 'CDA', null, 'NSC', 'NSC']);
  });
});

describe('snapshot with damaged parts', () => {
  it('a damaged shard index: one sentence naming the file, its keys unreadable (not unknown), other shards answer', async () => {
    const { dir, snapshot } = await written(many(1000));
    fs.writeFileSync(path.join(dir, 'shards', '0000.idx.json'), '{"documents": [');
    const keys = many(1000).documents.map((d) => d.key);
    const missing = keys.filter((k) => !snapshot.document(k));
    assert.ok(missing.length > 0 && missing.length < keys.length, `${missing.length} unreadable`);
    for (const k of keys) assert.equal(snapshot.unreadable(k), missing.includes(k), k);
    assert.equal(snapshot.problems.length, 1, snapshot.problems.join('\n'));
    assert.match(snapshot.problems[0]!, /^Deel 0 van de gegevens \(shards\/0000\.idx\.json\) is onleesbaar \(.+\); voer kamerbrief sync uit\.$/);
    // The completion of that dossier's numbers is empty, not an error.
    const dossier = missing[0]!.split(':')[0]!;
    assert.deepEqual(snapshot.documentsOf(dossier), []);
  });

  it('damaged records: one sentence per shard however many are asked for, naming what was asked', async () => {
    const { dir, snapshot } = await written(many(600));
    const records = path.join(dir, 'shards', '0001.ndjson');
    fs.writeFileSync(records, 'x'.repeat(fs.statSync(records).size));
    const keys = many(600).documents.map((d) => d.key);
    const missing = keys.filter((k) => !snapshot.document(k));
    assert.ok(missing.length > 1 && missing.length < keys.length);
    assert.ok(missing.every((k) => snapshot.unreadable(k)));
    assert.deepEqual(snapshot.documentsOf(missing[0]!.split(':')[0]!), [], 'no unreadable Kamerstuk offered for completion');
    assert.equal(snapshot.unreadable(keys.find((k) => !missing.includes(k))!), false);
    assert.deepEqual(snapshot.problems, [`Deel 1 van de gegevens (shards/0001.ndjson) is beschadigd, een gegeven bij ${missing[0]} is onleesbaar (${problemCause(snapshot.problems[0]!)}); voer kamerbrief sync uit.`]);
    const other = await written(many(600));
    // The index of shard 1 replaced by that of shard 0: completing a dossier of shard 1 says so.
    fs.copyFileSync(path.join(other.dir, 'shards', '0000.idx.json'), path.join(other.dir, 'shards', '0001.idx.json'));
    const dossier = missing[0]!.split(':')[0]!;
    assert.deepEqual(other.snapshot.documentsOf(dossier), []);
    assert.deepEqual(other.snapshot.problems, [`Deel 1 van de gegevens (shards/0001.ndjson) is beschadigd, de Kamerstukken van dossier ${dossier} is onleesbaar (deel 1 hoort bij andere gegevens); voer kamerbrief sync uit.`]);
  });

  it('keeps at most 20 problem sentences, each once', async () => {
    const { dir, snapshot } = await written(many(6500));
    const shards = fs.readdirSync(path.join(dir, 'shards')).filter((f) => f.endsWith('.idx.json'));
    assert.ok(shards.length > 20);
    for (const f of shards) fs.writeFileSync(path.join(dir, 'shards', f), 'kapot');
    for (const d of many(6500).documents) snapshot.document(d.key);
    assert.equal(snapshot.problems.length, 20);
    assert.equal(new Set(snapshot.problems).size, 20);
  });

  it('a record in the wrong place (a document where a motie was, another key) is refused, not answered', async () => {
    const d = data([doc('19637', '3370'), doc('19637', '3384')]);
    d.moties.push({ key: '19637:3370', zaakNummer: '2025Z02753', gewijzigd: false, indieners: [{ naam: 'Podt', fractie: 'D66' }], medeIndieners: [], besluiten: [], uitkomst: null, vervangt: null, vervangenDoor: [] });
    const { dir } = await written(d);
    const idxFile = path.join(dir, 'shards', '0000.idx.json');
    const index = JSON.parse(fs.readFileSync(idxFile, 'utf8')) as { documents: [string, number, number][]; moties: [string, number, number][] };
    const at = (list: [string, number, number][], key: string): [string, number, number] => list.find((e) => e[0] === key)!;
    // 3384's entry points at 3370's line; 3370's document entry points at its motie's line.
    const swapped = {
      ...index,
      documents: [
        ['19637:3384', ...at(index.documents, '19637:3370').slice(1)],
        ['19637:3370', ...at(index.moties, '19637:3370').slice(1)],
      ],
      moties: [['19637:3370', ...at(index.documents, '19637:3370').slice(1)]],
    };
    fs.writeFileSync(idxFile, JSON.stringify(swapped));
    const opened = openSnapshot(dir);
    if (opened.status !== 'ok') throw new Error(opened.status);
    assert.equal(opened.snapshot.document('19637:3384'), undefined);
    assert.equal(opened.snapshot.document('19637:3370'), undefined);
    assert.equal(opened.snapshot.motie('19637:3370'), undefined);
    assert.equal(opened.snapshot.problems.length, 1);
    assert.match(opened.snapshot.problems[0]!, /^Deel 0 van de gegevens \(shards\/0000\.ndjson\) is beschadigd, een gegeven bij 19637:3384 is onleesbaar \(op de plaats van 19637:3384 staat een ander gegeven\); voer kamerbrief sync uit\.$/);
  });

  it('a shard index of another snapshot is refused; one written before indexes named their shard is read', async () => {
    const { dir } = await written(many(600));
    const keys = many(600).documents.map((d) => d.key);
    const idx = (i: number): string => path.join(dir, 'shards', `000${i}.idx.json`);
    const foreign = JSON.parse(fs.readFileSync(idx(1), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(idx(0), JSON.stringify({ ...foreign, shard: 1 }));
    const first = openSnapshot(dir);
    if (first.status !== 'ok') throw new Error(first.status);
    const found = keys.filter((k) => first.snapshot.document(k)).length;
    assert.ok(found > 0 && found < keys.length);
    assert.match(first.snapshot.problems.join('\n'), /shards\/0000\.ndjson\) is beschadigd, .* \(deel 0 hoort bij andere gegevens\)/);
    fs.writeFileSync(idx(0), JSON.stringify({ ...foreign, shard: 0, shards: 9 }));
    const second = openSnapshot(dir);
    if (second.status !== 'ok') throw new Error(second.status);
    keys.forEach((k) => second.snapshot.document(k));
    assert.match(second.snapshot.problems.join('\n'), /deel 0 hoort bij andere gegevens/);
    // An index without shard/shards (an older writer) is trusted.
    const own = JSON.parse(fs.readFileSync(idx(1), 'utf8')) as Record<string, unknown>;
    delete own.shard;
    delete own.shards;
    fs.writeFileSync(idx(1), JSON.stringify(own));
    const older = openSnapshot(dir);
    if (older.status !== 'ok') throw new Error(older.status);
    const inOne = keys.filter((k) => older.snapshot.document(k) && !older.snapshot.unreadable(k));
    assert.ok(inOne.length > 0);
    assert.ok(!older.snapshot.problems.some((p) => p.includes('Deel 1 ')), older.snapshot.problems.join('\n'));
  });

  it('a damaged dossier or member list: what is readable of it, and one sentence saying what was skipped', async () => {
    const { dir } = await written(data([doc('19637', '3370'), doc('29754', '471')]));
    const open = (): IndexedSnapshot => {
      const o = openSnapshot(dir);
      if (o.status !== 'ok') throw new Error(o.status);
      return o.snapshot;
    };
    const persons = JSON.parse(fs.readFileSync(path.join(dir, 'persons.json'), 'utf8')) as unknown[];
    fs.writeFileSync(path.join(dir, 'persons.json'), JSON.stringify([...persons, null, { id: 'p-x', achternaam: 'Zonder fracties' }, { id: 7, achternaam: 'X', fracties: [] }, { id: 'p-y', achternaam: 3, fracties: [] }]));
    const s = open();
    assert.deepEqual(s.personsStartingWith('', 10).map((p) => p.id), ['p-dijk', 'p-piri', 'p-plas', 'p-podt']);
    assert.deepEqual(s.problems, ['4 van de personen in de gegevens (persons.json) zijn beschadigd en overgeslagen; voer kamerbrief sync uit.']);
    assert.equal(s.document('19637:3370')?.key, '19637:3370', 'the documents are still there');

    fs.writeFileSync(path.join(dir, 'dossiers.json'), JSON.stringify({ key: '19637' }));
    const notAList = open();
    assert.equal(notAList.dossier('19637'), undefined);
    assert.deepEqual(notAList.dossiersStartingWith('', 5), []);
    assert.deepEqual(notAList.problems, ['De dossiers in de gegevens (dossiers.json) zijn onleesbaar (geen lijst); voer kamerbrief sync uit.']);

    fs.writeFileSync(path.join(dir, 'dossiers.json'), JSON.stringify([{ key: '19637', nummer: 19637, toevoeging: null, titel: 'Vreemdelingenbeleid' }, { key: 29754 }]));
    const oneBad = open();
    assert.equal(oneBad.dossier('19637')?.titel, 'Vreemdelingenbeleid');
    assert.deepEqual(oneBad.problems, ['1 van de dossiers in de gegevens (dossiers.json) zijn beschadigd en overgeslagen; voer kamerbrief sync uit.']);

    fs.writeFileSync(path.join(dir, 'persons.json'), '[{"id": "p-');
    const unreadable = open();
    assert.equal(unreadable.fractieOn('p-plas', '2025-01-01'), null);
    assert.match(unreadable.problems[0]!, /^De personen in de gegevens \(persons\.json\) zijn onleesbaar \(.+\); voer kamerbrief sync uit\.$/);

    fs.writeFileSync(path.join(dir, 'toezeggingen.json'), JSON.stringify([{ id: 'tz-1', nummer: 'TZ202501-001' }, { nummer: 'zonder id' }]));
    const register = open();
    assert.deepEqual(register.toezeggingen()?.map((t) => t.id), ['tz-1']);
    assert.deepEqual(register.problems, ['1 van de toezeggingen in de gegevens (toezeggingen.json) zijn beschadigd en overgeslagen; voer kamerbrief sync uit.']);
  });
});

function problemCause(sentence: string): string {
  return /is onleesbaar \((.*)\); voer/.exec(sentence)?.[1] ?? '';
}

describe('snapshot replaced while open: every cached answer moves along', () => {
  it('completion lists, members, the register and damage of the old folder are forgotten', async () => {
    const old = data([doc('19637', '3370'), doc('19637', '3384')], 'oud');
    old.toezeggingen = [{ id: 'tz-oud', nummer: 'TZ-oud', tekst: null, status: null, aanmaakdatum: null, ministerie: null, toezegger: null, functie: null, activiteit: null } as never];
    const { dir, snapshot } = await written(old, { recheckMs: 0 });
    fs.writeFileSync(path.join(dir, 'shards', '0000.ndjson'), 'x'.repeat(fs.statSync(path.join(dir, 'shards', '0000.ndjson')).size));
    assert.equal(snapshot.document('19637:3370'), undefined);
    assert.equal(snapshot.unreadable('19637:3370'), true);
    assert.deepEqual(snapshot.dossiersStartingWith('1', 5).map((d) => d.titel), ['oud 19637']);
    assert.deepEqual(snapshot.personsStartingWith('p', 5).map((p) => p.id), ['p-piri', 'p-plas', 'p-podt']);
    assert.deepEqual(snapshot.toezeggingen()?.map((t) => t.id), ['tz-oud']);
    const problems = [...snapshot.problems];

    const next = data([doc('19637', '3370'), doc('19637', '3384'), doc('19637', '3400')], 'nieuw');
    next.persons = [PERSONS[3]!];
    await writeSnapshot(dir, next);
    assert.equal(snapshot.meta.createdAt, '2026-01-01T00:00:00.000Z-nieuw');
    assert.equal(snapshot.unreadable('19637:3370'), false);
    assert.equal(snapshot.document('19637:3370')?.key, '19637:3370');
    assert.deepEqual(snapshot.documentsOf('19637').map((d) => d.nr), ['3370', '3384', '3400']);
    assert.deepEqual(snapshot.dossiersStartingWith('1', 5).map((d) => d.titel), ['nieuw 19637']);
    assert.deepEqual(snapshot.personsStartingWith('p', 5).map((p) => p.id), ['p-piri']);
    assert.equal(snapshot.toezeggingen(), null, 'the new folder has no register');
    assert.deepEqual(snapshot.problems, problems, 'no new problem');
  });

  it('a folder replaced by one that cannot be read: the old answers stay and the reason is told once', async () => {
    const { dir, snapshot } = await written(data([doc('19637', '3370')]), { recheckMs: 0 });
    assert.equal(snapshot.document('19637:3370')?.key, '19637:3370');
    const manifest = path.join(dir, 'manifest.json');
    fs.rmSync(manifest);
    // In the middle of a swap (no manifest): nothing to compare yet, keep reading.
    assert.equal(snapshot.meta.createdAt, '2026-01-01T00:00:00.000Z-oud');
    assert.deepEqual(snapshot.problems, []);
    fs.writeFileSync(manifest + '.tmp', JSON.stringify({ format: 99, shards: 1 }));
    fs.renameSync(manifest + '.tmp', manifest);
    assert.equal(snapshot.meta.createdAt, '2026-01-01T00:00:00.000Z-oud');
    assert.equal(snapshot.document('19637:3370')?.key, '19637:3370');
    assert.equal(snapshot.problems.length, 1);
    assert.match(snapshot.problems[0]!, /hebben een nieuwer formaat \(99, verwacht 2\)/);
  });

  it('without recheckMs 0 a replaced folder is only looked at again after a while, unless a read fails', async () => {
    const { dir, snapshot } = await written(data([doc('19637', '3370')]), { recheckMs: 60_000 });
    // Replaced before the first lookup: the minute counts from the opening.
    await writeSnapshot(dir, data([doc('19637', '3370'), doc('19637', '3384')], 'nieuw'));
    assert.equal(snapshot.meta.createdAt, '2026-01-01T00:00:00.000Z-oud');
    // Answers already given come from memory within that minute, without looking at the folder.
    const seen = await written(data([doc('19637', '3370')]), { recheckMs: 60_000 });
    const ask = (x: IndexedSnapshot): unknown[] => [x.dossier('19637')?.titel, x.dossiersStartingWith('1', 5).map((d) => d.titel), x.personsStartingWith('p', 5).map((p) => p.id), x.fractieOn('p-plas', '2025-01-01'), x.toezeggingen()];
    const before = ask(seen.snapshot);
    const next = data([doc('19637', '3370')], 'nieuw');
    next.persons = [{ ...PERSONS[0]!, fracties: [{ fractie: 'Onafhankelijk', van: '2021-03-31', tot: null }] }];
    next.toezeggingen = [];
    await writeSnapshot(seen.dir, next);
    assert.deepEqual(ask(seen.snapshot), before);
    assert.deepEqual(before, ['oud 19637', ['oud 19637'], ['p-piri', 'p-plas', 'p-podt'], 'BBB', null]);
    // A read that fails because the files changed under the old index looks again at once.
    const other = await written(data([doc('19637', '3370'), doc('19637', '3384')]), { recheckMs: 60_000 });
    assert.equal(other.snapshot.document('19637:3370')?.titel, 'Kamerstuk 19637, nr. 3370');
    await writeSnapshot(other.dir, data([doc('19637', '1'), doc('19637', '3384', 'Nieuwe titel'), doc('19637', '3370')], 'nieuw'));
    assert.equal(other.snapshot.document('19637:3384')?.titel, 'Nieuwe titel');
    assert.equal(other.snapshot.meta.createdAt, '2026-01-01T00:00:00.000Z-nieuw');
    assert.deepEqual(other.snapshot.problems, []);
  });
});

describe('snapshot held in memory (sync\'s data before it is written, tests)', () => {
  it('answers every lookup as the folder written from the same data does (fixture, and 1000 documents over 4 shards)', async () => {
    const fixture = await readSnapshotData(path.join(FIXTURES, 'snapshot'));
    const large = many(1000);
    large.moties = large.documents.filter((_, i) => i % 3 === 0).map((d) => ({ key: d.key, zaakNummer: null, gewijzigd: false, indieners: [{ naam: 'Podt', fractie: 'D66' }], medeIndieners: [], besluiten: [], uitkomst: null, vervangt: null, vervangenDoor: [] }));
    large.toezeggingen = [{ id: 'tz-1', nummer: 'TZ202501-001' } as never];
    for (const d of [fixture, large]) {
      const memory = snapshotFromData(d);
      const { snapshot: folder } = await written(d);
      for (const r of d.documents) {
        assert.deepEqual(memory.document(r.key), folder.document(r.key), r.key);
        assert.deepEqual(memory.motie(r.key), folder.motie(r.key), r.key);
        assert.ok(memory.document(r.key), r.key);
      }
      for (const m of d.moties) assert.equal(memory.motie(m.key)?.key, m.key);
      for (const dossier of d.dossiers) assert.deepEqual(memory.documentsOf(dossier.key), folder.documentsOf(dossier.key));
      assert.deepEqual(memory.toezeggingen(), folder.toezeggingen());
      assert.deepEqual(memory.meta, d.meta);
    }
  });
});
