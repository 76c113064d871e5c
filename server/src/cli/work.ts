// The work for one file, the same in the main thread and in a worker: read, lint, convert.
import { fixText, lintText, type LintOptions } from '../core/lint.js';
import type { BlockCache } from '../core/analyze.js';
import type { LintConfig } from '../core/config.js';
import type { SuppressionUse } from '../core/suppressions.js';
import { writeFixed } from './fix-file.js';
import { readDraftWithStat, type FileStamp } from './read.js';
import { contentHash } from './result-cache.js';
import { toOutputCitations, toOutputMessages, type OutputCitation, type OutputMessage } from './output.js';
import { UsageError } from './errors.js';
import { storeMessages, type StoredMessages } from './stored-messages.js';
import { snapshotAt } from './data.js';

export interface WorkItem {
  id: number;
  file: string;
  shown: string;
  mode: 'lint' | 'citations';
  /** The file's resolved configuration (plain data: it crosses to worker threads). */
  config?: LintConfig;
  /** --fix: apply all fixes and write the file. */
  fix?: boolean;
  /** Text already read (stdin). */
  text?: string;
  /** --report-suppressions: return the suppression comments too. */
  reportSuppressions?: boolean;
  /** Folder of the parliamentary snapshot (opened once per thread). */
  dataDir?: string;
  /** The configuration as JSON, for the result cache: set when the result may be cached. */
  cacheKey?: string;
}

export interface WorkResult {
  id: number;
  messages?: OutputMessage[];
  /** The messages of an unchanged file, as the result cache keeps them (instead of `messages`). */
  stored?: StoredMessages;
  citations?: OutputCitation[];
  /** A file that could not be read: the message for stderr. */
  error?: string;
  suppressions?: { line: number; column: number; use: SuppressionUse }[];
  /** --fix changed the file. */
  fixed?: boolean;
  /** For the result cache (items with a cacheKey): hash of text and configuration, and the file's stamp. */
  hash?: string;
  stamp?: FileStamp;
  /** Damaged parts of the snapshot met so far in this thread (the CLI says each once). */
  dataProblems?: string[];
}

export function doWork(item: WorkItem, cache: BlockCache, text?: string): WorkResult {
  try {
    let source = text ?? item.text;
    let stamp: FileStamp | undefined;
    if (source === undefined) ({ text: source, stamp } = readDraftWithStat(item.file, item.shown));
    let uses: SuppressionUse[] = [];
    const data = item.dataDir ? snapshotAt(item.dataDir) : null;
    const options: LintOptions = { cache, data, ...(item.config ? { config: item.config } : {}) };
    if (item.reportSuppressions) options.onSuppressions = (u) => (uses = u);
    let { messages, analysis } = lintText(source, options);
    let fixed = false;
    if (item.fix && item.mode === 'lint' && messages.some((m) => m.fix)) {
      const result = fixText(source, options);
      if (result.text !== source) {
        const written = writeFixed(item.file, item.shown, source, result.text);
        fixed = true;
        ({ messages, analysis } = written === result.text ? result.result : lintText(written, options));
      }
    }
    const dataProblems = data?.problems?.length ? { dataProblems: [...data.problems] } : {};
    if (item.mode !== 'lint') return { id: item.id, citations: toOutputCitations(analysis, data), ...dataProblems };
    const suppressions = item.reportSuppressions
      ? uses.map((use) => {
          const p = analysis.lines.positionAt(use.start);
          return { line: p.line + 1, column: p.character + 1, use };
        })
      : undefined;
    const output = toOutputMessages(analysis, messages);
    if (item.cacheKey !== undefined && !fixed) {
      // A cacheable result travels as the JSON text the cache keeps: serialised here, in the thread
      // that linted it, and passed on as one string instead of thousands of objects.
      return { id: item.id, stored: storeMessages(output), hash: contentHash(source, item.cacheKey), ...(stamp ? { stamp } : {}), ...dataProblems };
    }
    return { id: item.id, messages: output, ...(suppressions ? { suppressions } : {}), ...(fixed ? { fixed } : {}), ...dataProblems };
  } catch (err) {
    if (err instanceof UsageError) return { id: item.id, error: err.message };
    return { id: item.id, error: `${item.shown}: interne fout (${(err as Error).message}); meld dit met het bestand erbij` };
  }
}
