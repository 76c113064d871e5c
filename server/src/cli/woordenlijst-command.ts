// `kamerbrief woordenlijst --cspell | --ltex | --vale [-o file]`: the names, parties, ministries
// and dossier words of the snapshot for spelling and style checkers, so they stop flagging
// "Van der Plas" or "c.s.".
import { parseArgs } from 'node:util';
import { openSnapshot, readSnapshotData } from '../data/store.js';
import { defaultDataDir } from '../data/sync/data-dir.js';
import { formatWordlist, type WordlistFormat } from '../wordlist/formats.js';
import { collectVocabulary } from '../wordlist/vocabulary.js';
import { writeOutput, type OutputIo } from './write-output.js';
import { dutchArgError } from './arg-error.js';

export const WOORDENLIJST_HELP = `Gebruik: kamerbrief woordenlijst --cspell | --ltex | --vale [-o <bestand>] [--data <map>]

Schrijft de namen van Kamerleden (met tussenvoegsels), fracties, ministeries, woorden uit
dossiertitels en afkortingen als "c.s." uit de gegevens van de Kamer als woordenlijst voor een
spellingcontrole, zodat die "Van der Plas" of "c.s." niet meer als fout aanwijst.

Opties:
  --cspell               woordenbestand voor cspell (dictionaryDefinitions); met -o <naam>.json
                         een cspell-configuratie { "version", "words" } om te importeren
  --ltex                 één woord per regel, voor ltex.dictionary (":/pad/naar/bestand")
  --vale                 accept.txt voor een Vale-vocabulaire
                         (styles/config/vocabularies/Kamerbrief/accept.txt)
  -o, --output <bestand> schrijf naar dit bestand (standaard: stdout)
  --data <map>           map met gegevens (standaard: ${defaultDataDir()})
  -h, --help             deze hulp

Afsluitcodes: 0 geschreven, 2 geen gegevens of een fout in de opties.`;

export async function runWoordenlijstCommand(argv: string[], io: OutputIo): Promise<number> {
  let values: { cspell?: boolean; ltex?: boolean; vale?: boolean; output?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { cspell: { type: 'boolean' }, ltex: { type: 'boolean' }, vale: { type: 'boolean' }, output: { type: 'string', short: 'o' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    io.stderr(`kamerbrief woordenlijst: ${dutchArgError(err as Error, 'woordenlijst')}; zie kamerbrief woordenlijst --help\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(WOORDENLIJST_HELP + '\n');
    return 0;
  }
  const chosen = (['cspell', 'ltex', 'vale'] as const).filter((f) => values[f]);
  if (chosen.length !== 1) {
    io.stderr('kamerbrief woordenlijst: kies één vorm: --cspell, --ltex of --vale; zie kamerbrief woordenlijst --help\n');
    return 2;
  }
  const format: WordlistFormat = chosen[0] === 'cspell' && /\.json$/i.test(values.output ?? '') ? 'cspell-json' : chosen[0]!;
  const dir = values.data ?? defaultDataDir();
  const opened = openSnapshot(dir);
  if (opened.status !== 'ok') {
    io.stderr(`kamerbrief woordenlijst: ${opened.status === 'problem' ? opened.message : `geen gegevens in ${dir}; voer eerst kamerbrief sync uit of geef --data <map>`}\n`);
    return 2;
  }
  let data;
  try {
    data = await readSnapshotData(dir);
  } catch (err) {
    io.stderr(`kamerbrief woordenlijst: de gegevens in ${dir} zijn onleesbaar (${(err as Error).message}); voer kamerbrief sync uit\n`);
    return 2;
  }
  const header = `Gegenereerd door kamerbrief woordenlijst uit de gegevens van ${data.meta.createdAt.slice(0, 10)}; niet bewerken, opnieuw genereren`;
  return writeOutput(formatWordlist(collectVocabulary(data), format, header), values.output, io, 'woordenlijst');
}
