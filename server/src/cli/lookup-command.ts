// `kamerbrief lookup "<citation>"`: the hover card of the editor on the command line — the
// citation's kind, house-style form and links, and what the parliamentary snapshot knows.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scanCitations } from '../core/citations/index.js';
import { citationKeys, dataCard } from '../core/features/data-card.js';
import { dataDateLine } from '../core/features/data-age.js';
import { hoverMarkdown } from '../core/features/hover.js';
import { openSnapshot } from '../data/store.js';
import { defaultDataDir } from '../data/sync/data-dir.js';
import type { Snapshot } from '../data/types.js';
import { terminalSafe } from './terminal-text.js';
import { dutchArgError } from './arg-error.js';

const HELP = `Gebruik: kamerbrief lookup "<citaat>" [--data <map>] [--format text|json]

Zoekt een citaat op, zoals de kaart bij het aanwijzen in de editor: soort, standaardnotatie,
links en wat de gegevens van de Kamer weten (indieners, afloop, gewijzigd door, dossier).

Opties:
  --data <map>     map met gegevens (standaard: ${defaultDataDir()})
  --format <vorm>  text (standaard) of json`;

/** Markdown of the card as plain terminal text. */
function plain(markdown: string): string {
  return markdown
    .replace(/\n---\n/g, '\n')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/^_(.*)_$/gm, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1: $2')
    .replace(/\\(.)/g, '$1')
    .replace(/ {2}\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

export async function runLookupCommand(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd?: string; env?: NodeJS.ProcessEnv }): Promise<number> {
  let values: { data?: string; format?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    io.stderr(`kamerbrief: ${dutchArgError(err as Error, 'lookup')}; zie kamerbrief lookup --help\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    io.stderr(`kamerbrief: onbekende --format "${format}"; kies text of json\n`);
    return 2;
  }
  const query = positionals.join(' ').trim();
  const citation = scanCitations(query).citations[0];
  if (!citation) {
    io.stderr(`kamerbrief: geen citaat herkend in "${query}"; bijvoorbeeld: kamerbrief lookup "Kamerstuk 19 637, nr. 3370"\n`);
    return 2;
  }
  // --data is relative to the caller's folder, the default by its environment (run() passes both).
  const opened = openSnapshot(values.data !== undefined ? path.resolve(io.cwd ?? process.cwd(), values.data) : defaultDataDir(io.env ?? process.env));
  if (opened.status === 'problem') {
    io.stderr(`kamerbrief: ${opened.message}\n`);
    return 2;
  }
  const data: Snapshot | null = opened.status === 'ok' ? opened.snapshot : null;
  if (format === 'json') {
    const resolved = data
      ? citationKeys(citation).map((key) => ({ key, document: data.document(key) ?? null, motie: data.motie(key) ?? null, dossier: data.dossier(key.slice(0, key.lastIndexOf(':'))) ?? null }))
      : null;
    io.stdout(
      JSON.stringify({
        citation: { kind: citation.kind, text: citation.text, valid: citation.valid, canonical: citation.canonical, url: citation.url },
        resolved,
        snapshot: data ? { createdAt: data.meta.createdAt, origin: data.meta.origin } : null,
      }) + '\n',
    );
    return 0;
  }
  const card = data ? dataCard(citation, data, new Date()) ?? `_${dataDateLine(data.meta, new Date())}._` : null;
  const tail = card ?? 'Geen gegevens van de Kamer; voer kamerbrief sync uit of geef --data <map>.';
  // Snapshot strings are data from elsewhere: never raw escape sequences on the terminal.
  io.stdout(terminalSafe(plain(`${hoverMarkdown(citation)}\n\n${tail}`).trim()) + '\n');
  return 0;
}
