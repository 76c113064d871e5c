// Every way `kamerbrief snapshot import` / `sync --from` refuses an archive, each as the one Dutch
// sentence the CLI prints, checked before the data folder is touched; and what `snapshot export`
// records about the data (the control record the importer shows).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exportSnapshot } from '../../server/src/data/archive/export-archive.js';
import { importSnapshot, readArchive } from '../../server/src/data/archive/import-archive.js';
import { ArchiveError } from '../../server/src/data/archive/archive-format.js';
import { openSnapshot, readSnapshotData, writeSnapshot } from '../../server/src/data/store.js';
import { FIXTURES } from '../helpers/paths.js';

const SNAPSHOT = path.join(FIXTURES, 'snapshot');
const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'kb-archief-checks-'));

let archive = '';
before(async () => {
  archive = path.join(tmp(), 'gegevens.zip');
  await exportSnapshot(SNAPSHOT, archive);
});

/** An archive with the records (and, unless `keepSum`, a matching SHA-256) or the control record edited. */
function edited(options: { data?: (data: Record<string, unknown>) => unknown; control?: (control: Record<string, unknown>) => unknown; raw?: (entries: Record<string, Uint8Array>) => void }): string {
  const entries = unzipSync(fs.readFileSync(archive));
  const control = JSON.parse(strFromU8(entries['controle.json']!)) as Record<string, unknown>;
  if (options.data) {
    const data = JSON.parse(strFromU8(entries['gegevens.json']!)) as Record<string, unknown>;
    const changed = options.data(data) ?? data;
    entries['gegevens.json'] = strToU8(typeof changed === 'string' ? changed : JSON.stringify(changed));
    control.sha256 = createHash('sha256').update(entries['gegevens.json']).digest('hex');
  }
  entries['controle.json'] = strToU8(JSON.stringify(options.control ? (options.control(control) ?? control) : control));
  options.raw?.(entries);
  const file = path.join(tmp(), 'bewerkt.zip');
  fs.writeFileSync(file, zipSync(entries));
  return file;
}

/** The sentence an import of `file` is refused with (after the archive's path). */
function refusal(file: string): string {
  try {
    readArchive(file);
  } catch (err) {
    assert.ok(err instanceof ArchiveError, String(err));
    return err.message.startsWith(file) ? err.message.slice(file.length) : err.message;
  }
  assert.fail(`${file} was accepted`);
}

const DAMAGED = ' is beschadigd of geen Kamerbrief-gegevensarchief';

describe('snapshot archive: what export records', () => {
  it('the control record tells the data\'s date, source, format and counts, and matches the records', async () => {
    const file = path.join(tmp(), 'uit.zip');
    const control = await exportSnapshot(SNAPSHOT, file);
    const meta = (await readSnapshotData(SNAPSHOT)).meta;
    assert.deepEqual(control, {
      archief: 1,
      formaat: 2,
      sha256: control.sha256,
      gegevensVan: meta.createdAt,
      bron: meta.origin,
      aantallen: { dossiers: 5, documents: 14, moties: 9, persons: 19 },
    });
    assert.match(control.sha256, /^[0-9a-f]{64}$/);
    const read = readArchive(file);
    assert.deepEqual(read.control, control);
    assert.equal(read.data.documents.length, 14);
    // An uppercase checksum (typed over from a mail) is the same checksum.
    const upper = edited({ control: (c) => ({ ...c, sha256: String(c.sha256).toUpperCase() }) });
    assert.equal(readArchive(upper).data.moties.length, 9);
  });

  it('says why nothing can be exported: no folder, a folder of another format, unreadable records', async () => {
    const empty = path.join(tmp(), 'leeg');
    await assert.rejects(exportSnapshot(empty, path.join(tmp(), 'x.zip')), (err: Error) => err instanceof ArchiveError && err.message === `geen gegevens in ${empty}; voer eerst kamerbrief sync uit of geef --data <map>`);
    const dir = path.join(tmp(), 'gegevens');
    await writeSnapshot(dir, await readSnapshotData(SNAPSHOT));
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ format: 1, shards: 1 }));
    await assert.rejects(exportSnapshot(dir, path.join(tmp(), 'x.zip')), (err: Error) => err instanceof ArchiveError && /hebben een ouder formaat \(1, verwacht 2\)/.test(err.message));
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ format: 2, shards: 1 }));
    fs.rmSync(path.join(dir, 'shards', '0000.ndjson'));
    const out = path.join(tmp(), 'x.zip');
    await assert.rejects(exportSnapshot(dir, out), (err: Error) => err instanceof ArchiveError && err.message.startsWith(`de gegevens in ${dir} zijn onleesbaar (`) && err.message.endsWith('); voer kamerbrief sync uit'));
    assert.equal(fs.existsSync(out), false, 'no archive written');
  });
});

