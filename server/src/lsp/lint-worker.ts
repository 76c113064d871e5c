// Worker-thread side of background-lint.ts: lints one large document (analysis and rules) with a
// block cache of its own that survives between versions, so an edit re-parses only what changed.
// Between steps (a few hundred blocks, one rule) it reads the shared "wanted" job id: when the
// main thread has moved on (newer version, closed, shutdown) it stops at once.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeSteps, MemoryBlockCache } from '../core/analyze.js';
import { runRulesSteps } from '../core/lint.js';
import type { LintConfig } from '../core/config.js';
import type { LintMessage } from '../core/types.js';
import { openSnapshot } from '../data/store.js';
import type { Snapshot } from '../data/types.js';

export const LINT_WORKER_ROLE = 'kamerbrief-lsp-lint-worker';

export interface LintWorkerData {
  role: typeof LINT_WORKER_ROLE;
  /** One Int32: the id of the job the main thread still wants. */
  wanted: SharedArrayBuffer;
}

export interface LintJob {
  id: number;
  text: string;
  config: LintConfig;
  /** Snapshot folder and stamp (DataProvider), or null without data. */
  data: { dir: string; stamp: string } | null;
}

export type LintReply =
  | { id: number; status: 'done'; messages: LintMessage[]; blocks: number }
  | { id: number; status: 'stopped'; blocks: number }
  | { id: number; status: 'failed'; error: string };

export function runLintWorker(): void {
  const lint = lintJobRunner(new Int32Array((workerData as LintWorkerData).wanted));
  parentPort!.on('message', (job: LintJob) => parentPort!.postMessage(lint(job)));
}

/**
 * The worker's work without the thread around it (so that it can be tested in-process): one block
 * cache and one open snapshot kept across jobs; a job stops as soon as `wanted` names another.
 */
export function lintJobRunner(
  wanted: Int32Array,
  open: typeof openSnapshot = openSnapshot,
  cache: MemoryBlockCache = new MemoryBlockCache(100_000),
): (job: LintJob) => LintReply {
  let snapshot: { stamp: string; value: Snapshot | null } | null = null;
  const dataFor = (d: LintJob['data']): Snapshot | null => {
    if (!d) return null;
    if (snapshot?.stamp !== d.stamp) {
      const opened = open(d.dir);
      snapshot = { stamp: d.stamp, value: opened.status === 'ok' ? opened.snapshot : null };
    }
    return snapshot.value;
  };
  return function lint(job: LintJob): LintReply {
    const stillWanted = (): boolean => Atomics.load(wanted, 0) === job.id;
    let blocks = 0;
    try {
      const analysis = analyzeSteps(job.text, { cache });
      let step = analysis.next();
      for (; !step.done; step = analysis.next()) {
        blocks = step.value;
        if (!stillWanted()) return { id: job.id, status: 'stopped', blocks };
      }
      const rules = runRulesSteps(step.value, { config: job.config, data: dataFor(job.data) });
      let r = rules.next();
      for (; !r.done; r = rules.next()) if (!stillWanted()) return { id: job.id, status: 'stopped', blocks };
      return { id: job.id, status: 'done', messages: r.value, blocks };
    } catch (err) {
      return { id: job.id, status: 'failed', error: String((err as Error)?.stack ?? err) };
    }
  };
}
