// Spreads files over threads: the main thread lints too, and `threads - 1` workers join it. All
// of them take the next file from one shared counter (Atomics), so nobody waits on messages for
// work and a few big documents do not leave a core idle. A worker gets the whole list once, reads
// its files itself and sends results back in batches — never a text per message.
import { Worker } from 'node:worker_threads';
import type { WorkItem, WorkResult } from './work.js';

export interface PoolOutcome {
  results: WorkResult[];
  /** New block-cache records from all workers. */
  added: [string, Uint8Array][];
}

export const WORKER_ROLE = 'kamerbrief-lint-worker';

export interface WorkerData {
  role: typeof WORKER_ROLE;
  cacheFile: string | null;
  salt: string;
  items: WorkItem[];
  /** One Int32: the index of the next item to take. */
  next: SharedArrayBuffer;
}

/** What a standby worker starts with: only its role; its WorkerData comes as its first message. */
export interface StandbyData {
  role: typeof WORKER_ROLE;
  standby: true;
}

/**
 * Starts a worker before the files are known, so that it loads the engine while the main thread
 * reads the configuration and lists the files (some 100 ms on a cold run). Unreferenced: a run
 * that turns out too small for threads simply ends, and the process with it.
 */
export function startStandby(entry: string | URL): Worker {
  const worker = new Worker(entry, { workerData: { role: WORKER_ROLE, standby: true } satisfies StandbyData });
  worker.unref();
  // A standby that fails before it is used must not take the process down.
  worker.on('error', () => {});
  return worker;
}

export type WorkerMessage = { type: 'results'; results: WorkResult[] } | { type: 'done'; added: [string, Uint8Array][] };

/** Claims the next item index, or -1 when all are taken. */
export function claim(next: Int32Array, count: number): number {
  const i = Atomics.add(next, 0, 1);
  return i < count ? i : -1;
}

/**
 * Lints `items` on `threads` threads (the main thread included). `loadLintHere` gives the function
 * that does one item in this thread: it is called after the workers are started, so that this
 * thread loads the engine while they load theirs.
 */
export async function runPool(
  entry: string | URL,
  items: WorkItem[],
  threads: number,
  cacheFile: string | null,
  salt: string,
  loadLintHere: () => Promise<(item: WorkItem) => WorkResult>,
  standby: Worker[] = [],
): Promise<PoolOutcome> {
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const results: WorkResult[] = [];
  const added: [string, Uint8Array][] = [];
  const finished = Array.from({ length: Math.max(0, threads - 1) }, () => {
    const data: WorkerData = { role: WORKER_ROLE, cacheFile, salt, items, next };
    // A standby that has already stopped (threadId -1) would never answer: start a new worker.
    let ready = standby.shift();
    if (ready && ready.threadId === -1) ready = undefined;
    const worker = ready ?? new Worker(entry, { workerData: data });
    if (ready) {
      ready.ref();
      ready.postMessage(data);
    }
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (msg: WorkerMessage) => {
        if (msg.type === 'results') results.push(...msg.results);
        else {
          added.push(...msg.added);
          // Its last message is all we need: the thread's own shutdown need not hold this one up.
          worker.unref();
          resolve();
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`werkthread gestopt met code ${code}`)));
    });
  });
  // Meanwhile this thread lints as well; workers join as soon as they have started.
  const lintHere = await loadLintHere();
  for (let i = claim(counter, items.length); i >= 0; i = claim(counter, items.length)) results.push(lintHere(items[i]!));
  await Promise.all(finished);
  return { results, added };
}
