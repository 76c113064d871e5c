// Diagnostics per document version: debounced while typing, published only if the version is
// still current when the work is done (stale work is dropped, never shown).
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyses } from './analyses.js';
import type { DataSource } from './data.js';
import { toDiagnostic } from './convert.js';
import { toLintConfig, type Settings, type SettingsCache } from './settings.js';
import { BACKGROUND_MIN_CHARS, type BackgroundLint } from './background-lint.js';
import { LineIndex } from '../core/lines.js';
import { stripBom } from '../core/lint.js';
import type { LintMessage } from '../core/types.js';

/**
 * While typing, a document whose last lint took at most FAST_MS is linted at once (on the next
 * turn of the event loop): changes that arrived together are coalesced, because only the newest
 * version runs and stale versions are dropped. A slower document waits half its last lint time
 * (at most MAX_TYPING_DELAY_MS) so that a burst of keystrokes costs one lint, not one per key.
 */
const FAST_MS = 100;
const MAX_TYPING_DELAY_MS = 150;
/** The scheme of the VS Code client's read-only views. */
export const VIEW_SCHEME = 'kamerbrief';
/** More problems than this in one document help nobody and only load the editor. */
const MAX_DIAGNOSTICS = 1000;

export class Validator {
  /** Cancels the pending run of each document. */
  readonly #pending = new Map<string, () => void>();
  readonly #lastMs = new Map<string, number>();
  /** What a large document's worker found, per version (code actions read it). */
  readonly #background = new Map<string, { version: number; messages: LintMessage[] }>();
  #stopped = false;
  /** The version each document was opened with: its open also fires a content change. */
  readonly #openedAt = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: Analyses,
    private readonly settings: SettingsCache,
    private readonly data: DataSource | null = null,
    private readonly workers: BackgroundLint | null = null,
  ) {}

  /** A document opened: linted at once, whatever "controlemoment" says. */
  opened(doc: TextDocument): void {
    this.#openedAt.set(doc.uri, doc.version);
    this.schedule(doc, 0);
  }

  changed(doc: TextDocument): void {
    // The change event of the open itself: cancelling now would leave an onSave draft unlinted.
    if (this.#openedAt.get(doc.uri) === doc.version) return;
    // The work on the previous version stops now, not when the typing delay is over.
    this.cancel(doc.uri);
    this.analyses.superseded(doc.uri, doc.version);
    this.workers?.stop(doc.uri);
    void this.settings.get(doc.uri).then((s) => {
      if (s.run === 'onType') this.schedule(doc, typingDelay(this.#lastMs.get(doc.uri) ?? 0));
    });
  }

  schedule(doc: TextDocument, delay: number): void {
    this.cancel(doc.uri);
    // The editor's own read-only views (the look-up card, the citation report) are never linted.
    if (this.#stopped || doc.uri.startsWith(VIEW_SCHEME + ':')) return;
    const run = (): void => {
      this.#pending.delete(doc.uri);
      void this.#validate(doc.uri, doc.version);
    };
    // setImmediate runs after the messages already read (so a burst coalesces) without the
    // millisecond a zero timeout costs.
    if (delay > 0) {
      const timer = setTimeout(run, delay);
      this.#pending.set(doc.uri, () => clearTimeout(timer));
    } else {
      const immediate = setImmediate(run);
      this.#pending.set(doc.uri, () => clearImmediate(immediate));
    }
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.#openedAt.delete(uri);
    this.#lastMs.delete(uri);
    this.#background.delete(uri);
    this.workers?.close(uri);
  }

  /** Shutdown: nothing new starts, work in progress stops. */
  stopAll(): void {
    this.#stopped = true;
    for (const uri of [...this.#pending.keys()]) this.cancel(uri);
    this.workers?.closeAll();
  }

  /** A large document's messages for its current version, if its worker has finished. */
  backgroundMessages(doc: TextDocument): LintMessage[] | null {
    const hit = this.#background.get(doc.uri);
    return hit && hit.version === doc.version ? hit.messages : null;
  }

  cancel(uri: string): void {
    this.#pending.get(uri)?.();
    this.#pending.delete(uri);
  }

  async #validate(uri: string, version: number): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc || doc.version !== version) return;
    const s = await this.settings.get(uri);
    const current = this.documents.get(uri);
    if (!current || current.version !== version) return;
    if (!s.enable) {
      await this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    if (this.workers && current.getText().length >= BACKGROUND_MIN_CHARS) return this.#validateInBackground(current, s);
    try {
      const t0 = performance.now();
      const analysis = this.analyses.analysis(current);
      const snapshot = this.data?.get() ?? null;
      const messages = this.analyses.messages(current, toLintConfig(s), snapshot, this.data?.stamp() ?? '').filter((m) => !s.focus || m.severity === 'error');
      this.#lastMs.set(uri, performance.now() - t0);
      if (this.documents.get(uri)?.version !== version) return;
      await this.connection.sendDiagnostics({ uri, version, diagnostics: messages.slice(0, MAX_DIAGNOSTICS).map((m) => toDiagnostic(analysis, m, uri)) });
    } catch (err) {
      // Answer with what we can and stay up.
      this.connection.console.error(`kamerbrief: ${(err as Error).stack ?? err}`);
    }
  }

  async #validateInBackground(doc: TextDocument, s: Settings): Promise<void> {
    const { uri, version } = doc;
    const t0 = performance.now();
    const text = stripBom(doc.getText());
    const snapshot = this.data?.get() ?? null;
    const data = snapshot && this.data?.dir ? { dir: this.data.dir, stamp: this.data.stamp() } : null;
    const reply = await this.workers!.lint(uri, { text, config: toLintConfig(s), data });
    if (this.#stopped || this.documents.get(uri)?.version !== version || reply.status === 'stopped') return;
    this.#lastMs.set(uri, performance.now() - t0);
    let messages: LintMessage[];
    if (reply.status === 'failed') {
      this.connection.console.error(`kamerbrief: ${reply.error}`);
      messages = [{ ruleId: 'KB000', rule: 'interne-fout', severity: 'info', certainty: 'definite', start: 0, end: 0, message: TOO_LARGE }];
    } else messages = reply.messages;
    this.#background.set(uri, { version, messages });
    const shown = messages.filter((m) => !s.focus || m.severity === 'error');
    const lines = { lines: new LineIndex(text) };
    await this.connection.sendDiagnostics({ uri, version, diagnostics: shown.slice(0, MAX_DIAGNOSTICS).map((m) => toDiagnostic(lines, m, uri)) });
  }
}

/** One message instead of a crash when a document's worker ran out of its memory. */
const TOO_LARGE = 'Dit document kon in de editor niet worden gecontroleerd (te groot voor het geheugen van de controle); gebruik "kamerbrief lint" op de opdrachtregel';

function typingDelay(lastMs: number): number {
  return lastMs <= FAST_MS ? 0 : Math.min(MAX_TYPING_DELAY_MS, Math.round(lastMs / 2));
}
