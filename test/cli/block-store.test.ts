// The persistent block cache (cli/block-store.ts): records written by one run are read by the
// next with the same salt, never with another; a damaged file or record costs a re-parse only.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { blockHash, PersistentBlockCache, writeBlockFile } from '../../server/src/cli/block-store.js';
import type { BlockFacts } from '../../server/src/core/model.js';
import { tempTree } from './config-helpers.js';

const facts = (n: number): BlockFacts => ({ n, tekst: `blok ${n}` }) as unknown as BlockFacts;

describe('CLI block cache on disk', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempTree({});
    file = path.join(dir, 'blocks.bin');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** One run: computes facts for the keys, then writes what it added to what was on disk. */
  const runWith = (salt: string, keys: string[], parsed = true): PersistentBlockCache => {
    const cache = new PersistentBlockCache(file, salt);
    keys.forEach((k, i) => cache.set(k, facts(i), parsed));
    writeBlockFile(file, salt, [...cache.allRecords(), ...cache.added]);
    return cache;
  };

  it('blockHash is the SHA-1 of the key, in hex', () => {
    assert.equal(blockHash('abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  });

  it('a later run with the same salt reads back the facts, an other salt reads nothing', () => {
    runWith('s1', ['een', 'twee']);
    const next = new PersistentBlockCache(file, 's1');
    assert.deepEqual(next.get('een'), facts(0));
    assert.deepEqual(next.get('twee'), facts(1));
    assert.equal(next.get('drie'), undefined);
    assert.deepEqual(next.allRecords().map(([h]) => h).sort(), [blockHash('een'), blockHash('twee')].sort());
    const other = new PersistentBlockCache(file, 's2');
    assert.equal(other.get('een'), undefined);
    assert.deepEqual(other.allRecords(), []);
    // A salt that starts like the real one is still another salt.
    assert.equal(new PersistentBlockCache(file, 's').get('een'), undefined);
  });

  it('facts from a shortcut (not parsed) stay in memory and are not written', () => {
    const cache = runWith('s', ['kort'], false);
    assert.deepEqual(cache.get('kort'), facts(0));
    assert.equal(cache.added.size, 0);
    assert.equal(new PersistentBlockCache(file, 's').get('kort'), undefined);
  });

  it('the written file: magic, salt, then per record the hash, the length and the payload', () => {
    const cache = runWith('zout', ['een']);
    const data = fs.readFileSync(file);
    const head = Buffer.from('KBBC1\nzout\n');
    assert.ok(data.subarray(0, head.length).equals(head));
    assert.equal(data.toString('hex', head.length, head.length + 20), blockHash('een'));
    const payload = cache.added.get(blockHash('een'))!;
    assert.equal(data.readUInt32LE(head.length + 20), payload.length);
    assert.equal(data.length, head.length + 24 + payload.length);
  });

  it('a truncated tail keeps the whole records before it; a foreign or unreadable file is no cache', () => {
    runWith('s', ['een', 'twee']);
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, whole.length - 3));
    const cut = new PersistentBlockCache(file, 's');
    assert.deepEqual(cut.get('een'), facts(0));
    assert.equal(cut.get('twee'), undefined);
    assert.equal(cut.allRecords().length, 1);
    fs.writeFileSync(file, Buffer.concat([Buffer.from('KBBC2\ns\n'), whole.subarray(8)]));
    assert.equal(new PersistentBlockCache(file, 's').get('een'), undefined);
    fs.rmSync(file);
    fs.mkdirSync(file);
    assert.equal(new PersistentBlockCache(file, 's').get('een'), undefined);
    assert.deepEqual(new PersistentBlockCache(null, 's').allRecords(), []);
  });

  it('a damaged record is a miss, not an error, and the other records still read', () => {
    runWith('s', ['een', 'twee']);
    const data = fs.readFileSync(file);
    const first = Buffer.from('KBBC1\ns\n').length;
    const len = data.readUInt32LE(first + 20);
    data.fill(0xff, first + 24, first + 24 + len); // the first payload, garbled
    fs.writeFileSync(file, data);
    const cache = new PersistentBlockCache(file, 's');
    assert.equal(cache.get('een'), undefined);
    assert.deepEqual(cache.get('twee'), facts(1));
  });

  it('facts read once are kept in memory for the rest of the run', () => {
    runWith('s', ['een']);
    const cache = new PersistentBlockCache(file, 's');
    const got = cache.get('een');
    fs.rmSync(file);
    assert.equal(cache.get('een'), got);
  });
});