describe('snapshot archive: refused before the folder is touched', () => {
  it('refuses a file that is missing, a folder, or too large to be an archive', () => {
    const dir = tmp();
    assert.equal(refusal(path.join(dir, 'nergens.zip')), ' bestaat niet');
    assert.equal(refusal(dir), ' is een map, geen gegevensarchief');
    const inFile = path.join(dir, 'brief.md');
    fs.writeFileSync(inFile, 'Mijn brief.\n');
    assert.equal(refusal(path.join(inFile, 'gegevens.zip')), ' is niet te lezen (ENOTDIR)');
    const huge = path.join(dir, 'groot.zip');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 513 * 1024 * 1024); // sparse: nothing is written
    assert.equal(refusal(huge), ' is te groot voor een gegevensarchief (513 MB)');
  });

  it('refuses an entry whose unpacked size is over the limit without unpacking it', () => {
    const entries = unzipSync(fs.readFileSync(archive));
    const zip = Buffer.from(zipSync(entries));
    // Set the unpacked size of gegevens.json in the central directory to 1 GB + 1.
    const name = Buffer.from('gegevens.json');
    for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      if (zip.subarray(at + 46, at + 46 + name.length).equals(name)) zip.writeUInt32LE(1024 * 1024 * 1024 + 1, at + 24);
    }
    const file = path.join(tmp(), 'bom.zip');
    fs.writeFileSync(file, zip);
    assert.equal(refusal(file), `${DAMAGED} (gegevens.json is te groot)`);
  });

  it('refuses a missing or unreadable entry, a control record without checksum or of another archive version', () => {
    assert.equal(refusal(edited({ raw: (e) => delete e['gegevens.json'] })), `${DAMAGED} (gegevens.json ontbreekt)`);
    assert.equal(refusal(edited({ raw: (e) => delete e['controle.json'] })), `${DAMAGED} (controle.json ontbreekt)`);
    assert.equal(refusal(edited({ raw: (e) => (e['controle.json'] = strToU8('{"archief": 1,')) })), `${DAMAGED} (controle.json is onleesbaar)`);
    assert.equal(refusal(edited({ raw: (e) => (e['controle.json'] = strToU8('null')) })), `${DAMAGED} (controle.json mist de controlesom)`);
    assert.equal(refusal(edited({ control: (c) => ({ ...c, sha256: 12 }) })), `${DAMAGED} (controle.json mist de controlesom)`);
    assert.equal(refusal(edited({ control: (c) => ({ ...c, archief: 2 }) })), ' is gemaakt door een andere versie van Kamerbrief (archiefversie 2, verwacht 1); werk Kamerbrief bij of exporteer opnieuw');
    assert.equal(refusal(edited({ control: (c) => ({ ...c, formaat: 1 }) })), ' bevat gegevens in formaat 1, deze versie van Kamerbrief leest formaat 2; gebruik dezelfde versie als wie exporteerde');
    assert.equal(refusal(edited({ data: () => '{"meta": ' })), `${DAMAGED} (gegevens.json is onleesbaar)`);
    // Other entries in the zip are ignored, not refused.
    assert.equal(readArchive(edited({ raw: (e) => (e['LEESMIJ.txt'] = strToU8('Gegevens van de Tweede Kamer.\n')) })).data.documents.length, 14);
  });

  it('refuses records the store and the rules cannot use, naming what is wrong', () => {
    const cases: [string, (d: Record<string, unknown>) => unknown][] = [
      ['geen gegevens', () => 'null'],
      ['geen gegevens', () => '"tekst"'],
      ['meta ontbreekt', (d) => ({ ...d, meta: null })],
      ['meta ontbreekt', (d) => ({ ...d, meta: { ...(d.meta as object), createdAt: 20260101 } })],
      ['dossiers ontbreekt', (d) => ({ ...d, dossiers: {} })],
      ['documents ontbreekt', (d) => ({ ...d, documents: null })],
      ['moties ontbreekt', (d) => ({ ...d, moties: 'geen' })],
      ['persons ontbreekt', (d) => ({ ...d, persons: undefined })],
      ['een record zonder sleutel', (d) => ({ ...d, dossiers: [...(d.dossiers as object[]), { nummer: 1 }] })],
      ['een record zonder sleutel', (d) => ({ ...d, moties: [...(d.moties as object[]), null] })],
      ['een kamerstuk zonder sleutel of dossier', (d) => ({ ...d, documents: (d.documents as { key: string }[]).map((x, i) => (i === 3 ? { ...x, dossier: 19637 } : x)) })],
      ['een kamerstuk zonder sleutel of dossier', (d) => ({ ...d, documents: [...(d.documents as object[]), { dossier: '19637' }] })],
      ['een motie zonder besluiten of indieners', (d) => ({ ...d, moties: (d.moties as object[]).map((m, i) => (i === 1 ? { ...m, besluiten: null } : m)) })],
      ['een motie zonder besluiten of indieners', (d) => ({ ...d, moties: (d.moties as object[]).map((m, i) => (i === 2 ? { ...m, indieners: 'Podt' } : m)) })],
      ['een motie zonder besluiten of indieners', (d) => ({ ...d, moties: (d.moties as object[]).map((m, i) => (i === 0 ? { ...m, vervangenDoor: undefined } : m)) })],
      ['een Kamerlid zonder id', (d) => ({ ...d, persons: [...(d.persons as object[]), { achternaam: 'Podt' }] })],
      ['een Kamerlid zonder id', (d) => ({ ...d, persons: [null] })],
    ];
    for (const [problem, edit] of cases) assert.equal(refusal(edited({ data: edit })), `${DAMAGED} (${problem})`, problem);
  });
});

