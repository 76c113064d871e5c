// Whole-file results across runs, keyed by path and content hash: an unchanged draft is not
// parsed at all. The salt (build id + configuration) invalidates everything when either changes.
import fs from 'node:fs';
import { writeFileSafe } from '../io/safe-write.js';
import type { OutputMessage } from './output.js';

interface Stored {
  salt: string;
  files: Record<string, { hash: string; messages: OutputMessage[] }>;
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

  get(file: string, hash: string): OutputMessage[] | undefined {
    const hit = this.#stored.files[file];
    return hit && hit.hash === hash ? hit.messages : undefined;
  }

  set(file: string, hash: string, messages: OutputMessage[]): void {
    this.#stored.files[file] = { hash, messages };
    this.#dirty = true;
  }

  save(): void {
    if (!this.file || !this.#dirty) return;
    writeFileSafe(this.file, JSON.stringify(this.#stored));
  }
}
