// A configuration file (.kamerbrief.jsonc, .kamerbrief.json or package.json "kamerbrief") after
// parsing and validation. Plain data: the CLI hands it to worker threads as is.
import type { RuleSetting } from '../config.js';

export type Preset = 'aanbevolen' | 'streng' | 'verzending';
export type CitatieStijl = 'brief' | 'leidraad';

export const PRESETS: readonly Preset[] = ['aanbevolen', 'streng', 'verzending'];
export const STIJLEN: readonly CitatieStijl[] = ['brief', 'leidraad'];
export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;

export interface FileConfig {
  /** Stop looking further up for configuration files. */
  root?: boolean;
  preset?: Preset;
  citatiestijl?: CitatieStijl;
  /** Keyed by rule id (aliases are resolved while parsing). */
  rules: Record<string, RuleSetting>;
  /** Gitignore-style patterns, relative to the folder of the configuration file. */
  ignores: string[];
}

/** A problem in a configuration file, with the position of the offending part. */
export interface ConfigProblem {
  message: string;
  offset: number;
  length: number;
  /** 1-based, columns in UTF-16 code units. */
  line: number;
  column: number;
}

export interface ParsedConfig {
  /** Null when the text holds no configuration (package.json without "kamerbrief"). */
  config: FileConfig | null;
  problems: ConfigProblem[];
}
