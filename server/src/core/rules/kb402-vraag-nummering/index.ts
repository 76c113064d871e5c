// KB402: Vragen are numbered 1, 2, 3 … without gaps or doubles; an Antwoord never names 0 or a
// list without separators ("Antwoord 7, 8, 9 10 en 11", a real slip). The fix renumbers
// single-numbered Vragen (and their Antwoorden with the same old number) in order.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { qaItems } from '../qa-shared.js';

const rule: Rule = {
  meta: {
    id: 'KB402',
    alias: 'vraag-nummering',
    description: 'Vragen zijn genummerd vanaf 1, zonder gaten of dubbele nummers; opsommingen in een Antwoord hebben komma\'s.',
    defaultSeverity: 'error',
    fixable: true,
    tags: ['kamervragen'],
  },
  check({ doc, report }) {
    const items = qaItems(doc);
    const vragen = items.filter((i) => i.kind === 'vraag');
    let expected = 1;
    const renumber = new Map<number, number>();
    const correct = new Set<number>();
    let allSingle = true;
    for (const v of vragen) {
      if (v.numbers.length !== 1 || v.numberStart === null) {
        allSingle = false;
        expected = Math.max(...v.numbers, expected - 1) + 1;
        continue;
      }
      const n = v.numbers[0]!;
      if (n === expected) correct.add(n);
      else {
        if (!renumber.has(n) && !correct.has(n)) renumber.set(n, expected);
        report({
          span: { start: v.start, end: v.end },
          message: unexpected({
            what: 'vraagnummer',
            neuter: true,
            found: q(v.label),
            expected: q(`Vraag ${expected}`),
            explanation: n === 0 ? 'vragen beginnen bij 1' : 'vragen lopen door zonder gaten of dubbele nummers',
          }),
          ...(allSingle ? { fix: { range: [v.numberStart, v.numberEnd!] as [number, number], text: String(expected) } } : {}),
        });
      }
      expected++;
    }
    for (const a of items) {
      if (a.kind !== 'antwoord') continue;
      if (a.missingSeparator) {
        report({
          span: { start: a.start, end: a.end },
          message: unexpected({ what: 'opsomming', found: q(a.label), expected: 'komma\'s tussen de nummers, zoals "Antwoord 7, 8, 9, 10 en 11"' }),
        });
      } else if (a.numbers.includes(0)) {
        report({
          span: { start: a.start, end: a.end },
          message: unexpected({ what: 'antwoordnummer', neuter: true, found: q(a.label), expected: 'een nummer vanaf 1' }),
        });
      } else if (allSingle && a.numbers.length === 1 && a.numberStart !== null && renumber.has(a.numbers[0]!)) {
        const to = renumber.get(a.numbers[0]!)!;
        report({
          span: { start: a.start, end: a.end },
          message: unexpected({ what: 'antwoordnummer', neuter: true, found: q(a.label), expected: q(`Antwoord ${to}`), explanation: 'volgt de nummering van de vragen' }),
          fix: { range: [a.numberStart, a.numberEnd!], text: String(to) },
        });
      }
    }
  },
};
export default rule;
