// The whole-file result cache (cli/result-cache.ts): per salt, per configuration, by stamp only
// when the stamp can be trusted (taken more than 2 s after the modification), else by content.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { OutputMessage } from '../../server/src/cli/output.js';
import { storedText, storeMessages, type StoredMessages } from '../../server/src/cli/stored-messages.js';
import { contentHash, ResultCache } from '../../server/src/cli/result-cache.js';
import { tempTree } from './config-helpers.js';

const MSG = storeMessages([{ ruleId: 'KB101', line: 1 }] as unknown as OutputMessage[]);
/** What a lookup gave, as the JSON text of its messages (the same whether read from memory or from the file). */
const text = (got: StoredMessages | undefined): string | undefined => got && storedText(got);
const TEXT = text(MSG);
const stamp = (mtimeMs: number, takenAt: number, size = 10) => ({ size, mtimeMs, takenAt });

describe('CLI result cache', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempTree({});
    file = path.join(dir, 'results.bin');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('contentHash covers text and configuration, kept apart', () => {
    assert.equal(contentHash('a', 'b'), contentHash('a', 'b'));
    assert.notEqual(contentHash('a', 'b'), contentHash('a', 'c'));
    assert.notEqual(contentHash('a', 'b'), contentHash('x', 'b'));
    assert.notEqual(contentHash('ab', ''), contentHash('a', 'b'));
    assert.match(contentHash('', ''), /^[0-9a-f]{40}$/);
  });

  it('a saved result is found by the next run with the same salt only', () => {
    const one = new ResultCache(file, 'zout');
    one.set('a.md', 'h1', '{}', MSG, stamp(1_000, 10_000));
    one.save();
    const two = new ResultCache(file, 'zout');
    assert.ok(two.has('a.md'));
    assert.equal(two.has('b.md'), false);
    assert.equal(text(two.get('a.md', 'h1')), TEXT);
    assert.equal(two.get('a.md', 'h2'), undefined);
    assert.equal(two.get('b.md', 'h1'), undefined);
    const other = new ResultCache(file, 'ander zout');
    assert.equal(other.has('a.md'), false);
  });

  it('fresh: the same configuration, size and modification time; anything else is not fresh', () => {
    const c = new ResultCache(null, 's');
    c.set('a.md', 'h', '{}', MSG, stamp(1_000, 10_000, 10));
    assert.equal(text(c.fresh('a.md', '{}', stamp(1_000, 20_000, 10))), TEXT);
    assert.equal(c.fresh('a.md', '{"x":1}', stamp(1_000, 20_000, 10)), undefined);
    assert.equal(c.fresh('a.md', '{}', stamp(1_001, 20_000, 10)), undefined);
    assert.equal(c.fresh('a.md', '{}', stamp(1_000, 20_000, 11)), undefined);
    assert.equal(c.fresh('b.md', '{}', stamp(1_000, 20_000, 10)), undefined);
  });

  it('a stamp taken within 2 s of the modification is not kept (a write in the same tick could hide)', () => {
    const c = new ResultCache(null, 's');
    c.set('racy.md', 'h', '{}', MSG, stamp(1_000, 3_000));
    assert.equal(c.fresh('racy.md', '{}', stamp(1_000, 3_000)), undefined, 'exactly 2 s: not trusted');
    c.set('ok.md', 'h', '{}', MSG, stamp(1_000, 3_001));
    assert.equal(text(c.fresh('ok.md', '{}', stamp(1_000, 3_001))), TEXT);
    c.set('none.md', 'h', '{}', MSG);
    assert.equal(c.fresh('none.md', '{}', stamp(1_000, 9_000)), undefined);
    assert.equal(text(c.get('racy.md', 'h')), TEXT, 'the content hash still finds it');
  });

  it('restamp: a touched, unchanged file is fresh again by its new stamp, unless that stamp is racy', () => {
    const c = new ResultCache(null, 's');
    c.set('a.md', 'h', '{}', MSG, stamp(1_000, 10_000));
    c.restamp('a.md', stamp(5_000, 6_000));
    assert.equal(c.fresh('a.md', '{}', stamp(5_000, 6_000)), undefined);
    assert.equal(text(c.fresh('a.md', '{}', stamp(1_000, 10_000))), TEXT);
    c.restamp('a.md', stamp(5_000, 9_000, 12));
    assert.equal(text(c.fresh('a.md', '{}', stamp(5_000, 9_000, 12))), TEXT);
    assert.equal(c.fresh('a.md', '{}', stamp(1_000, 10_000)), undefined);
    c.restamp('weg.md', stamp(5_000, 9_000));
    assert.equal(c.has('weg.md'), false);
  });

  it('save writes only when something changed, and a restamp counts as a change', () => {
    new ResultCache(file, 's').save();
    assert.equal(fs.existsSync(file), false, 'nothing to save');
    const c = new ResultCache(file, 's');
    c.set('a.md', 'h', '{}', MSG, stamp(1_000, 10_000));
    c.save();
    const restamped = new ResultCache(file, 's');
    restamped.restamp('a.md', stamp(5_000, 9_000));
    restamped.save();
    assert.equal(text(new ResultCache(file, 's').fresh('a.md', '{}', stamp(5_000, 9_000))), TEXT);
    new ResultCache(null, 's').save();
  });

  it('a damaged or foreign file starts empty', () => {
    for (const content of ['{kapot', 'null', '{"salt":"s","files":5}', '[]']) {
      fs.writeFileSync(file, content);
      const c = new ResultCache(file, 's');
      assert.equal(c.has('a.md'), false, content);
      c.set('a.md', 'h', '{}', MSG);
      assert.equal(text(c.get('a.md', 'h')), TEXT, content);
    }
  });
});
