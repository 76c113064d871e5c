// Worker thread side of pool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { PersistentBlockCache } from './block-store.js';
import { doWork, type WorkItem } from './work.js';

export function runWorker(): void {
  const data = workerData as { cacheFile: string | null; salt: string };
  const cache = new PersistentBlockCache(data.cacheFile, data.salt);
  parentPort!.on('message', (msg: { type: 'work'; item: WorkItem } | { type: 'finish' }) => {
    if (msg.type === 'work') {
      parentPort!.postMessage({ type: 'result', result: doWork(msg.item, cache) });
      return;
    }
    const added = [...cache.added].map(([h, b]) => [h, new Uint8Array(b.buffer, b.byteOffset, b.byteLength)] as [string, Uint8Array]);
    parentPort!.postMessage({ type: 'added', added });
    parentPort!.close();
  });
}
