// KB121: a well-formed Kamerstuk citation that the parliamentary snapshot does not know. Often a
// typo in the number, sometimes a document newer than the snapshot: so it is an info, marked
// unverified, and only inside what the snapshot covers (its dossiers, Tweede Kamer, from 2008).
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import type { Citation } from '../../types.js';
import { dossierKey } from '../motie/sources.js';

const KINDS = new Set(['kamerstuk', 'kamerstukken', 'kamerstukken-leidraad']);
/** Parlis data starts on 1 September 2008 (opendata.md §2). */
const FIRST_YEAR = 2008;

function keysOf(c: Citation): string[] {
  if (!KINDS.has(c.kind) || !c.valid || c.dossier.length !== 1 || c.chamber === 'I') return [];
  if (c.vergaderjaar && Number(c.vergaderjaar.slice(0, 4)) < FIRST_YEAR) return [];
  return c.nrs.filter((nr) => /^\d+$/.test(nr)).map((nr) => dossierKey(String(c.dossier[0]), c.toevoeging, nr));
}

const rule: Rule = {
  meta: {
    id: 'KB121',
    alias: 'citatie-onbekend',
    description: 'Een goed geschreven Kamerstukcitatie die niet in de gegevens van de Kamer staat: vaak een tikfout in het nummer, soms een stuk dat nieuwer is dan de gegevens.',
    defaultSeverity: 'info',
    fixable: false,
    needsData: true,
    tags: ['citaties', 'gegevens'],
  },
  check({ doc, data, report }) {
    if (!data) return;
    const scope = data.meta.scope ? new Set(data.meta.scope.dossiers) : null;
    const age = data.meta.createdAt.slice(0, 10);
    for (const { citation } of doc.citations) {
      for (const key of keysOf(citation)) {
        const dossier = key.slice(0, key.lastIndexOf(':'));
        if (scope && !scope.has(dossier) && !scope.has(dossier.split('-')[0]!)) continue;
        if (data.document(key)) continue;
        // A damaged part of the snapshot is not "not in the data": the shell says it is damaged.
        if (data.unreadable?.(key)) continue;
        const known = data.dossier(dossier) !== undefined;
        // A citation of several numbers: say which one the data lacks.
        const which = citation.nrs.length > 1 ? `nr. ${key.slice(key.lastIndexOf(':') + 1)} ` : '';
        report({
          span: { start: citation.start, end: citation.end },
          certainty: 'unverified',
          message: unexpected({
            what: 'Kamerstuk',
            neuter: true,
            found: q(citation.text),
            expected: 'een Kamerstuk dat in de gegevens van de Kamer staat',
            explanation: `${which}niet in de gegevens van ${age}${known ? ', het dossier wel' : ''}; controleer het nummer of werk de gegevens bij`,
          }),
        });
      }
    }
  },
};
export default rule;
