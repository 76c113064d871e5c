// KB202: a footnote text that no call uses. The fix removes the definition with its line break.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { allCalls, norm } from '../footnote-shared.js';

const rule: Rule = {
  meta: {
    id: 'KB202',
    alias: 'voetnoot-ongebruikt',
    description: 'Elke voetnoottekst wordt ook ergens in de tekst aangeroepen.',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['voetnoten'],
  },
  check({ doc, report }) {
    const called = new Set(allCalls(doc).map((c) => norm(c.label)));
    for (const def of doc.definitions) {
      if (called.has(norm(def.label))) continue;
      let end = def.end;
      if (doc.text[end] === '\r') end++;
      if (doc.text[end] === '\n') end++;
      report({
        span: { start: def.labelStart, end: def.labelEnd },
        message: unexpected({
          what: 'voetnoottekst',
          found: q(`[^${def.label}]`),
          expected: `een verwijzing "[^${def.label}]" in de tekst`,
          explanation: 'geen enkele zin verwijst naar deze voetnoot',
        }),
        fix: { range: [def.start, end], text: '' },
      });
    }
  },
};
export default rule;
