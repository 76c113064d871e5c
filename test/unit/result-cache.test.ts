// The CLI's result cache file (results.bin): an index line and the messages as JSON bytes. What
// comes back must be what went in; a damaged, truncated or foreign file is an empty cache, never
// a wrong result; and the JSON report built from stored messages is byte for byte JSON.stringify.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatJson } from '../../server/src/cli/format.js';
import type { FileResult, OutputMessage } from '../../server/src/cli/output.js';
import { ResultCache } from '../../server/src/cli/result-cache.js';
import { severityCounts, storeMessages, StoredFileResult, storedText } from '../../server/src/cli/stored-messages.js';

const message = (severity: OutputMessage['severity'], text: string): OutputMessage => ({
  ruleId: 'KB101',
  rule: 'kamerstuk-notatie',
  severity,
  line: 1,
  column: 5,
  endLine: 1,
  endColumn: 9,
  message: text,
  certainty: 'definite',
});
// Non-ASCII, quotes and a line break: what the index line and the byte offsets must survive.
const A = [message('error', 'Schrijf „Kamerstuk 29 754, nr. 482”.'), message('info', 'Regel 1\nmet "aanhalingstekens"')];
const B = [message('warning', 'één waarschuwing')];
const OLD = { size: 10, mtimeMs: 1_000, takenAt: 1_000_000 }; // taken long after the write: trusted

describe('result cache file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-results-'));
    file = path.join(dir, 'results.bin');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const filled = (): void => {
    const cache = new ResultCache(file, 'zout');
    cache.set('/a.md', 'h1', '{"x":1}', storeMessages(A), OLD);
    cache.set('/b.md', 'h2', '{"x":2}', storeMessages(B));
    cache.set('/leeg.md', 'h3', '{"x":1}', storeMessages([]), OLD);
    cache.save();
  };

  it('gives back per file the messages, counts, hash, configuration and stamp it was given', () => {
    filled();
    const again = new ResultCache(file, 'zout');
    const a = again.fresh('/a.md', '{"x":1}', OLD)!;
    assert.deepEqual(JSON.parse(storedText(a)), A);
    assert.deepEqual([a.errors, a.warnings], [1, 0]);
    assert.equal(again.fresh('/a.md', '{"x":2}', OLD), undefined, 'another configuration');
    assert.equal(again.fresh('/a.md', '{"x":1}', { ...OLD, size: 11 }), undefined, 'another size');
    assert.equal(again.fresh('/b.md', '{"x":2}', OLD), undefined, 'stored without a trusted stamp');
    const b = again.get('/b.md', 'h2')!;
    assert.deepEqual(JSON.parse(storedText(b)), B);
    assert.deepEqual([b.errors, b.warnings], [0, 1]);
    assert.equal(again.get('/b.md', 'anders'), undefined);
    assert.deepEqual(JSON.parse(storedText(again.get('/leeg.md', 'h3')!)), []);
  });

  it('saves nothing when nothing changed, and keeps what it read when it saves again', () => {
    filled();
    const before = fs.readFileSync(file);
    const again = new ResultCache(file, 'zout');
    again.save();
    assert.ok(fs.readFileSync(file).equals(before), 'unchanged');
    again.restamp('/b.md', OLD);
    again.save();
    const third = new ResultCache(file, 'zout');
    assert.deepEqual(JSON.parse(storedText(third.fresh('/b.md', '{"x":2}', OLD)!)), B);
    assert.deepEqual(JSON.parse(storedText(third.fresh('/a.md', '{"x":1}', OLD)!)), A);
  });

  it('is empty for another salt, a damaged or truncated file, and offsets past its end', () => {
    filled();
    const whole = fs.readFileSync(file);
    assert.equal(new ResultCache(file, 'ander zout').has('/a.md'), false);
    const variants: [string, Buffer][] = [
      ['truncated in the messages', whole.subarray(0, whole.length - 5)],
      ['truncated in the index', whole.subarray(0, 40)],
      ['another format', Buffer.from('{"salt":"zout","files":{}}')],
      ['garbage', Buffer.from([1, 2, 3])],
      ['an index that is not JSON', Buffer.from(whole.toString('latin1').replace('"files"', '"files"{'), 'latin1')],
    ];
    for (const [what, bytes] of variants) {
      fs.writeFileSync(file, bytes);
      const cache = new ResultCache(file, 'zout');
      assert.equal(cache.has('/a.md') || cache.has('/b.md'), false, what);
    }
  });

  it('formats stored and fresh results exactly as JSON.stringify does', () => {
    filled();
    const cache = new ResultCache(file, 'zout');
    const results: FileResult[] = [
      new StoredFileResult('a.md', cache.fresh('/a.md', '{"x":1}', OLD)!),
      { file: 'nieuw "c".md', messages: B },
      new StoredFileResult('leeg.md', cache.get('/leeg.md', 'h3')!),
    ];
    const plain = [
      { file: 'a.md', messages: A },
      { file: 'nieuw "c".md', messages: B },
      { file: 'leeg.md', messages: [] },
    ];
    const out = formatJson(results);
    assert.equal(typeof out === 'string' ? out : Buffer.from(out).toString('utf8'), JSON.stringify(plain) + '\n');
    assert.equal(formatJson([]), '[]\n');
    assert.deepEqual(results.map(severityCounts), [
      { errors: 1, warnings: 0 },
      { errors: 0, warnings: 1 },
      { errors: 0, warnings: 0 },
    ]);
    assert.deepEqual(results[0]!.messages, A, 'parsed when read');
  });
});
