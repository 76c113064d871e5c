// cli/pool.ts: the main thread and its workers share one counter; a worker that dies before its
// last message fails the run instead of leaving its files unlinted.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { claim, runPool, startStandby } from '../../server/src/cli/pool.js';
import { wantsStandby } from '../../server/src/cli/standby.js';
import type { WorkItem, WorkResult } from '../../server/src/cli/work.js';

const items = (n: number): WorkItem[] => Array.from({ length: n }, (_, id) => ({ id, file: `f${id}.md`, shown: `f${id}.md`, mode: 'lint', config: {} }) as unknown as WorkItem);

describe('worker pool (cli/pool.ts)', () => {
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-pool-'))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('claim hands out each index once, then -1', () => {
    const next = new Int32Array(new SharedArrayBuffer(4));
    assert.deepEqual([claim(next, 2), claim(next, 2), claim(next, 2)], [0, 1, -1]);
  });

  it('a worker that stops before its last message rejects the run with its exit code', async () => {
    const entry = path.join(tmp, 'dies.mjs');
    fs.writeFileSync(entry, 'process.exit(3);\n');
    // The main thread takes no item, so the run waits on the worker alone.
    const lintHere = async () => (): WorkResult => assert.fail('the main thread took an item');
    const list = items(0);
    await assert.rejects(runPool(pathToFileURL(entry), list, 2, null, 'salt', lintHere), { message: 'werkthread gestopt met code 3' });
  });

  it("a worker's last message ends its part: its results and block records are the run's", async () => {
    const entry = path.join(tmp, 'answers.mjs');
    // A stand-in worker: takes every item from the shared counter and answers as worker.ts does.
    fs.writeFileSync(
      entry,
      `import { parentPort, workerData } from 'node:worker_threads';
const next = new Int32Array(workerData.next);
const results = [];
for (let i = Atomics.add(next, 0, 1); i < workerData.items.length; i = Atomics.add(next, 0, 1)) results.push({ id: workerData.items[i].id });
parentPort.postMessage({ type: 'results', results });
parentPort.postMessage({ type: 'done', added: [['h', new Uint8Array([1])]] });
// Stays alive: the run must not wait for this thread to end.
setInterval(() => {}, 1000);
`,
    );
    const list = items(5);
    // However the items are split between the threads, all results come back.
    const lintHere = async () => (item: WorkItem): WorkResult => ({ id: item.id });
    const outcome = await runPool(pathToFileURL(entry), list, 2, null, 'salt', lintHere);
    assert.deepEqual(outcome.results.map((r) => r.id).sort(), [0, 1, 2, 3, 4]);
    assert.deepEqual(outcome.added, [['h', new Uint8Array([1])]]);
  });

  it('a standby worker, started before the files were known, gets its work as its first message', async () => {
    const entry = path.join(tmp, 'standby.mjs');
    fs.writeFileSync(
      entry,
      `import { parentPort, workerData } from 'node:worker_threads';
const work = (data, via) => {
  const next = new Int32Array(data.next);
  const results = [];
  for (let i = Atomics.add(next, 0, 1); i < data.items.length; i = Atomics.add(next, 0, 1)) results.push({ id: data.items[i].id, via });
  parentPort.postMessage({ type: 'results', results });
  parentPort.postMessage({ type: 'done', added: [] });
};
if (workerData.standby) parentPort.once('message', (data) => work(data, 'standby'));
else work(workerData, 'new');
`,
    );
    const standby = startStandby(pathToFileURL(entry));
    // Its 'done' only comes once it has been given the work: without that message the run would not end.
    const lintHere = async () => (item: WorkItem): WorkResult => ({ id: item.id, via: 'main' }) as WorkResult;
    const outcome = await runPool(pathToFileURL(entry), items(3), 2, null, 'salt', lintHere, [standby]);
    const via = outcome.results.map((r) => (r as WorkResult & { via: string }).via);
    assert.deepEqual(outcome.results.map((r) => r.id).sort(), [0, 1, 2]);
    assert.ok(!via.includes('new'), 'no second worker was started');
  });

  it('a standby that stopped before it was needed is replaced, not waited for', async () => {
    const entry = path.join(tmp, 'standby-dies.mjs');
    fs.writeFileSync(
      entry,
      `import { parentPort, workerData } from 'node:worker_threads';
if (workerData.standby) process.exit(5);
const next = new Int32Array(workerData.next);
const results = [];
for (let i = Atomics.add(next, 0, 1); i < workerData.items.length; i = Atomics.add(next, 0, 1)) results.push({ id: workerData.items[i].id });
parentPort.postMessage({ type: 'results', results });
parentPort.postMessage({ type: 'done', added: [] });
`,
    );
    const standby = startStandby(pathToFileURL(entry));
    await once(standby, 'exit');
    const lintHere = async () => (item: WorkItem): WorkResult => ({ id: item.id });
    const outcome = await runPool(pathToFileURL(entry), items(4), 2, null, 'salt', lintHere, [standby]);
    assert.deepEqual(outcome.results.map((r) => r.id).sort(), [0, 1, 2, 3]);
  });

  it('a standby is started only for a first lint that may use threads', () => {
    const want = (argv: string[], cores = 2) => wantsStandby(argv, tmp, { XDG_CACHE_HOME: path.join(tmp, 'cache') }, cores);
    assert.equal(want(['lint']), true);
    assert.equal(want(['lint', '--format', 'json', 'docs'], 8), true);
    assert.equal(want(['lint', '--jobs', '2']), true);
    assert.equal(want(['lint', '--jobs=3']), true);
    assert.equal(want(['lint', '--no-cache']), true);
    assert.equal(want(['lint'], 1), false, 'one core');
    assert.equal(want(['citations']), false);
    assert.equal(want(['lint', '--format', 'onbekend']), false, 'a usage error is for run() to say');
    assert.equal(want([]), false);
    for (const flag of [['-'], ['--fix'], ['--report-suppressions'], ['--help'], ['--jobs', '1'], ['--jobs', '0']]) {
      assert.equal(want(['lint', 'docs', ...flag]), false, flag.join(' '));
    }
    // A results cache means a repeat run, mostly answered from the cache.
    fs.mkdirSync(path.join(tmp, 'c'));
    assert.equal(want(['lint', '--cache-location', 'c']), true);
    fs.writeFileSync(path.join(tmp, 'c', 'results.bin'), '');
    assert.equal(want(['lint', '--cache-location', 'c']), false);
    assert.equal(want(['lint', '--cache-location', 'c', '--no-cache']), true);
  });
});
