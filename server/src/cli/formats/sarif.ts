// SARIF 2.1.0 (validated against the official schema in the tests), for GitHub code scanning and
// other viewers: the tool with every rule's metadata and help link, results with regions,
// fixes where a rule has one, and fingerprints that survive lines moving.
import type { FileResult, OutputMessage } from '../output.js';
import { fingerprints } from './fingerprint.js';
import { RULE_INDEX, RULES } from './rule-info.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export interface SarifContext {
  version: string;
  /** File text by shown path, for fix offsets → regions. */
  texts: Map<string, string>;
}

function regionOfOffsets(text: string, start: number, end: number): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const pos = (o: number): [number, number] => {
    const before = text.slice(0, o);
    const line = before.split('\n').length;
    return [line, o - before.lastIndexOf('\n')];
  };
  const [startLine, startColumn] = pos(start);
  const [endLine, endColumn] = pos(end);
  return { startLine, startColumn, endLine, endColumn };
}

function uri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function result(file: string, m: OutputMessage, fingerprint: string, text: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: m.ruleId,
    ruleIndex: RULE_INDEX.get(m.ruleId) ?? 0,
    level: LEVEL[m.severity],
    message: { text: m.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: uri(file), uriBaseId: '%SRCROOT%' }, region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn } } }],
    partialFingerprints: { 'kamerbrief/v1': fingerprint },
    properties: { certainty: m.certainty, rule: m.rule },
  };
  if (m.fix && text !== undefined) {
    out.fixes = [
      {
        description: { text: 'Automatisch herstel van Kamerbrief' },
        artifactChanges: [{ artifactLocation: { uri: uri(file), uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: regionOfOffsets(text, m.fix.range[0], m.fix.range[1]), insertedContent: { text: m.fix.text } }] }],
      },
    ];
  }
  return out;
}

export function formatSarif(results: FileResult[], ctx: SarifContext): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Kamerbrief',
            semanticVersion: ctx.version,
            version: ctx.version,
            informationUri: 'https://github.com/kamerbrief/kamerbrief',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.alias,
              shortDescription: { text: `${r.id} ${r.alias}` },
              fullDescription: { text: r.description },
              helpUri: r.helpUri,
              help: { text: `${r.description} Zie ${r.helpUri}` },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { tags: r.tags, fixable: r.fixable, needsData: Boolean(r.needsData) },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        results: results.flatMap((r) => {
          const prints = fingerprints(r.file, r.messages);
          return r.messages.map((m, i) => result(r.file, m, prints[i]!, ctx.texts.get(r.file)));
        }),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
