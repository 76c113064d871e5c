// GitLab Code Quality report (the artifact of `artifacts: reports: codequality`).
import type { FileResult } from '../output.js';
import { fingerprints } from './fingerprint.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

export function formatCodeQuality(results: FileResult[]): string {
  const issues = results.flatMap((r) => {
    const prints = fingerprints(r.file, r.messages);
    return r.messages.map((m, i) => ({
      type: 'issue',
      check_name: `${m.ruleId} ${m.rule}`,
      description: m.message,
      categories: ['Style'],
      severity: SEVERITY[m.severity],
      fingerprint: prints[i],
      location: { path: r.file, lines: { begin: m.line, end: m.endLine } },
    }));
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
