// The block cache must save work, not only give right answers: a cache keyed wrongly (on the
// whole document, or on offsets) passes every correctness test and only costs speed. A counting
// cache — the injection point the language server uses — tells which blocks were computed anew
// (and which of those took a Markdown parse); the per-unit memo is counted the same way.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze, MemoryBlockCache, type BlockCache } from '../../server/src/core/analyze.js';
import { runRules, lintText } from '../../server/src/core/lint.js';
import { memoByUnit } from '../../server/src/core/unit-memo.js';
import type { BlockFacts } from '../../server/src/core/model.js';
import { CORPUS } from '../helpers/paths.js';

const LETTER = fs.readFileSync(path.join(CORPUS, '29754-501-stand-van-zaken-moties-toezeggingen.md'), 'utf8');

/** Counts what analyze asks of its cache: hits, and the blocks it had to compute (and parse). */
class CountingCache implements BlockCache {
  readonly inner = new MemoryBlockCache();
  hits = 0;
  computed: string[] = [];
  parsed = 0;
  get(key: string): BlockFacts | undefined {
    const got = this.inner.get(key);
    if (got) this.hits++;
    return got;
  }
  set(key: string, facts: BlockFacts, parsed = true): void {
    this.computed.push(key.split('\u0000')[0]!);
    if (parsed) this.parsed++;
    this.inner.set(key, facts);
  }
  reset(): void {
    this.hits = 0;
    this.computed = [];
    this.parsed = 0;
  }
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('the block cache reuses per-block work', () => {
  it('a second analysis of the same text computes no block and parses nothing', () => {
    const cache = new CountingCache();
    // The letter's own blocks all take the fast path; a numbered list of questions needs remark.
    const text = LETTER + '\n\n1. Klopt het bericht over Kamerstuk 29 754, nr. 501?\n2. Zo ja, wanneer?\n';
    analyze(text, { cache });
    const first = cache.computed.length;
    assert.ok(first >= 10, `the letter has many blocks worth analysing (${first})`);
    assert.ok(cache.parsed > 0, 'some blocks take a Markdown parse');
    cache.reset();
    analyze(text, { cache });
    assert.deepEqual({ computed: cache.computed.length, parsed: cache.parsed, hits: cache.hits }, { computed: 0, parsed: 0, hits: first });
  });

  it('typing in one paragraph computes only that paragraph, wherever the others moved to', () => {
    const cache = new CountingCache();
    analyze(LETTER, { cache });
    const total = cache.computed.length;
    cache.reset();
    // Text inserted early on shifts every later block: they must still come from the cache.
    const edited = replaceOnce(LETTER, 'een motie van het lid Azarkan[^1]', 'een aangenomen motie van het lid Azarkan[^1]');
    const analysis = analyze(edited, { cache });
    assert.equal(cache.computed.length, 1);
    assert.ok(cache.computed[0]!.includes('een aangenomen motie'), 'the computed block is the edited one');
    assert.equal(cache.hits, total - 1);
    assert.deepEqual(runRules(analysis), lintText(edited).messages);
  });

  it('renaming a footnote definition computes the definition and the one block that calls it', () => {
    const cache = new CountingCache();
    analyze(LETTER, { cache });
    cache.reset();
    const edited = replaceOnce(LETTER, '[^1]: Kamerstuk', '[^x1]: Kamerstuk');
    const analysis = analyze(edited, { cache });
    assert.equal(cache.computed.length, 2, JSON.stringify(cache.computed.map((k) => k.slice(0, 40))));
    assert.ok(cache.computed.some((k) => k.startsWith('[^x1]: Kamerstuk')), 'the definition');
    assert.ok(cache.computed.some((k) => k.includes('motie van het lid Azarkan[^1]')), 'the block that calls [^1]');
    assert.deepEqual(runRules(analysis), lintText(edited).messages);
  });

  it('a per-unit memo computes again only for the units of the edited block', () => {
    const cache = new MemoryBlockCache();
    let computed = 0;
    const flatLength = memoByUnit((unit) => {
      computed++;
      return unit.flat.length;
    });
    const first = analyze(LETTER, { cache });
    first.units.forEach(flatLength);
    assert.equal(computed, first.units.length);
    computed = 0;
    const edited = replaceOnce(LETTER, 'een motie van het lid Azarkan[^1]', 'een aangenomen motie van het lid Azarkan[^1]');
    const second = analyze(edited, { cache });
    const lengths = second.units.map(flatLength);
    assert.equal(computed, 1, 'one unit (the edited paragraph) computed again');
    assert.deepEqual(lengths, second.units.map((u) => u.flat.length));
  });
});
