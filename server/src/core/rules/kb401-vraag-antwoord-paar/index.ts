// KB401: every Vraag has an Antwoord that covers it, after it and in order; no Antwoord without
// its Vraag. Combined answers ("Antwoord 2 en 3", "Antwoord 2 t/m 6") cover several questions.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { qaItems, type QaItem } from '../qa-shared.js';

const rule: Rule = {
  meta: {
    id: 'KB401',
    alias: 'vraag-antwoord-paar',
    description: 'Elke Vraag heeft een Antwoord dat erop volgt en haar nummer noemt; er is geen Antwoord zonder Vraag.',
    defaultSeverity: 'error',
    fixable: false,
    tags: ['kamervragen'],
  },
  check({ doc, report }) {
    const items = qaItems(doc);
    const asked = new Map<number, QaItem>();
    const answered = new Set<number>();
    for (const it of items) {
      if (it.kind === 'vraag') {
        for (const n of it.numbers) if (!asked.has(n)) asked.set(n, it);
        continue;
      }
      const orphans = it.numbers.filter((n) => !asked.has(n));
      if (orphans.length > 0) {
        report({
          span: { start: it.start, end: it.end },
          message: unexpected({
            what: 'antwoord',
            neuter: true,
            found: q(it.label),
            expected: `eerst ${orphans.length === 1 ? `Vraag ${orphans[0]}` : `de vragen ${orphans.join(', ')}`}`,
            explanation: 'er gaat geen vraag met dit nummer aan vooraf',
          }),
        });
      }
      // Answers follow the questions in order: an earlier question left open before this one is skipped.
      const lowest = Math.min(...it.numbers);
      for (const [n, vraag] of asked) {
        if (n < lowest && !answered.has(n)) {
          report({
            span: { start: vraag.start, end: vraag.end },
            message: unexpected({
              what: 'vraag zonder antwoord',
              found: q(vraag.label),
              expected: `"Antwoord ${n}" vóór ${q(it.label)}`,
              explanation: 'antwoorden volgen de vragen in volgorde',
            }),
          });
          answered.add(n); // report once
        }
      }
      it.numbers.forEach((n) => answered.add(n));
    }
    for (const [n, vraag] of asked) {
      if (answered.has(n)) continue;
      report({
        span: { start: vraag.start, end: vraag.end },
        message: unexpected({ what: 'vraag zonder antwoord', found: q(vraag.label), expected: `een "Antwoord ${n}" erna` }),
      });
    }
  },
};
export default rule;
