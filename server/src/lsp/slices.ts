// Drives an engine step generator (core/steps.ts) on the server's event loop: work runs until a
// time budget is used, then yields (setImmediate) so requests and other documents are answered
// in between. A small document finishes within one budget: no added latency.
import type { Steps } from '../core/steps.js';

/** Work per turn of the event loop before other messages get their turn. */
export const SLICE_MS = 8;

/** Thrown when the work was no longer wanted (cancelled request, newer version, closed). */
export class WorkStopped extends Error {
  constructor() {
    super('work stopped');
  }
}

export async function runInSlices<T>(steps: Steps<T>, stopped: () => boolean, budgetMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    if (stopped()) throw new WorkStopped();
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
