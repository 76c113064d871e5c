// data/sync/files.ts, exactly: where the sync keeps its own files (the LSP and the CLI find them by
// these names), the journal's byte arithmetic that a resume relies on (append → length, truncate
// to a saved length, read back skipping blank lines), that each write is fsynced and each file
// descriptor closed, and the lock: taken over from a dead, empty or own holder, refused while
// another live process holds it, and given up after two tries. The replay tests call these only
// through syncSnapshot with syncPaths() on both sides, so a changed name or a missing fsync passed
// them. Some failures (EPERM from kill, a disk error, a lock that cannot be removed) cannot be
// produced honestly as root in a temp folder; those tests replace one node:fs or process function
// for the duration of one synchronous call and put it back.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SyncError } from '../../server/src/data/sync/errors.js';
import {
  appendJournal, emptyIndex, JournalDamaged, readJournal, readJson, syncPaths, takeLock, truncateJournal, writeJsonAtomic, type JournalLine,
} from '../../server/src/data/sync/files.js';

type Call = { name: string; args: unknown[]; result: unknown };
type AnyFn = (...args: unknown[]) => unknown;

/**
 * Runs `body` with the named node:fs functions wrapped: each call is recorded, and `replace` may
 * stand in for the real one. files.ts and safe-write.ts use the default `fs` object, so they see it.
 */
function watchFs<T>(names: string[], body: () => T, replace: Record<string, AnyFn> = {}): { result: T; calls: Call[] } {
  const target = fs as unknown as Record<string, AnyFn>;
  const saved = new Map(names.map((n) => [n, target[n]!]));
  const calls: Call[] = [];
  for (const [name, real] of saved) {
    target[name] = (...args: unknown[]) => {
      const call: Call = { name, args, result: undefined };
      calls.push(call);
      call.result = (replace[name] ?? real)(...args);
      return call.result;
    };
  }
  try {
    return { result: body(), calls };
  } finally {
    for (const [name, real] of saved) target[name] = real;
  }
}

/** Runs `body` with process.kill(pid, 0) failing with `code` for that pid (another user's or a gone process). */
function killSays<T>(pid: number, code: string, body: () => T): { result: T; probed: unknown[][] } {
  const real = process.kill;
  const probed: unknown[][] = [];
  process.kill = ((p: number, signal?: string | number) => {
    if (p !== pid) return real.call(process, p, signal);
    probed.push([p, signal]);
    throw Object.assign(new Error(`kill ${code}`), { code });
  }) as typeof process.kill;
  try {
    return { result: body(), probed };
  } finally {
    process.kill = real;
  }
}

const errno = (code: string): Error => Object.assign(new Error(`simulated ${code}`), { code });

