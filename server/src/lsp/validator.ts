// Diagnostics per document version: debounced while typing, published only if the version is
// still current when the work is done (stale work is dropped, never shown).
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyses } from './analyses.js';
import type { DataSource } from './data.js';
import { toDiagnostic } from './convert.js';
import { toLintConfig, type SettingsCache } from './settings.js';

/**
 * While typing, a document whose last lint took at most FAST_MS is linted at once (on the next
 * turn of the event loop): changes that arrived together are coalesced, because only the newest
 * version runs and stale versions are dropped. A slower document waits half its last lint time
 * (at most MAX_TYPING_DELAY_MS) so that a burst of keystrokes costs one lint, not one per key.
 */
const FAST_MS = 100;
const MAX_TYPING_DELAY_MS = 150;
/** More problems than this in one document help nobody and only load the editor. */
const MAX_DIAGNOSTICS = 1000;

export class Validator {
  /** Cancels the pending run of each document. */
  readonly #pending = new Map<string, () => void>();
  readonly #lastMs = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: Analyses,
    private readonly settings: SettingsCache,
    private readonly data: DataSource | null = null,
  ) {}

  changed(doc: TextDocument): void {
    void this.settings.get(doc.uri).then((s) => {
      if (s.run === 'onType') this.schedule(doc, typingDelay(this.#lastMs.get(doc.uri) ?? 0));
    });
  }

  schedule(doc: TextDocument, delay: number): void {
    this.cancel(doc.uri);
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
    this.#lastMs.delete(uri);
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
}

function typingDelay(lastMs: number): number {
  return lastMs <= FAST_MS ? 0 : Math.min(MAX_TYPING_DELAY_MS, Math.round(lastMs / 2));
}
