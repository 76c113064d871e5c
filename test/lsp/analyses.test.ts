// lsp/analyses.ts: one analysis per document version, shared by every feature; lint results per
// configuration and data; work in slices that stops when nobody waits for it any more.
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyses } from '../../server/src/lsp/analyses.js';
import { WorkStopped } from '../../server/src/lsp/slices.js';

const URI = 'file:///brief.md';
const doc = (version: number, text = 'Zie Kamerstuk 29754, nr. 3.\n'): TextDocument => TextDocument.create(URI, 'markdown', version, text);
// Long enough that building its analysis takes many slices of 8 ms: there is time to stop it.
const LONG = Array.from({ length: 3000 }, (_, i) => `Alinea ${i} over Kamerstuk 29 754, nr. ${i + 1}, en de motie-Van der Staaij.[^${i}]\n\n[^${i}]: Noot ${i}.`).join('\n\n');

describe('LSP analyses: one per version, lint results per configuration', () => {
  it('keeps one analysis per version and builds a new one for a new version', () => {
    const a = new Analyses();
    const first = a.analysis(doc(1));
    assert.equal(a.analysis(doc(1)), first);
    assert.notEqual(a.analysis(doc(2)), first);
  });

  it('reuses lint results for the same configuration and data, and runs again for others', () => {
    const a = new Analyses();
    const d = doc(1);
    const plain = a.messages(d, { rules: {} });
    assert.deepEqual(plain.map((m) => m.ruleId), ['KB101']);
    assert.equal(a.messages(d, { rules: {} }), plain);
    assert.deepEqual(a.messages(d, { rules: { KB101: { severity: 'off' } } }), []);
    // The same configuration with other data (a sync): run again.
    assert.notEqual(a.messages(d, { rules: {} }, null, 'na-sync'), plain);
    a.clearMessages();
    const again = a.messages(d, { rules: {} });
    assert.notEqual(again, plain);
    assert.deepEqual(again, plain);
  });

  it('a newer version drops the older analysis; the same version keeps it', () => {
    const a = new Analyses();
    const first = a.analysis(doc(1));
    a.superseded(URI, 1);
    assert.equal(a.analysis(doc(1)), first);
    a.superseded(URI, 2);
    assert.notEqual(a.analysis(doc(1)), first);
  });

  it('waiters for the same version share one analysis, which is then kept', async () => {
    const a = new Analyses();
    const d = doc(1, LONG);
    const [x, y] = await Promise.all([a.ready(d), a.ready(d)]);
    assert.equal(x, y);
    assert.equal(a.analysis(d), x);
    assert.equal(await a.ready(d), x);
  });

  it('stops when its only waiter cancels, and goes on while another still waits', async () => {
    const a = new Analyses();
    const d = doc(1, LONG);
    const alone = new CancellationTokenSource();
    const stopped = a.ready(d, alone.token);
    alone.cancel();
    await assert.rejects(stopped, WorkStopped);

    const one = new CancellationTokenSource();
    const leaving = a.ready(d, one.token);
    const staying = a.ready(d);
    one.cancel();
    await assert.rejects(leaving, WorkStopped);
    assert.equal((await staying).units.length > 0, true);
  });

  it('a newer version, a close or a shutdown stops the work in progress', async () => {
    for (const stop of [
      (a: Analyses) => a.superseded(URI, 2),
      (a: Analyses) => a.forget(URI),
      (a: Analyses) => a.stopAll(),
    ]) {
      const a = new Analyses();
      const pending = a.ready(doc(1, LONG));
      stop(a);
      await assert.rejects(pending, WorkStopped, String(stop));
    }
    // Asking for a newer version stops the older one's work too.
    const a = new Analyses();
    const old = a.ready(doc(1, LONG));
    const fresh = a.ready(doc(2, LONG));
    await assert.rejects(old, WorkStopped);
    assert.ok((await fresh).units.length > 0);
  });
});
