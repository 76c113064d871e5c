// KB122: data-backed messages from a snapshot older than 30 days may be out of date (a motie voted
// on since, a toezegging fulfilled). The engine asks this module after all rules ran (lint.ts):
// only then is it known whether the document has data-backed messages. One info per document.
import { ageInDays, dutchDate, isStale, STALE_DAYS } from '../../features/data-age.js';
import type { Snapshot } from '../../data-port.js';
import { unexpected, q } from '../../message.js';
import type { Rule } from '../../rule.js';
import type { LintMessage, Report } from '../../types.js';

export const STALE_DATA = 'KB122';

/** The one report for a document, or null (fresh data, no data, or no data-backed message). */
export function staleDataReport(text: string, data: Snapshot | null | undefined, now: Date, messages: readonly LintMessage[], dataRules: ReadonlySet<string>): Report | null {
  if (!data || !isStale(data.meta, now)) return null;
  if (!messages.some((m) => dataRules.has(m.ruleId))) return null;
  const firstLine = text.indexOf('\n');
  return {
    span: { start: 0, end: firstLine < 0 ? text.length : firstLine },
    message: unexpected({
      what: 'ouderdom van de gegevens',
      neuter: false,
      found: q(`${ageInDays(data.meta, now)} dagen`),
      expected: `gegevens van hooguit ${STALE_DAYS} dagen oud`,
      explanation: `gegevens van ${dutchDate(data.meta.createdAt)}; voer kamerbrief sync uit, meldingen op grond van de gegevens kunnen verouderd zijn`,
    }),
  };
}

const rule: Rule = {
  meta: {
    id: STALE_DATA,
    alias: 'gegevens-verouderd',
    description: 'De gegevens van de Kamer waarop meldingen in dit document steunen, zijn niet ouder dan 30 dagen.',
    defaultSeverity: 'info',
    fixable: false,
    needsData: true,
    tags: ['gegevens'],
  },
  check() {
    // Reported by the engine after all rules ran (staleDataReport).
  },
};
export default rule;
