// What stops an export: the errors of the draft's own lint (its configuration and preset) and of
// the check before sending (preset `verzending`: placeholders, comments, draft markers, contact details).
import type { LintConfig } from '../core/config.js';
import { lintText, stripBom } from '../core/lint.js';
import { withVerzendingRules } from '../core/verzending.js';
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

/** The draft's errors under its own configuration with the check before sending on, in document order; empty: export may go. */
export function exportBlockers(source: string, options: GateOptions = {}): GateProblem[] {
  const text = stripBom(source);
  const { messages, analysis } = lintText(text, { config: withVerzendingRules(options.config), data: options.data ?? null });
  return messages
    .filter((m) => m.severity === 'error')
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const p = analysis.lines.positionAt(m.start);
      return { line: p.line + 1, column: p.character + 1, ruleId: m.ruleId, message: m.message };
    });
}
