// KB307: within one document a motie keeps one Kamerstuk number, and a number keeps one motie.
// Which mentions are "one motie" is decided conservatively (a member may file several moties):
// the heading of a motie section and the mentions of its first mover in that section; mentions
// with the same first mover and the same "over …" subject; and a footnote's "Motie Becker c.s., Kamerstuk …" with the sentence that calls that footnote.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import type { DocumentAnalysis } from '../../model.js';
import {
  documentHeadings,
  findMotieMentions,
  firstMover,
  normalizeName,
  sameMember,
  sectionOf,
  within,
  type MotieMention,
} from '../motie-shared.js';

function groups(doc: DocumentAnalysis, mentions: MotieMention[]): number[] {
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const x = find(a);
    const y = find(b);
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const headings = documentHeadings(doc);
  const headingOf = new Map(headings.map((h) => [h.unit, h]));
  mentions.forEach((h, i) => {
    const info = h.kind === 'heading' ? headingOf.get(h.unit) : undefined;
    if (!info) return;
    const [from, to] = within(mentions, (m) => m.unit.start, sectionOf(doc, headings, info));
    for (let j = from; j < to; j++) {
      const m = mentions[j]!;
      if (m.kind !== 'body' || m.unit.footnote !== null || !sameMember(firstMover(m), firstMover(h))) continue;
      // "de oorspronkelijke motie" under a "Gewijzigde motie" heading is another document.
      const before = m.unit.flat.slice(Math.max(0, m.flatStart - 25), m.flatStart);
      if ((m.gewijzigd && !h.gewijzigd) || /oorspronkelijke|eerdere|originele|andere/i.test(before)) continue;
      if (m.subject !== null && h.subject !== null && m.subject !== h.subject) continue;
      union(i, j);
    }
  });
  const bySubject = new Map<string, number>();
  const callers = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (m.subject !== null) {
      const key = `${normalizeName(firstMover(m))}|${m.gewijzigd}|${m.subject}`;
      const first = bySubject.get(key);
      if (first === undefined) bySubject.set(key, i);
      else union(first, i);
    }
    for (const c of m.calls) {
      const label = c.label.toLowerCase();
      const list = callers.get(label);
      if (list) list.push(i);
      else callers.set(label, [i]);
    }
  });
  mentions.forEach((m, i) => {
    if (m.unit.footnote === null) return;
    for (const j of callers.get(m.unit.footnote.toLowerCase()) ?? []) {
      if (sameMember(firstMover(m), firstMover(mentions[j]!))) union(i, j);
    }
  });
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
