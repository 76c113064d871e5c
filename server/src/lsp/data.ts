// The parliamentary snapshot as the language server sees it: opened lazily on first use, from a
// folder that only the user or machine decides (initializationOptions sent by the client from
// user-level settings, else the per-user default) — never from workspace settings, so a cloned
// repository cannot redirect where data is read or synced from. Problems are shown once.
import type { Connection } from 'vscode-languageserver';
import { openSnapshot } from '../data/store.js';
import { defaultDataDir } from '../data/sync/data-dir.js';
import { DEFAULT_ENDPOINT, syncSnapshot, type EditorProxy, type SyncProgress } from '../data/sync/index.js';
import type { Snapshot } from '../data/types.js';
import { snapshotAge } from '../core/features/data-card.js';
import { syncPaths } from '../data/sync/files.js';
import { proxyFor, proxySettings } from '../data/sync/proxy-settings.js';
import fs from 'node:fs';
import { probeReachable } from './reachability.js';

export interface DataOptions {
  /** Folder of the snapshot (user/machine setting), or null for the per-user default. */
  gegevensmap?: string | null;
  /** Base URL for sync (user/machine setting), or null for the Tweede Kamer's. */
  gegevensbron?: string | null;
}

export interface DataStatus {
  map: string;
  beschikbaar: boolean;
  tekst: string;
}

/** What the validator needs: the current snapshot and a stamp that changes when it does. */
export interface DataSource {
  get(): Snapshot | null;
  stamp(): string;
  /** The snapshot folder, for a worker thread that opens it on its own. */
  readonly dir?: string;
}

/** The source cannot be reached: nothing was started, so there is nothing to resume. */
export class Unreachable extends Error {}

export class DataProvider implements DataSource {
  readonly dir: string;
  readonly endpoint: string;
  #snapshot: Snapshot | null | undefined;
  #problem: string | null = null;
  #syncing: Promise<string> | null = null;

  constructor(
    private readonly connection: Connection,
    options: DataOptions,
  ) {
    this.dir = typeof options.gegevensmap === 'string' && options.gegevensmap.trim() ? options.gegevensmap : defaultDataDir();
    this.endpoint = typeof options.gegevensbron === 'string' && options.gegevensbron.trim() ? options.gegevensbron : DEFAULT_ENDPOINT;
  }

  /** The snapshot, or null without data (a problem is reported once, never thrown). */
  get(): Snapshot | null {
    if (this.#snapshot !== undefined) return this.#snapshot;
    const opened = openSnapshot(this.dir);
    this.#snapshot = opened.status === 'ok' ? opened.snapshot : null;
    if (opened.status === 'problem') {
      this.#problem = opened.message;
      void this.connection.window.showWarningMessage(`Kamerbrief: ${opened.message}`);
    }
    return this.#snapshot;
  }

  /** Identifies the loaded data, so cached lint results are not reused across a sync. */
  stamp(): string {
    const s = this.get();
    return s ? s.meta.createdAt : 'geen';
  }

  reload(): void {
    this.#snapshot = undefined;
    this.#problem = null;
  }

  status(now = new Date()): DataStatus {
    const s = this.get();
    if (s) return { map: this.dir, beschikbaar: true, tekst: `gegevens ${snapshotAge(s.meta.createdAt, now)} (${s.meta.counts.documents} Kamerstukken, ${s.meta.counts.moties} moties)` };
    return { map: this.dir, beschikbaar: false, tekst: this.#problem ?? 'geen gegevens; voer "Kamerbrief: gegevens bijwerken" uit' };
  }

  /**
   * Runs one sync at a time; a second request waits for the running one. The editor's proxy
   * settings (sent with each request, so a change needs no restart) win over the environment.
   */
  sync(onProgress: (p: SyncProgress) => void, proxy: EditorProxy | null = null): Promise<string> {
    this.#syncing ??= this.#syncOnce(onProgress, proxy).finally(() => {
      this.#syncing = null;
    });
    return this.#syncing;
  }

  /**
   * Fails fast when the source (or the proxy on the way) cannot be reached, and removes the
   * sync's working folder again when it was made by a sync that fetched nothing: there is
   * nothing to resume then, and nothing should be left beside the data folder.
   */
  async #syncOnce(onProgress: (p: SyncProgress) => void, proxy: EditorProxy | null): Promise<string> {
    const via = proxyFor(this.endpoint, proxySettings(process.env, proxy));
    const problem = await probeReachable(via ? via.shown : this.endpoint);
    if (problem) throw new Unreachable(`${via ? `de proxy ${via.shown}` : 'de gegevensbron'} is niet bereikbaar: ${problem}.`);
    const work = syncPaths(this.dir).dir;
    const existed = fs.existsSync(work);
    let pages = 0;
    try {
      const r = await syncSnapshot({
        dataDir: this.dir,
        endpoint: this.endpoint,
        onProgress: (p) => {
          if (p.fase === 'pagina') pages++;
          onProgress(p);
        },
        proxy,
      });
      this.reload();
      return `Gegevens bijgewerkt: ${r.counts.moties} moties, ${r.counts.documents} Kamerstukken.`;
    } catch (err) {
      if (!existed && pages === 0) fs.rmSync(work, { recursive: true, force: true });
      throw err;
    }
  }
}
