// KB306: a gewijzigde motie replaces the original under a new number ("t.v.v." — ter vervanging
// van). "De gewijzigde motie" cited with the original's number, or the original's number where a
// gewijzigde version replaced it, sends the reader to a text the Kamer did not vote on.
import { keyToCitation } from '../../citations/key-text.js';
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { isGewijzigdeMotie, isMotie, latestReplacement, resolvedMentions } from '../motie/records.js';

const rule: Rule = {
  meta: {
    id: 'KB306',
    alias: 'motie-gewijzigd',
    description: 'Een gewijzigde motie wordt aangehaald met haar eigen nummer, en een motie die door een gewijzigde versie is vervangen met het nummer van die versie.',
    defaultSeverity: 'warning',
    fixable: false,
    needsData: true,
    tags: ['moties', 'gegevens'],
  },
  check({ doc, data, report }) {
    if (!data) return;
    for (const { mention: m, source, document, motie, key } of resolvedMentions(doc, data)) {
      if (!isMotie(document) || !motie) continue; // KB302 reports a source that is no motie
      const replacement = latestReplacement(data, motie);
      const gewijzigd = isGewijzigdeMotie(document, motie);
      // "de oorspronkelijke motie …" names the original on purpose.
      const before = m.unit.flat.slice(Math.max(0, m.flatStart - 25), m.flatStart);
      if (!m.gewijzigd && /oorspronkelijke|eerdere|originele|vervangen/i.test(before)) continue;
      if (m.gewijzigd && !gewijzigd) {
        report({
          span: { start: source.start, end: source.end },
          message: unexpected({
            what: 'nummer',
            neuter: true,
            found: q(source.text),
            expected: replacement ? q(keyToCitation(replacement)) : 'het nummer van de gewijzigde motie',
            explanation: `${keyToCitation(key)} is de oorspronkelijke motie${replacement ? '; de gewijzigde motie is ' + keyToCitation(replacement) : ''}`,
          }),
        });
      } else if (!m.gewijzigd && replacement) {
        report({
          span: { start: source.start, end: source.end },
          message: unexpected({
            what: 'nummer',
            neuter: true,
            found: q(source.text),
            expected: `${q(keyToCitation(replacement))} met "gewijzigde motie"`,
            explanation: `${keyToCitation(key)} is vervangen door de gewijzigde motie ${keyToCitation(replacement)}`,
          }),
        });
      }
    }
  },
};
export default rule;
