// Per-block facts kept across CLI runs: one binary file of records
//   [20-byte SHA-1 of the block key][uint32 length][v8-serialized BlockFacts]
// indexed on first use and deserialised only for the blocks a run needs. Only blocks that took
// a Markdown parse are kept: the shortcut paths (fast-path.ts) cost less than serialising their
// facts does. Safe to delete; a damaged or foreign file is ignored.
import crypto from 'node:crypto';
import fs from 'node:fs';
import v8 from 'node:v8';
import type { BlockCache } from '../core/analyze.js';
import { writeFileSafe } from '../io/safe-write.js';
import type { BlockFacts } from '../core/model.js';
import { BoundedMap } from '../core/bounded-map.js';

const MAGIC = Buffer.from('KBBC1\n');

// crypto.hash (Node ≥ 20.12) hashes in one call, without a Hash object per block.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function blockHash(key: string): string {
  return oneShot ? oneShot('sha1', key, 'hex') : crypto.createHash('sha1').update(key).digest('hex');
}

/** Facts kept in memory for blocks that recur within a run; a run over many files must not keep them all. */
const MEMORY_MAX = 4096;

export class PersistentBlockCache implements BlockCache {
  /** One CLI run: keys may be slices of the drafts (copying them costs 2 % of a run). */
  readonly shortLived = true;
  #index: Map<string, [number, number]> | null = null;
  #data: Buffer | null = null;
  readonly #memory = new BoundedMap<string, BlockFacts>(MEMORY_MAX);
  /** Entries computed in this process, serialised, for the owner of the file to write. */
  readonly added = new Map<string, Buffer>();

  constructor(private readonly file: string | null, private readonly salt: string) {}

  #load(): void {
    this.#index = new Map();
    if (!this.file) return;
    try {
      const data = fs.readFileSync(this.file);
      const salt = Buffer.from(this.salt + '\n');
      if (!data.subarray(0, MAGIC.length).equals(MAGIC) || !data.subarray(MAGIC.length, MAGIC.length + salt.length).equals(salt)) return;
      let pos = MAGIC.length + salt.length;
      while (pos + 24 <= data.length) {
        const hash = data.toString('hex', pos, pos + 20);
        const len = data.readUInt32LE(pos + 20);
        if (pos + 24 + len > data.length) break; // truncated tail: keep what is whole
        this.#index.set(hash, [pos + 24, len]);
        pos += 24 + len;
      }
      this.#data = data;
    } catch {
      this.#index = new Map();
    }
  }

  get(key: string): BlockFacts | undefined {
    const mem = this.#memory.get(key);
    if (mem) return mem;
    if (!this.#index) this.#load();
    // No file, or an empty one: nothing to look up, so no hash to compute.
    if (!this.#data || this.#index!.size === 0) return undefined;
    const hash = blockHash(key);
    const at = this.#index!.get(hash);
    if (!at) return undefined;
    try {
      const facts = v8.deserialize(this.#data.subarray(at[0], at[0] + at[1])) as BlockFacts;
      this.#remember(key, facts);
      return facts;
    } catch {
      return undefined;
    }
  }

  set(key: string, facts: BlockFacts, parsed = true): void {
    this.#remember(key, facts);
    if (parsed) this.added.set(blockHash(key), v8.serialize(facts));
  }

  #remember(key: string, facts: BlockFacts): void {
    this.#memory.set(key, facts);
  }

  /** All records on disk (to keep entries of files this run did not touch). */
  allRecords(): [string, Buffer][] {
    if (!this.#index) this.#load();
    if (!this.#data) return [];
    return [...this.#index!].map(([hash, at]) => [hash, this.#data!.subarray(at[0], at[0] + at[1])]);
  }
}

/** Writes records atomically (temp file + rename), so a crash never leaves a half file behind. */
export function writeBlockFile(file: string, salt: string, records: Iterable<[string, Buffer]>): void {
  const parts: Buffer[] = [MAGIC, Buffer.from(salt + '\n')];
  for (const [hash, payload] of records) {
    const head = Buffer.alloc(24);
    head.write(hash, 0, 20, 'hex');
    head.writeUInt32LE(payload.length, 20);
    parts.push(head, payload);
  }
  writeFileSafe(file, Buffer.concat(parts));
}
