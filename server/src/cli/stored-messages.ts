// A file's messages as the result cache keeps them: the JSON text (as a string, or as the UTF-8
// bytes read from the cache file), with the counts the exit code needs. A run whose results are
// all cached copies those bytes into the JSON report and counts without parsing a single message;
// other formats parse a file's messages when they first read them.
import type { FileResult, OutputMessage } from './output.js';

/** Plain data: it crosses from worker threads. At least one of `json` and `bytes` is set. */
export interface StoredMessages {
  /** JSON.stringify of the OutputMessage[]. */
  json?: string;
  /** The same text as UTF-8. */
  bytes?: Uint8Array;
  errors: number;
  warnings: number;
}

function countSeverities(messages: OutputMessage[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const m of messages) {
    if (m.severity === 'error') errors++;
    else if (m.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

export function storeMessages(messages: OutputMessage[]): StoredMessages {
  return { json: JSON.stringify(messages), ...countSeverities(messages) };
}

/** UTF-8 bytes as text (a view on them, not a copy, before decoding). */
export function utf8Text(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
}

export function storedText(s: StoredMessages): string {
  return (s.json ??= utf8Text(s.bytes!));
}

export function storedBytes(s: StoredMessages): Uint8Array {
  return (s.bytes ??= Buffer.from(s.json!, 'utf8'));
}

/** A report entry over stored messages: `messages` is parsed on first read. */
export class StoredFileResult implements FileResult {
  #messages: OutputMessage[] | undefined;

  constructor(
    readonly file: string,
    readonly stored: StoredMessages,
  ) {}

  get messages(): OutputMessage[] {
    return (this.#messages ??= JSON.parse(storedText(this.stored)) as OutputMessage[]);
  }
}

/** Errors and warnings of a report entry, without parsing stored messages. */
export function severityCounts(r: FileResult): { errors: number; warnings: number } {
  if (r instanceof StoredFileResult) return { errors: r.stored.errors, warnings: r.stored.warnings };
  return countSeverities(r.messages);
}
