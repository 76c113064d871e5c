// Configuration files in the editor: the same cascade as the CLI (config/load.ts) for each
// document on disk. A broken configuration file gets one diagnostic on that file while the
// defaults (and the other, valid files of the cascade) stay in force; a change to any
// configuration file (workspace/didChangeWatchedFiles) drops everything read.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, type Connection, type FileEvent } from 'vscode-languageserver';
import { CONFIG_NAMES, ConfigLoader, type LoadedFile } from '../config/load.js';
import type { ResolvedConfig } from '../core/config/merge.js';

export interface DocumentConfig {
  /** Null: the document is not a file on disk, or no configuration file applies. */
  resolved: ResolvedConfig | null;
  /** The configuration's "ignores" cover the document: no diagnostics. */
  ignored: boolean;
}

export const WATCH_PATTERNS = CONFIG_NAMES.map((name) => `**/${name}`);

export class FileConfigs {
  readonly #loader = new ConfigLoader();
  /** Configuration files with a published problem: URI → path. */
  readonly #broken = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  forUri(uri: string): DocumentConfig {
    let file: string;
    try {
      if (!uri.startsWith('file:')) return { resolved: null, ignored: false };
      file = fileURLToPath(uri);
    } catch {
      return { resolved: null, ignored: false };
    }
    try {
      const found = this.#loader.forFile(file);
      for (const f of found.files) if (f.problems.length) this.#publish(f);
      if (found.files.length === 0) return { resolved: null, ignored: false };
      return { resolved: found.resolved, ignored: this.#loader.ignores(file, found.resolved) };
    } catch (err) {
      // Reading configuration must never take diagnostics down: fall back to the defaults.
      this.connection.console.error(`kamerbrief: configuratie voor ${uri}: ${(err as Error).message}`);
      return { resolved: null, ignored: false };
    }
  }

  /** Whether a watched-files notification concerns a configuration file. */
  static concerns(changes: FileEvent[]): boolean {
    return changes.some((c) => (CONFIG_NAMES as readonly string[]).includes(path.posix.basename(c.uri)));
  }

  /** A configuration file changed: forget what was read, clear problems that are gone. */
  changed(): void {
    this.#loader.clear();
    for (const [uri, file] of [...this.#broken]) {
      const now = this.#loader.readFile(file);
      if (!now || now.problems.length === 0) {
        this.#broken.delete(uri);
        void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      } else this.#publish(now, true);
    }
  }

  /** Asks the client to watch configuration files (when it supports dynamic registration). */
  register(): void {
    void this.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: WATCH_PATTERNS.map((globPattern) => ({ globPattern })) })
      .catch(() => undefined);
  }

  #publish(f: LoadedFile, again = false): void {
    const uri = pathToFileURL(f.file).toString();
    if (this.#broken.has(uri) && !again) return;
    this.#broken.set(uri, f.file);
    const p = f.problems[0]!;
    const start = { line: p.line - 1, character: p.column - 1 };
    const end = { line: p.line - 1, character: p.column - 1 + Math.max(1, p.length) };
    void this.connection.sendDiagnostics({
      uri,
      diagnostics: [
        {
          range: { start, end },
          severity: DiagnosticSeverity.Error,
          source: 'kamerbrief',
          message: `Kamerbrief-configuratie: ${p.message}. Tot dit is hersteld gelden de standaardinstellingen.`,
        },
      ],
    });
  }
}
