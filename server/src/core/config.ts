// Rule configuration as the engine sees it (the CLI and the editor read files/settings into this).
import type { Severity } from './types.js';

export type SeveritySetting = Severity | 'off';

export interface RuleSetting {
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

export interface LintConfig {
  /** Keyed by rule id ("KB101") or alias ("kamerstuk-notatie"). */
  rules?: Record<string, SeveritySetting | RuleSetting>;
  /**
   * "streng": a warning becomes an error unless the rule's severity is set explicitly.
   * "verzending": also runs the rules that belong to the check before sending (RuleMeta.preset).
   */
  preset?: 'aanbevolen' | 'streng' | 'verzending';
}

export function ruleSetting(config: LintConfig | undefined, id: string, alias: string): RuleSetting {
  const raw = config?.rules?.[id] ?? config?.rules?.[alias];
  if (raw === undefined) return {};
  return typeof raw === 'string' ? { severity: raw } : raw;
}
