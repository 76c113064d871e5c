// KB206: footnote calls stand consistently before or after punctuation ("radicalisering.[^7]" vs
// "publicaties[^8]."), as the majority of the document does (info). And a paragraph of prose
// that ends in a call with no closing punctuation at all ("… rechtsstaat[^10]", a real slip of
// nr. 501) lacks its period (warning).
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import type { Unit } from '../../model.js';

const PUNCT = /[.,;:!?]/;
const OBJ = '\uFFFC';

interface Placement {
  unit: Unit;
  start: number;
  end: number;
  label: string;
  after: boolean;
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
    for (const unit of doc.units) {
      if (unit.footnote !== null || unit.calls.length === 0) continue;
      for (const call of unit.calls) {
        const before = unit.flat[call.flatIndex - 1] ?? '';
        const after = unit.flat[call.flatIndex + 1] ?? '';
        if (PUNCT.test(before)) placements.push({ unit, start: call.start, end: call.end, label: call.label, after: true });
        else if (PUNCT.test(after)) placements.push({ unit, start: call.start, end: call.end, label: call.label, after: false });
        else if (isProse(unit) && /[\p{L}\p{N})»]/u.test(before) && unit.flat.slice(call.flatIndex + 1).replace(new RegExp(OBJ, 'g'), '').trim() === '') {
          const words = unit.flat.trim().split(/\s+/).length;
          if (words > 8) {
            const word = /[\p{L}\p{N}»)]+$/u.exec(unit.flat.slice(0, call.flatIndex))?.[0] ?? '';
            report({
              span: { start: call.start, end: call.end },
              severity: 'warning',
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
    const after = placements.filter((p) => p.after).length;
    const before = placements.length - after;
    if (after === 0 || before === 0) return;
    const majorityAfter = after > before;
    for (const p of placements) {
      if (p.after === majorityAfter) continue;
      report({
        span: { start: p.start, end: p.end },
        message: unexpected({
          what: 'plaats van voetnoot',
          found: q(`[^${p.label}]`) + (p.after ? ' na het leesteken' : ' vóór het leesteken'),
          expected: majorityAfter ? 'de verwijzing na het leesteken, zoals elders in het document' : 'de verwijzing vóór het leesteken, zoals elders in het document',
        }),
      });
    }
  },
};
export default rule;