describe('sync files (data/sync/files.ts)', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-sync-files-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('syncPaths: a hidden ".<name>.sync" folder beside the snapshot folder, with fixed file names', () => {
    const dir = path.join(tmp, '.gegevens.sync');
    const expected = {
      dir,
      state: path.join(dir, 'sync-state.json'),
      journal: path.join(dir, 'journal.jsonl'),
      index: path.join(dir, 'index.json'),
      lock: path.join(dir, 'lock'),
    };
    assert.deepEqual(syncPaths(path.join(tmp, 'gegevens')), expected);
    assert.deepEqual(syncPaths(path.join(tmp, 'gegevens') + path.sep), expected, 'a trailing separator names the same folder');
    assert.deepEqual(syncPaths(path.join(tmp, 'x', '..', 'gegevens')), expected);
    assert.equal(syncPaths('gegevens').dir, path.join(process.cwd(), '.gegevens.sync'), 'a relative folder from the working directory');
  });

  it('emptyIndex: version 1, nothing known, and no dep map until one is built', () => {
    const index = emptyIndex();
    assert.deepEqual(index, { version: 1, zaak: {}, document: {} });
    assert.equal('dep' in index, false);
    index.zaak.Z1 = ['1:2'];
    assert.deepEqual(emptyIndex().zaak, {}, 'a fresh object every time');
  });

  it('readJson: the parsed file; null for a missing or damaged one', () => {
    const file = path.join(tmp, 'state.json');
    assert.equal(readJson(file), null);
    fs.writeFileSync(file, '{"version":2,"passes":[');
    assert.equal(readJson(file), null, 'a torn write reads as no state');
    fs.writeFileSync(file, '{"version":2,"passes":[{"name":"Zaak"}]}');
    assert.deepEqual(readJson(file), { version: 2, passes: [{ name: 'Zaak' }] });
  });

  it('writeJsonAtomic: compact JSON, replacing the old file, no temporary left, the folder fsynced', () => {
    const file = path.join(tmp, 'index.json');
    fs.writeFileSync(file, 'old');
    const { calls } = watchFs(['openSync', 'fsyncSync', 'closeSync'], () => writeJsonAtomic(file, { version: 1, zaak: { Z1: ['19637:3370'] }, document: {} }));
    assert.equal(fs.readFileSync(file, 'utf8'), '{"version":1,"zaak":{"Z1":["19637:3370"]},"document":{}}');
    assert.deepEqual(fs.readdirSync(tmp), ['index.json']);
    // syncFolder: the rename itself is made durable by opening and fsyncing the folder.
    const folderOpen = calls.find((c) => c.name === 'openSync' && c.args[0] === tmp);
    assert.ok(folderOpen, JSON.stringify(calls.map((c) => [c.name, c.args[0]])));
    assert.equal(folderOpen.args[1], 'r');
    assert.ok(calls.some((c) => c.name === 'fsyncSync' && c.args[0] === folderOpen.result));
  });

  it('appendJournal: one JSON line per page, the new length in bytes, fsynced and closed', () => {
    const file = path.join(tmp, 'journal.jsonl');
    const a: JournalLine = { set: 'Zaak', changes: [{ set: 'Zaak', id: 'Z1', deleted: true }] };
    const b: JournalLine = { set: 'Document', changes: [{ set: 'Document', id: 'D1', deleted: true }] };
    const lineA = JSON.stringify(a) + '\n';
    const { result: first, calls } = watchFs(['openSync', 'fsyncSync', 'closeSync'], () => appendJournal(file, a));
    assert.equal(first, Buffer.byteLength(lineA));
    const open = calls.find((c) => c.name === 'openSync' && c.args[0] === file)!;
    assert.equal(open.args[1], 'a', 'appended, never overwritten');
    assert.deepEqual(calls.filter((c) => c.args[0] === open.result).map((c) => c.name), ['fsyncSync', 'closeSync'], 'on disk before the state that counts it is saved');
    // A title with "é": the length is in bytes (what truncate takes), not characters.
    const c: JournalLine = { set: 'Document', changes: [{ set: 'Document', id: 'D2', documents: [{ key: '1:2', dossier: '1', nr: '2', soort: 'Brief', titel: 'Café', onderwerp: null, datum: null, vergaderjaar: null }] }] };
    assert.equal(appendJournal(file, b), Buffer.byteLength(lineA + JSON.stringify(b) + '\n'));
    const total = appendJournal(file, c);
    assert.equal(total, fs.statSync(file).size);
    assert.equal(total, Buffer.byteLength(lineA + JSON.stringify(b) + '\n' + JSON.stringify(c) + '\n'));
    assert.deepEqual([...readJournal(file)], [a, b, c]);
  });

  it('appendJournal: the descriptor is closed even when the write fails', () => {
    const file = path.join(tmp, 'journal.jsonl');
    const { calls } = watchFs(['openSync', 'closeSync'], () => {
      assert.throws(() => watchFs(['writeSync'], () => appendJournal(file, { set: 'Zaak', changes: [] }), { writeSync: () => { throw errno('ENOSPC'); } }), /ENOSPC/);
    });
    const fd = calls.find((c) => c.name === 'openSync')!.result;
    assert.deepEqual(calls.filter((c) => c.name === 'closeSync').map((c) => c.args[0]), [fd]);
  });

  it('truncateJournal: cuts a page written after the last saved state; leaves a journal of the right length alone', () => {
    const file = path.join(tmp, 'journal.jsonl');
    const kept: JournalLine = { set: 'Zaak', changes: [{ set: 'Zaak', id: 'Z1', deleted: true }] };
    const torn: JournalLine = { set: 'Zaak', changes: [{ set: 'Zaak', id: 'Z2', deleted: true }] };
    const saved = appendJournal(file, kept);
    appendJournal(file, torn);
    fs.appendFileSync(file, '{"set":"Zaak","chan'); // and half a line after it
    truncateJournal(file, saved);
    assert.equal(fs.readFileSync(file, 'utf8'), JSON.stringify(kept) + '\n');
    assert.deepEqual([...readJournal(file)], [kept]);
    const { calls } = watchFs(['truncateSync', 'ftruncateSync'], () => truncateJournal(file, saved));
    assert.deepEqual(calls, [], 'the right length: not touched');
    truncateJournal(file, 0);
    assert.equal(fs.statSync(file).size, 0);
  });

  it('truncateJournal: a missing journal is created empty when nothing was saved; gone or cut short after pages were saved, it says so', () => {
    const file = path.join(tmp, 'journal.jsonl');
    assert.equal(truncateJournal(file, 0), true);
    assert.equal(fs.readFileSync(file, 'utf8'), '', 'a state saved before the first page: an empty journal');
    fs.rmSync(file);
    assert.equal(truncateJournal(file, 1), false, 'pages were saved: the progress cannot be trusted');
    assert.equal(fs.existsSync(file), false, 'nothing made up in its place');
    fs.writeFileSync(file, '{"set":"Zaak"');
    assert.equal(truncateJournal(file, 40), false, 'shorter than saved');
    assert.equal(fs.readFileSync(file, 'utf8'), '{"set":"Zaak"', 'left as it was, not padded with zero bytes');
    assert.equal(truncateJournal(file, 13), true);
  });

  it('readJournal: a line that is no JSON is a clear error naming the file and the line', () => {
    const file = path.join(tmp, 'journal.jsonl');
    fs.writeFileSync(file, '{"set":"Zaak","changes":[]}\n\nkapot\n');
    assert.throws(() => [...readJournal(file)], (err: Error) => {
      assert.ok(err instanceof JournalDamaged && err instanceof SyncError);
      assert.equal(err.message, `het sync-logboek ${file} is beschadigd (regel 3 is geen JSON); de sync begint opnieuw bij een volgende poging`);
      return true;
    });
  });

  it('readJournal: nothing for a missing journal; blank and whitespace lines skipped; lines in order', () => {
    const file = path.join(tmp, 'journal.jsonl');
    assert.deepEqual([...readJournal(file)], []);
    const a: JournalLine = { set: 'Persoon', changes: [{ set: 'Persoon', id: 'p1', deleted: true }] };
    const b: JournalLine = { set: 'Zaak', changes: [] };
    fs.writeFileSync(file, `${JSON.stringify(a)}\n\n  \t\n${JSON.stringify(b)}\n`);
    assert.deepEqual([...readJournal(file)], [a, b]);
    fs.writeFileSync(file, JSON.stringify(b)); // a last line without its newline is still a line
    assert.deepEqual([...readJournal(file)], [b]);
  });

  describe('takeLock', () => {
    let lock: string;
    beforeEach(() => {
      lock = path.join(tmp, 'lock');
    });
    const refused = (pid: number) => (err: Error) => {
      assert.ok(err instanceof SyncError);
      assert.equal(err.message, `er loopt al een sync voor deze gegevensmap (proces ${pid})`);
      return true;
    };

    it('a free lock: created with this process\'s id; the release removes it, twice is harmless', () => {
      const release = takeLock(lock);
      assert.equal(fs.readFileSync(lock, 'utf8'), String(process.pid));
      release();
      assert.equal(fs.existsSync(lock), false);
      release();
      const again = takeLock(lock);
      assert.equal(fs.readFileSync(lock, 'utf8'), String(process.pid));
      again();
    });

    it('held by another live process: refused with its id, the lock left as it was', async () => {
      // A process of our own that surely runs (the parent's pid can be 0 inside a container).
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      const exited = once(child, 'exit');
      try {
        const pid = child.pid!;
        fs.writeFileSync(lock, String(pid));
        assert.throws(() => takeLock(lock), refused(pid));
        assert.equal(fs.readFileSync(lock, 'utf8'), String(pid));
      } finally {
        child.kill();
        await exited;
      }
    });

    it('held by a process of another user (kill says EPERM): refused too', () => {
      const other = 424242;
      fs.writeFileSync(lock, `${other}\n`);
      const { probed } = killSays(other, 'EPERM', () => assert.throws(() => takeLock(lock), refused(other)));
      assert.deepEqual(probed, [[other, 0]], 'only asked whether it exists');
    });

    it('left by a process that is gone (kill says ESRCH): taken over', () => {
      const gone = 424242;
      fs.writeFileSync(lock, String(gone));
      const { result: release } = killSays(gone, 'ESRCH', () => takeLock(lock));
      assert.equal(fs.readFileSync(lock, 'utf8'), String(process.pid));
      release();
    });

    for (const [what, content] of [['this process\'s own id', String(process.pid)], ['an empty file (killed between create and write)', ''], ['a zero', '0'], ['no number', 'abc']] as const) {
      it(`a lock with ${what}: taken over without asking the system`, () => {
        fs.writeFileSync(lock, content);
        const { result: release, probed } = killSays(process.pid, 'ESRCH', () => takeLock(lock));
        assert.deepEqual(probed, []);
        assert.equal(fs.readFileSync(lock, 'utf8'), String(process.pid));
        release();
      });
    }

    it('a stale lock that another starting sync clears while we look at it: ours all the same', () => {
      fs.writeFileSync(lock, '');
      const realRead = fs.readFileSync as unknown as AnyFn;
      const { result: release } = watchFs(['readFileSync'], () => takeLock(lock), {
        readFileSync: (...args: unknown[]) => {
          const text = realRead(...args);
          fs.unlinkSync(lock); // the other one removes it between our read and our removal
          return text;
        },
      });
      assert.equal(fs.readFileSync(lock, 'utf8'), String(process.pid));
      release();
    });

    it('a lock that will not go away: given up after two attempts', () => {
      fs.writeFileSync(lock, String(process.pid));
      const { calls } = watchFs(['writeFileSync', 'rmSync'], () => {
        assert.throws(() => takeLock(lock), (err: Error) => {
          assert.ok(err instanceof SyncError);
          assert.equal(err.message, 'kan de gegevensmap niet vergrendelen voor de sync');
          return true;
        });
      }, { rmSync: () => undefined });
      assert.deepEqual(calls.map((c) => c.name), ['writeFileSync', 'rmSync', 'writeFileSync', 'rmSync']);
      assert.deepEqual(calls[0]!.args.slice(1), [String(process.pid), { flag: 'wx' }], 'exclusive create');
    });

    it('any other error creating the lock is thrown as it is, not read as a held lock', () => {
      const { calls } = watchFs(['writeFileSync', 'readFileSync'], () => {
        assert.throws(() => takeLock(lock), (err: NodeJS.ErrnoException) => err.code === 'EIO' && !(err instanceof SyncError));
      }, { writeFileSync: () => { throw errno('EIO'); } });
      assert.deepEqual(calls.map((c) => c.name), ['writeFileSync']);
    });
  });
});
