// What a rule is: metadata plus a check over the analysed document. Rules only report; severity,
// configuration and fixing live in the engine (lint.ts, fix.ts).
import type { Snapshot } from './data-port.js';
import type { DocumentAnalysis } from './model.js';
import type { Report, Severity } from './types.js';

export interface RuleMeta {
  /** Stable id, e.g. "KB101". */
  id: string;
  /** Stable Dutch kebab-case alias, e.g. "kamerstuk-notatie". */
  alias: string;
  /** One Dutch sentence: what the rule checks. */
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Reads the parliamentary snapshot; without one it reports nothing. */
  needsData?: boolean;
  /** Runs only in this preset (or when the configuration sets the rule's severity): off by default. */
  preset?: 'verzending';
  tags: string[];
}

export interface RuleContext {
  readonly doc: DocumentAnalysis;
  /** Rule options from the configuration (empty object when none). */
  readonly options: Readonly<Record<string, unknown>>;
  /** The parliamentary snapshot, or null when there is none (data rules then stay silent). */
  readonly data: Snapshot | null;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
