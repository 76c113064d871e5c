// The language server's lint worker (lsp/lint-worker.ts) without its thread: what a job returns,
// when it stops, that its block cache and its open snapshot last across jobs, and that a failure
// comes back as a reply instead of killing the thread. The thread itself is started for real in
// lsp/background-lint tests; these reach the job logic, which runs only inside that thread there.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MemoryBlockCache } from '../../server/src/core/analyze.js';
import { lintText } from '../../server/src/core/lint.js';
import type { LintConfig } from '../../server/src/core/config.js';
import type { BlockFacts } from '../../server/src/core/model.js';
import { openSnapshot } from '../../server/src/data/store.js';
import { lintJobRunner, type LintJob } from '../../server/src/lsp/lint-worker.js';
import { CORPUS, FIXTURES } from '../helpers/paths.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

const LETTER = fs.readFileSync(path.join(CORPUS, '29754-501-stand-van-zaken-moties-toezeggingen.md'), 'utf8');
/** KB101 lowered to a warning: the job's configuration must reach the rules. */
const CONFIG: LintConfig = { rules: { KB101: 'warning' } };
const SNAPSHOT = { dir: path.join(FIXTURES, 'snapshot'), stamp: 'stamp-1' };
/** A draft of 450 blocks: analysis yields after blocks 200 and 400, and 450 at its end. */
const LONG = `Zie Kamerstuk 29 754,nr. 3.\n\n${Array.from({ length: 449 }, (_, i) => `Alinea ${i + 1} van de brief.`).join('\n\n')}\n`;

class CountingCache extends MemoryBlockCache {
  sets = 0;
  override set(key: string, facts: BlockFacts): void {
    this.sets++;
    super.set(key, facts);
  }
}

function runner(opts: { open?: typeof openSnapshot; cache?: CountingCache } = {}) {
  const wanted = new Int32Array(new SharedArrayBuffer(4));
  const opened: string[] = [];
  const open = opts.open ?? ((dir: string) => (opened.push(dir), openSnapshot(dir)));
  const lint = lintJobRunner(wanted, open, opts.cache);
  const job = (id: number, text: string, data: LintJob['data'] = null): LintJob => ({ id, text, config: CONFIG, data });
  return { wanted, opened, lint, job };
}

describe('lint worker jobs (lsp/lint-worker.ts)', () => {
  it('a wanted job comes back done, with the messages lintText gives and the blocks it went through', () => {
    const { wanted, lint, job } = runner();
    Atomics.store(wanted, 0, 7);
    const reply = lint(job(7, LONG));
    assert.equal(reply.status, 'done');
    assert.equal(reply.id, 7);
    if (reply.status !== 'done') return;
    assert.equal(reply.blocks, 450);
    const expected = lintText(LONG, { config: CONFIG }).messages;
    assert.ok(expected.length > 0, 'the draft has a slip to report');
    assert.deepEqual(reply.messages.map((m) => [m.ruleId, m.start, m.end, m.severity]), expected.map((m) => [m.ruleId, m.start, m.end, m.severity]));
    assert.notDeepEqual(expected.map((m) => m.severity), lintText(LONG).messages.map((m) => m.severity), 'the configuration changes a severity');
  });

  it('a job no longer wanted stops at the first step of the analysis', () => {
    const { wanted, lint, job } = runner();
    Atomics.store(wanted, 0, 8);
    assert.deepEqual(lint(job(7, LONG)), { id: 7, status: 'stopped', blocks: 200 });
  });

  it('a short job no longer wanted stops at the end of its analysis (one step), before any rule', () => {
    const { wanted, lint, job } = runner();
    Atomics.store(wanted, 0, 2);
    assert.deepEqual(lint(job(1, 'Zie Kamerstuk 29 754,nr. 3.\n')), { id: 1, status: 'stopped', blocks: 1 });
  });

  it('a job given up while its rules run stops between rules', () => {
    const wanted = new Int32Array(new SharedArrayBuffer(4));
    // The snapshot is opened after the analysis, as the rules start: the main thread moves on then.
    const lint = lintJobRunner(wanted, (dir) => (Atomics.store(wanted, 0, 99), openSnapshot(dir)));
    Atomics.store(wanted, 0, 1);
    assert.deepEqual(lint({ id: 1, text: LONG, config: CONFIG, data: SNAPSHOT }), { id: 1, status: 'stopped', blocks: 450 });
  });

  it('keeps its block cache across jobs: the next version parses only the changed block', () => {
    const cache = new CountingCache(100_000);
    const { wanted, lint, job } = runner({ cache });
    Atomics.store(wanted, 0, 1);
    assert.equal(lint(job(1, LONG)).status, 'done');
    const first = cache.sets;
    assert.ok(first > 0);
    Atomics.store(wanted, 0, 2);
    const edited = LONG.replace('Alinea 300 van', 'Alinea 300 (gewijzigd) van');
    assert.equal(lint(job(2, edited)).status, 'done');
    assert.ok(cache.sets - first <= 1, `${cache.sets - first} blocks parsed again for one changed paragraph`);
  });

  it('opens the snapshot once per stamp, and lints with it as lintText does', () => {
    const { wanted, opened, lint, job } = runner();
    Atomics.store(wanted, 0, 1);
    const withData = lint(job(1, LETTER, SNAPSHOT));
    Atomics.store(wanted, 0, 2);
    lint(job(2, LETTER, SNAPSHOT));
    assert.equal(opened.length, 1, 'the same stamp reuses the open snapshot');
    Atomics.store(wanted, 0, 3);
    lint(job(3, LETTER, { ...SNAPSHOT, stamp: 'stamp-2' }));
    assert.equal(opened.length, 2, 'a new stamp opens the snapshot again');
    assert.equal(withData.status, 'done');
    if (withData.status !== 'done') return;
    const expected = lintText(LETTER, { config: CONFIG, data: fixtureSnapshot() }).messages;
    assert.deepEqual(withData.messages.map((m) => [m.ruleId, m.start]), expected.map((m) => [m.ruleId, m.start]));
  });

  it('a snapshot that does not open means linting without data, not a failure', () => {
    const { wanted, lint, job } = runner();
    Atomics.store(wanted, 0, 1);
    const reply = lint(job(1, LETTER, { dir: path.join(FIXTURES, 'bestaat-niet'), stamp: 'x' }));
    assert.equal(reply.status, 'done');
    if (reply.status !== 'done') return;
    const expected = lintText(LETTER, { config: CONFIG, data: null }).messages;
    assert.deepEqual(reply.messages.map((m) => [m.ruleId, m.start]), expected.map((m) => [m.ruleId, m.start]));
  });

  it('an error inside a job comes back as a failed reply with its message', () => {
    const { wanted, lint, job } = runner({
      open: () => {
        throw new Error('snapshot kapot');
      },
    });
    Atomics.store(wanted, 0, 4);
    const reply = lint(job(4, 'Tekst.\n', SNAPSHOT));
    assert.equal(reply.status, 'failed');
    assert.equal(reply.id, 4);
    if (reply.status === 'failed') assert.match(reply.error, /snapshot kapot/);
  });
});
