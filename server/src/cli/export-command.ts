// `kamerbrief export <draft.md> --docx [-o brief.docx]`: the draft as a Word letter. Refuses
// (exit 1, the problems listed) while the draft has errors, unless --force. Loaded only for this
// command.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigLoader, describeProblem } from '../config/load.js';
import { toLintConfig } from '../core/config/merge.js';
import { exportBlockers } from '../export/export-gate.js';
import { exportDraft } from '../export/export-file.js';
import { ExportError } from '../export/model.js';
import { templateStyles } from '../export/template.js';
import { writeFileSafe } from '../io/safe-write.js';
import { resolveDataDir, snapshotAt } from './data.js';
import { UsageError } from './errors.js';
import { readDraftWithStat } from './read.js';
import type { Io } from './run.js';
import { dutchArgError } from './arg-error.js';

export const EXPORT_HELP = `Gebruik: kamerbrief export <concept.md> --docx [-o brief.docx]

Zet een Markdown-concept om in een Word-brief (.docx) in de opmaak van een Kamerbrief:
geadresseerde, Datum/Betreft/Ons kenmerk uit de voorpagina, kopjes, lijsten, tabellen, echte
Word-voetnoten en de ondertekening; antwoorden op Kamervragen in de opmaak van het Aanhangsel.
Zolang het concept fouten heeft, wordt niet geëxporteerd (de fouten staan op stderr).

Opties:
  --docx                  uitvoer als Word-document (standaard; de enige vorm)
  -o, --output <bestand>  schrijf naar dit bestand (standaard: het concept met .docx)
  --sjabloon <bestand>    gebruik de stijlen van dit Word-sjabloon (.dotx) of document (.docx)
  --force                 exporteer ook als het concept fouten heeft
  --config <bestand>      gebruik alleen dit configuratiebestand
  --data <map>            gegevens van de Kamer voor de controle (standaard: de map van kamerbrief sync)
  -h, --help              deze hulp

Afsluitcodes: 0 geëxporteerd, 1 niet geëxporteerd omdat het concept fouten heeft,
2 het concept, sjabloon of doelbestand kon niet worden gelezen of geschreven.`;

interface Values {
  docx?: boolean;
  output?: string;
  sjabloon?: string;
  force?: boolean;
  config?: string;
  data?: string;
  help?: boolean;
}

export async function runExportCommand(argv: string[], io: Io): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { docx: { type: 'boolean' }, output: { type: 'string', short: 'o' }, sjabloon: { type: 'string' }, force: { type: 'boolean' }, config: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    io.stderr(`kamerbrief: ${dutchArgError(err as Error, 'export')}; zie kamerbrief export --help\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(EXPORT_HELP + '\n');
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr('kamerbrief: export verwacht één Markdown-concept; zie kamerbrief export --help\n');
    return 2;
  }
  const shown = positionals[0]!;
  const input = path.resolve(io.cwd, shown);
  const outShown = values.output ?? shown.replace(/\.(?:md|markdown)$/i, '') + '.docx';
  const output = path.resolve(io.cwd, outShown);
  try {
    if (!/\.docx$/i.test(output)) throw new UsageError(`-o ${outShown}: een Word-document eindigt op .docx`);
    if (output === input) throw new UsageError(`-o ${outShown} is het concept zelf; kies een ander bestand`);
    const { text } = readDraftWithStat(input, shown);
    const dataDir = resolveDataDir(values.data ?? null, io.cwd, io.env ?? process.env);
    if (values.data !== undefined && !fs.existsSync(dataDir)) throw new UsageError(`--data ${values.data}: map bestaat niet`);
    const blockers = exportBlockers(text, { config: configFor(input, values.config, io.cwd), data: snapshotAt(dataDir) });
    if (blockers.length) {
      for (const b of blockers) io.stderr(`${shown}:${b.line}:${b.column}: ${b.ruleId} ${b.message}\n`);
      if (!values.force) {
        io.stderr(`kamerbrief: ${shown} niet geëxporteerd: ${blockers.length} ${blockers.length === 1 ? 'fout' : 'fouten'}; herstel ${blockers.length === 1 ? 'die' : 'ze'} of exporteer toch met --force\n`);
        return 1;
      }
      io.stderr(`kamerbrief: let op: ${shown} geëxporteerd met ${blockers.length} ${blockers.length === 1 ? 'fout' : 'fouten'} (--force)\n`);
    }
    const styles = values.sjabloon ? templateStyles(path.resolve(io.cwd, values.sjabloon), values.sjabloon) : undefined;
    const result = exportDraft(text, styles ? { styles } : {});
    for (const w of result.warnings) io.stderr(`kamerbrief: let op: ${shown}: ${w}\n`);
    try {
      fs.mkdirSync(path.dirname(output), { recursive: true });
      writeFileSafe(output, result.bytes);
    } catch (err) {
      throw new UsageError(`-o ${outShown}: kan niet schrijven (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    io.stderr(`kamerbrief: ${shown} → ${outShown}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof ExportError) {
      io.stderr(`kamerbrief: ${err.message}\n`);
      return 2;
    }
    io.stderr(`kamerbrief: ${shown}: kan niet worden geëxporteerd (${(err as Error)?.message ?? String(err)}); meld dit met het bestand erbij\n`);
    return 2;
  }
}

function configFor(file: string, explicit: string | undefined, cwd: string) {
  const abs = explicit ? path.resolve(cwd, explicit) : null;
  if (abs && !fs.existsSync(abs)) throw new UsageError(`configuratiebestand "${explicit}" bestaat niet; controleer het pad bij --config`);
  const found = new ConfigLoader(abs).forFile(file);
  const broken = found.files.find((f) => f.problems.length > 0);
  if (broken) throw new UsageError(describeProblem(broken, path.relative(cwd, broken.file) || broken.file)!);
  return toLintConfig(found.resolved);
}
