// `kamerbrief overzicht --dossier 29 754`: a stand-van-zaken letter drafted from the snapshot, a
// section per motie of the dossier (and per toezegging once the snapshot holds the register).
import { parseArgs } from 'node:util';
import { openSnapshot } from '../data/store.js';
import { defaultDataDir } from '../data/sync/data-dir.js';
import { parseDossier } from '../overview/dossier-arg.js';
import { overviewDraft } from '../overview/draft.js';
import { registerSource } from '../overview/register-source.js';
import type { ToezeggingSource } from '../overview/toezegging-input.js';
import { writeOutput, type OutputIo } from './write-output.js';
import { dutchArgError } from './arg-error.js';

export const OVERZICHT_HELP = `Gebruik: kamerbrief overzicht --dossier <nummer> [opties]

Schrijft een concept voor een brief "Stand van zaken moties en toezeggingen" uit de gegevens
van de Kamer: voorpagina, inleiding, per motie van het dossier een paragraaf "Motie van het lid …
over …" met de afloop en een voetnoot met het Kamerstuk van de motie (een gewijzigde motie onder
haar laatste versie), per toezegging een paragraaf "Toezegging – …" (als de gegevens de
toezeggingen bevatten), en de ondertekening. Wat alleen het ministerie weet, staat er als
[PM: …] in: vul het in voordat de brief verstuurd wordt.

Opties:
  --dossier <nummer>     dossiernummer, bijvoorbeeld 29754, "29 754" of 36410-XVI (verplicht)
  --ministerie <naam>    het ministerie dat de brief stuurt (voorpagina, ondertekening; alleen
                         toezeggingen van dit ministerie)
  --sinds <datum>        alleen moties en toezeggingen vanaf deze datum (jjjj-mm-dd); zonder
                         bekende datum blijven ze staan
  -o, --output <bestand> schrijf het concept naar dit bestand (standaard: stdout)
  --data <map>           map met gegevens (standaard: ${defaultDataDir()})
  -h, --help             deze hulp

Afsluitcodes: 0 concept geschreven, 2 geen gegevens, onbekend dossier of een fout in de opties.`;

export interface OverzichtIo extends OutputIo {
  /** The toezeggingen register; default: the snapshot's, when it holds one. */
  toezeggingen?: ToezeggingSource | null;
  today?: Date;
}

export async function runOverzichtCommand(argv: string[], io: OverzichtIo): Promise<number> {
  let values: { dossier?: string; ministerie?: string; sinds?: string; output?: string; data?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        dossier: { type: 'string' },
        ministerie: { type: 'string' },
        sinds: { type: 'string' },
        output: { type: 'string', short: 'o' },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    io.stderr(`kamerbrief overzicht: ${dutchArgError(err as Error, 'overzicht')}; zie kamerbrief overzicht --help\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(OVERZICHT_HELP + '\n');
    return 0;
  }
  if (values.dossier === undefined) {
    io.stderr('kamerbrief overzicht: geef het dossier op, bijvoorbeeld --dossier 29754; zie kamerbrief overzicht --help\n');
    return 2;
  }
  // `--dossier 29 754` unquoted: the shell splits the number, the rest arrives as positionals.
  const typed = [values.dossier, ...positionals].join(' ');
  const dossier = parseDossier(typed);
  if (!dossier) {
    io.stderr(`kamerbrief overzicht: ongeldig dossiernummer "${typed}" (verwacht bijvoorbeeld 29754, "29 754" of 36410-XVI)\n`);
    return 2;
  }
  if (values.sinds !== undefined && !isDay(values.sinds)) {
    io.stderr(`kamerbrief overzicht: ongeldige datum bij --sinds: "${values.sinds}" (verwacht jjjj-mm-dd, bijvoorbeeld 2024-09-17)\n`);
    return 2;
  }
  const dir = values.data ?? defaultDataDir();
  const opened = openSnapshot(dir);
  if (opened.status === 'problem') {
    io.stderr(`kamerbrief overzicht: ${opened.message}\n`);
    return 2;
  }
  if (opened.status === 'none') {
    io.stderr(`kamerbrief overzicht: geen gegevens in ${dir}; voer eerst kamerbrief sync uit of geef --data <map>\n`);
    return 2;
  }
  const data = opened.snapshot;
  if (!data.dossier(dossier) && data.documentsOf(dossier).length === 0) {
    io.stderr(`kamerbrief overzicht: dossier ${dossier} staat niet in de gegevens; synchroniseer het met kamerbrief sync --dossier ${dossier.split('-')[0]}\n`);
    return 2;
  }
  const draft = overviewDraft(data, { dossier, ministerie: values.ministerie ?? null, sinds: values.sinds ?? null, toezeggingen: io.toezeggingen ?? registerSource(data), today: io.today ?? new Date() });
  for (const p of data.problems ?? []) io.stderr(`kamerbrief overzicht: let op: ${p}\n`);
  if (draft.moties + draft.toezeggingen === 0) {
    io.stderr(`kamerbrief overzicht: geen moties of toezeggingen in dossier ${dossier}${values.sinds ? ` sinds ${values.sinds}` : ''}\n`);
    return 2;
  }
  const code = writeOutput(draft.text, values.output, io, 'overzicht');
  if (code === 0 && values.output) io.stderr(`Concept geschreven naar ${values.output}: ${count(draft.moties, 'motie', 'moties')}, ${count(draft.toezeggingen, 'toezegging', 'toezeggingen')}.\n`);
  return code;
}

function isDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
