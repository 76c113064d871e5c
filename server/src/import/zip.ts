// Opens a .docx (a zip) and takes out the parts the reader needs, with limits: a damaged file
// or a zip bomb ends with a Dutch message, not a crash or all the memory.
import { unzipSync } from 'fflate';
import { ImportError } from './model.js';

/** Uncompressed size allowed per part and in total: a long letter's document.xml is a few MB. */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 128 * 1024 * 1024;

export interface ZipParts {
  /** The wanted parts that are present, by name. */
  parts: Map<string, Uint8Array>;
  /** Every name in the zip (to report media and comments). */
  names: string[];
}

export const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, shown: string): ZipParts {
  if (!isZip(bytes)) throw new ImportError(`${shown}: geen Word-bestand (.docx is een zip-bestand); sla het op als .docx in Word`);
  const names: string[] = [];
  let total = 0;
  let tooBig: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        if (!wanted(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
          tooBig ??= f.name;
          return false;
        }
        return true;
      },
    });
  } catch (err) {
    throw new ImportError(`${shown}: beschadigd zip-bestand (${(err as Error).message}); open het in Word en sla het opnieuw op`);
  }
  if (tooBig) throw new ImportError(`${shown}: onderdeel ${tooBig} is uitgepakt te groot (meer dan ${MAX_PART_BYTES / 1024 / 1024} MB); dit is geen gewone brief`);
  return { parts: new Map(Object.entries(files)), names };
}
