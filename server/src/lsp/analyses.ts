// One analysis per (document, version), shared by diagnostics, hover and every other feature;
// all documents share one block cache, so an edit re-parses only the blocks it touched.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, MemoryBlockCache } from '../core/analyze.js';
import { runRules, stripBom } from '../core/lint.js';
import type { LintConfig } from '../core/config.js';
import type { DocumentAnalysis } from '../core/model.js';
import type { LintMessage } from '../core/types.js';
import type { Snapshot } from '../data/types.js';

interface Entry {
  version: number;
  analysis: DocumentAnalysis;
  messages: Map<string, LintMessage[]>;
}

export class Analyses {
  readonly cache = new MemoryBlockCache(100_000);
  readonly #entries = new Map<string, Entry>();

  #entry(doc: TextDocument): Entry {
    const hit = this.#entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    // Editors strip the BOM; a stray one at the start is not text either.
    const analysis = analyze(stripBom(doc.getText()), { cache: this.cache });
    const entry: Entry = { version: doc.version, analysis, messages: new Map() };
    this.#entries.set(doc.uri, entry);
    return entry;
  }

  analysis(doc: TextDocument): DocumentAnalysis {
    return this.#entry(doc).analysis;
  }

  /** `dataStamp` identifies the snapshot: results are reused only with the same data. */
  messages(doc: TextDocument, config: LintConfig, data: Snapshot | null = null, dataStamp = ''): LintMessage[] {
    const entry = this.#entry(doc);
    const key = JSON.stringify(config) + '\u0000' + dataStamp;
    let m = entry.messages.get(key);
    if (!m) {
      m = runRules(entry.analysis, { config, data });
      entry.messages.set(key, m);
    }
    return m;
  }

  /** An analysis of text that is not (yet) a document version, e.g. during a multi-pass fix. */
  reanalyze(text: string): DocumentAnalysis {
    return analyze(text, { cache: this.cache });
  }

  /** Drops lint results (not analyses): after a sync the data rules must run again. */
  clearMessages(): void {
    for (const e of this.#entries.values()) e.messages.clear();
  }

  forget(uri: string): void {
    this.#entries.delete(uri);
  }
}
