// The library's public types (import { lint, citations, fix } from 'kamerbrief'). Self-contained on
// purpose: the published declarations are this file and index.d.ts only, so nothing here may import
// engine modules. index.ts assigns the engine's output to these types, so tsc keeps them in step.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A rule's setting: a severity, or a severity with the rule's options. */
export type RuleSetting = SeveritySetting | { severity?: SeveritySetting; options?: Record<string, unknown> };

/** What a `.kamerbrief.jsonc` holds (keys that only make sense for files, such as "ignores", are accepted and have no effect). */
export interface KamerbriefConfig {
  /** "streng": a warning becomes an error unless the rule's severity is set explicitly. */
  extends?: 'aanbevolen' | 'streng' | 'verzending';
  preset?: 'aanbevolen' | 'streng' | 'verzending';
  /** Citation style for Kamerstukken (rule KB106). */
  citatiestijl?: 'brief' | 'leidraad';
  /** Keyed by rule id ("KB101") or alias ("kamerstuk-notatie"). */
  rules?: Record<string, RuleSetting>;
  $schema?: string;
  root?: boolean;
  ignores?: string[];
}

export interface KamerbriefOptions {
  /** A configuration object, or the text of a `.kamerbrief.jsonc` (comments allowed). */
  config?: KamerbriefConfig | string;
  /**
   * Folder of the parliamentary snapshot (`kamerbrief sync --data <dir>`) for the data rules
   * (KB121, KB302–KB306) and `resolved` in citations. Without it, no data is read.
   */
  data?: string;
}

/** A text edit: replace the text between the offsets (UTF-16, BOM not counted) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** One problem, as in `kamerbrief lint --format json`: 1-based lines and columns in UTF-16 units. */
export interface Message {
  ruleId: string;
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Dutch text. */
  message: string;
  /** "unverified": the check needed data it did not have. */
  certainty: 'definite' | 'unverified';
  /** Present only where the rule can fix. */
  fix?: Fix;
}

export type CitationKind =
  | 'kamerstuk'
  | 'kamerstukken'
  | 'kamerstukken-leidraad'
  | 'handelingen'
  | 'aanhangsel'
  | 'kamervragen-nummer'
  | 'document-nummer'
  | 'staatsblad'
  | 'staatscourant'
  | 'tractatenblad';

/** What the snapshot knows of one cited document. */
export interface ResolvedCitation {
  key: string;
  soort: string;
  titel: string | null;
  onderwerp: string | null;
  datum: string | null;
  indieners: string[];
  uitkomst: string | null;
  vervangenDoor: string[];
}

/** One citation, as in `kamerbrief citations --format json`. */
export interface Citation {
  kind: CitationKind;
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  valid: boolean;
  canonical: string | null;
  dossier: number[];
  toevoeging: string | null;
  nrs: string[];
  url: string | null;
  /** Null without data; else one entry per nr, null when the snapshot does not know it. */
  resolved: (ResolvedCitation | null)[] | null;
}
