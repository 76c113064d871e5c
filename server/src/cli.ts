#!/usr/bin/env node
// The `kamerbrief` CLI shell. The same module is the worker-thread entry (see cli/pool.ts).
import { isMainThread, workerData } from 'node:worker_threads';
import { run } from './cli/run.js';
import { runWorker } from './cli/worker.js';
import { WORKER_ROLE } from './cli/pool.js';

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  runWorker();
} else {
  const code = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    workerEntry: new URL(import.meta.url),
  });
  process.exitCode = code;
}
