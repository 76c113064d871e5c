// The one safe-write helper (server/src/io/safe-write.ts): temp file in the target's folder, fsync,
// rename; a symbolic link stays a link; the mode is kept; Windows' refusals to rename are retried;
// the temporary file never outlives a failure. Failures are simulated by injected fs functions.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renameRetrying, writeFileSafe } from '../../server/src/io/safe-write.js';

const busy = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

describe('safe-write', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-safe-')));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Every file left in the folders, so a stray temporary file shows up. */
  const listing = (...dirs: string[]): string[] => dirs.flatMap((d) => fs.readdirSync(d).map((n) => path.join(path.basename(d), n))).sort();

  it('writes a new file and replaces an existing one, leaving nothing else behind', () => {
    const file = path.join(dir, 'a.json');
    writeFileSafe(file, '{"v":1}');
    writeFileSafe(file, Buffer.from('{"v":2}'));
    assert.equal(fs.readFileSync(file, 'utf8'), '{"v":2}');
    assert.deepEqual(fs.readdirSync(dir), ['a.json']);
  });

  it('writes through a symbolic link: the link stays a link, the target is replaced in its own folder', () => {
    const elsewhere = path.join(dir, 'elders');
    const here = path.join(dir, 'hier');
    fs.mkdirSync(elsewhere);
    fs.mkdirSync(here);
    const target = path.join(elsewhere, 'brief.md');
    fs.writeFileSync(target, 'oud\n');
    const link = path.join(here, 'brief.md');
    fs.symlinkSync('../elders/brief.md', link);
    const renames: [string, string][] = [];
    writeFileSafe(link, 'nieuw\n', { fs: { renameSync: (a, b) => (renames.push([String(a), String(b)]), fs.renameSync(a, b)) } });
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'still a link');
    assert.equal(fs.readlinkSync(link), '../elders/brief.md');
    assert.equal(fs.readFileSync(target, 'utf8'), 'nieuw\n');
    assert.equal(renames.length, 1);
    assert.equal(path.dirname(renames[0]![0]), elsewhere, 'temporary file beside the target');
    assert.equal(renames[0]![1], target);
    assert.deepEqual(listing(here, elsewhere), ['elders/brief.md', 'hier/brief.md']);
  });

  it('a dangling link is followed to the file it names, which is created', () => {
    const link = path.join(dir, 'link.json');
    fs.symlinkSync('echt.json', link);
    writeFileSafe(link, '[]');
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(dir, 'echt.json'), 'utf8'), '[]');
  });

  it('keeps the mode of an existing file, also an unusual one', function () {
    if (process.platform === 'win32') this.skip();
    // A strict umask would strip these modes from a plain new file: they must survive it.
    const umask = process.umask(0o077);
    for (const mode of [0o600, 0o751, 0o664]) {
      const file = path.join(dir, `m${mode.toString(8)}.md`);
      fs.writeFileSync(file, 'x');
      fs.chmodSync(file, mode);
      writeFileSafe(file, 'y');
      assert.equal(fs.statSync(file).mode & 0o7777, mode, mode.toString(8));
      assert.equal(fs.readFileSync(file, 'utf8'), 'y');
    }
    const fresh = path.join(dir, 'nieuw.md');
    writeFileSafe(fresh, 'z', { mode: 0o640 });
    assert.equal(fs.statSync(fresh).mode & 0o777, 0o600, 'a new file: the umask applies');
    process.umask(umask);
  });

  it('on Windows a rename refused with EBUSY is retried after a short pause', () => {
    const file = path.join(dir, 'staat.json');
    fs.writeFileSync(file, 'oud');
    const refusals = ['EBUSY', 'EPERM'];
    const waits: number[] = [];
    writeFileSafe(file, 'nieuw', {
      platform: 'win32',
      sleep: (ms) => waits.push(ms),
      fs: {
        renameSync: (a, b) => {
          const refusal = refusals.shift();
          if (refusal) throw busy(refusal);
          fs.renameSync(a, b);
        },
      },
    });
    assert.equal(fs.readFileSync(file, 'utf8'), 'nieuw');
    assert.deepEqual(waits, [5, 10]);
    assert.deepEqual(fs.readdirSync(dir), ['staat.json']);
  });

  it('elsewhere, or when Windows keeps refusing, the error comes through and the temporary file is removed', () => {
    const file = path.join(dir, 'staat.json');
    fs.writeFileSync(file, 'oud');
    const waits: number[] = [];
    const alwaysBusy = { renameSync: (): never => { throw busy('EBUSY'); } };
    assert.throws(() => writeFileSafe(file, 'nieuw', { platform: 'linux', sleep: (ms) => waits.push(ms), fs: alwaysBusy }), /EBUSY/);
    assert.equal(waits.length, 0, 'no retry off Windows');
    assert.throws(() => writeFileSafe(file, 'nieuw', { platform: 'win32', sleep: (ms) => waits.push(ms), fs: alwaysBusy }), /EBUSY/);
    assert.deepEqual(waits, [5, 10, 20, 40, 80, 160, 320, 640], 'about a second, then it gives up');
    assert.equal(fs.readFileSync(file, 'utf8'), 'oud');
    assert.deepEqual(fs.readdirSync(dir), ['staat.json']);
  });

  it('a failed write (disk full) removes the temporary file and leaves the old file whole', () => {
    const file = path.join(dir, 'cache.bin');
    fs.writeFileSync(file, 'oud');
    let opened = '';
    assert.throws(
      () =>
        writeFileSafe(file, 'nieuw', {
          fs: {
            openSync: (p: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode | null) => ((opened = String(p)), fs.openSync(p, flags, mode)),
            fsyncSync: (): never => { throw busy('ENOSPC'); },
          },
        }),
      /ENOSPC/,
    );
    assert.equal(path.dirname(opened), dir);
    assert.equal(fs.existsSync(opened), false, 'temporary file removed');
    assert.equal(fs.readFileSync(file, 'utf8'), 'oud');
    assert.deepEqual(fs.readdirSync(dir), ['cache.bin']);
  });

  it('renameRetrying moves folders too (the snapshot swap) and does not retry other errors', () => {
    fs.mkdirSync(path.join(dir, 'nieuw'));
    renameRetrying(path.join(dir, 'nieuw'), path.join(dir, 'data'));
    assert.ok(fs.statSync(path.join(dir, 'data')).isDirectory());
    const waits: number[] = [];
    assert.throws(() => renameRetrying(path.join(dir, 'weg'), path.join(dir, 'x'), { platform: 'win32', sleep: (ms) => waits.push(ms) }), /ENOENT/);
    assert.equal(waits.length, 0);
  });
});
