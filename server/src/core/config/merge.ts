// The cascade: configuration files from far (repository root) to near (the draft's folder) merged
// into one, nearest wins; then turned into the engine's LintConfig.
import type { LintConfig, RuleSetting } from '../config.js';
import type { CitatieStijl, FileConfig, Preset } from './types.js';

/** Patterns of one configuration file, with the folder they are relative to. */
export interface IgnoreSet {
  base: string;
  patterns: string[];
}

export interface ResolvedConfig {
  preset: Preset;
  citatiestijl: CitatieStijl | null;
  rules: Record<string, RuleSetting>;
  ignores: IgnoreSet[];
}

export const EMPTY_RESOLVED: ResolvedConfig = { preset: 'aanbevolen', citatiestijl: null, rules: {}, ignores: [] };

/** Merges files given far to near (`base`: the folder of each file, for its ignores). */
export function mergeConfigs(chain: { base: string; config: FileConfig }[]): ResolvedConfig {
  const out: ResolvedConfig = { preset: 'aanbevolen', citatiestijl: null, rules: {}, ignores: [] };
  for (const { base, config } of chain) {
    if (config.preset) out.preset = config.preset;
    if (config.citatiestijl) out.citatiestijl = config.citatiestijl;
    for (const [id, setting] of Object.entries(config.rules)) out.rules[id] = mergeSetting(out.rules[id], setting);
    if (config.ignores.length) out.ignores.push({ base, patterns: config.ignores });
  }
  return out;
}

function mergeSetting(far: RuleSetting | undefined, near: RuleSetting): RuleSetting {
  const severity = near.severity ?? far?.severity;
  const options = near.options ?? far?.options;
  return { ...(severity ? { severity } : {}), ...(options ? { options } : {}) };
}

/**
 * Editor settings under a configuration file: the file wins per rule and for the citation style
 * (ESLint's habit: what the repository says holds for everyone; the editor only fills gaps).
 */
export function overEditorSettings(file: ResolvedConfig, editor: { rules: Record<string, RuleSetting>; citatiestijl: CitatieStijl | null }): ResolvedConfig {
  const rules: Record<string, RuleSetting> = { ...editor.rules };
  for (const [id, setting] of Object.entries(file.rules)) rules[id] = mergeSetting(rules[id], setting);
  return { ...file, rules, citatiestijl: file.citatiestijl ?? editor.citatiestijl };
}

/** The engine's view: rules by id, KB106's option "stijl" from citatiestijl, the preset. */
export function toLintConfig(resolved: ResolvedConfig): LintConfig {
  const rules: Record<string, RuleSetting> = { ...resolved.rules };
  if (resolved.citatiestijl) {
    const kb106 = rules['KB106'] ?? {};
    rules['KB106'] = { ...kb106, options: { stijl: resolved.citatiestijl, ...(kb106.options ?? {}) } };
  }
  return { rules, ...(resolved.preset !== 'aanbevolen' ? { preset: resolved.preset } : {}) };
}
