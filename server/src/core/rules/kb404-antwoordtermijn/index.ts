// KB404: Kamervragen are answered within three weeks, or the Kamer gets an uitstelbericht.
// The answers of 10 October 2019 to questions of 27 June 2019 (corpus) are the real example.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { questionsOnly } from '../doc-kind.js';
import { entry, isoDay } from '../frontmatter-shared.js';

const TERM_DAYS = 21;
/**
 * The text mentions the postponement: the uitstelbericht or -brief, a postponed answer, "the usual
 * term", a Mededeling line, or the header line pointing to it. Not the bare words "uitstel" or
 * "mededeling": real answers speak of "af- en uitstel van projecten" and "geen inhoudelijke
 * mededelingen" (test/corpus/holdout), and a late answer went unnoticed.
 */
const POSTPONED =
  /uitstel(?:bericht|brief)|uitstel van (?:de )?(?:beantwoording|antwoord)|(?:beantwoording|antwoord|antwoorden) (?:is |wordt |werd )?uitgesteld|gebruikelijke (?:antwoord)?termijn|^[ \t>*_]*Mededeling\b|Zie[ \u00a0]+ook[ \u00a0]+Aanhangsels?[ \u00a0]+Handelingen/im;

const rule: Rule = {
  meta: {
    id: 'KB404',
    alias: 'antwoordtermijn',
    description: 'Antwoorden op Kamervragen komen binnen drie weken na indienen, of het document noemt het uitstelbericht.',
    defaultSeverity: 'info',
    fixable: false,
    tags: ['kamervragen', 'voorpagina'],
  },
  check({ doc, report }) {
    if (questionsOnly(doc)) return; // an uitstelbericht is the postponement itself
    const sent = entry(doc, 'ingezonden');
    const received = entry(doc, 'ontvangen');
    if (!sent || !received) return;
    const a = isoDay(sent.valueText);
    const b = isoDay(received.valueText);
    if (a === null || b === null || b - a <= TERM_DAYS) return;
    if (POSTPONED.test(doc.text.slice(doc.frontMatter!.end))) return;
    report({
      span: { start: received.valueStart, end: received.valueEnd },
      message: unexpected({
        what: 'antwoordtermijn',
        found: q(`${b - a} dagen`),
        expected: 'antwoord binnen drie weken of een vermelding van het uitstelbericht',
        explanation: `ingezonden ${sent.valueText}, ontvangen ${received.valueText}`,
      }),
    });
  },
};
export default rule;
