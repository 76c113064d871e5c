// KB203: numbered footnotes run 1..n in the order of their first call, without gaps. One
// renumbering plan for the whole document; every label that changes gets its own small fix, so
// applying them together renumbers consistently. Named labels ([^bron]) are left alone.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { allCalls, isNumeric, norm } from '../footnote-shared.js';

const rule: Rule = {
  meta: {
    id: 'KB203',
    alias: 'voetnoot-volgorde',
    description: 'Genummerde voetnoten lopen van 1 tot n in de volgorde waarin ze voor het eerst worden aangeroepen, zonder gaten.',
    defaultSeverity: 'error',
    fixable: true,
    tags: ['voetnoten'],
  },
  check({ doc, report }) {
    const plan = new Map<string, number>();
    for (const call of allCalls(doc)) {
      if (call.unit.footnote !== null) continue; // a call inside a footnote does not set the order
      const key = norm(call.label);
      if (isNumeric(call.label) && !plan.has(key)) plan.set(key, plan.size + 1);
    }
    // Numbered definitions nobody calls follow after the called ones (KB202 reports them).
    for (const def of doc.definitions) {
      const key = norm(def.label);
      if (isNumeric(def.label) && !plan.has(key)) plan.set(key, plan.size + 1);
    }
    if ([...plan].every(([label, n]) => Number(label) === n && label === String(n))) return;
    const wrong = (label: string): number | null => {
      const n = plan.get(norm(label));
      return n !== undefined && label !== String(n) ? n : null;
    };
    const emit = (label: string, start: number, end: number, defLabel: boolean): void => {
      const n = wrong(label);
      if (n === null) return;
      report({
        span: { start, end },
        message: unexpected({
          what: defLabel ? 'voetnootnummer in de voetnoottekst' : 'voetnootnummer',
          neuter: true,
          found: q(`[^${label}]`),
          expected: q(`[^${n}]`),
          explanation: 'voetnoten lopen van 1 tot n in volgorde van eerste verwijzing',
        }),
        fix: { range: [start, end], text: `[^${n}]` },
      });
    };
    for (const call of allCalls(doc)) emit(call.label, call.start, call.end, false);
    for (const def of doc.definitions) emit(def.label, def.labelStart, def.labelEnd, true);
  },
};
export default rule;
