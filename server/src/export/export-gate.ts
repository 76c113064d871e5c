// What stops an export: the errors of the draft's own lint (its configuration and preset) and of
// the check before sending (preset `verzending`: placeholders, comments, draft markers, contact details).
import type { LintConfig } from '../core/config.js';
import { lintText, stripBom, type LintResult } from '../core/lint.js';
import type { LintMessage } from '../core/types.js';
import { verzendingConfig } from '../core/verzending.js';
import type { Snapshot } from '../core/data-port.js';

export interface GateProblem {
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

export interface GateOptions {
  /** The draft's configuration (the cascade of .kamerbrief.jsonc files, or --config). */
  config?: LintConfig;
  data?: Snapshot | null;
}

/**
 * The configurations the gate lints with: the draft's own (so a preset such as "streng" keeps
 * turning its warnings into errors) and, unless that already is it, the same with `verzending` on.
 */
export function exportGateConfigs(config: LintConfig | undefined): LintConfig[] {
  return config?.preset === 'verzending' ? [config] : [config ?? {}, verzendingConfig(config)];
}

/** The draft's errors under the gate's configurations (each once), in document order; empty: export may go. */
export function exportBlockers(source: string, options: GateOptions = {}): GateProblem[] {
  const text = stripBom(source);
  const seen = new Set<string>();
  const errors: LintMessage[] = [];
  let lines: LintResult['analysis']['lines'] | null = null;
  for (const config of exportGateConfigs(options.config)) {
    const { messages, analysis } = lintText(text, { config, data: options.data ?? null });
    lines = analysis.lines;
    for (const m of messages) {
      const key = `${m.ruleId}:${m.start}:${m.end}`;
      if (m.severity !== 'error' || seen.has(key)) continue;
      seen.add(key);
      errors.push(m);
    }
  }
  return errors
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const p = lines!.positionAt(m.start);
      return { line: p.line + 1, column: p.character + 1, ruleId: m.ruleId, message: m.message };
    });
}
