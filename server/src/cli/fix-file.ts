// Writes a fixed draft for `--fix`: atomically (io/safe-write.ts: a crash never leaves half a
// letter, a link stays a link, the mode is kept), keeping the file's BOM and CRLF line endings,
// and never over an edit made while the draft was being linted.
import fs from 'node:fs';
import { writeFileSafe, type SafeWriteOptions } from '../io/safe-write.js';
import { UsageError } from './errors.js';
import { describeWriteError } from './write-error.js';

/** Keeps the line-ending style: a file written with CRLF only (no lone LF) stays CRLF only. */
export function keepLineEndings(original: string, fixed: string): string {
  const crlf = original.includes('\r\n') && !/(^|[^\r])\n/.test(original);
  return crlf ? fixed.replace(/\r?\n/g, '\r\n') : fixed;
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Writes `text` (without BOM) over `file`; returns the text as written, without BOM. `original`
 * is the text the fixes were computed from: when the file no longer holds exactly that just
 * before the rename (an editor saved, a script appended), nothing is written (UsageError).
 * `io`: file-system calls for tests that simulate a concurrent edit.
 */
export function writeFixed(file: string, shown: string, original: string, text: string, io: Pick<SafeWriteOptions, 'fs'> = {}): string {
  const target = fs.realpathSync(file);
  const stat = fs.statSync(target);
  // By the mode bits, not access(): root may write anything, a read-only draft must stay untouched.
  if ((stat.mode & 0o222) === 0 || !writable(target)) {
    throw new UsageError(`${shown}: alleen-lezen, herstel niet geschreven; maak het bestand schrijfbaar of laat --fix weg`);
  }
  const out = keepLineEndings(original, text);
  const head = fs.readFileSync(target).subarray(0, 3);
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? '\ufeff' : '';
  const changed = (): boolean => decoder.decode(fs.readFileSync(target)) !== original;
  const refuse = (): never => {
    throw new UsageError(`${shown}: het bestand is gewijzigd tijdens de controle; herstel niet geschreven, er gaat niets verloren. Voer --fix opnieuw uit`);
  };
  if (changed()) refuse();
  try {
    // Compared again after the new text is on disk, right before it replaces the draft.
    writeFileSafe(target, bom + out, { ...io, beforeRename: () => void (changed() && refuse()) });
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${shown}: herstel kon niet worden geschreven; ${describeWriteError(err)}`);
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
