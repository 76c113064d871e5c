// Main-thread side of lint-worker.ts: large documents are linted on a worker thread of their own,
// so no rule on a 10 MB draft holds up hover, completion or other documents. A new version, a
// close or a shutdown stops the work in progress through a shared job id (no message needed,
// the worker reads it between steps). Each worker's heap is capped: memory is bounded per document.
import { Worker } from 'node:worker_threads';
import { LINT_WORKER_ROLE, type LintJob, type LintReply, type LintWorkerData } from './lint-worker.js';

/** Below this many characters a document is linted on the main thread: no hand-over cost. */
export const BACKGROUND_MIN_CHARS = 256 * 1024;
/** Heap of one document's worker; past it the worker ends and the document gets one message. */
const WORKER_HEAP_MB = 1536;

interface DocumentWorker {
  worker: Worker;
  wanted: Int32Array;
  pending: Map<number, (r: LintReply) => void>;
}

export class BackgroundLint {
  readonly #workers = new Map<string, DocumentWorker>();
  #nextId = 1;

  constructor(private readonly entry: string | URL) {}

  /** Lints a version; the work for any earlier version of `uri` stops. */
  lint(uri: string, job: Omit<LintJob, 'id'>): Promise<LintReply> {
    const w = this.#workers.get(uri) ?? this.#start(uri);
    const id = this.#nextId++;
    Atomics.store(w.wanted, 0, id);
    return new Promise((resolve) => {
      w.pending.set(id, resolve);
      w.worker.postMessage({ ...job, id } satisfies LintJob);
    });
  }

  /** The work in progress for `uri` is no longer wanted (a newer version is coming). */
  stop(uri: string): void {
    const w = this.#workers.get(uri);
    if (w) Atomics.store(w.wanted, 0, 0);
  }

  close(uri: string): void {
    const w = this.#workers.get(uri);
    if (!w) return;
    this.#workers.delete(uri);
    Atomics.store(w.wanted, 0, 0);
    void w.worker.terminate();
    for (const [id, resolve] of w.pending) resolve({ id, status: 'stopped', blocks: 0 });
  }

  closeAll(): void {
    for (const uri of [...this.#workers.keys()]) this.close(uri);
  }

  #start(uri: string): DocumentWorker {
    const wanted = new SharedArrayBuffer(4);
    const data: LintWorkerData = { role: LINT_WORKER_ROLE, wanted };
    const entry = typeof this.entry === 'string' && this.entry.startsWith('file:') ? new URL(this.entry) : this.entry;
    const worker = new Worker(entry, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const w: DocumentWorker = { worker, wanted: new Int32Array(wanted), pending: new Map() };
    // Never keeps the server alive on its own: the connection does.
    worker.unref();
    worker.on('message', (r: LintReply) => {
      w.pending.get(r.id)?.(r);
      w.pending.delete(r.id);
    });
    const fail = (error: string): void => {
      if (this.#workers.get(uri) === w) this.#workers.delete(uri);
      for (const [id, resolve] of w.pending) resolve({ id, status: 'failed', error });
      w.pending.clear();
    };
    worker.on('error', (err) => fail(String(err?.message ?? err)));
    worker.on('exit', (code) => fail(`werkthread gestopt met code ${code}`));
    this.#workers.set(uri, w);
    return w;
  }
}
