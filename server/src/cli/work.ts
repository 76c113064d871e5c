// The work for one file, the same in the main thread and in a worker: read, lint, convert.
import { lintText } from '../core/lint.js';
import type { BlockCache } from '../core/analyze.js';
import { readDraft } from './read.js';
import { toOutputCitations, toOutputMessages, type OutputCitation, type OutputMessage } from './output.js';
import { UsageError } from './errors.js';

export interface WorkItem {
  id: number;
  file: string;
  shown: string;
  mode: 'lint' | 'citations';
}

export interface WorkResult {
  id: number;
  messages?: OutputMessage[];
  citations?: OutputCitation[];
  /** A file that could not be read: the message for stderr. */
  error?: string;
}

export function doWork(item: WorkItem, cache: BlockCache, text?: string): WorkResult {
  try {
    const source = text ?? readDraft(item.file, item.shown);
    const { messages, analysis } = lintText(source, { cache });
    return item.mode === 'lint'
      ? { id: item.id, messages: toOutputMessages(analysis, messages) }
      : { id: item.id, citations: toOutputCitations(analysis) };
  } catch (err) {
    if (err instanceof UsageError) return { id: item.id, error: err.message };
    return { id: item.id, error: `${item.shown}: interne fout (${(err as Error).message}); meld dit met het bestand erbij` };
  }
}
