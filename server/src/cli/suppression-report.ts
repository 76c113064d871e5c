// `kamerbrief lint --report-suppressions`: every suppression comment with its place, rules,
// reason and whether it suppressed anything — for reviewers who want to see what was waved through.
import type { WorkResult } from './work.js';

export interface SuppressionRow {
  file: string;
  line: number;
  column: number;
  kind: string;
  /** Rule ids, or null: all rules. */
  rules: string[] | null;
  reason: string | null;
  used: boolean;
  suppressed: number;
}

export function suppressionRows(results: { file: string; result: WorkResult }[]): SuppressionRow[] {
  return results.flatMap(({ file, result }) =>
    (result.suppressions ?? []).map(({ line, column, use }) => ({
      file,
      line,
      column,
      kind: use.kind,
      rules: use.ids,
      reason: use.reason,
      used: use.suppressed > 0,
      suppressed: use.suppressed,
    })),
  );
}

export function formatSuppressions(rows: SuppressionRow[], json: boolean): string {
  if (json) return JSON.stringify(rows) + '\n';
  if (rows.length === 0) return 'Geen onderdrukkingen gevonden.\n';
  const lines = rows.map((r) => {
    const rules = r.rules ? r.rules.join(', ') || '(geen bestaande regel)' : 'alle regels';
    const used = r.used ? `gebruikt (${r.suppressed})` : 'ongebruikt';
    return `${r.file}:${r.line}:${r.column}  kamerbrief-${r.kind}  ${rules}  ${used}  reden: ${r.reason ?? '(geen)'}`;
  });
  const unused = rows.filter((r) => !r.used).length;
  const noReason = rows.filter((r) => r.reason === null).length;
  return `${lines.join('\n')}\n\n${rows.length} onderdrukking${rows.length === 1 ? '' : 'en'}, ${unused} ongebruikt, ${noReason} zonder reden\n`;
}
