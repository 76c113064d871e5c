// KB401: numbering is coverage — every number asked is answered exactly once, by an Antwoord after
// its Vraag; no Antwoord without its Vraag, none twice. Combined blocks ("Vraag 1 en 4",
// "Antwoord 2 t/m 6") cover several numbers; a bare "Antwoord" answers the Vraag blocks it follows
// (those since the previous Antwoord).
// Question-only documents (an uitstelbericht, a list of questions) are not paired.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { questionsOnly } from '../doc-kind.js';
import { qaItems, type QaItem } from '../qa-shared.js';

function listed(numbers: number[]): string {
  return numbers.length === 1 ? `vraag ${numbers[0]}` : `de vragen ${numbers.slice(0, -1).join(', ')} en ${numbers[numbers.length - 1]}`;
}

const rule: Rule = {
  meta: {
    id: 'KB401',
    alias: 'vraag-antwoord-paar',
    description: 'Elke Vraag krijgt precies één Antwoord dat erop volgt en haar nummer dekt; er is geen Antwoord zonder Vraag.',
    defaultSeverity: 'error',
    fixable: false,
    tags: ['kamervragen'],
  },
  check({ doc, report }) {
    const items = qaItems(doc);
    /** An Antwoord without its Vraag, before it, or one too many. */
    const wrongAntwoord = (it: QaItem, expected: string, explanation: string): void =>
      report({ span: { start: it.start, end: it.end }, message: unexpected({ what: 'antwoord', neuter: true, found: q(it.label), expected, explanation }) });
    const antwoorden = items.filter((i) => i.kind === 'antwoord');
    if (antwoorden.length === 0 && questionsOnly(doc)) return;
    if (!items.some((i) => i.kind === 'vraag')) return; // an "Antwoord" heading alone is no Q&A document
    const askedAnywhere = new Map<number, number>();
    for (const it of items) if (it.kind === 'vraag') for (const n of it.numbers) askedAnywhere.set(n, (askedAnywhere.get(n) ?? 0) + 1);
    const asked = new Set<number>();
    const answered = new Map<number, QaItem>();
    const answeredBlocks = new Set<QaItem>();
    // The Vraag items since the last Antwoord: a bare "Antwoord" answers them all (a combined answer).
    let group: QaItem[] = [];
    let last: QaItem | null = null;
    for (const it of items) {
      if (it.kind === 'vraag') {
        it.numbers.forEach((n) => asked.add(n));
        if (last === null || answeredBlocks.has(last)) group = [];
        group.push(it);
        last = it;
        continue;
      }
      let numbers = it.numbers;
      if (it.shape === 'bare') {
        if (last === null || answeredBlocks.has(last)) {
          wrongAntwoord(it, last === null ? 'eerst een Vraag' : 'één antwoord per vraag', last === null ? 'er gaat geen vraag aan vooraf' : `${q(last.label)} is al beantwoord`);
          continue;
        }
        numbers = [...new Set(group.flatMap((v) => v.numbers))];
        group.forEach((v) => answeredBlocks.add(v));
      } else if (last !== null && numbers.some((n) => last!.numbers.includes(n))) {
        answeredBlocks.add(last);
      }
      const orphans = numbers.filter((n) => !asked.has(n));
      if (orphans.length > 0) {
        const later = orphans.every((n) => askedAnywhere.has(n));
        wrongAntwoord(it, `eerst ${listed(orphans).replace(/^vraag/, 'Vraag')}`, later ? 'de vraag staat pas verderop' : 'er is geen vraag met dit nummer');
      }
      // Answered twice — unless the number was asked twice (KB402 reports that double).
      const twice = numbers.filter((n) => answered.has(n) && asked.has(n) && askedAnywhere.get(n) === 1);
      if (twice.length > 0) {
        wrongAntwoord(it, 'één antwoord per vraag', `${listed(twice)} ${twice.length === 1 ? 'is' : 'zijn'} al beantwoord bij ${q(answered.get(twice[0]!)!.label)}`);
      }
      for (const n of numbers) if (!answered.has(n)) answered.set(n, it);
    }
    for (const it of items) {
      if (it.kind !== 'vraag') continue;
      const open = it.numbers.length === 0 ? (answeredBlocks.has(it) ? [] : [0]) : it.numbers.filter((n) => !answered.has(n));
      if (open.length === 0) continue;
      // A number asked twice: the first block owns it; KB402 reports the double.
      if (it.numbers.length > 0 && open.every((n) => (askedAnywhere.get(n) ?? 0) > 1)) continue;
      report({
        span: { start: it.start, end: it.end },
        message: unexpected({
          what: 'vraag zonder antwoord',
          found: q(it.label),
          expected: it.numbers.length === 0 ? 'een Antwoord erna' : `een Antwoord dat ${listed(open)} dekt`,
        }),
      });
    }
  },
};
export default rule;
