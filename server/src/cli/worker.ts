// Worker thread side of pool.ts: take items from the shared counter until none are left.
import { parentPort, workerData } from 'node:worker_threads';
import { PersistentBlockCache } from './block-store.js';
import { claim, type StandbyData, type WorkerData, type WorkerMessage } from './pool.js';
import { doWork, type WorkResult } from './work.js';

/** Results go back in batches: one message per file costs more than small files take to lint. */
const BATCH = 64;

/**
 * A worker started before its work is known (a standby, see pool.ts) has loaded the engine by the
 * time the main thread has found the files; it waits for them in its first message.
 */
export function runWorker(): void {
  const given = workerData as WorkerData | StandbyData;
  if ('standby' in given) parentPort!.once('message', (data: WorkerData) => lintItems(data));
  else lintItems(given);
}

function lintItems(data: WorkerData): void {
  const counter = new Int32Array(data.next);
  const cache = new PersistentBlockCache(data.cacheFile, data.salt);
  let batch: WorkResult[] = [];
  const send = (msg: WorkerMessage, transfer: ArrayBuffer[] = []): void => parentPort!.postMessage(msg, transfer);
  for (let i = claim(counter, data.items.length); i >= 0; i = claim(counter, data.items.length)) {
    batch.push(doWork(data.items[i]!, cache));
    if (batch.length >= BATCH) {
      send({ type: 'results', results: batch });
      batch = [];
    }
  }
  if (batch.length > 0) send({ type: 'results', results: batch });
  const added = [...cache.added].map(([h, b]) => [h, new Uint8Array(b.buffer, b.byteOffset, b.byteLength)] as [string, Uint8Array]);
  send({ type: 'done', added });
  parentPort!.close();
}
