// `kamerbrief snapshot export/import` and `sync --from`: a snapshot exported and imported on
// another path answers the same lookups; a damaged archive is refused and the old data stays.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { run } from '../../server/src/cli/run.js';
import { readSnapshotData } from '../../server/src/data/store.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';

const SNAPSHOT = path.join(FIXTURES, 'snapshot');
const CITATIONS = ['Kamerstuk 19 637, nr. 3370', 'Kamerstuk 19 637, nr. 3384', 'Kamerstuk 29 754, nr. 482', 'Kamerstuk 36 410 XVI, nr. 66', 'Kamerstuk 21 501-20, nr. 2118', 'Kamerstuk 29 754, nr. 999'];

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTty: false, cwd: ROOT, workerEntry: new URL(import.meta.url) });
  return { code, out, err };
}

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'kb-archief-'));

/** What `lookup` answers for each citation, as text and as JSON. */
async function answers(data: string): Promise<string[]> {
  const out: string[] = [];
  for (const c of CITATIONS) {
    for (const format of ['text', 'json']) {
      const r = await cli(['lookup', c, '--data', data, '--format', format]);
      assert.equal(r.code, 0, r.err);
      out.push(r.out);
    }
  }
  return out;
}

async function exported(): Promise<string> {
  const file = path.join(tmp(), 'gegevens.zip');
  const r = await cli(['snapshot', 'export', file, '--data', SNAPSHOT]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Gegevens van 2025-04-25 \(9 moties, 14 kamerstukken, 5 dossiers, 19 Kamerleden\) geëxporteerd naar .*\(SHA-256 [0-9a-f]{64}\)\.\n$/);
  return file;
}

/** A copy of the archive with its entries changed by `edit`. */
function rezipped(file: string, edit: (entries: Record<string, Uint8Array>) => void): string {
  const entries = unzipSync(fs.readFileSync(file));
  edit(entries);
  const out = path.join(tmp(), 'bewerkt.zip');
  fs.writeFileSync(out, zipSync(entries));
  return out;
}

describe('snapshot export / import', () => {
  it('a snapshot exported and imported on another path answers the same lookups (and holds the same records)', async () => {
    const file = await exported();
    const target = path.join(tmp(), 'elders', 'gegevens');
    const r = await cli(['snapshot', 'import', file, '--data', target]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /geïmporteerd in .*gegevens\.\n$/);
    const before = await answers(SNAPSHOT);
    assert.deepEqual(await answers(target), before);
    // The answers are about the data: a lookup of a known motie names its indiener.
    assert.match(before[0]!, /Indiener: Podt/);
    const a = await readSnapshotData(SNAPSHOT);
    const b = await readSnapshotData(target);
    assert.deepEqual(b.meta, a.meta);
    const byKey = (l: { key: string }[]) => [...l].sort((x, y) => x.key.localeCompare(y.key));
    assert.deepEqual(byKey(b.documents), byKey(a.documents));
    assert.deepEqual(byKey(b.moties), byKey(a.moties));
    assert.deepEqual(b.persons, a.persons);
  });

  it('sync --from imports the same archive, without the network options', async () => {
    const file = await exported();
    const target = path.join(tmp(), 'gegevens');
    const r = await cli(['sync', '--from', file, '--data', target]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(await answers(target), await answers(SNAPSHOT));
    const mixed = await cli(['sync', '--from', file, '--dossier', '29754', '--data', target]);
    assert.equal(mixed.code, 2);
    assert.match(mixed.err, /--from neemt alles uit het archief/);
  });

  it('refuses a damaged archive with a Dutch message and leaves the snapshot in place untouched', async () => {
    const file = await exported();
    const target = path.join(tmp(), 'gegevens');
    assert.equal((await cli(['snapshot', 'import', file, '--data', target])).code, 0);
    const manifest = fs.readFileSync(path.join(target, 'manifest.json'));
    const before = await answers(target);
    const bytes = fs.readFileSync(file);
    const flipped = Buffer.from(bytes);
    const mid = Math.floor(bytes.length * 0.7);
    flipped[mid] = flipped[mid]! ^ 0xff;
    const wrongSum = rezipped(file, (e) => {
      const data = JSON.parse(strFromU8(e['gegevens.json']!));
      data.moties[0].uitkomst = 'aangenomen';
      e['gegevens.json'] = strToU8(JSON.stringify(data));
    });
    const noControl = rezipped(file, (e) => delete e['controle.json']);
    const otherFormat = rezipped(file, (e) => {
      const control = JSON.parse(strFromU8(e['controle.json']!));
      control.formaat = 99;
      e['controle.json'] = strToU8(JSON.stringify(control));
    });
    const dir = tmp();
    const cases: [string, RegExp][] = [
      [write(dir, 'omgedraaid.zip', flipped), /is beschadigd/],
      [write(dir, 'afgebroken.zip', bytes.subarray(0, Math.floor(bytes.length / 2))), /is beschadigd of geen Kamerbrief-gegevensarchief/],
      [write(dir, 'tekst.zip', Buffer.from('dit is geen zip\n')), /geen leesbaar zip-bestand/],
      [wrongSum, /is beschadigd: de controlesom \(SHA-256\) klopt niet/],
      [noControl, /controle\.json ontbreekt/],
      [otherFormat, /bevat gegevens in formaat 99/],
      [path.join(dir, 'bestaat-niet.zip'), /bestaat niet/],
    ];
    for (const [archive, expected] of cases) {
      for (const args of [['snapshot', 'import', archive, '--data', target], ['sync', '--from', archive, '--data', target]]) {
        const r = await cli(args);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.out}`);
        assert.match(r.err, expected, archive);
        assert.equal(r.err.trim().split('\n').length, 1);
      }
    }
    assert.deepEqual(fs.readFileSync(path.join(target, 'manifest.json')), manifest);
    assert.deepEqual(await answers(target), before);
    assert.deepEqual(fs.readdirSync(path.dirname(target)), ['gegevens']); // no half-written folder left beside it
  });

  it('will not replace a folder that is not a snapshot, and says so when there is nothing to export', async () => {
    const file = await exported();
    const folder = tmp();
    fs.writeFileSync(path.join(folder, 'brief.md'), 'Mijn brief.\n');
    const r = await cli(['snapshot', 'import', file, '--data', folder]);
    assert.equal(r.code, 2);
    assert.match(r.err, /is geen gegevensmap van Kamerbrief .* kies met --data een lege of nieuwe map/);
    assert.equal(fs.readFileSync(path.join(folder, 'brief.md'), 'utf8'), 'Mijn brief.\n');
    const none = await cli(['snapshot', 'export', path.join(folder, 'x.zip'), '--data', path.join(folder, 'leeg')]);
    assert.equal(none.code, 2);
    assert.match(none.err, /geen gegevens in .*kamerbrief sync/);
    const usage = await cli(['snapshot', 'verstuur', 'x.zip']);
    assert.equal(usage.code, 2);
    assert.match(usage.err, /gebruik kamerbrief snapshot export <bestand> of kamerbrief snapshot import <bestand>/);
  });
});

function write(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}
