// GitHub Actions workflow commands: one annotation per problem, shown on the pull request's
// diff. Escaping as documented: "%", CR and LF in the message; also ":" and "," in properties.
import type { FileResult } from '../output.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: FileResult[]): string {
  const lines = results.flatMap((r) =>
    r.messages.map(
      (m) =>
        `::${COMMAND[m.severity]} file=${escapeProperty(r.file)},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(`${m.ruleId} ${m.rule}`)}::${escapeData(m.message)}`,
    ),
  );
  return lines.length ? lines.join('\n') + '\n' : '';
}
