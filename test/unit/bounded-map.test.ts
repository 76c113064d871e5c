// The bounded map behind the block caches: never more than `max` entries, recently used entries
// survive, and a long run of new keys costs the same per key as a short one (no hole walking).
import assert from 'node:assert/strict';
import { BoundedMap } from '../../server/src/core/bounded-map.js';

describe('BoundedMap', () => {
  it('holds at most max entries and forgets the least recently used first', () => {
    const m = new BoundedMap<string, number>(4);
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f']) m.set(k, k.charCodeAt(0));
    assert.ok(m.size <= 4, `size ${m.size}`);
    assert.equal(m.get('a'), undefined, 'the oldest is gone');
    assert.equal(m.get('f'), 'f'.charCodeAt(0), 'the newest is kept');
  });

  it('keeps an entry that is read while newer ones arrive', () => {
    const m = new BoundedMap<number, string>(10);
    m.set(0, 'vaak gelezen');
    for (let i = 1; i < 1000; i++) {
      m.set(i, String(i));
      assert.equal(m.get(0), 'vaak gelezen', `after ${i} others`);
      assert.ok(m.size <= 10);
    }
    assert.equal(m.get(1), undefined);
  });

  it('overwrites without counting a key twice', () => {
    const m = new BoundedMap<string, number>(6);
    m.set('x', 1);
    m.set('y', 2);
    m.set('z', 3); // x, y, z now the old generation
    m.set('x', 4);
    assert.equal(m.get('x'), 4);
    assert.equal(m.size, 3);
  });

  it('works with a max of 1', () => {
    const m = new BoundedMap<string, number>(1);
    m.set('a', 1);
    assert.equal(m.get('a'), 1);
    m.set('b', 2);
    assert.equal(m.get('b'), 2);
    assert.equal(m.size, 1);
  });
});
