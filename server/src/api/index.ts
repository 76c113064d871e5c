// The library API: import { lint, citations, fix } from 'kamerbrief'. The same engine and the
// same output shapes as the CLI's JSON (PRODUCT.md §3), for one text in memory.
import fs from 'node:fs';
import { analyze } from '../core/analyze.js';
import { EMPTY_RESOLVED, mergeConfigs, toLintConfig, type ResolvedConfig } from '../core/config/merge.js';
import { parseConfigText } from '../core/config/parse.js';
import { fixText, lintText, stripBom, type LintOptions } from '../core/lint.js';
import { snapshotAt } from '../cli/data.js';
import { keepLineEndings } from '../cli/fix-file.js';
import { toOutputCitations, toOutputMessages } from '../cli/output.js';
import type { Citation, KamerbriefOptions, Message } from './types.js';

export type { Citation, CitationKind, Fix, KamerbriefConfig, KamerbriefOptions, Message, ResolvedCitation, RuleSetting, Severity, SeveritySetting } from './types.js';

/** The problems in `text`, sorted by position. Throws an Error (Dutch message) on bad options. */
export function lint(text: string, options: KamerbriefOptions = {}): Message[] {
  const source = stripBom(checkText('lint', text));
  const { messages, analysis } = lintText(source, engineOptions(options));
  const out: Message[] = toOutputMessages(analysis, messages);
  return out;
}

/** Every citation in `text`, with what the snapshot knows of it when `options.data` is given. */
export function citations(text: string, options: Pick<KamerbriefOptions, 'data'> = {}): Citation[] {
  const source = stripBom(checkText('citations', text));
  const data = snapshot(options.data);
  const out: Citation[] = toOutputCitations(analyze(source), data);
  return out;
}

/** `text` with every fix applied until stable (as `kamerbrief lint --fix`); BOM and CRLF kept. */
export function fix(text: string, options: KamerbriefOptions = {}): string {
  const original = checkText('fix', text);
  const source = stripBom(original);
  const fixed = fixText(source, engineOptions(options)).text;
  if (fixed === source) return original;
  return (source === original ? '' : '\ufeff') + keepLineEndings(source, fixed);
}

function checkText(fn: string, text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`kamerbrief: ${fn}() verwacht de tekst van een concept (string), niet ${text === null ? 'null' : typeof text}`);
  return text;
}

function engineOptions(options: KamerbriefOptions): LintOptions {
  if (options === null || typeof options !== 'object') throw new TypeError('kamerbrief: opties moeten een object zijn, bijvoorbeeld { config: { rules: { KB206: "off" } } }');
  return { config: toLintConfig(resolveConfig(options.config)), data: snapshot(options.data) };
}

/** A config object or JSONC text, validated as a `.kamerbrief.jsonc` is (same Dutch messages). */
function resolveConfig(config: KamerbriefOptions['config']): ResolvedConfig {
  if (config === undefined) return EMPTY_RESOLVED;
  const text = typeof config === 'string' ? config : JSON.stringify(config);
  if (text === undefined) throw new TypeError('kamerbrief: config moet een object of de tekst van een .kamerbrief.jsonc zijn');
  const parsed = parseConfigText(text);
  const problem = parsed.problems[0];
  if (!parsed.config || problem) {
    const where = typeof config === 'string' && problem ? ` (regel ${problem.line}, kolom ${problem.column})` : '';
    throw new Error(`kamerbrief: ongeldige configuratie${where}: ${problem?.message ?? 'onleesbaar'}`);
  }
  return mergeConfigs([{ base: '.', config: parsed.config }]);
}

function snapshot(dir: string | undefined): LintOptions['data'] {
  if (dir === undefined) return null;
  if (typeof dir !== 'string' || dir === '') throw new TypeError('kamerbrief: data moet het pad van een gegevensmap zijn (zie kamerbrief sync --data)');
  if (!fs.existsSync(dir)) throw new Error(`kamerbrief: gegevensmap ${dir} bestaat niet; vul haar met kamerbrief sync --data ${dir}`);
  try {
    return snapshotAt(dir);
  } catch (err) {
    throw new Error(`kamerbrief: ${(err as Error).message}`);
  }
}
