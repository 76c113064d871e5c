// What stops an export: the errors of the normal lint. One place decides which lint that is, so
// that the `verzending` preset (rules for a letter that is about to be sent) can be added here.
import type { LintConfig } from '../core/config.js';
import { lintText, stripBom } from '../core/lint.js';
import type { Snapshot } from '../data/types.js';

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
 * The configuration the gate lints with. Today: the draft's own configuration, as `lint` uses it.
 * The `verzending` preset goes here (merged over `config`) once it exists.
 */
export function exportGateConfig(config: LintConfig | undefined): LintConfig | undefined {
  return config;
}

/** The draft's errors under the gate's configuration, in document order; empty: export may go. */
export function exportBlockers(source: string, options: GateOptions = {}): GateProblem[] {
  const text = stripBom(source);
  const config = exportGateConfig(options.config);
  const { messages, analysis } = lintText(text, { ...(config ? { config } : {}), data: options.data ?? null });
  return messages
    .filter((m) => m.severity === 'error')
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const p = analysis.lines.positionAt(m.start);
      return { line: p.line + 1, column: p.character + 1, ruleId: m.ruleId, message: m.message };
    });
}
