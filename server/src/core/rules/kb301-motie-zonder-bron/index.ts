// KB301: the first mention of a motie (or its section heading) must say which Kamerstuk it is,
// in the same sentence or in a footnote called there. A heading may leave that to the first
// mention in its section (seed 000: heading without note, body "motie van het lid Becker (VVD)[^3]").
import { q, unexpected } from '../../message.js';
import type { DocumentAnalysis } from '../../model.js';
import type { Rule } from '../../rule.js';
import {
  documentHeadings,
  findMotieMentions,
  firstMover,
  mentionsInUnit,
  MemberSet,
  sameMember,
  sectionOf,
  sentenceAt,
  sourcesOfSentence,
  within,
  type HeadingInfo,
  type MotieMention,
} from '../motie-shared.js';

const EXPECTED = 'een Kamerstuk in dezelfde zin of in de voetnoot daar, zoals "Kamerstuk 29 754, nr. 451"';

/** Whether the section under a motie heading gives the motie's Kamerstuk where it first names it. */
function sectionGivesSource(doc: DocumentAnalysis, headings: HeadingInfo[], heading: MotieMention): boolean {
  const info = headings.find((h) => h.unit === heading.unit);
  if (!info) return false;
  const span = sectionOf(doc, headings, info);
  const mover = firstMover(heading);
  const [from, to] = within(doc.units, (u) => u.start, span);
  for (const unit of doc.units.slice(from, to)) {
    if (unit.footnote !== null) continue;
    const mentions = mentionsInUnit(doc, unit);
    if (mentions.some((m) => sameMember(firstMover(m), mover) && m.sources.length > 0)) return true;
    // "Naar aanleiding van deze motie[^1] …": a generic mention carries the source too, unless
    // the sentence only names other moties.
    for (const word of unit.flat.matchAll(/(?<![\p{L}])motie(?![\p{L}])/giu)) {
      const sentence = sentenceAt(unit.flat, word.index);
      if (mentions.some((m) => m.sentence.start === sentence.start)) continue;
      if (sourcesOfSentence(doc, unit, sentence).sources.length > 0) return true;
    }
  }
  return false;
}

const rule: Rule = {
  meta: {
    id: 'KB301',
    alias: 'motie-zonder-bron',
    description: 'Een motie wordt bij de eerste vermelding (of in haar kopje) genoemd met het Kamerstuk, in de zin zelf of in de voetnoot.',
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['moties', 'bronvermelding'],
  },
  check({ doc, report }) {
    const seen = new MemberSet();
    let headings: HeadingInfo[] | null = null;
    for (const m of findMotieMentions(doc)) {
      const mover = firstMover(m);
      if (m.kind === 'heading') {
        seen.add(mover);
        if (m.sources.length > 0) continue;
        headings ??= documentHeadings(doc);
        if (sectionGivesSource(doc, headings, m)) continue;
        report({
          span: { start: m.unit.start, end: m.unit.end },
          message: unexpected({
            what: 'motiekopje zonder bron',
            neuter: true,
            found: q(m.unit.flat),
            expected: EXPECTED,
            explanation: 'noch het kopje noch de eerste vermelding van de motie eronder noemt het Kamerstuk',
          }),
        });
        continue;
      }
      // Later mentions of the same motie (same first mover) need no source.
      if (seen.has(mover)) continue;
      seen.add(mover);
      if (m.sources.length > 0) continue;
      report({
        span: { start: m.start, end: m.end },
        message: unexpected({
          what: 'motie zonder bron',
          found: q(m.text),
          expected: EXPECTED,
          explanation: 'eerste vermelding van deze motie',
        }),
      });
    }
  },
};
export default rule;
