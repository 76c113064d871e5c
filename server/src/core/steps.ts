// Long engine work as a generator: it yields between bounded pieces of work (blocks, rules) so a
// caller can pause (the language server yields to its event loop) or stop (a cancelled or
// superseded version). Synchronous callers simply run it to the end.

/** What a step generator yields: a count of work units done so far (blocks, rules). */
export type Steps<T> = Generator<number, T, void>;

/** Runs a step generator to its end, synchronously. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
