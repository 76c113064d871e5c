// What stops an export: the errors of the lint with the `verzending` preset on (the normal rules
// plus what must not leave the ministry: placeholders, comments, draft markers, contact details).
import type { LintConfig } from '../core/config.js';
import { lintText, stripBom } from '../core/lint.js';
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

/** The configuration the gate lints with: the draft's own, with the preset `verzending` on. */
export function exportGateConfig(config: LintConfig | undefined): LintConfig {
  return verzendingConfig(config);
}

/** The draft's errors under the gate's configuration, in document order; empty: export may go. */
export function exportBlockers(source: string, options: GateOptions = {}): GateProblem[] {
  const text = stripBom(source);
  const config = exportGateConfig(options.config);
  const { messages, analysis } = lintText(text, { config, data: options.data ?? null });
  return messages
    .filter((m) => m.severity === 'error')
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const p = analysis.lines.positionAt(m.start);
      return { line: p.line + 1, column: p.character + 1, ruleId: m.ruleId, message: m.message };
    });
}
