// KB201: a footnote call needs a definition. GFM turns [^n] into a call only when [^n]: exists,
// so an undefined call is literal text in the paragraph.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { literalCalls } from '../footnote-shared.js';

const rule: Rule = {
  meta: {
    id: 'KB201',
    alias: 'voetnoot-ongedefinieerd',
    description: 'Elke voetnootverwijzing [^n] heeft een voetnoottekst [^n]: … in het document.',
    defaultSeverity: 'error',
    fixable: false,
    tags: ['voetnoten'],
  },
  check({ doc, report }) {
    for (const call of literalCalls(doc)) {
      report({
        span: { start: call.start, end: call.end },
        message: unexpected({
          what: 'voetnootverwijzing',
          found: q(`[^${call.label}]`),
          expected: `een voetnoottekst "[^${call.label}]: …"`,
          explanation: 'deze voetnoot heeft geen tekst',
        }),
      });
    }
  },
};
export default rule;
