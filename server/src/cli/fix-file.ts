// Writes a fixed draft for `--fix`: atomically (io/safe-write.ts: a crash never leaves half a
// letter, a link stays a link, the mode is kept), keeping the file's BOM and CRLF line endings.
import fs from 'node:fs';
import { writeFileSafe } from '../io/safe-write.js';
import { UsageError } from './errors.js';

/** Keeps the line-ending style: a file written with CRLF only (no lone LF) stays CRLF only. */
export function keepLineEndings(original: string, fixed: string): string {
  const crlf = original.includes('\r\n') && !/(^|[^\r])\n/.test(original);
  return crlf ? fixed.replace(/\r?\n/g, '\r\n') : fixed;
}

/** Writes `text` (without BOM) over `file`; returns the text as written, without BOM. */
export function writeFixed(file: string, shown: string, original: string, text: string): string {
  const target = fs.realpathSync(file);
  const stat = fs.statSync(target);
  // By the mode bits, not access(): root may write anything, a read-only draft must stay untouched.
  if ((stat.mode & 0o222) === 0 || !writable(target)) {
    throw new UsageError(`${shown}: alleen-lezen, herstel niet geschreven; maak het bestand schrijfbaar of laat --fix weg`);
  }
  const out = keepLineEndings(original, text);
  const head = Buffer.alloc(3);
  const fd = fs.openSync(target, 'r');
  try {
    fs.readSync(fd, head, 0, 3, 0);
  } finally {
    fs.closeSync(fd);
  }
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? '\ufeff' : '';
  try {
    writeFileSafe(target, bom + out);
  } catch (err) {
    throw new UsageError(`${shown}: herstel kon niet worden geschreven (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); controleer de rechten van de map`);
  }
  return out;
}

function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
