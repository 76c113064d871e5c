// Lints the real-text corpus and sets every message against its verdict: precision per rule and
// per severity (real slips / all messages judged), recall of the listed slips, and what changed
// since the verdicts were written (untriaged messages, false alarms back, real slips gone).
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/core/lint.js';
import type { Severity } from '../../server/src/core/types.js';
import { keyOf, readTriage, type TriageRow, type Verdict } from './triage.js';

export const CORPUS_REAL = path.join(process.cwd(), 'test', 'corpus', 'real');
export const TRIAGE_FILE = path.join(CORPUS_REAL, 'TRIAGE.tsv');
/**
 * Texts collected after the rules were tuned on test/corpus/real and judged before any change for
 * them (see its SOURCES.md): measured and held to their verdicts the same way.
 */
export const CORPUS_HOLDOUT = path.join(process.cwd(), 'test', 'corpus', 'holdout');
export const CORPORA = [CORPUS_REAL, CORPUS_HOLDOUT];
export const triageFileOf = (corpus: string): string => path.join(corpus, 'TRIAGE.tsv');
/** PRODUCT.md §8: an error is a real slip ≥ 98 % of the time, a warning ≥ 90 %, an info ≥ 80 %. */
export const TARGETS: Record<Severity, number> = { error: 0.98, warning: 0.9, info: 0.8 };

export interface Found {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: Severity;
  message: string;
}

export interface Tally {
  real: number;
  false: number;
  debatable: number;
}

export interface Measurement {
  files: number;
  found: Found[];
  bySeverity: Record<Severity, Tally>;
  byRule: Map<string, Tally>;
  /** Real slips caught / (caught + listed as missed). */
  recall: { caught: number; missed: number };
  untriaged: Found[];
  /** Messages judged false or debatable, still given (allowed only as the verdict says). */
  falseBack: Found[];
  /** Messages judged real that the linter no longer gives. */
  realGone: TriageRow[];
}

export function draftFiles(corpus = CORPUS_REAL): string[] {
  return fs
    .readdirSync(corpus)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
    .sort();
}

export function lintCorpus(corpus = CORPUS_REAL): Found[] {
  const out: Found[] = [];
  for (const file of draftFiles(corpus)) {
    const { messages, analysis } = lintText(fs.readFileSync(path.join(corpus, file), 'utf8'));
    for (const m of messages) {
      const pos = analysis.lines.positionAt(m.start);
      out.push({ file, line: pos.line + 1, column: pos.character + 1, rule: m.ruleId, severity: m.severity, message: m.message });
    }
  }
  return out;
}

const empty = (): Tally => ({ real: 0, false: 0, debatable: 0 });

export function measure(found = lintCorpus(), rows = readTriage(TRIAGE_FILE), corpus = CORPUS_REAL): Measurement {
  const verdicts = new Map(rows.filter((r) => r.verdict !== 'missed').map((r) => [keyOf(r), r]));
  const bySeverity: Record<Severity, Tally> = { error: empty(), warning: empty(), info: empty() };
  const byRule = new Map<string, Tally>();
  const untriaged: Found[] = [];
  const falseBack: Found[] = [];
  const given = new Set<string>();
  for (const f of found) {
    const key = keyOf(f);
    given.add(key);
    const row = verdicts.get(key);
    if (!row) {
      untriaged.push(f);
      continue;
    }
    const v = row.verdict as Exclude<Verdict, 'missed'>;
    bySeverity[f.severity][v]++;
    const t = byRule.get(f.rule) ?? empty();
    t[v]++;
    byRule.set(f.rule, t);
    if (v === 'false') falseBack.push(f);
  }
  const realGone = rows.filter((r) => r.verdict === 'real' && !given.has(keyOf(r)));
  const caught = rows.filter((r) => r.verdict === 'real' && given.has(keyOf(r))).length;
  const missed = rows.filter((r) => r.verdict === 'missed').length;
  return { files: draftFiles(corpus).length, found, bySeverity, byRule, recall: { caught, missed }, untriaged, falseBack, realGone };
}

export function precision(t: Tally): number | null {
  const n = t.real + t.false + t.debatable;
  return n === 0 ? null : t.real / n;
}

const pct = (x: number | null): string => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);

/** Tallies per severity of several corpora together: the targets hold for the whole yardstick. */
export function combined(results: Measurement[]): Record<Severity, Tally> {
  const out: Record<Severity, Tally> = { error: empty(), warning: empty(), info: empty() };
  for (const r of results) {
    for (const s of ['error', 'warning', 'info'] as const) for (const v of ['real', 'false', 'debatable'] as const) out[s][v] += r.bySeverity[s][v];
  }
  return out;
}

/** The measurement of one corpus folder against its own TRIAGE.tsv. */
export function measureCorpus(corpus: string): Measurement {
  return measure(lintCorpus(corpus), readTriage(triageFileOf(corpus)), corpus);
}

export function report(m: Measurement, title = 'Echte teksten'): string {
  const out: string[] = [];
  out.push(`${title}: ${m.files} concepten, ${m.found.length} meldingen`, '');
  out.push('ernst         echt  vals  twijfel  precisie   doel');
  for (const s of ['error', 'warning', 'info'] as const) {
    const t = m.bySeverity[s];
    out.push(`${s.padEnd(12)} ${String(t.real).padStart(5)} ${String(t.false).padStart(5)} ${String(t.debatable).padStart(8)}  ${pct(precision(t)).padStart(8)}  ≥ ${TARGETS[s] * 100} %`);
  }
  out.push('', 'regel         echt  vals  twijfel  precisie');
  for (const [rule, t] of [...m.byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push(`${rule.padEnd(12)} ${String(t.real).padStart(5)} ${String(t.false).padStart(5)} ${String(t.debatable).padStart(8)}  ${pct(precision(t)).padStart(8)}`);
  }
  const { caught, missed } = m.recall;
  out.push('', `Herkende slips (recall): ${caught} van ${caught + missed} = ${pct(caught + missed === 0 ? null : caught / (caught + missed))}`);
  if (m.untriaged.length > 0) out.push('', `Niet beoordeeld (${m.untriaged.length}):`, ...m.untriaged.map((f) => `  ${f.file}:${f.line}:${f.column} ${f.rule} ${f.severity} ${f.message}`));
  if (m.falseBack.length > 0) out.push('', `Als vals beoordeeld en toch gemeld (${m.falseBack.length}):`, ...m.falseBack.map((f) => `  ${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`));
  if (m.realGone.length > 0) out.push('', `Echte slips die niet meer gemeld worden (${m.realGone.length}):`, ...m.realGone.map((r) => `  ${r.file}:${r.line}:${r.column} ${r.rule} ${r.message}`));
  return out.join('\n');
}
