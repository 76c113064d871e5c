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
import { runSteps, type Steps } from './steps.js';

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
  return runSteps(runRulesSteps(analysis, options));
}

/** runRules() in steps: yields the number of rules done after each rule (see steps.ts). */
export function* runRulesSteps(analysis: DocumentAnalysis, options: LintOptions = {}): Steps<LintMessage[]> {
  let done = 0;
  let messages: LintMessage[] = [];
  const parts = new Map<LintMessage, MergeParts>();
  const ran = new Set<string>();
  let reportUnused: ((r: Report) => void) | null = null;
  let reportStale: ((r: Report) => void) | null = null;
  const dataRules = new Set<string>();
  const strict = options.config?.preset === 'streng';
  for (const rule of options.rules ?? allRules) {
    const { id, alias, defaultSeverity } = rule.meta;
    const setting = ruleSetting(options.config, id, alias);
    const configured = setting.severity;
    if (configured === 'off') continue;
    if (rule.meta.preset && !configured && options.config?.preset !== rule.meta.preset) continue;
    if (!rule.meta.needsData || options.data) ran.add(id);
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
      messages.push(message);
      if (r.merge) parts.set(message, r.merge);
    };
    if (id === UNUSED_SUPPRESSION) reportUnused = report;
    if (id === STALE_DATA) reportStale = report;
    else if (rule.meta.needsData) dataRules.add(id);
    try {
      rule.check({ doc: analysis, options: setting.options ?? {}, data: options.data ?? null, report });
    } catch (err) {
      // A bug in one rule must not take the others (or the editor) down with it.
      messages.push({
        ruleId: 'KB000',
        rule: 'interne-fout',
        severity: 'error',
        certainty: 'definite',
        message: `Onverwachte interne fout in ${id} (${alias}), verwacht een controle zonder fout (${String((err as Error)?.message ?? err).slice(0, 200)})`,
        start: 0,
        end: 0,
      });
    }
    yield ++done;
  }
  const stale = reportStale && staleDataReport(analysis.text, options.data, options.now ?? new Date(), messages, dataRules);
  if (stale) reportStale!(stale);
  // Suppression comments: drop what they cover, then report the ones that covered nothing.
  const applied = applySuppressions(analysis, messages, ran);
  messages = mergeCitationMessages(applied.kept, parts);
  applied.unused.forEach((r) => reportUnused?.(r));
  options.onSuppressions?.(applied.uses);
  return messages.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
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
