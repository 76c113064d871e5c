// `kamerbrief vragen <zaak | bestand> [-o antwoorden.md]`: an answers draft from the published
// questions, from a file (publication XML or .docx) or, for a zaak number, from the open data.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ENDPOINT } from '../data/sync/sync.js';
import { answersDraft } from '../import/answers-draft.js';
import { MAX_IMPORT_BYTES } from '../import/import-file.js';
import { ImportError } from '../import/model.js';
import { fetchQuestions, isZaakNumber } from '../import/questions-online.js';
import { writeFileSafe } from '../io/safe-write.js';
import type { Io } from './run.js';
import { dutchArgError } from './arg-error.js';

export const VRAGEN_HELP = `Gebruik: kamerbrief vragen <zaaknummer | bestand> [-o antwoorden.md]

Maakt een concept voor de antwoorden uit de gepubliceerde Kamervragen: de voorpagina (soort,
zaak, vragensteller, ingezonden, onderwerp), de regels "Vragen van …" en "Antwoord van …", en elke
vraag letterlijk als "Vraag n" met een leeg "Antwoord n" eronder.
Met een zaaknummer (zoals 2025Z01234) haalt het de vragen op uit de open data van de Kamer;
zonder verbinding geef je het bestand (publicatie-XML kv-tk-… of .docx). Achter een proxy:
HTTPS_PROXY of HTTP_PROXY (en NO_PROXY), zoals bij kamerbrief sync.

Opties:
  -o, --output <bestand>  schrijf het concept naar dit bestand (standaard: stdout)
  --endpoint <url>        OData-adres (standaard: ${DEFAULT_ENDPOINT})
  -h, --help              deze hulp

Afsluitcodes: 0 concept gemaakt, 2 de vragen konden niet worden gelezen of opgehaald.`;

export async function runVragenCommand(argv: string[], io: Io): Promise<number> {
  let values: { output?: string; endpoint?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { output: { type: 'string', short: 'o' }, endpoint: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    io.stderr(`kamerbrief: ${dutchArgError(err as Error, 'vragen')}; zie kamerbrief vragen --help\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(VRAGEN_HELP + '\n');
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr('kamerbrief: vragen verwacht één zaaknummer (zoals 2025Z01234) of één bestand; zie kamerbrief vragen --help\n');
    return 2;
  }
  const arg = positionals[0]!;
  try {
    const file = path.resolve(io.cwd, arg);
    let draft;
    if (fs.existsSync(file)) {
      if (fs.statSync(file).size > MAX_IMPORT_BYTES) throw new ImportError(`${arg}: te groot voor een document met Kamervragen`);
      draft = answersDraft(fs.readFileSync(file), arg);
    } else if (isZaakNumber(arg)) {
      const got = await fetchQuestions(arg, { endpoint: values.endpoint ?? DEFAULT_ENDPOINT });
      draft = answersDraft(got.bytes, got.shown, { zaak: arg.toUpperCase() });
    } else {
      throw new ImportError(`"${arg}" is geen zaaknummer (zoals 2025Z01234) en geen bestand; controleer het nummer of het pad`);
    }
    for (const w of draft.warnings) io.stderr(`kamerbrief: let op: ${arg}: ${w}\n`);
    if (!values.output) {
      io.stdout(draft.text);
      return 0;
    }
    const output = path.resolve(io.cwd, values.output);
    if (output === file) {
      io.stderr(`kamerbrief: -o ${values.output} is het invoerbestand zelf; kies een ander bestand voor het concept\n`);
      return 2;
    }
    try {
      fs.mkdirSync(path.dirname(output), { recursive: true });
      writeFileSafe(output, draft.text);
    } catch (err) {
      io.stderr(`kamerbrief: -o ${values.output}: kan niet schrijven (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
      return 2;
    }
    io.stderr(`kamerbrief: ${draft.questions} vragen in ${values.output}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ImportError) {
      io.stderr(`kamerbrief: ${err.message}\n`);
      return 2;
    }
    io.stderr(`kamerbrief: ${arg}: kan geen concept maken (${(err as Error)?.message ?? String(err)}); meld dit met het bestand erbij\n`);
    return 2;
  }
}
