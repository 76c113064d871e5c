// KB204: one label, one footnote text. GFM silently keeps the first; the second is lost.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { norm } from '../footnote-shared.js';

const rule: Rule = {
  meta: {
    id: 'KB204',
    alias: 'voetnoot-dubbel',
    description: 'Een voetnootlabel wordt maar één keer gedefinieerd.',
    defaultSeverity: 'error',
    fixable: false,
    tags: ['voetnoten'],
  },
  check({ doc, report }) {
    const first = new Map<string, (typeof doc.definitions)[number]>();
    for (const def of doc.definitions) {
      const earlier = first.get(norm(def.label));
      if (!earlier) {
        first.set(norm(def.label), def);
        continue;
      }
      report({
        span: { start: def.labelStart, end: def.labelEnd },
        message: unexpected({
          what: 'tweede voetnoottekst',
          found: q(`[^${def.label}]`),
          expected: 'één tekst per voetnoot',
          explanation: 'alleen de eerste tekst verschijnt in de brief',
        }),
        related: [{ span: { start: earlier.labelStart, end: earlier.labelEnd }, message: 'eerste voetnoottekst met dit label' }],
      });
    }
  },
};
export default rule;
