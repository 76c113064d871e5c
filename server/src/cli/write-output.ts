// What a data command made (a draft, a word list): to stdout, or atomically into the -o file.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileSafe } from '../io/safe-write.js';
import { describeWriteError } from './write-error.js';

export interface OutputIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd?: string;
}

/** Exit code: 0 written, 2 the file could not be written (one Dutch line on stderr). */
export function writeOutput(text: string, output: string | undefined, io: OutputIo, command: string): number {
  if (!output) {
    io.stdout(text);
    return 0;
  }
  const file = path.resolve(io.cwd ?? process.cwd(), output);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileSafe(file, text);
    return 0;
  } catch (err) {
    io.stderr(`kamerbrief ${command}: -o ${output}: ${describeWriteError(err)}\n`);
    return 2;
  }
}
