// KB301: the first mention of a motie (or its section heading) must say which Kamerstuk it is,
// in the same sentence or in a footnote called there. A heading may leave that to the first
// mention in its section (seed 000: heading without note, body "motie van het lid Becker (VVD)[^3]").
// Not in the "Vragen van … over …" title line (a header, citations.md §6.8); at most info in the
// Kamerlid's question text; and silent where the sentence or its footnote does give a number in a
// form the citation grammar does not read ("36 410 XIV, nr. 9", "Kamerstuknummer 36200-XII-60"):
// the form is the citation rules' to judge, the source is there.
import { q, unexpected } from '../../message.js';
import type { DocumentAnalysis } from '../../model.js';
import type { Rule } from '../../rule.js';
import {
  documentHeadings,
  findMotieMentions,
  firstMover,
  headingOfUnit,
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
import { bodyText } from '../footnote-shared.js';
import { questionUnits, VRAGEN_HEADER } from '../qa-shared.js';

/** A Kamerstuk number in a form no citation reader takes: "36 410 XIV, nr. 9", "36200-XII-60", "kst-…". */
const LOOSE_NUMBER = /\b\d{2}[ \u00a0.]?\d{3}(?:[ \u00a0-][A-Z0-9]{1,5})?,?[ \u00a0]*nrs?\.?[ \u00a0]*\d+|\b\d{5}-[A-Z0-9]{1,5}-\d{1,4}\b|\bkst-\d{5}|Kamerstuk\w*[ \u00a0]+\d/i;

const looseLabels = new WeakMap<DocumentAnalysis, Set<string>>();

/** Labels of the footnotes whose text holds such a number (once per analysis, not per mention). */
function labelsWithLooseNumber(doc: DocumentAnalysis): Set<string> {
  let out = looseLabels.get(doc);
  if (!out) {
    out = new Set(doc.definitions.filter((d) => LOOSE_NUMBER.test(bodyText(doc, d))).map((d) => d.label.toLowerCase()));
    looseLabels.set(doc, out);
  }
  return out;
}

/** Whether the sentence of a mention, or a footnote it calls, holds such a number. */
function looseSource(doc: DocumentAnalysis, m: MotieMention): boolean {
  if (LOOSE_NUMBER.test(m.unit.flat.slice(m.sentence.start, m.sentence.end))) return true;
  if (m.calls.length === 0) return false;
  const labels = labelsWithLooseNumber(doc);
  return m.calls.some((c) => labels.has(c.label.toLowerCase()));
}

const EXPECTED = 'een Kamerstuk in dezelfde zin of in de voetnoot daar, zoals "Kamerstuk 29 754, nr. 451"';

/** Whether the section under a motie heading gives the motie's Kamerstuk where it first names it. */
function sectionGivesSource(doc: DocumentAnalysis, headings: HeadingInfo[], heading: MotieMention): boolean {
  const info = headingOfUnit(headings, heading.unit);
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
    const questions = questionUnits(doc);
    let headings: HeadingInfo[] | null = null;
    for (const m of findMotieMentions(doc)) {
      const mover = firstMover(m);
      if (m.kind === 'heading') {
        seen.add(mover);
        if (m.sources.length > 0 || looseSource(doc, m)) continue;
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
      if (VRAGEN_HEADER.test(m.unit.flat)) continue; // the title line names the subject, not a source
      // Later mentions of the same motie (same first mover) need no source.
      if (seen.has(mover)) continue;
      seen.add(mover);
      if (m.sources.length > 0 || looseSource(doc, m)) continue;
      report({
        span: { start: m.start, end: m.end },
        ...(questions.has(m.unit) ? { severity: 'info' as const } : {}),
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
