// KB307: within one document a motie keeps one Kamerstuk number, and a number keeps one motie.
// Which mentions are "one motie" is decided conservatively (a member may file several moties):
// the heading of a motie section and the mentions of its first mover in that section; mentions
// with the same first mover and the same "over …" subject; mentions in one paragraph; and a
// footnote's "Motie Becker c.s., Kamerstuk …" with the sentence that calls that footnote.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { documentHeadings, findMotieMentions, firstMover, sameMember, sectionOf, type MotieMention } from '../motie-shared.js';

function groups(doc: Parameters<Rule['check']>[0]['doc'], mentions: MotieMention[]): number[] {
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number): void => {
    const x = find(a);
    const y = find(b);
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const headings = documentHeadings(doc);
  mentions.forEach((h, i) => {
    if (h.kind !== 'heading') return;
    const info = headings.find((x) => x.unit === h.unit);
    if (!info) return;
    const span = sectionOf(doc, headings, info);
    mentions.forEach((m, j) => {
      if (m.kind !== 'body' || m.unit.footnote !== null || m.unit.start < span.start || m.unit.start >= span.end) return;
      if (!sameMember(firstMover(m), firstMover(h))) return;
      // "de oorspronkelijke motie" under a "Gewijzigde motie" heading is another document.
      const before = m.unit.flat.slice(Math.max(0, m.flatStart - 25), m.flatStart);
      if ((m.gewijzigd && !h.gewijzigd) || /oorspronkelijke|eerdere|originele/i.test(before)) return;
      union(i, j);
    });
  });
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    for (let j = i + 1; j < mentions.length; j++) {
      const b = mentions[j]!;
      if (!sameMember(firstMover(a), firstMover(b))) continue;
      const sameSubject = a.subject !== null && a.subject === b.subject && a.gewijzigd === b.gewijzigd;
      const sameParagraph = a.unit === b.unit && a.gewijzigd === b.gewijzigd;
      const noteOf = (x: MotieMention, y: MotieMention): boolean =>
        x.unit.footnote !== null && y.calls.some((c) => c.label.toLowerCase() === x.unit.footnote!.toLowerCase());
      if (sameSubject || sameParagraph || noteOf(a, b) || noteOf(b, a)) union(i, j);
    }
  }
  return mentions.map((_, i) => find(i));
}

const rule: Rule = {
  meta: {
    id: 'KB307',
    alias: 'motie-consistentie',
    description: 'Eén motie wordt in een document steeds met hetzelfde Kamerstuk geciteerd, en één Kamerstuk steeds met dezelfde indieners.',
    defaultSeverity: 'error',
    fixable: false,
    tags: ['moties', 'consistentie'],
  },
  check({ doc, report }) {
    const mentions = findMotieMentions(doc);
    const group = groups(doc, mentions);
    const firstOfGroup = new Map<number, MotieMention>();
    const firstOfKey = new Map<string, MotieMention>();
    mentions.forEach((m, i) => {
      const own = m.own;
      if (!own?.key) return;
      const earlier = firstOfGroup.get(group[i]!);
      if (!earlier) firstOfGroup.set(group[i]!, m);
      else if (earlier.own!.key !== own.key) {
        report({
          span: { start: m.start, end: m.end },
          message: unexpected({
            what: 'Kamerstuk',
            neuter: true,
            found: q(own.text),
            expected: `${q(earlier.own!.text)}, zoals eerder bij dezelfde motie`,
            explanation: `${q(m.text)} wordt in dit document met twee nummers geciteerd`,
          }),
          related: [{ span: { start: earlier.start, end: earlier.end }, message: `Eerdere vermelding van deze motie, met ${q(earlier.own!.text)}` }],
        });
      }
      const sameKey = firstOfKey.get(own.key);
      if (!sameKey) firstOfKey.set(own.key, m);
      else if (!sameMember(firstMover(sameKey), firstMover(m))) {
        report({
          span: { start: m.start, end: m.end },
          message: unexpected({
            what: 'indiener',
            found: q(firstMover(m)),
            expected: `${q(firstMover(sameKey))}, zoals eerder bij ${q(own.text)}`,
            explanation: 'één Kamerstuk is één motie, met dezelfde indieners',
          }),
          related: [{ span: { start: sameKey.start, end: sameKey.end }, message: `Eerdere vermelding van ${q(own.text)}, als ${q(sameKey.text)}` }],
        });
      }
    });
  },
};
export default rule;
