// Word in and out for the editor's commands (Importeren uit Word, Exporteren naar Word): the
// engine's export and import run here, in the language server, as the CLI runs them. Loaded on
// first use only (its own chunk: markdown-it, the OOXML writer and the importer).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintConfig } from '../core/config.js';
import type { Snapshot } from '../data/types.js';
import { exportBlockers, type GateProblem } from '../export/export-gate.js';
import { exportDraft } from '../export/export-file.js';
import { importFile } from '../import/import-file.js';
import { writeFileSafe } from '../io/safe-write.js';

export interface ExportAnswer {
  ok: boolean;
  /** Dutch, for the notification. */
  message: string;
  /** The errors that stopped the export (empty when it went through). */
  problems: GateProblem[];
  warnings: string[];
}

export function exportToWord(text: string | null, params: { uri: string; target: string; force?: boolean }, config: LintConfig, data: Snapshot | null): ExportAnswer {
  const shown = path.basename(params.target);
  try {
    const source = text ?? fs.readFileSync(fileURLToPath(params.uri), 'utf8');
    const problems = exportBlockers(source, { config, data });
    if (problems.length && !params.force) return { ok: false, message: `Niet geëxporteerd: het concept heeft ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'}.`, problems, warnings: [] };
    const result = exportDraft(source);
    fs.mkdirSync(path.dirname(params.target), { recursive: true });
    writeFileSafe(params.target, result.bytes);
    return { ok: true, message: `Geëxporteerd naar ${shown}${problems.length ? ` (met ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'})` : ''}.`, problems, warnings: result.warnings };
  } catch (err) {
    return { ok: false, message: `Exporteren naar ${shown} is mislukt: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, problems: [], warnings: [] };
  }
}

export interface ImportAnswer {
  ok: boolean;
  text: string;
  warnings: string[];
  message: string;
}

export function importFromWord(params: { source: string }): ImportAnswer {
  try {
    const result = importFile(params.source, path.basename(params.source));
    return { ok: true, text: result.text, warnings: result.warnings, message: '' };
  } catch (err) {
    return { ok: false, text: '', warnings: [], message: (err as Error).message };
  }
}
