// The validator's path for large documents (lsp/validator.ts #validateInBackground): the work goes
// to the document's worker, and what comes back is published only for the version it was for.
// The worker itself is faked here (its own tests start real threads); what is checked is the
// validator's part: which version, which messages, a failed worker, focus mode, the 1000 cap.
import assert from 'node:assert/strict';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyses } from '../../server/src/lsp/analyses.js';
import { BACKGROUND_MIN_CHARS, type BackgroundLint } from '../../server/src/lsp/background-lint.js';
import type { LintReply } from '../../server/src/lsp/lint-worker.js';
import { DEFAULT_SETTINGS, type Settings, type SettingsCache } from '../../server/src/lsp/settings.js';
import { Validator } from '../../server/src/lsp/validator.js';
import type { LintMessage } from '../../server/src/core/types.js';

type Published = { uri: string; version?: number; diagnostics: { code?: string | number; message: string; severity?: number }[] };

const URI = 'file:///groot.md';
const LARGE = `Zie Kamerstuk 29 754, nr. 3.\n\n${'Tekst van de brief. '.repeat(BACKGROUND_MIN_CHARS / 20)}\n`;
const message = (ruleId: string, severity: LintMessage['severity'], start = 0): LintMessage => ({ ruleId, rule: ruleId.toLowerCase(), severity, certainty: 'definite', start, end: start + 3, message: `${ruleId} gevonden` });

function setup(settings: Partial<Settings> = {}) {
  const docs = new Map<string, TextDocument>();
  const published: Published[] = [];
  const errors: string[] = [];
  const calls: string[] = [];
  let reply: (job: { text: string }) => LintReply = () => ({ id: 1, status: 'done', messages: [], blocks: 0 }) as LintReply;
  let beforeReply = (): void => {};
  const connection = {
    sendDiagnostics: async (p: Published) => void published.push(p),
    console: { error: (s: string) => void errors.push(s) },
  } as unknown as Connection;
  const documents = { get: (uri: string) => docs.get(uri) } as unknown as TextDocuments<TextDocument>;
  const cache = { get: async () => ({ ...DEFAULT_SETTINGS, ...settings }) } as unknown as SettingsCache;
  const workers = {
    lint: async (uri: string, job: { text: string }) => {
      calls.push(`lint ${uri} ${job.text.length}`);
      beforeReply();
      return reply(job);
    },
    stop: (uri: string) => void calls.push(`stop ${uri}`),
    close: (uri: string) => void calls.push(`close ${uri}`),
    closeAll: () => void calls.push('closeAll'),
  } as unknown as BackgroundLint;
  const validator = new Validator(connection, documents, new Analyses(), cache, null, workers);
  const open = (text: string, version = 1): TextDocument => {
    const doc = TextDocument.create(URI, 'markdown', version, text);
    docs.set(URI, doc);
    return doc;
  };
  /** Until `n` publications have come in (or the event loop has turned many times: then fail). */
  const settle = async (n: number): Promise<void> => {
    for (let i = 0; i < 200 && published.length < n; i++) await new Promise((r) => setImmediate(r));
  };
  return {
    validator, published, errors, calls, open, settle, docs,
    onReply: (f: typeof reply) => void (reply = f),
    onBeforeReply: (f: () => void) => void (beforeReply = f),
  };
}

describe('LSP validator: large documents on their own worker', () => {
  it('publishes the worker\'s messages for the version it linted, and keeps them for code actions', async () => {
    const t = setup();
    t.onReply(() => ({ id: 1, status: 'done', messages: [message('KB101', 'error', 4)], blocks: 3 }) as LintReply);
    const doc = t.open(LARGE, 7);
    t.validator.opened(doc);
    await t.settle(1);
    assert.deepEqual(t.calls, [`lint ${URI} ${LARGE.length}`]);
    assert.equal(t.published.length, 1);
    assert.equal(t.published[0]!.version, 7);
    assert.deepEqual(t.published[0]!.diagnostics.map((d) => [d.code, d.message]), [['KB101', 'KB101 gevonden']]);
    assert.deepEqual(t.validator.backgroundMessages(doc)?.map((m) => m.ruleId), ['KB101']);
    // Another version of the document: what the worker found is not for it.
    assert.equal(t.validator.backgroundMessages(TextDocument.create(URI, 'markdown', 8, LARGE)), null);
  });

  it('a document below the threshold is linted here, not on a worker', async () => {
    const t = setup();
    t.validator.opened(t.open('Zie Kamerstuk 29754, nr. 3.\n'));
    await t.settle(1);
    assert.deepEqual(t.calls, []);
    assert.deepEqual(t.published[0]!.diagnostics.map((d) => d.code), ['KB101']);
  });

  it('a worker that failed gives one message saying so, and the error goes to the log', async () => {
    const t = setup();
    t.onReply(() => ({ id: 1, status: 'failed', error: 'heap op', blocks: 0 }) as LintReply);
    t.validator.opened(t.open(LARGE));
    await t.settle(1);
    assert.deepEqual(t.errors, ['kamerbrief: heap op']);
    const [d] = t.published[0]!.diagnostics;
    assert.equal(t.published[0]!.diagnostics.length, 1);
    assert.equal(d!.code, 'KB000');
    assert.match(d!.message, /te groot voor het geheugen van de controle/);
  });

  it('drops what comes back for a version that is no longer current, and a stopped job', async () => {
    const t = setup();
    t.onBeforeReply(() => t.open(LARGE + 'meer', 2)); // typed while the worker ran
    t.onReply(() => ({ id: 1, status: 'done', messages: [message('KB101', 'error')], blocks: 1 }) as LintReply);
    t.validator.opened(t.open(LARGE, 1));
    await t.settle(1);
    assert.deepEqual(t.published, []);

    const s = setup();
    // A stopped job publishes nothing, whatever it had found before it stopped.
    s.onReply(() => ({ id: 1, status: 'stopped', blocks: 0, messages: [message('KB101', 'error')] }) as unknown as LintReply);
    s.validator.opened(s.open(LARGE));
    await s.settle(1);
    assert.deepEqual(s.published, []);
  });

  it('focus mode shows only errors, and no more than 1000', async () => {
    const t = setup({ focus: true });
    const many = [message('KB301', 'warning'), ...Array.from({ length: 1005 }, (_, i) => message('KB101', 'error', i))];
    t.onReply(() => ({ id: 1, status: 'done', messages: many, blocks: 1 }) as LintReply);
    t.validator.opened(t.open(LARGE));
    await t.settle(1);
    const shown = t.published[0]!.diagnostics;
    assert.equal(shown.length, 1000);
    assert.ok(shown.every((d) => d.code === 'KB101'));
  });

  it('stops the worker on a change, closes it when the document closes, and all of them at shutdown', async () => {
    const t = setup();
    const doc = t.open(LARGE, 1);
    t.validator.opened(doc);
    await t.settle(1);
    t.validator.changed(t.open(LARGE + 'x', 2));
    t.validator.forget(URI);
    t.validator.stopAll();
    assert.deepEqual(t.calls.slice(1), [`stop ${URI}`, `close ${URI}`, 'closeAll']);
    // After shutdown nothing new starts.
    t.validator.opened(t.open(LARGE, 3));
    await new Promise((r) => setImmediate(r));
    assert.equal(t.calls.filter((c) => c.startsWith('lint')).length, 1);
  });
});
