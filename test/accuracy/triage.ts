// The hand-made verdicts on every message the linter gives on the real-text corpus
// (test/corpus/real/TRIAGE.tsv): one row per message, keyed by file, line, column and rule, with
// the verdict and why. Rows marked "missed" are real slips the linter does not report (recall).
import fs from 'node:fs';

export type Verdict = 'real' | 'false' | 'debatable' | 'missed';
export const VERDICTS: readonly Verdict[] = ['real', 'false', 'debatable', 'missed'];
export const COLUMNS = ['file', 'line', 'column', 'rule', 'severity', 'verdict', 'reason', 'message'] as const;

export interface TriageRow {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  verdict: Verdict;
  reason: string;
  message: string;
}

export const keyOf = (r: { file: string; line: number; column: number; rule: string }): string => `${r.file}:${r.line}:${r.column}:${r.rule}`;

export function readTriage(file: string): TriageRow[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines.shift()?.split('\t') ?? [];
  if (header.join('\t') !== COLUMNS.join('\t')) throw new Error(`${file}: kolommen ${COLUMNS.join(', ')} verwacht`);
  return lines.map((l, i) => {
    const c = l.split('\t');
    const verdict = c[5] as Verdict;
    if (c.length !== COLUMNS.length || !VERDICTS.includes(verdict)) throw new Error(`${file}: regel ${i + 2} is onleesbaar: ${l.slice(0, 80)}`);
    return { file: c[0]!, line: Number(c[1]), column: Number(c[2]), rule: c[3]!, severity: c[4]!, verdict, reason: c[6]!, message: c[7]! };
  });
}

export function writeTriage(file: string, rows: TriageRow[]): void {
  const clean = (s: string): string => s.replace(/[\t\n]+/g, ' ');
  const body = rows
    .slice()
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule))
    .map((r) => [r.file, r.line, r.column, r.rule, r.severity, r.verdict, clean(r.reason), clean(r.message)].join('\t'));
  fs.writeFileSync(file, [COLUMNS.join('\t'), ...body].join('\n') + '\n');
}
