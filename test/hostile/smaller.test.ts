// Issue 11, the "smaller" list: terminal escapes, a lone surrogate's position, a full disk,
// leftover temporary files, a link to a parent folder, configuration and rule options checked
// as the README promises, devices and FIFOs refused instead of blocking.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../server/src/cli/errors.js';
import { writeFixed } from '../../server/src/cli/fix-file.js';
import { FIXTURES } from '../helpers/paths.js';
import { CLEAN, folder, kamerbrief, kamerbriefProcess, removeFolders, SLIP } from './cli-run.js';

const ESC = '\u001b';

describe('hostile: the smaller items of issue 11', () => {
  after(removeFolders);

  it('lookup shows control characters from the snapshot instead of sending them to the terminal', async () => {
    const dir = folder();
    const data = path.join(dir, 'gegevens');
    fs.cpSync(path.join(FIXTURES, 'snapshot'), data, { recursive: true });
    const shard = path.join(data, 'shards/0000.ndjson');
    // Same length, so the index offsets stay right: "Azarkan" (7 characters) becomes ESC "[" (7 characters of JSON).
    fs.writeFileSync(shard, fs.readFileSync(shard, 'utf8').replace('"naam":"Azarkan"', '"naam":"\\u001b["'));
    const r = await kamerbrief(['lookup', 'Kamerstuk 29 754, nr. 482', '--data', 'gegevens'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes(ESC), JSON.stringify(r.stdout));
    assert.match(r.stdout, /Indiener: \\x1b\[ \(DENK\)/);
  });

  it('file names and draft text with control characters are shown, not obeyed (stylish output and stderr)', async () => {
    const name = `titel${ESC}]0;gehackt\u0007.md`;
    const dir = folder({ [name]: SLIP, 'fout.md': Buffer.from([0x61, 0xff]) });
    const r = await kamerbrief(['lint', '--no-cache', '.'], dir);
    assert.equal(r.code, 2, r.stderr); // fout.md is not UTF-8
    assert.ok(!r.stdout.includes(ESC) && !r.stdout.includes('\u0007'), JSON.stringify(r.stdout));
    assert.match(r.stdout, /titel\\x1b\]0;gehackt\\x07\.md/);
    assert.ok(!r.stderr.includes(ESC));
  });

  it('a lone surrogate gets its real byte position, not "positie -1"', async () => {
    const dir = folder({ 'a.md': Buffer.concat([Buffer.from('abc'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]) });
    const r = await kamerbrief(['lint', '--no-cache', 'a.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ongeldige byte op positie 3\)/);
  });

  it('a full disk is advised as a full disk, not as a permissions problem', () => {
    const dir = folder({ 'a.md': SLIP });
    const full = (): never => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    assert.throws(
      () => writeFixed(path.join(dir, 'a.md'), 'a.md', SLIP, SLIP.replace('29754', '29 754'), { fs: { writeFileSync: full } }),
      (e: unknown) => e instanceof UsageError && /de schijf is vol/.test(e.message) && !/rechten/.test(e.message),
    );
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), SLIP);
  });

  it('a temporary file left by a killed writer is removed by the next write in that folder', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!; // a process that has ended
    const dir = folder({ 'a.md': SLIP, [`.a.md.${gone}-0-0.tmp`]: 'half' });
    const r = await kamerbrief(['lint', '--no-cache', '--fix', 'a.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('a link to a parent folder does not lint files twice', async () => {
    const dir = folder({ 'a.md': SLIP, 'sub/b.md': CLEAN });
    fs.symlinkSync('..', path.join(dir, 'sub/terug'));
    const r = await kamerbrief(['lint', '--no-cache', '--format', 'json', '.', 'sub/terug'], dir);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
    assert.deepEqual(files, ['a.md', 'sub/b.md']);
  });

  it('a link to a draft in a walked folder does not lint that draft twice', async () => {
    const dir = folder({ 'a.md': SLIP, 'sub/b.md': CLEAN });
    fs.symlinkSync('../a.md', path.join(dir, 'sub/ook-a.md'));
    const r = await kamerbrief(['lint', '--no-cache', '--format', 'json', '.'], dir);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
    assert.deepEqual(files, ['a.md', 'sub/b.md']);
  });

  for (const [what, files, pattern] of [
    ['an empty .kamerbrief.jsonc', { '.kamerbrief.jsonc': '' }, /\.kamerbrief\.jsonc:1:1: het bestand bevat geen configuratie/],
    ['a broken package.json with a "kamerbrief" key', { 'package.json': '{ "name": "brieven" "kamerbrief": { "extends": "streng" } }' }, /package\.json:1:\d+: package\.json is geen geldige JSON/],
    ['an unknown rule option', { '.kamerbrief.jsonc': '{ "rules": { "KB101": { "options": { "strikt": true } } } }' }, /onbekende optie "strikt" bij regel "KB101"; deze regel heeft geen opties/],
    ['an ill-typed rule option', { '.kamerbrief.jsonc': '{ "rules": { "KB106": { "options": { "stijl": 3 } } } }' }, /ongeldige waarde 3 voor optie "stijl" bij regel "KB106"; kies "brief" of "leidraad"/],
  ] as const) {
    it(`${what} is a clear message (exit 2)`, async () => {
      const dir = folder({ '.git/HEAD': '', 'a.md': CLEAN, ...files });
      const r = await kamerbrief(['lint', '--no-cache', 'a.md'], dir);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, pattern);
    });
  }

  it('a folder named .kamerbrief.jsonc is a clear message (exit 2)', async () => {
    const dir = folder({ '.git/HEAD': '', 'a.md': CLEAN, '.kamerbrief.jsonc/x': '' });
    const r = await kamerbrief(['lint', '--no-cache', 'a.md'], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /\.kamerbrief\.jsonc:1:1: is een map/);
  });

  it('/dev/zero, a FIFO and --config /dev/zero are refused with a message instead of blocking', function () {
    if (process.platform === 'win32') this.skip();
    const dir = folder({ 'a.md': CLEAN });
    const fifo = spawnSync('mkfifo', [path.join(dir, 'pijp.md')]);
    if (fifo.status !== 0) this.skip();
    const zero = kamerbriefProcess(['lint', '--no-cache', '/dev/zero'], dir);
    assert.equal(zero.code, 2, zero.stderr);
    assert.match(zero.stderr, /is geen gewoon bestand \(een apparaat\)/);
    const pipe = kamerbriefProcess(['lint', '--no-cache', 'pijp.md'], dir);
    assert.equal(pipe.code, 2, pipe.stderr);
    assert.match(pipe.stderr, /pijp\.md: is geen gewoon bestand \(een pipe \(FIFO\)\)/);
    const config = kamerbriefProcess(['lint', '--no-cache', '--config', '/dev/zero', 'a.md'], dir);
    assert.equal(config.code, 2, config.stderr);
    assert.match(config.stderr, /is geen gewoon bestand/);
  });
});
