// KB402: the Vraag blocks number the questions 1, 2, 3 … — each number asked once, none skipped;
// a combined block ("Vraag 1 en 4") stands where its lowest number would. One message per slip
// (a gap, a double, a block out of place), not one for every block after it. Lists of numbers
// have separators ("Antwoord 7, 8, 9 10 en 11" is a real slip), in Vraag and Antwoord labels alike.
import { q, unexpected } from '../../message.js';
import type { Rule, RuleContext } from '../../rule.js';
import type { DocumentAnalysis } from '../../model.js';
import type { Fix } from '../../types.js';
import { qaItems, type QaItem } from '../qa-shared.js';

/**
 * When every Vraag and every labelled Antwoord names one number, the fix numbers the Vragen 1..n in
 * order and each Antwoord as the Vraag it follows: one edit over the stretch that changes.
 */
function renumbering(doc: DocumentAnalysis, items: QaItem[]): Fix | undefined {
  const edits: { start: number; end: number; text: string }[] = [];
  let index = 0;
  let current: { from: number; to: number } | null = null;
  for (const it of items) {
    if (it.kind === 'vraag') {
      if (it.numbers.length !== 1 || it.numberStart === null) return undefined;
      index++;
      current = { from: it.numbers[0]!, to: index };
      if (current.from !== index) edits.push({ start: it.numberStart, end: it.numberEnd!, text: String(index) });
    } else if (it.shape === 'label') {
      if (it.numbers.length !== 1 || it.numberStart === null) return undefined;
      if (current && it.numbers[0] === current.from && current.from !== current.to) edits.push({ start: it.numberStart, end: it.numberEnd!, text: String(current.to) });
    }
  }
  if (edits.length === 0) return undefined;
  const start = edits[0]!.start;
  const end = edits[edits.length - 1]!.end;
  let text = '';
  let at = start;
  for (const e of edits) {
    text += doc.text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { range: [start, end], text };
}

/** The label with a comma where two numbers touch, and "en" before the last when it has none. */
function separated(label: string): string {
  const listed = label.replace(/(\d)[ \t]+(?=\d)/g, '$1, ');
  return /\ben\b/.test(listed) ? listed : listed.replace(/, (\d+)(?!.*\d)/, ' en $1');
}

/** Lists of numbers need separators: "7, 8, 9 10 en 11" is a real slip; a number 0 is none. */
function separators(items: QaItem[], report: RuleContext['report']): void {
  for (const it of items) {
    if (it.missingSeparator) {
      report({
        span: { start: it.start, end: it.end },
        message: unexpected({ what: 'opsomming', found: q(it.label), expected: `komma's tussen de nummers, zoals ${q(separated(it.label))}` }),
      });
    } else if (it.kind === 'antwoord' && it.numbers.includes(0)) {
      report({
        span: { start: it.start, end: it.end },
        message: unexpected({ what: 'antwoordnummer', neuter: true, found: q(it.label), expected: 'een nummer vanaf 1' }),
      });
    }
  }
}

const rule: Rule = {
  meta: {
    id: 'KB402',
    alias: 'vraag-nummering',
    description: 'Vragen zijn genummerd vanaf 1, elk nummer één keer en zonder gaten; opsommingen van nummers hebben komma\'s.',
    defaultSeverity: 'error',
    fixable: true,
    tags: ['kamervragen'],
  },
  check({ doc, report }) {
    const items = qaItems(doc);
    const vragen = items.filter((i) => i.kind === 'vraag' && i.numbers.length > 0);
    if (vragen.length === 0) return separators(items, report);
    const found: { v: QaItem; expected: number; explanation: string; order: boolean; before?: QaItem }[] = [];
    const say = (v: QaItem, expected: number, explanation: string, order = false, before?: QaItem): void => {
      found.push({ v, expected, explanation, order, ...(before ? { before } : {}) });
    };
    // Gaps: numbers below the highest that no block asks, reported once per run at the block after it.
    const everywhere = new Set(vragen.flatMap((v) => v.numbers));
    const highest = Math.max(...everywhere);
    const missing = new Set<number>();
    for (let n = 1; n < highest && missing.size <= 200; n++) if (!everywhere.has(n)) missing.add(n);
    const gapAt = new Map<QaItem, [number, number]>();
    const byLowest = [...vragen].sort((a, b) => a.numbers[0]! - b.numbers[0]!);
    for (const n of missing) {
      if (missing.has(n - 1)) continue;
      let last = n;
      while (missing.has(last + 1)) last++;
      const after = byLowest.find((v) => v.numbers[0]! > last);
      if (after && !gapAt.has(after)) gapAt.set(after, [n, last]);
    }
    // Order: the Vragen before one Antwoord form a group that may stand where its lowest number
    // would ("Vraag 3, 4, 5, 9, 10" answered together, then 6); inside a group numbers ascend.
    const asked = new Set<number>(missing);
    let expected = 1;
    while (asked.has(expected)) expected++;
    let previous: QaItem | null = null;
    for (const it of items) {
      if (it.kind === 'antwoord') {
        previous = null;
        continue;
      }
      if (it.numbers.length === 0) continue;
      const lowest = it.numbers[0]!;
      const doubles = it.numbers.filter((n) => asked.has(n) && !missing.has(n));
      const gap = gapAt.get(it);
      if (doubles.length > 0) say(it, expected, `vraag ${doubles[0]} staat er al`);
      else if (lowest === 0) say(it, 1, 'vragen beginnen bij 1');
      else if (gap) say(it, gap[0], gap[0] === gap[1] ? `vraag ${gap[0]} ontbreekt` : `de vragen ${gap[0]} t/m ${gap[1]} ontbreken`);
      else if (previous !== null && lowest < previous.numbers[0]!) say(it, expected, 'vragen lopen op', true, previous);
      else if (previous === null && lowest > expected) say(it, expected, `vraag ${expected} staat pas verderop; een gecombineerde vraag staat op de plaats van haar laagste nummer`, true);
      previous = it;
      for (const n of it.numbers) asked.add(n);
      while (asked.has(expected)) expected++;
    }
    // Renumbering mends gaps and doubles at once (offered once); a block out of place it would garble.
    let fix = found.length > 0 && !found.some((f) => f.order) ? renumbering(doc, items) : undefined;
    for (const f of found) {
      // Out of order inside a group: the number itself may be the next one, its place is not.
      const message = f.before
        ? unexpected({ what: 'volgorde', found: `${q(f.v.label)} na ${q(f.before.label)}`, expected: `${q(f.v.label)} vóór ${q(f.before.label)}`, explanation: f.explanation })
        : unexpected({ what: 'vraagnummer', neuter: true, found: q(f.v.label), expected: q(f.v.shape === 'label' ? `Vraag ${f.expected}` : String(f.expected)), explanation: f.explanation });
      report({
        span: { start: f.v.start, end: f.v.end },
        message,
        ...(fix ? { fix } : {}),
      });
      fix = undefined;
    }
    separators(items, report);
  },
};
export default rule;
