// KB206: footnote calls stand consistently before or after punctuation ("radicalisering.[^7]" vs
// "publicaties[^8]."), as the majority of the writer's own text does (info). The Kamerlid's
// question text is quoted as asked and left out (citations.md §6.8), and the period
// of an abbreviation ("c.s.[^3]") is no sentence punctuation. And a paragraph of prose that ends in
// a call with no closing punctuation at all ("… rechtsstaat[^10]", a real slip of nr. 501) lacks
// its period (warning).
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import type { Unit } from '../../model.js';
import { ENDS_IN_ABBREVIATION } from '../abbreviation.js';
import { questionUnits } from '../qa-shared.js';

const PUNCT = /[.,;:!?]/;
const OBJ = '\uFFFC';

interface Placement {
  unit: Unit;
  start: number;
  end: number;
  label: string;
  after: boolean;
  /** In the Kamerlid's question text. */
  question: boolean;
}

/** Index of the last character of `flat` that is neither white space nor a footnote call (-1: none). */
function lastTextIndex(flat: string): number {
  let i = flat.length - 1;
  while (i >= 0 && (flat[i] === OBJ || /\s/.test(flat[i]!))) i--;
  return i;
}

function isProse(unit: Unit): boolean {
  return unit.kind === 'paragraph' && unit.footnote === null && !unit.inList && !unit.inQuote;
}

const rule: Rule = {
  meta: {
    id: 'KB206',
    alias: 'voetnoot-plaatsing',
    description: 'Voetnootverwijzingen staan in het hele document op dezelfde plaats ten opzichte van leestekens, en een alinea eindigt niet op een verwijzing zonder slotpunt.',
    defaultSeverity: 'info',
    fixable: false,
    tags: ['voetnoten', 'stijl'],
  },
  check({ doc, report }) {
    const placements: Placement[] = [];
    const questions = questionUnits(doc);
    for (const unit of doc.units) {
      if (unit.footnote !== null || unit.calls.length === 0) continue;
      const question = questions.has(unit);
      // Where the paragraph's text ends (calls and white space after it do not count): once per
      // unit, so that asking "is this call the paragraph's last word?" costs nothing per call.
      const textEnd = lastTextIndex(unit.flat);
      for (const call of unit.calls) {
        const before = unit.flat[call.flatIndex - 1] ?? '';
        const after = unit.flat[call.flatIndex + 1] ?? '';
        const abbreviation = before === '.' && ENDS_IN_ABBREVIATION.test(unit.flat.slice(Math.max(0, call.flatIndex - 12), call.flatIndex));
        if (abbreviation) continue; // "c.s.[^3]": the period is the abbreviation's; the placement says nothing
        if (PUNCT.test(before)) placements.push({ unit, start: call.start, end: call.end, label: call.label, after: true, question });
        else if (PUNCT.test(after)) placements.push({ unit, start: call.start, end: call.end, label: call.label, after: false, question });
        else if (isProse(unit) && /[\p{L}\p{N})»]/u.test(before) && textEnd < call.flatIndex) {
          const words = unit.flat.trim().split(/\s+/).length;
          if (words > 8) {
            const word = /[\p{L}\p{N}»)]+$/u.exec(unit.flat.slice(0, call.flatIndex))?.[0] ?? '';
            report({
              span: { start: call.start, end: call.end },
              severity: question ? 'info' : 'warning', // the Kamerlid's words: at most info
              message: unexpected({
                what: 'zinseinde',
                neuter: true,
                found: q(`…${word}[^${call.label}]`),
                expected: `een punt bij de voetnootverwijzing, zoals "${word}[^${call.label}]."`,
                explanation: 'de alinea eindigt zonder slotteken',
              }),
            });
          }
        }
      }
    }
    // The writer's own text with itself: the Kamerlid's questions are quoted as asked, so their
    // placements are neither compared nor flagged.
    const own = placements.filter((p) => !p.question);
    const after = own.filter((p) => p.after).length;
    const before = own.length - after;
    if (after === 0 || before === 0) return;
    const majorityAfter = after > before;
    for (const p of own) {
      if (p.after === majorityAfter) continue;
      report({
        span: { start: p.start, end: p.end },
        message: unexpected({
          what: 'plaats van voetnoot',
          found: q(`[^${p.label}]`) + (p.after ? ' na het leesteken' : ' vóór het leesteken'),
          expected: `de verwijzing ${majorityAfter ? 'na' : 'vóór'} het leesteken, zoals elders in de eigen tekst`,
        }),
      });
    }
  },
};
export default rule;
