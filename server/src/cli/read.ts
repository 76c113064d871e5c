// Reading a draft: strict UTF-8 (a Word export in Windows-1252 must not be linted as garbage),
// BOM stripped so positions match what editors show.
import fs from 'node:fs';
import { UsageError } from './errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function readDraft(file: string, shown: string): string {
  return readDraftWithStat(file, shown).text;
}

/** Size and modification time when the file was read: what the result cache validates with. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** When the stamp was taken (Date.now() just before the stat). */
  takenAt: number;
}

/** The draft and the stamp of the version read (taken from the same open file). */
export function readDraftWithStat(file: string, shown: string): { text: string; stamp: FileStamp } {
  let bytes: Buffer;
  let stamp: FileStamp;
  try {
    // Non-blocking open: a FIFO without a writer must not hang the run (a regular file reads as usual).
    const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
      const takenAt = Date.now();
      const st = fs.fstatSync(fd);
      if (st.isDirectory()) throw Object.assign(new Error('map'), { code: 'EISDIR' });
      // A device, FIFO or socket has no end (/dev/zero) or no text: refused, never read.
      if (!st.isFile()) throw new UsageError(`${shown}: is geen gewoon bestand (${kindOf(st)}); geef een Markdown-bestand op`);
      stamp = { size: st.size, mtimeMs: st.mtimeMs, takenAt };
      bytes = fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${shown}: bestand bestaat niet; controleer het pad`);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`${shown}: geen leesrechten; controleer de bestandsrechten`);
    if (code === 'EISDIR') throw new UsageError(`${shown}: is een map, geen bestand`);
    throw new UsageError(`${shown}: kan niet worden gelezen (${code ?? (err as Error).message})`);
  }
  try {
    return { text: decoder.decode(bytes), stamp }; // ignoreBOM: false strips a leading BOM
  } catch {
    let i = 0;
    try {
      // Find the first bad byte for the message: decode growing prefixes is too slow; scan instead.
      i = firstInvalidUtf8(bytes);
    } catch {
      i = -1;
    }
    throw new UsageError(`${shown}: geen geldige UTF-8-tekst (ongeldige byte op positie ${i}); sla het bestand op als UTF-8`);
  }
}

/**
 * Byte offset of the first byte that is not valid UTF-8, as the strict decoder judges it: overlong
 * forms, encoded surrogates (a lone surrogate written by a broken exporter) and code points past
 * U+10FFFF are invalid too. -1 when all is valid.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    // The second byte's range depends on the first (Unicode table 3-7).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (n > 0 && (i + 1 >= b.length || b[i + 1]! < lo || b[i + 1]! > hi)) return i;
    for (let k = 2; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** What a non-regular file is, in Dutch words. */
export function kindOf(st: fs.Stats): string {
  if (st.isFIFO()) return 'een pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'een apparaat';
  if (st.isSocket()) return 'een socket';
  return 'geen gewoon bestand';
}
