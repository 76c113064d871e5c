// Whole-file results across runs, keyed by path and content hash: an unchanged draft is not
// parsed at all. The salt (build id + data) invalidates everything when either changes; the
// file's configuration is part of the hash. A file whose size and modification time are those
// of the version the result was computed from is not even read (like git's index); a stamp
// too close to the time it was taken is not trusted, as a later write in the same clock tick
// would keep it (git's "racy" entries).
//
// The file: a magic line, one line of JSON (salt, the configurations, and per draft its hash,
// stamp, counts and where its messages are), then the messages of all drafts as JSON text, one
// after the other. Reading parses only the index; the messages stay bytes until a report needs
// them, and the JSON report copies them as they are.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { writeFileSafe } from '../io/safe-write.js';
import type { FileStamp } from './read.js';
import { storedBytes, type StoredMessages } from './stored-messages.js';

const MAGIC = 'kamerbrief-resultaten 2\n';

interface Entry {
  hash: string;
  /** Configuration of the result, as JSON. */
  config: string;
  size?: number;
  mtimeMs?: number;
  messages: StoredMessages;
}

/** An entry in the file's index: `c` indexes the configurations, `at`/`len` place the messages. */
interface IndexEntry {
  hash: string;
  c: number;
  size?: number;
  mtimeMs?: number;
  errors: number;
  warnings: number;
  at: number;
  len: number;
}

interface Index {
  salt: string;
  configs: string[];
  files: Record<string, IndexEntry>;
}

/** A stamp younger than this when it was taken may hide a write in the same tick. */
const RACY_MS = 2000;

function trusted(stamp: FileStamp): boolean {
  return stamp.takenAt - stamp.mtimeMs > RACY_MS;
}

export function contentHash(text: string, config: string): string {
  return crypto.createHash('sha1').update(text).update('\0' + config).digest('hex');
}

export class ResultCache {
  #files = new Map<string, Entry>();
  #dirty = false;

  constructor(
    private readonly file: string | null,
    private readonly salt: string,
  ) {
    if (!file) return;
    try {
      this.#files = readEntries(fs.readFileSync(file), salt);
    } catch {
      // missing or damaged: start empty
    }
  }

  /** A result whose file is, by size and modification time, the version it came from. */
  fresh(file: string, config: string, stat: FileStamp): StoredMessages | undefined {
    const hit = this.#files.get(file);
    return hit && hit.config === config && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs ? hit.messages : undefined;
  }

  /** Whether there is any result for this file (worth reading and hashing it to compare). */
  has(file: string): boolean {
    return this.#files.has(file);
  }

  get(file: string, hash: string): StoredMessages | undefined {
    const hit = this.#files.get(file);
    return hit && hit.hash === hash ? hit.messages : undefined;
  }

  set(file: string, hash: string, config: string, messages: StoredMessages, stamp?: FileStamp): void {
    const entry: Entry = { hash, config, messages };
    if (stamp && trusted(stamp)) Object.assign(entry, { size: stamp.size, mtimeMs: stamp.mtimeMs });
    this.#files.set(file, entry);
    this.#dirty = true;
  }

  /** The same result, now known to hold for this stamp too (a touched but unchanged file). */
  restamp(file: string, stamp: FileStamp): void {
    const hit = this.#files.get(file);
    if (!hit || !trusted(stamp)) return;
    hit.size = stamp.size;
    hit.mtimeMs = stamp.mtimeMs;
    this.#dirty = true;
  }

  save(): void {
    if (!this.file || !this.#dirty) return;
    const index: Index = { salt: this.salt, configs: [], files: {} };
    const configIds = new Map<string, number>();
    const bodies: Uint8Array[] = [];
    let at = 0;
    for (const [file, e] of this.#files) {
      let c = configIds.get(e.config);
      if (c === undefined) configIds.set(e.config, (c = index.configs.push(e.config) - 1));
      const bytes = storedBytes(e.messages);
      index.files[file] = { hash: e.hash, c, ...(e.size !== undefined ? { size: e.size, mtimeMs: e.mtimeMs! } : {}), errors: e.messages.errors, warnings: e.messages.warnings, at, len: bytes.byteLength };
      bodies.push(bytes);
      at += bytes.byteLength;
    }
    // JSON.stringify escapes line breaks inside strings: the index is one line.
    writeFileSafe(this.file, Buffer.concat([Buffer.from(MAGIC + JSON.stringify(index) + '\n'), ...bodies]));
  }
}

/** The entries of a cache file; throws when it is not one, or not of this salt (then: start empty). */
function readEntries(buf: Buffer, salt: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('geen resultatenbestand');
  const end = buf.indexOf(10, MAGIC.length);
  if (end < 0) throw new Error('afgebroken');
  const index = JSON.parse(buf.toString('utf8', MAGIC.length, end)) as Index;
  if (index.salt !== salt) return files;
  const body = buf.subarray(end + 1);
  for (const [file, e] of Object.entries(index.files)) {
    const config = index.configs[e.c];
    if (config === undefined || !(e.at >= 0 && e.len >= 0 && e.at + e.len <= body.length)) throw new Error('beschadigd');
    const entry: Entry = { hash: e.hash, config, messages: { bytes: body.subarray(e.at, e.at + e.len), errors: e.errors, warnings: e.warnings } };
    if (e.size !== undefined) Object.assign(entry, { size: e.size, mtimeMs: e.mtimeMs });
    files.set(file, entry);
  }
  return files;
}
