// Command-line parsing for `kamerbrief <command> [options] [paths…]`.
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { dutchArgError } from './arg-error.js';
import { PRESETS, type Preset } from '../core/config/types.js';

import { CITATION_FORMATS, LINT_FORMATS } from './formats/names.js';

export type Format = (typeof LINT_FORMATS)[number] | (typeof CITATION_FORMATS)[number];

export interface CliOptions {
  command: 'lint' | 'citations' | 'help' | 'version';
  paths: string[];
  format: Format;
  quiet: boolean;
  maxWarnings: number | null;
  cache: boolean;
  cacheLocation: string | null;
  /** Worker threads: null = decide by workload. */
  jobs: number | null;
  color: boolean | null;
  /** --config: use only this configuration file. */
  config: string | null;
  fix: boolean;
  changedSince: string | null;
  /** Name for the text read from stdin (`-`): display and configuration lookup. */
  stdinFilename: string | null;
  reportSuppressions: boolean;
  /** --data: folder of the parliamentary snapshot (null: the per-user default, when present). */
  dataDir: string | null;
  /** --output: write the report to this file (atomically) instead of stdout. */
  output: string | null;
  /** --preset: overrides the configuration's preset for every file (e.g. "verzending" before sending). */
  preset: Preset | null;
}

export const HELP = `Gebruik: kamerbrief <opdracht> [opties] [paden of globs…]

Opdrachten:
  lint [paden…]        controleer Markdown-concepten (standaard: alle *.md hier, zoals git ze ziet: .gitignore telt mee)
  citations [paden…]   lijst van alle citaties met soort, standaardnotatie en link

Opties:
  --format <vorm>        lint: stylish (standaard), json, sarif, junit, github of codequality
                         citations: text (standaard), json of markdown (het citatieoverzicht)
  -o, --output <bestand> schrijf de uitvoer naar dit bestand in plaats van naar stdout
  --quiet                alleen fouten tonen
  --max-warnings <n>     afsluitcode 1 bij meer dan n waarschuwingen
  --no-cache             geen cache lezen of schrijven
  --cache-location <map> map voor de cache (veilig om te verwijderen)
  --jobs <n>             aantal threads dat controleert, de hoofdthread meegeteld (standaard: naar
                         werk en processorkernen; 0 of 1: alleen de hoofdthread)
  --color / --no-color   kleur in de uitvoer (standaard: alleen op een terminal;
                         NO_COLOR en FORCE_COLOR tellen mee)
  --config <bestand>     gebruik alleen dit configuratiebestand (standaard: .kamerbrief.jsonc
                         van de map van elk bestand omhoog tot de git-root)
  --fix                  herstel wat herstelbaar is, schrijf de bestanden en meld wat overblijft
  --changed-since <ref>  alleen Markdown-bestanden gewijzigd sinds een git-referentie (plus nieuwe)
  --stdin-filename <p>   naam voor de tekst van stdin (pad "-"): voor de configuratie en de uitvoer
  --report-suppressions  lijst van alle onderdrukkingen (kamerbrief-disable…) met reden en gebruik
  --preset <naam>        voorinstelling voor elk bestand, boven de configuratie: aanbevolen, streng
                         of verzending (de controle voor verzending: plaatshouders, commentaar, …)
  --data <map>           gegevens van de Kamer voor KB121 en KB302–KB306 (standaard: de map van
                         kamerbrief sync, als die er is)

Ook: kamerbrief sync (gegevens bijwerken), kamerbrief lookup "<citaat>" en kamerbrief import
<bestand.docx of .xml> (Word of publicatie-XML naar een Markdown-concept; zie --help daarvan).
lint en citations lezen .docx- en publicatie-XML-bestanden ook rechtstreeks, via import.
Uit de gegevens: kamerbrief overzicht --dossier <nummer> (concept stand van zaken moties en
toezeggingen), kamerbrief snapshot export|import <bestand> (gegevens delen; ook sync --from) en
kamerbrief woordenlijst --cspell|--ltex|--vale (namen voor de spellingcontrole).
kamerbrief vragen <zaaknummer of bestand> maakt een antwoordconcept uit gepubliceerde Kamervragen.
kamerbrief export <concept.md> --docx -o brief.docx maakt er weer een Word-brief van.
  -h, --help             deze hulp
  -v, --version          versie

Afsluitcodes: 0 geen fouten, 1 fouten gevonden, 2 de controle kon niet worden uitgevoerd.`;

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        cache: { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        'cache-location': { type: 'string' },
        jobs: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        fix: { type: 'boolean' },
        'changed-since': { type: 'string' },
        'stdin-filename': { type: 'string' },
        'report-suppressions': { type: 'boolean' },
        data: { type: 'string' },
        preset: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError(`${dutchArgError(err as Error, 'lint')}; zie kamerbrief --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) return defaults('help');
  if (values.version) return defaults('version');
  const [command, ...paths] = positionals;
  if (command === undefined) return defaults('help');
  if (command !== 'lint' && command !== 'citations') {
    throw new UsageError(`onbekende opdracht "${command}"; kies lint, citations, import, export, vragen, overzicht, snapshot, woordenlijst, lookup of sync (zie kamerbrief --help)`);
  }
  const allowed: readonly string[] = command === 'citations' ? CITATION_FORMATS : LINT_FORMATS;
  const format = values.format ?? allowed[0]!;
  if (!allowed.includes(format)) throw new UsageError(`onbekende --format "${format}" voor ${command}; kies ${allowed.slice(0, -1).join(', ')} of ${allowed.at(-1)}`);
  let maxWarnings: number | null = null;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings verwacht een geheel getal vanaf 0, niet "${values['max-warnings']}"`);
    }
  }
  let jobs: number | null = null;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 0 || jobs > 64) throw new UsageError(`--jobs verwacht een getal van 0 tot 64, niet "${values.jobs}"`);
  }
  const preset = values.preset ?? null;
  if (preset !== null && !(PRESETS as readonly string[]).includes(preset)) {
    throw new UsageError(`onbekende --preset "${preset}"; kies ${PRESETS.slice(0, -1).join(', ')} of ${PRESETS.at(-1)}`);
  }
  return {
    command,
    paths,
    format: format as Format,
    quiet: values.quiet ?? false,
    maxWarnings,
    cache: !values['no-cache'],
    cacheLocation: values['cache-location'] ?? null,
    jobs,
    color: values['no-color'] ? false : values.color ? true : null,
    config: values.config ?? null,
    fix: values.fix ?? false,
    changedSince: values['changed-since'] ?? null,
    stdinFilename: values['stdin-filename'] ?? null,
    reportSuppressions: values['report-suppressions'] ?? false,
    dataDir: values.data ?? null,
    output: values.output ?? null,
    preset: preset as Preset | null,
  };
}

function defaults(command: 'help' | 'version'): CliOptions {
  return { command, paths: [], format: 'stylish', quiet: false, maxWarnings: null, cache: true, cacheLocation: null, jobs: null, color: null, config: null, fix: false, changedSince: null, stdinFilename: null, reportSuppressions: false, dataDir: null, output: null, preset: null };
}
