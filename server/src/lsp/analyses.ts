// One analysis per (document, version), shared by diagnostics, hover and every other feature;
// all documents share one block cache, so an edit re-parses only the blocks it touched.
// Requests wait for an analysis without blocking the server: it is built in slices (slices.ts),
// and it stops when nobody wants it any more (all waiting requests cancelled, a newer version,
// the document closed). Only the newest version of a document is kept.
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, analyzeSteps, MemoryBlockCache } from '../core/analyze.js';
import { runRules, stripBom } from '../core/lint.js';
import type { LintConfig } from '../core/config.js';
import type { DocumentAnalysis } from '../core/model.js';
import type { LintMessage } from '../core/types.js';
import type { Snapshot } from '../data/types.js';
import { runInSlices, WorkStopped } from './slices.js';

interface Entry {
  version: number;
  analysis: DocumentAnalysis;
  messages: Map<string, LintMessage[]>;
}

/** An analysis being built; it stops when its last waiter is gone. */
interface Job {
  version: number;
  waiters: number;
  stopped: boolean;
  promise: Promise<Entry>;
}

export class Analyses {
  readonly cache = new MemoryBlockCache(100_000);
  readonly #entries = new Map<string, Entry>();
  readonly #jobs = new Map<string, Job>();

  #entry(doc: TextDocument): Entry {
    const hit = this.#entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    // Editors strip the BOM; a stray one at the start is not text either.
    return this.#store(doc, analyze(stripBom(doc.getText()), { cache: this.cache }));
  }

  #store(doc: TextDocument, analysis: DocumentAnalysis): Entry {
    const entry: Entry = { version: doc.version, analysis, messages: new Map() };
    this.#entries.set(doc.uri, entry);
    return entry;
  }

  /** The analysis, built here and now: for small documents and explicit commands. */
  analysis(doc: TextDocument): DocumentAnalysis {
    return this.#entry(doc).analysis;
  }

  /**
   * The analysis, built in slices. Rejects with WorkStopped when `token` is cancelled or the
   * version is superseded before it is done.
   */
  async ready(doc: TextDocument, token?: CancellationToken): Promise<DocumentAnalysis> {
    const hit = this.#entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    let job = this.#jobs.get(doc.uri);
    if (job && job.version !== doc.version) {
      this.#stopJob(doc.uri);
      job = undefined;
    }
    if (!job) job = this.#startJob(doc);
    const own = job;
    own.waiters++;
    let release: (() => void) | undefined;
    const cancelled = new Promise<never>((_, reject) => {
      const sub = token?.onCancellationRequested(() => reject(new WorkStopped()));
      release = () => sub?.dispose();
    });
    try {
      return (await Promise.race([own.promise, cancelled])).analysis;
    } finally {
      release?.();
      if (--own.waiters === 0 && this.#jobs.get(doc.uri) === own) this.#stopJob(doc.uri);
    }
  }

  #startJob(doc: TextDocument): Job {
    const job: Job = { version: doc.version, waiters: 0, stopped: false, promise: null! };
    const text = stripBom(doc.getText());
    job.promise = runInSlices(analyzeSteps(text, { cache: this.cache }), () => job.stopped).then((analysis) => {
      if (this.#jobs.get(doc.uri) === job) this.#jobs.delete(doc.uri);
      return this.#store(doc, analysis);
    });
    job.promise.catch(() => undefined); // a stopped job has nobody left to tell
    this.#jobs.set(doc.uri, job);
    return job;
  }

  #stopJob(uri: string): void {
    const job = this.#jobs.get(uri);
    if (!job) return;
    job.stopped = true;
    this.#jobs.delete(uri);
  }

  /** A newer version arrived: the work on older ones stops (their waiters get WorkStopped). */
  superseded(uri: string, version: number): void {
    const job = this.#jobs.get(uri);
    if (job && job.version !== version) this.#stopJob(uri);
    const entry = this.#entries.get(uri);
    if (entry && entry.version !== version) this.#entries.delete(uri);
  }

  /** `dataStamp` identifies the snapshot: results are reused only with the same data. */
  messages(doc: TextDocument, config: LintConfig, data: Snapshot | null = null, dataStamp = ''): LintMessage[] {
    const entry = this.#entry(doc);
    const key = JSON.stringify(config) + '\u0000' + dataStamp;
    let m = entry.messages.get(key);
    if (!m) {
      m = runRules(entry.analysis, { config, data });
      entry.messages.set(key, m);
    }
    return m;
  }

  /** Drops lint results (not analyses): after a sync the data rules must run again. */
  clearMessages(): void {
    for (const e of this.#entries.values()) e.messages.clear();
  }

  forget(uri: string): void {
    this.#stopJob(uri);
    this.#entries.delete(uri);
  }

  /** Shutdown: every job in progress stops. */
  stopAll(): void {
    for (const uri of [...this.#jobs.keys()]) this.#stopJob(uri);
  }
}
