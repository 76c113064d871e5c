// Spreads files over worker threads (both cores on these machines). Workers take the next file
// when they finish one, so a few 1 MB documents do not leave a core idle.
import { Worker } from 'node:worker_threads';
import type { WorkItem, WorkResult } from './work.js';

export interface PoolOutcome {
  results: WorkResult[];
  /** New block-cache records from all workers. */
  added: [string, Uint8Array][];
}

export const WORKER_ROLE = 'kamerbrief-lint-worker';

export function runPool(entry: string | URL, items: WorkItem[], size: number, cacheFile: string | null, salt: string): Promise<PoolOutcome> {
  return new Promise((resolve, reject) => {
    const results: WorkResult[] = [];
    const added: [string, Uint8Array][] = [];
    let next = 0;
    let alive = 0;
    const queue = [...items].sort((a, b) => a.id - b.id);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { workerData: { role: WORKER_ROLE, cacheFile, salt } });
      alive++;
      const feed = (): void => {
        if (next < queue.length) worker.postMessage({ type: 'work', item: queue[next++] });
        else worker.postMessage({ type: 'finish' });
      };
      worker.on('message', (msg: { type: 'result'; result: WorkResult } | { type: 'added'; added: [string, Uint8Array][] }) => {
        if (msg.type === 'result') {
          results.push(msg.result);
          feed();
        } else {
          added.push(...msg.added);
        }
      });
      worker.on('error', reject);
      worker.on('exit', () => {
        if (--alive === 0) resolve({ results, added });
      });
      feed();
    }
  });
}
