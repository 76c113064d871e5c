#!/usr/bin/env node
// The `kamerbrief` CLI shell. The same module is the worker-thread entry (see cli/pool.ts).
import v8 from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';
import { startStandby, WORKER_ROLE } from './cli/pool.js';
import { wantsStandby } from './cli/standby.js';

// A lint run is short: V8's optimising compiler (TurboFan) spends more time compiling — on the
// second core, and again in every worker — than its code saves in a few seconds (bench/README.md).
// Lint runs stop at the mid tier (Maglev where this Node has it on, else Sparkplug); the other
// commands (archives through fflate, large JSON) run long enough to gain from TurboFan and only
// skip its inlining. The flag holds for the whole process, workers included; it is set before the
// engine is loaded. Not for the language server, which runs long.
const LONG_RUNNING = new Set(['sync', 'import', 'vragen', 'export', 'lookup', 'snapshot', 'woordenlijst', 'overzicht']);
v8.setFlagsFromString(LONG_RUNNING.has(process.argv[2] ?? '') ? '--no-turbo-inlining' : '--max-opt=2');

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  (await import('./cli/worker.js')).runWorker();
} else {
  // A lint run big enough for threads gains most when the worker starts now, before the
  // configuration is read and the files are listed: it loads the engine meanwhile (pool.ts).
  const standby = wantsStandby(process.argv.slice(2), process.cwd(), process.env) ? startStandby(new URL(import.meta.url)) : undefined;
  const { run } = await import('./cli/run.js');
  const { terminalSafe } = await import('./cli/terminal-text.js');
  const code = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stdoutBytes: (b) => process.stdout.write(b),
    // Messages quote file names and draft text: control characters are shown, never obeyed.
    stderr: (s) => process.stderr.write(terminalSafe(s)),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    workerEntry: new URL(import.meta.url),
    ...(standby ? { standby } : {}),
  });
  process.exitCode = code;
}