describe('snapshot archive: import', () => {
  it('imports into a new folder, an empty one or over a snapshot, and refuses any other folder', async () => {
    const fresh = path.join(tmp(), 'nieuw', 'gegevens');
    const control = await importSnapshot(archive, fresh);
    assert.equal(control.aantallen.moties, 9);
    const opened = openSnapshot(fresh);
    assert.equal(opened.status === 'ok' && opened.snapshot.motie('19637:3370')?.indieners[0]?.naam, 'Podt');
    const empty = tmp();
    await importSnapshot(archive, empty);
    assert.ok(fs.existsSync(path.join(empty, 'manifest.json')));
    await importSnapshot(archive, empty); // over the snapshot it now holds
    assert.deepEqual(fs.readdirSync(path.dirname(empty)).filter((n) => n.startsWith(path.basename(empty))), [path.basename(empty)]);
    const other = tmp();
    fs.writeFileSync(path.join(other, 'brief.md'), 'Mijn brief.\n');
    await assert.rejects(importSnapshot(archive, other), (err: Error) => err instanceof ArchiveError && err.message === `${other} is geen gegevensmap van Kamerbrief (manifest.json ontbreekt) en is niet leeg; kies met --data een lege of nieuwe map`);
    assert.deepEqual(fs.readdirSync(other), ['brief.md']);
  });
});
