// The engine's entry point: analyse a text once, run every enabled rule over the analysis, and
// turn reports into messages with their configured severity.
import { analyze, type BlockCache } from './analyze.js';
import { ruleSetting, type LintConfig } from './config.js';
import { applyFixes } from './fix.js';
import type { DocumentAnalysis } from './model.js';
import type { Snapshot } from './data-port.js';
import type { Rule } from './rule.js';
import { allRules } from './rules/index.js';
import { UNUSED_SUPPRESSION } from './rules/kb012-onderdrukking-ongebruikt/index.js';
import { STALE_DATA, staleDataReport } from './rules/kb122-gegevens-verouderd/index.js';
import { mergeCitationMessages } from './merge.js';
import { applySuppressions, type SuppressionUse } from './suppressions.js';
import type { LintMessage, MergeParts, Report } from './types.js';
import type { Steps } from './steps.js';

export interface LintOptions {
  config?: LintConfig;
  cache?: BlockCache;
  rules?: readonly Rule[];
  /** Parliamentary snapshot for the data rules (KB121, KB302–KB306). */
  data?: Snapshot | null;
  /** The moment the data's age is measured against (KB122); default: now. */
  now?: Date;
  /** Receives the document's suppression comments and how many messages each suppressed. */
  onSuppressions?: (uses: SuppressionUse[]) => void;
}

export interface LintResult {
  messages: LintMessage[];
  analysis: DocumentAnalysis;
}

/** Strips a leading byte order mark: editors do, so positions must not count it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function lintText(text: string, options: LintOptions = {}): LintResult {
  const analysis = analyze(text, options.cache ? { cache: options.cache } : {});
  return { messages: runRules(analysis, options), analysis };
}

export function runRules(analysis: DocumentAnalysis, options: LintOptions = {}): LintMessage[] {
  // Synchronous callers (the CLI) skip the generator: resuming it once per rule, for every
  // draft, cost more than some of the rules themselves.
  const run = new RuleRun(analysis, options);
  for (const rule of run.rules) run.check(rule);
  return run.finish();
}

/** runRules() in steps: yields the number of rules done after each rule (see steps.ts). */
export function* runRulesSteps(analysis: DocumentAnalysis, options: LintOptions = {}): Steps<LintMessage[]> {
  const run = new RuleRun(analysis, options);
  let done = 0;
  for (const rule of run.rules) {
    run.check(rule);
    yield ++done;
  }
  return run.finish();
}

/** One lint of one analysis: the rules one by one, then suppressions and merging. */
class RuleRun {
  readonly rules: readonly Rule[];
  private messages: LintMessage[] = [];
  private readonly parts = new Map<LintMessage, MergeParts>();
  private readonly ran = new Set<string>();
  private reportUnused: ((r: Report) => void) | null = null;
  private reportStale: ((r: Report) => void) | null = null;
  private readonly dataRules = new Set<string>();
  private readonly strict: boolean;

  constructor(
    private readonly analysis: DocumentAnalysis,
    private readonly options: LintOptions,
  ) {
    this.rules = options.rules ?? allRules;
    this.strict = options.config?.preset === 'streng';
  }

  check(rule: Rule): void {
    const { options, parts } = this;
    const { id, alias, defaultSeverity } = rule.meta;
    const setting = ruleSetting(options.config, id, alias);
    const configured = setting.severity;
    if (configured === 'off') return;
    if (rule.meta.preset && !configured && options.config?.preset !== rule.meta.preset) return;
    if (!rule.meta.needsData || options.data) this.ran.add(id);
    const strict = this.strict;
    const report = (r: Report): void => {
      const severity = configured ?? r.severity ?? defaultSeverity;
      const message: LintMessage = {
        ruleId: id,
        rule: alias,
        // "streng": warnings become errors, unless the configuration names this rule's severity.
        severity: strict && !configured && severity === 'warning' ? 'error' : severity,
        certainty: r.certainty ?? 'definite',
        message: r.message,
        start: r.span.start,
        end: r.span.end,
        ...(r.fix ? { fix: r.fix } : {}),
        ...(r.related ? { related: r.related.map((x) => ({ start: x.span.start, end: x.span.end, message: x.message })) } : {}),
      };
      // this.messages, not a copy: finish() replaces the list before it reports unused suppressions.
      this.messages.push(message);
      if (r.merge) parts.set(message, r.merge);
    };
    if (id === UNUSED_SUPPRESSION) this.reportUnused = report;
    if (id === STALE_DATA) this.reportStale = report;
    else if (rule.meta.needsData) this.dataRules.add(id);
    try {
      rule.check({ doc: this.analysis, options: setting.options ?? {}, data: options.data ?? null, report });
    } catch (err) {
      // A bug in one rule must not take the others (or the editor) down with it.
      this.messages.push({
        ruleId: 'KB000',
        rule: 'interne-fout',
        severity: 'error',
        certainty: 'definite',
        message: `Onverwachte interne fout in ${id} (${alias}), verwacht een controle zonder fout (${String((err as Error)?.message ?? err).slice(0, 200)})`,
        start: 0,
        end: 0,
      });
    }
  }

  finish(): LintMessage[] {
    const { analysis, options } = this;
    const stale = this.reportStale && staleDataReport(analysis.text, options.data, options.now ?? new Date(), this.messages, this.dataRules);
    if (stale) this.reportStale!(stale);
    // Suppression comments: drop what they cover, then report the ones that covered nothing.
    const applied = applySuppressions(analysis, this.messages, this.ran);
    this.messages = mergeCitationMessages(applied.kept, this.parts);
    applied.unused.forEach((r) => this.reportUnused?.(r));
    options.onSuppressions?.(applied.uses);
    return this.messages.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  }
}

/** Applies all fixes until the text is stable (at most 10 passes). */
export function fixText(text: string, options: LintOptions = {}): { text: string; passes: number; result: LintResult } {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const result = lintText(current, options);
    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) return { text: current, passes: pass, result };
    const next = applyFixes(current, fixes);
    if (next.applied === 0 || next.text === current) return { text: current, passes: pass, result };
    current = next.text;
  }
  return { text: current, passes: 10, result: lintText(current, options) };
}
