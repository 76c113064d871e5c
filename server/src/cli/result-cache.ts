// Whole-file results across runs, keyed by path and content hash: an unchanged draft is not
// parsed at all. The salt (build id + data) invalidates everything when either changes; the
// file's configuration is part of the hash. A file whose size and modification time are those
// of the version the result was computed from is not even read (like git's index); a stamp
// too close to the time it was taken is not trusted, as a later write in the same clock tick
// would keep it (git's "racy" entries).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { writeFileSafe } from '../io/safe-write.js';
import type { OutputMessage } from './output.js';
import type { FileStamp } from './read.js';

interface Entry {
  hash: string;
  /** Configuration of the result, as JSON. */
  config: string;
  size?: number;
  mtimeMs?: number;
  messages: OutputMessage[];
}

interface Stored {
  salt: string;
  files: Record<string, Entry>;
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
  #stored: Stored;
  #dirty = false;

  constructor(private readonly file: string | null, salt: string) {
    this.#stored = { salt, files: {} };
    if (!file) return;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Stored;
      if (parsed && parsed.salt === salt && typeof parsed.files === 'object') this.#stored = parsed;
    } catch {
      // missing or damaged: start empty
    }
  }

  /** A result whose file is, by size and modification time, the version it came from. */
  fresh(file: string, config: string, stat: FileStamp): OutputMessage[] | undefined {
    const hit = this.#stored.files[file];
    return hit && hit.config === config && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs ? hit.messages : undefined;
  }

  /** Whether there is any result for this file (worth reading and hashing it to compare). */
  has(file: string): boolean {
    return this.#stored.files[file] !== undefined;
  }

  get(file: string, hash: string): OutputMessage[] | undefined {
    const hit = this.#stored.files[file];
    return hit && hit.hash === hash ? hit.messages : undefined;
  }

  set(file: string, hash: string, config: string, messages: OutputMessage[], stamp?: FileStamp): void {
    const entry: Entry = { hash, config, messages };
    if (stamp && trusted(stamp)) Object.assign(entry, { size: stamp.size, mtimeMs: stamp.mtimeMs });
    this.#stored.files[file] = entry;
    this.#dirty = true;
  }

  /** The same result, now known to hold for this stamp too (a touched but unchanged file). */
  restamp(file: string, stamp: FileStamp): void {
    const hit = this.#stored.files[file];
    if (!hit || !trusted(stamp)) return;
    hit.size = stamp.size;
    hit.mtimeMs = stamp.mtimeMs;
    this.#dirty = true;
  }

  save(): void {
    if (!this.file || !this.#dirty) return;
    writeFileSafe(this.file, JSON.stringify(this.#stored));
  }
}
