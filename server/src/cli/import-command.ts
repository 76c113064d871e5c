// `kamerbrief import <file> [-o draft.md]`: a Word file (.docx) or an official publication XML
// → a Markdown draft on stdout or, atomically, in a file. What could not be carried over is listed
// on stderr. Loaded only for this command (and for linting such files): linting Markdown never
// compiles the importer.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importFile } from '../import/import-file.js';
import { ImportError } from '../import/model.js';
import { writeFileSafe, resolveTarget } from '../io/safe-write.js';
import type { Io } from './run.js';
import { dutchArgError } from './arg-error.js';

export const IMPORT_HELP = `Gebruik: kamerbrief import <bestand> [-o concept.md]

Zet een Word-bestand (.docx) of een officiële publicatie (XML van officielebekendmakingen.nl)
om in een Markdown-concept: kopjes, alinea's, lijsten, tabellen, voetnoten ([^n]), vetgedrukte
Vraag/Antwoord; het briefhoofd (Datum, Betreft, Ons kenmerk, geadresseerde) gaat naar de voorpagina.
Wat niet mee kan (afbeeldingen, tekstvakken, opmerkingen, bijgehouden wijzigingen) staat op stderr.

Opties:
  -o, --output <bestand>  schrijf het concept naar dit bestand (standaard: stdout)
  -h, --help              deze hulp

Afsluitcodes: 0 geïmporteerd, 2 het bestand kon niet worden gelezen.`;

export async function runImportCommand(argv: string[], io: Io): Promise<number> {
  let values: { output?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    io.stderr(`kamerbrief: ${dutchArgError(err as Error, 'import')}; zie kamerbrief import --help\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(IMPORT_HELP + '\n');
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr('kamerbrief: import verwacht één bestand (.docx of publicatie-XML); zie kamerbrief import --help\n');
    return 2;
  }
  const input = path.resolve(io.cwd, positionals[0]!);
  const shown = positionals[0]!;
  try {
    const result = importFile(input, shown);
    for (const w of result.warnings) io.stderr(`kamerbrief: let op: ${shown}: ${w}\n`);
    if (!values.output) {
      io.stdout(result.text);
      return 0;
    }
    const output = path.resolve(io.cwd, values.output);
    if (sameFile(input, output)) {
      io.stderr(`kamerbrief: -o ${values.output} is het invoerbestand zelf; kies een ander bestand voor het concept\n`);
      return 2;
    }
    try {
      fs.mkdirSync(path.dirname(output), { recursive: true });
      writeFileSafe(output, result.text);
    } catch (err) {
      io.stderr(`kamerbrief: -o ${values.output}: kan niet schrijven (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
      return 2;
    }
    return 0;
  } catch (err) {
    if (err instanceof ImportError) {
      io.stderr(`kamerbrief: ${err.message}\n`);
      return 2;
    }
    io.stderr(`kamerbrief: ${shown}: kan niet worden geïmporteerd (${(err as Error)?.message ?? String(err)}); meld dit met het bestand erbij\n`);
    return 2;
  }
}

/** The same file, also through a link or another spelling of the path. */
function sameFile(a: string, b: string): boolean {
  try {
    return resolveTarget(a) === resolveTarget(b) || fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}
