// The check before sending (preset "verzending"): what `kamerbrief export` and other shells call as
// their gate. A draft may leave the ministry when no rule of the preset reports an error.
import type { LintConfig } from './config.js';
import { lintText, type LintOptions, type LintResult } from './lint.js';
import { allRules } from './rules/index.js';
import type { LintMessage } from './types.js';

export const VERZENDING = 'verzending' as const;

/** The configuration with the preset "verzending" on (rules set in `config` keep their setting). */
export function verzendingConfig(config: LintConfig = {}): LintConfig {
  return { ...config, preset: VERZENDING };
}

const PRESET_RULES = allRules.filter((r) => r.meta.preset === VERZENDING).map((r) => r.meta);

/** Ids of the rules that run only in the preset (KB601–KB604). */
export const VERZENDING_RULES: readonly string[] = PRESET_RULES.map((m) => m.id);

/**
 * The configuration as it is, its own preset included (so "streng" still makes warnings errors),
 * with every rule of the check before sending on, except those it names (by id or alias).
 */
export function withVerzendingRules(config: LintConfig = {}): LintConfig {
  const named = config.rules ?? {};
  const on = PRESET_RULES.filter((m) => !Object.hasOwn(named, m.id) && !Object.hasOwn(named, m.alias)).map((m) => [m.id, 'error'] as const);
  return { ...config, rules: { ...Object.fromEntries(on), ...named } };
}

export interface VerzendingResult extends LintResult {
  /** The messages of the preset's own rules that stop sending (errors). */
  blocking: LintMessage[];
}

/** Lints with the preset on; `blocking` empty means the draft may be sent. */
export function verzendingCheck(text: string, options: LintOptions = {}): VerzendingResult {
  const result = lintText(text, { ...options, config: verzendingConfig(options.config) });
  const blocking = result.messages.filter((m) => m.severity === 'error' && VERZENDING_RULES.includes(m.ruleId));
  return { ...result, blocking };
}
