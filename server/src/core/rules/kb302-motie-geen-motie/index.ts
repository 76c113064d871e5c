// KB302: the Kamerstuk given as a motie's source must be a motie. A letter that cites the
// Kamerbrief or the verslag of the debate where a motie was meant sends the reader to the wrong
// document; the snapshot knows each document's soort.
import { keyToCitation } from '../../citations/key-text.js';
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { isMotie, resolvedMentions } from '../motie/records.js';

const rule: Rule = {
  meta: {
    id: 'KB302',
    alias: 'motie-geen-motie',
    description: 'Het Kamerstuk dat als bron van een motie wordt genoemd, is volgens de gegevens van de Kamer ook echt een motie.',
    defaultSeverity: 'error',
    fixable: false,
    needsData: true,
    tags: ['moties', 'gegevens'],
  },
  check({ doc, data, report }) {
    if (!data) return;
    for (const r of resolvedMentions(doc, data)) {
      if (isMotie(r.document)) continue;
      report({
        span: { start: r.source.start, end: r.source.end },
        message: unexpected({
          what: 'bron',
          found: q(r.source.text),
          expected: `het Kamerstuk van de ${r.mention.text}`,
          explanation: `${keyToCitation(r.key)} is volgens de gegevens een ${r.document.soort.toLowerCase()}${r.document.onderwerp ? ': ' + r.document.onderwerp.trim() : ''}`,
        }),
      });
    }
  },
};
export default rule;
