// Diagnostics per document version: debounced while typing, published only if the version is
// still current when the work is done (stale work is dropped, never shown).
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyses } from './analyses.js';
import { toDiagnostic } from './convert.js';
import { toLintConfig, type SettingsCache } from './settings.js';

/**
 * While typing we wait about as long as the last lint of the document took (at most 150 ms):
 * a 20 KB letter is linted at once, a 1 MB document gets a short pause that absorbs a burst of
 * keystrokes. Edits that arrive in one burst are coalesced anyway: only the newest version runs.
 */
const MAX_TYPING_DELAY_MS = 150;
/** More problems than this in one document help nobody and only load the editor. */
const MAX_DIAGNOSTICS = 1000;

export class Validator {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #lastMs = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: Analyses,
    private readonly settings: SettingsCache,
  ) {}

  changed(doc: TextDocument): void {
    void this.settings.get(doc.uri).then((s) => {
      if (s.run === 'onType') this.schedule(doc, Math.min(MAX_TYPING_DELAY_MS, Math.round((this.#lastMs.get(doc.uri) ?? 0) * 1.5)));
    });
  }

  schedule(doc: TextDocument, delay: number): void {
    this.cancel(doc.uri);
    const timer = setTimeout(() => {
      this.#timers.delete(doc.uri);
      void this.#validate(doc.uri, doc.version);
    }, delay);
    this.#timers.set(doc.uri, timer);
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.#lastMs.delete(uri);
  }

  cancel(uri: string): void {
    const t = this.#timers.get(uri);
    if (t) clearTimeout(t);
    this.#timers.delete(uri);
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
      const messages = this.analyses.messages(current, toLintConfig(s)).filter((m) => !s.focus || m.severity === 'error');
      this.#lastMs.set(uri, performance.now() - t0);
      if (this.documents.get(uri)?.version !== version) return;
      await this.connection.sendDiagnostics({ uri, version, diagnostics: messages.slice(0, MAX_DIAGNOSTICS).map((m) => toDiagnostic(analysis, m, uri)) });
    } catch (err) {
      // Answer with what we can and stay up.
      this.connection.console.error(`kamerbrief: ${(err as Error).stack ?? err}`);
    }
  }
}
